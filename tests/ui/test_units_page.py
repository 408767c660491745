"""The units page on the demo office: search as you type, the add dialog's inline field error,
a saved unit selected with its history, and the unit's members in a lazy table."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.units import UnitFields, add_unit
from models import Unit
from tests.app.registry_factories import uscc
from tests.conftest import ACTORS
from ui.bus import Bus
from ui.context import PageContext
from ui.qt import QMessageBox, Qt
from ui.units.page import UnitsPage


def type_text(widget, text: str) -> None:
    """Type as a clerk with an input method would: one committed character at a time
    (QTest cannot synthesise key events for Chinese characters)."""
    for ch in text:
        widget.insert(ch)


@pytest.fixture
def page(qtbot: QtBot, demo_db, monkeypatch) -> UnitsPage:
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, k=kind: pytest.fail(f"{k}: {a[2]}"))
    widget = UnitsPage(PageContext(demo_db, ACTORS["clerk1"], Bus()))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_search_as_you_type_narrows_the_list(qtbot: QtBot, page: UnitsPage) -> None:
    assert page.model.rowCount() == 20
    type_text(page.search, "医院")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    assert {r.name for r in page.model.rows} == {"耀州区人民医院", "耀州区中医医院"}
    assert page.current_unit() is not None
    assert page.members_model.rowCount() == page.current_unit().members > 0
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 20, timeout=10000)


def test_add_dialog_shows_the_services_field_error(qtbot: QtBot, page: UnitsPage, demo_db) -> None:
    dialog = page.add_unit()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.uscc, uscc(555))
    type_text(dialog.name, "耀州区新开公司")
    dialog.headcount.setValue(10)
    dialog.female.setValue(11)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: dialog.errors.text("female_headcount") != "", timeout=15000)
    assert (
        dialog.errors.text("female_headcount")
        == "女职工数 11 不能超过在职职工数 10，也不能为负数。"
    )
    assert dialog.isVisible() and dialog.female.hasFocus()
    with demo_db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Unit)) == 20

    dialog.female.setValue(4)
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.current_unit() and page.current_unit().name == "耀州区新开公司")
    assert not dialog.isVisible()
    assert page.history.rowCount() == 1 and page.history.item(0, 2).text() == "登记单位"


def test_duplicate_uscc_names_the_unit_beside_the_field(qtbot: QtBot, page, demo_db) -> None:
    existing = page.model.rows[0]
    dialog = page.add_unit()
    qtbot.keyClicks(dialog.uscc, existing.uscc)
    type_text(dialog.name, "重复单位")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.errors.text("uscc") != "", timeout=15000)
    assert existing.name in dialog.errors.text("uscc")


def test_escape_cancels_and_edit_records_history(qtbot: QtBot, page: UnitsPage) -> None:
    dialog = page.add_unit()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.uscc, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    page.view.selectRow(3)
    unit = page.current_unit()
    dialog = page.edit_unit()
    assert dialog.uscc.text() == unit.uscc
    dialog.contact.clear()
    type_text(dialog.contact, "新联系人")
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        qtbot.keyClick(dialog.contact, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.history.rowCount() == 1)
    assert (
        "联系人：" in page.history.item(0, 3).text()
        and "新联系人" in page.history.item(0, 3).text()
    )


def test_deactivate_toggles_status(qtbot: QtBot, page: UnitsPage, demo_db) -> None:
    with demo_db.unit_of_work() as s:
        add_unit(s, ACTORS["clerk1"], data=UnitFields(uscc=uscc(9), name="待停用", headcount=3))
    page.refresh()
    page.view.selectRow(
        page.model.row_of(next(r.uuid for r in page.model.rows if r.name == "待停用"))
    )
    page.toggle_active()
    qtbot.waitUntil(lambda: page.toggle_button.text() == "恢复", timeout=15000)
    assert page.current_unit().status == "inactive"


def test_unit_detail_lists_its_enrollments(qtbot: QtBot, page: UnitsPage, demo_db) -> None:
    from models import Enrollment

    with demo_db.reader() as s:
        enrolled = s.scalars(select(Enrollment.unit_uuid)).first()
    assert enrolled is not None, "the demo office enrols most of its units"
    page.view.selectRow(page.model.row_of(enrolled))
    qtbot.waitUntil(lambda: page.enrollments.rowCount() >= 1, timeout=10000)
    assert page.enrollments.item(0, 0).text().startswith("BD-")
