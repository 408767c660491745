"""设定年度指标 from the 工作台 (issue #8 "Targets"): a supervisor sets the year's targets in the
dialog, a refusal says which field to fix and how, and the progress bars follow; a clerk has
no button."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from app.reports.targets import get_targets
from ui.home.charts import TargetBar
from ui.home.page import HomePage
from ui.qt import QPushButton, Qt


def _home(qtbot: QtBot, shell) -> HomePage:
    page = shell.main_window.show_page("home")
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    return page


def _bars(page: HomePage) -> dict[str, TargetBar]:
    return {bar.objectName(): bar for bar in page.findChildren(TargetBar)}


def _type(qtbot: QtBot, dialog, values: dict[str, str]) -> None:
    for name, value in values.items():
        dialog.edits[name].clear()
        qtbot.keyClicks(dialog.edits[name], value)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_supervisor_sets_targets_and_sees_the_progress(qtbot: QtBot, logged_in) -> None:
    shell = logged_in("supervisor1")
    page = _home(qtbot, shell)
    assert not _bars(page), "the demo office starts without targets"
    button = page.findChild(QPushButton, "set-targets")
    assert button.isVisibleTo(page)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.targets_dialog
    assert dialog.isVisible() and dialog.year.value() == page.data.figures.period.start.year

    _type(qtbot, dialog, {"coverage_rate": "6o"})
    qtbot.waitUntil(lambda: bool(dialog.errors.text("coverage_rate")), timeout=10_000)
    assert "之间的数字" in dialog.errors.text("coverage_rate") and dialog.isVisible()
    _type(qtbot, dialog, {"coverage_rate": "150"})
    # the message quotes what was typed: wait for this save's answer, not the last one's
    qtbot.waitUntil(lambda: "“150”" in dialog.errors.text("coverage_rate"), timeout=10_000)
    assert "0 到 100" in dialog.errors.text("coverage_rate")
    _type(qtbot, dialog, {"coverage_rate": "60", "members": "-5"})
    qtbot.waitUntil(lambda: "之间的整数" in dialog.errors.text("members"), timeout=10_000)

    figures = page.data.figures
    members_target = figures.members * 2  # half way there
    _type(
        qtbot,
        dialog,
        {
            "coverage_rate": "60",
            "members": str(members_target),
            "new_units": "10",
            "gift_members": "100",
            "area_workforce": str(figures.members * 4),
        },
    )
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: len(_bars(page)) == 4 and page.loaded, timeout=20_000)
    with shell.db.reader() as session:
        stored = get_targets(session, figures.period.start.year)
    assert stored.members == members_target and stored.coverage_rate == Decimal("60.0")
    bars = _bars(page)
    members_bar = bars["target-参保人数（人）"]
    assert members_bar.share == 0.5 and members_bar.text == f"{figures.members} / {members_target}"
    coverage = bars["target-职工覆盖率（%）"]
    assert coverage.text == "25.0 / 60.0"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # reopened: the stored values, changed
    dialog = page.targets_dialog
    assert dialog.edits["members"].text() == str(members_target)
    _type(qtbot, dialog, {"members": str(figures.members)})
    qtbot.waitUntil(
        lambda: (
            _bars(page).get("target-参保人数（人）") is not None
            and _bars(page)["target-参保人数（人）"].share == 1.0
        ),
        timeout=20_000,
    )


def test_clerk_has_no_targets_button(qtbot: QtBot, logged_in) -> None:
    page = _home(qtbot, logged_in("clerk1"))
    assert not page.findChild(QPushButton, "set-targets").isVisibleTo(page)
