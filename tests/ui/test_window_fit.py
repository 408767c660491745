"""The main window at 1366×768 (issue 18.5): it fits with its status bar and does not grow
wider when a page fills in long text (a saved claim's result, its receipt path)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.db import Database
from models.enums import Gender
from tests.app.claims_factories import (
    insured,
    today,  # noqa: F401  (fixture)
)
from tests.app.registry_factories import resident_id
from ui.bus import Bus
from ui.claims.page import ClaimsPage
from ui.claims.queue import ClaimQueue
from ui.context import PageContext
from ui.main_window import MainWindow
from ui.members.member_dialog import MemberDialog
from ui.members.page import MembersPage
from ui.qt import (
    QAbstractItemView,
    QApplication,
    QEvent,
    QFileDialog,
    QHelpEvent,
    QLabel,
    Qt,
    QToolTip,
    QWidget,
)
from ui.units.page import UnitsPage
from ui.units.unit_dialog import UnitDialog

pytestmark = pytest.mark.usefixtures("today")
SCREEN = (1366, 768)


def test_main_window_keeps_within_the_screen_after_a_claim_is_saved(
    qtbot: QtBot, demo_db: Database, actors, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    who = insured(demo_db, {"ZY": 1})
    window = MainWindow(PageContext(demo_db, actors["clerk1"], Bus(), tmp_path))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= SCREEN[0] and window.height() <= SCREEN[1]
    assert window.minimumSizeHint().width() <= SCREEN[0]
    assert window.statusBar().isVisible()
    assert window.statusBar().geometry().bottom() < SCREEN[1]

    page = window.show_page("claims")
    assert isinstance(page, ClaimsPage)
    form = page.intake
    qtbot.keyClicks(form.id_edit, who.id_number)
    qtbot.keyClick(form.id_edit, Qt.Key.Key_Return)
    for name, text in (
        ("admitted", "2026-03-01"),
        ("discharged", "2026-03-10"),
        ("settled", "2026-03-12"),
        ("total_cost", "13300"),
        ("insurance_paid", "8000"),
        ("out_of_policy", "300"),
        ("self_pay", "5000"),
    ):
        qtbot.keyClicks(form.fields[name], text)
    qtbot.waitUntil(lambda: "给付互助金 3,360.00 元" in form.preview.text(), timeout=5_000)
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "待补" in form.result.text()  # the long line naming every missing document
    qtbot.wait(50)
    assert window.width() <= SCREEN[0], window.width()
    assert window.minimumSizeHint().width() <= SCREEN[0]

    receipt = tmp_path / ("很长的文件夹名称" * 8) / "回执.pdf"
    receipt.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(receipt), ""))
    with qtbot.waitSignal(form.receipt_done, timeout=20_000) as shown:
        qtbot.mouseClick(form.receipt_button, Qt.MouseButton.LeftButton)
    dialog = shown.args[0]  # the receipt's print preview, as the clerk sees it
    qtbot.waitUntil(lambda: dialog.preview.page_count() >= 1, timeout=20_000)
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1], dialog.size()
    qtbot.mouseClick(dialog.preview.save_button, Qt.MouseButton.LeftButton)
    assert receipt.read_bytes().startswith(b"%PDF")
    dialog.close()
    qtbot.wait(50)
    assert window.width() <= SCREEN[0], window.width()


def _not_clipped(label: QLabel) -> None:
    """A shown, wrapped label has the height its text needs and no visible sibling over it."""
    assert label.isVisible() and label.text()
    assert label.height() >= label.heightForWidth(label.width())
    box = label.geometry()
    for other in label.parentWidget().findChildren(QWidget):
        sibling = other is not label and other.parentWidget() is label.parentWidget()
        if sibling and other.isVisible():
            assert not box.intersects(other.geometry()), other


def test_an_inline_field_error_is_not_clipped(qtbot: QtBot, demo_db: Database, actors) -> None:
    page = MembersPage(PageContext(demo_db, actors["clerk1"], Bus()))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    dialog = page.add_member()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.id_number, resident_id(dt.date(1988, 8, 8), male=True, serial=3))
    for ch in "新会员":  # QTest cannot key-click Chinese; an IME commits them one by one
        dialog.name.insert(ch)
    dialog.gender.setCurrentIndex(dialog.gender.findData(Gender.FEMALE))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.errors.text("gender") != "", timeout=15_000)
    qtbot.wait(50)
    _not_clipped(dialog.errors.labels["gender"])


def _tooltip_at(qtbot: QtBot, view: QAbstractItemView, row: int, column: int) -> str:
    """Hover a cell as the mouse would (a tooltip event on the viewport); the tip shown."""
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)
    centre = view.visualRect(view.model().index(row, column)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_long_numbers_keep_their_end_visible_with_the_whole_in_the_tooltip(
    qtbot: QtBot, demo_db: Database, actors
) -> None:
    queue = ClaimQueue(PageContext(demo_db, actors["clerk1"], Bus()))
    qtbot.addWidget(queue)
    queue.resize(1000, 600)
    queue.show()
    qtbot.waitExposed(queue)
    queue.mode.setCurrentIndex(queue.mode.findData("all"))
    table = queue.table
    assert table.rowCount() > 0 and table.textElideMode() == Qt.TextElideMode.ElideMiddle
    number = table.item(0, 0).text()
    assert number.startswith("LP-61020401-")
    table.setColumnWidth(0, 90)
    assert _tooltip_at(qtbot, table, 0, 0) == number  # too narrow: the whole number
    table.setColumnWidth(0, 400)
    assert _tooltip_at(qtbot, table, 0, 0) == ""  # it all shows: no tip

    units = UnitsPage(PageContext(demo_db, actors["clerk1"], Bus()))
    qtbot.addWidget(units)
    units.show()
    qtbot.waitExposed(units)
    view = units.view
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle
    column = next(i for i, (key, _t) in enumerate(units.model.COLUMNS) if key == "uscc")
    view.setColumnWidth(column, 70)
    uscc = view.model().index(0, column).data()
    assert len(uscc) == 18 and _tooltip_at(qtbot, view, 0, column) == uscc


def test_a_reviewer_sees_unit_and_member_forms_read_only(
    qtbot: QtBot, demo_db: Database, actors
) -> None:
    context = PageContext(demo_db, actors["reviewer1"], Bus())
    units = UnitsPage(context)
    qtbot.addWidget(units)
    units.show()
    units.view.selectRow(0)
    assert not units.add_button.isEnabled() and not units.toggle_button.isEnabled()
    assert units.edit_button.text() == "查看…" and units.edit_button.isEnabled()
    qtbot.mouseClick(units.edit_button, Qt.MouseButton.LeftButton)
    dialog = units.findChild(UnitDialog)
    assert dialog is not None and dialog.uscc.text()
    assert dialog.read_only_note.text() == "只有经办、主管可以修改，这里仅供查看。"
    assert dialog.name.isReadOnly() and dialog.headcount.isReadOnly()
    assert not dialog.save_button.isEnabled()
    dialog.reject()

    members = MembersPage(context)
    qtbot.addWidget(members)
    members.show()
    members.view.selectRow(0)
    assert not members.buttons["add"].isEnabled() and not members.buttons["leave"].isEnabled()
    qtbot.mouseClick(members.buttons["edit"], Qt.MouseButton.LeftButton)
    member = members.findChild(MemberDialog)
    assert member is not None and member.read_only_note is not None
    assert member.name.isReadOnly() and not member.gender.isEnabled()
    assert not member.save_button.isEnabled()


def test_a_clerk_keeps_the_forms_editable(qtbot: QtBot, demo_db: Database, actors) -> None:
    units = UnitsPage(PageContext(demo_db, actors["clerk1"], Bus()))
    qtbot.addWidget(units)
    assert units.add_button.isEnabled() and units.edit_button.text() == "修改…"
    dialog = units.add_unit()
    assert dialog.read_only_note is None and not dialog.name.isReadOnly()
    dialog.reject()


@pytest.mark.parametrize("who", ["clerk1", "supervisor1", "admin"])
def test_every_page_fits_the_screen(qtbot: QtBot, demo_db: Database, actors, who: str) -> None:
    window = MainWindow(PageContext(demo_db, actors[who], Bus()))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    for page in window.pages:
        window.show_page(page.key)
        qtbot.wait(20)
        hint = window.minimumSizeHint()
        assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (page.key, hint)
        assert window.width() <= SCREEN[0] and window.height() <= SCREEN[1], page.key
