"""工作台 on the demo office: the queue, the figures and the charts are there, and clicking a
figure or a queue line opens the page behind it (acceptance 3)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.home.charts import Chart
from ui.home.page import HomePage
from ui.qt import QPixmap, QPushButton, Qt


def _home(qtbot: QtBot, shell) -> HomePage:
    window = shell.main_window
    page = window.show_page("home")
    assert isinstance(page, HomePage)
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    return page


def test_home_shows_figures_and_charts_and_clicks_through(qtbot: QtBot, logged_in) -> None:
    shell = logged_in("supervisor1")
    page = _home(qtbot, shell)
    figures = page.data.figures
    members = page.findChild(QPushButton, "figure-members")
    assert members.text().startswith(f"{figures.members}\n")
    assert figures.members > 0 and figures.claims_count > 0
    charts = page.findChildren(Chart)
    assert len(charts) == 3 and all(c.points for c in charts)
    assert page.plan_mix.points == [(p.plan_code, p.person_times) for p in figures.by_plan]
    image = QPixmap(page.claims_trend.size())
    page.claims_trend.render(image)  # paints without error
    assert not image.isNull()

    approve = page.findChild(QPushButton, "todo-approve")
    assert approve is not None and "待审批理赔" in approve.text()
    qtbot.mouseClick(members, Qt.MouseButton.LeftButton)
    assert shell.main_window.current_key() == "members"

    page = shell.main_window.show_page("home")
    qtbot.mouseClick(page.findChild(QPushButton, "figure-premium"), Qt.MouseButton.LeftButton)
    assert shell.main_window.current_key() == "reports"
    reports = shell.main_window.page_widget("reports")
    assert reports.report.currentData() == "enrollment"

    shell.main_window.show_page("home")
    qtbot.mouseClick(approve, Qt.MouseButton.LeftButton)
    assert shell.main_window.current_key() == "claims"

    shell.main_window.show_page("home")
    qtbot.mouseClick(page.findChild(QPushButton, "todo-watch"), Qt.MouseButton.LeftButton)
    assert shell.main_window.current_key() == "reports"
    qtbot.waitUntil(lambda: reports.watch.count() > 0, timeout=20_000)
    assert "例外批准" in reports.watch.item(0).text() or reports.watch.count() > 1


def test_clerk_sees_no_watch_and_a_target_hint(qtbot: QtBot, logged_in) -> None:
    page = _home(qtbot, logged_in("clerk1"))
    assert page.findChild(QPushButton, "todo-watch") is None
    assert not page.warning.isVisible()
