"""Acceptance 2 (issue 11): 20 certificates scanned in a row at an event — scanner input as typed
text + Enter — each signed in with a beep and a line in the list, no dialog in between; the
count shows on the event. Duplicates, non-members and a full event are answered in the list."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models import HealthAttendance
from tests.app import health_factories
from tests.app.printing_pdf import texts
from tests.conftest import ACTORS
from ui import ops
from ui.bus import Bus
from ui.context import PageContext
from ui.health.feedback import REFUSED_STYLE
from ui.health.page import HealthPage
from ui.qt import (
    QApplication,
    QDialog,
    QEvent,
    QFileDialog,
    QMessageBox,
    QObject,
    QPushButton,
    Qt,
)

SCANNED = 20


@pytest.fixture
def office(db, monkeypatch):
    monkeypatch.setenv("HUZHU_TODAY", health_factories.TODAY)
    with db.unit_of_work() as session:
        return health_factories.office(
            session, ACTORS["clerk1"], members=SCANNED + 1, capacity=SCANNED
        )


@pytest.fixture
def beeps(monkeypatch) -> list[int]:
    heard: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: heard.append(1)))
    return heard


@pytest.fixture
def page(qtbot: QtBot, db, office, monkeypatch, tmp_path) -> HealthPage:
    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, k=kind: pytest.fail(f"{k}: {a[2]}"))
    widget = HealthPage(PageContext(db, ACTORS["clerk1"], Bus(), data_dir=tmp_path))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.events.table.rowCount() == 1, timeout=10000)
    widget.events.select_event(office.event)
    return widget


class _DialogWatch(QObject):
    """Notes the title of every dialog shown while it is installed on the application."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            self.shown.append(watched.windowTitle())
        return False


def _scan(qtbot: QtBot, page: HealthPage, text: str) -> None:
    qtbot.keyClicks(page.events.scanner, text)
    qtbot.keyClick(page.events.scanner, Qt.Key.Key_Return)
    assert page.events.scanner.text() == ""  # ready for the next person at once
    assert QApplication.activeModalWidget() is None


def test_twenty_scans_in_a_row_sign_in_without_a_dialog(
    qtbot: QtBot, page, office, db, beeps, monkeypatch
):
    # a busy machine: every operation outlasts the delay before a progress dialog would show
    monkeypatch.setattr(ops, "PROGRESS_DELAY_MS", 0)
    watch = _DialogWatch()
    QApplication.instance().installEventFilter(watch)
    tab = page.events
    for text in office.qr[:SCANNED]:
        _scan(qtbot, page, text)
    qtbot.waitUntil(lambda: tab.results.count() == SCANNED, timeout=30000)
    assert len(beeps) == SCANNED
    lines = [tab.results.item(i).text() for i in range(SCANNED)]
    assert all(line.startswith("✓") for line in lines)
    assert lines[0].startswith(f"✓ {office.names[SCANNED - 1]} ")  # newest on top
    assert tab.count.text() == f"已签到 {SCANNED} 人 / 名额 {SCANNED} 人"
    qtbot.waitUntil(lambda: tab.table.item(0, 6).text() == f"{SCANNED}/{SCANNED}", timeout=10000)
    with db.reader() as session:
        assert session.scalar(select(func.count()).select_from(HealthAttendance)) == SCANNED

    # a duplicate, the 21st member at a full event, a tampered code: answered in the list
    _scan(qtbot, page, office.qr[0])
    _scan(qtbot, page, office.ids[SCANNED])
    _scan(qtbot, page, office.qr[1][:-3] + "AAA")
    qtbot.waitUntil(lambda: tab.results.count() == SCANNED + 3, timeout=10000)
    answers = [tab.results.item(i).text() for i in range(3)]
    assert "签名不符" in answers[0]
    assert "名额已满" in answers[1] and office.names[SCANNED] in answers[1]
    assert "已签到，无需重复" in answers[2]
    # one beep each accepted scan, two for each refusal, and the field flashes red
    assert tab.scanner.styleSheet() == REFUSED_STYLE
    qtbot.waitUntil(lambda: len(beeps) == SCANNED + 2 * 3, timeout=10000)
    _scan(qtbot, page, office.ids[SCANNED - 1])  # already in: refused, red again
    qtbot.waitUntil(lambda: tab.results.count() == SCANNED + 4, timeout=10000)
    qtbot.waitUntil(lambda: tab.scanner.styleSheet() == "", timeout=10000)  # the flash ends
    QApplication.instance().removeEventFilter(watch)
    assert watch.shown == []  # not even a progress dialog between two scans


def test_membership_check_box_shows_the_verdict(qtbot: QtBot, page, office, beeps):
    tab = page.partners
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10000)
    assert "体检套餐9折" in tab.table.item(0, 2).text()
    qtbot.keyClicks(tab.check_field, office.qr[0])
    qtbot.keyClick(tab.check_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "有效会员" in tab.verdict.text(), timeout=10000)
    assert office.names[0] in tab.verdict.text() and "ZY×1" in tab.verdict.text()


def test_membership_check_by_typed_id_number_and_refusal_feedback(
    qtbot: QtBot, page, office, beeps
):
    tab = page.partners
    qtbot.keyClicks(tab.check_field, office.ids[1])
    qtbot.keyClick(tab.check_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "有效会员" in tab.verdict.text(), timeout=10000)
    assert office.names[1] in tab.verdict.text() and "ZJ×2" in tab.verdict.text()
    assert len(beeps) == 1 and tab.check_field.styleSheet() == ""

    qtbot.keyClicks(tab.check_field, "610204199001011234")
    qtbot.keyClick(tab.check_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "本处没有该证件号码的会员" in tab.verdict.text(), timeout=10000)
    assert tab.verdict.text().startswith("✗")
    assert tab.check_field.styleSheet() == REFUSED_STYLE
    qtbot.waitUntil(lambda: len(beeps) == 3, timeout=10000)  # two beeps for a refusal


def test_new_event_dialog_saves_and_shows_a_refusal_inline(qtbot: QtBot, page, office):
    tab = page.events
    tab.new_event()
    dialog = tab.dialog
    assert dialog is not None and dialog.partner.count() == 2  # （无） and the hospital
    dialog.title_edit.setText("职工体检")  # keyClicks types ASCII only
    dialog.capacity.setValue(0)
    dialog.save()
    qtbot.waitUntil(lambda: "请填写活动名称和地点" in dialog.error.text(), timeout=10000)
    assert dialog.isVisible()
    dialog.place.setText("区人民医院")
    dialog.capacity.setValue(30)
    dialog.partner.setCurrentIndex(1)
    dialog.save()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2, timeout=10000)
    assert not dialog.isVisible() and dialog.saved.partner == "耀州区人民医院"
    titles = {tab.table.item(r, 2).text() for r in range(2)}
    assert "职工体检" in titles


def test_partner_dialog_adds_a_partner_to_the_list(qtbot: QtBot, page):
    tab = page.partners
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10000)
    tab.add_partner()
    dialog = tab.dialog
    dialog.name.setText("康华大药房")
    dialog.kind.setCurrentIndex(1)
    dialog.offers.setPlainText("目录内药品9折\n会员免费测血压")
    dialog.save()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2, timeout=10000)
    row = next(r for r in range(2) if tab.table.item(r, 0).text() == "康华大药房")
    assert tab.table.item(row, 1).text() == "药店"
    assert set(tab.table.item(row, 2).text().split("；")) == {"目录内药品9折", "会员免费测血压"}


def test_sign_in_sheet_and_partner_leaflet_are_saved_where_the_clerk_says(
    qtbot: QtBot, page, office, monkeypatch, tmp_path
):
    asked: list[tuple[str, str]] = []
    target = tmp_path / "saved.pdf"

    def choose(_parent, caption, suggested, _filter):
        asked.append((caption, suggested))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(page.events.print_button, Qt.MouseButton.LeftButton)
    page.events.context.wait_for_work()
    number = page.events.current().number
    assert asked == [("保存签到表", f"签到表-{number}.pdf")]
    assert "会员活动签到表" in texts(target)[0]

    target.unlink()
    leaflet = next(
        b for b in page.partners.findChildren(QPushButton) if b.text() == "打印合作机构名单…"
    )
    qtbot.mouseClick(leaflet, Qt.MouseButton.LeftButton)
    page.partners.context.wait_for_work()
    assert asked[1] == ("合作机构名单", "合作机构名单.pdf")
    assert "会员优惠合作机构名单" in texts(target)[0]
