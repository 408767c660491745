"""The members page on the demo office (~1,800 members): lazy paging on scroll, search as you
type, masking by role, the add dialog's field error, edit of a masked record, leave/rejoin."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.history import change_history
from models import Member
from models.enums import Gender, MemberStatus
from tests.app.registry_factories import resident_id
from tests.conftest import ACTORS
from ui.bus import Bus
from ui.context import PageContext
from ui.members.members_model import PAGE_SIZE
from ui.members.page import MembersPage
from ui.qt import QMessageBox, Qt


def type_text(widget, text: str) -> None:
    for ch in text:  # QTest cannot key-click Chinese characters; an IME commits them one by one
        widget.insert(ch)


def make_page(qtbot: QtBot, db, who: str, monkeypatch) -> MembersPage:
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, k=kind: pytest.fail(f"{k}: {a[2]}"))
    widget = MembersPage(PageContext(db, ACTORS[who], Bus()))
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def page(qtbot: QtBot, demo_db, monkeypatch) -> MembersPage:
    return make_page(qtbot, demo_db, "clerk1", monkeypatch)


def test_lazy_model_fetches_more_on_scroll(qtbot: QtBot, page: MembersPage) -> None:
    model = page.model
    assert model.total > 1000 and model.rowCount() == PAGE_SIZE and model.fetches == 1
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE, timeout=10000)
    assert model.fetches >= 2
    while model.canFetchMore():
        page.view.scrollToBottom()
        qtbot.wait(1)  # let the view ask for the next page
    assert model.rowCount() == model.total
    assert len({r.uuid for r in model.rows}) == model.total


def test_search_as_you_type_by_initials_and_id_suffix(qtbot: QtBot, page, demo_db) -> None:
    everyone = page.model.total
    with demo_db.reader() as s:
        sample = s.scalars(select(Member).offset(100)).first()
    qtbot.keyClicks(page.search, sample.name_initials[:2])
    qtbot.waitUntil(lambda: page.model.total < everyone, timeout=10000)
    assert all(r.name for r in page.model.rows)
    assert page.count_label.text() == f"共 {page.model.total} 人"
    page.search.clear()
    qtbot.keyClicks(page.search, sample.id_number[-6:])
    qtbot.waitUntil(lambda: sample.uuid in {r.uuid for r in page.model.rows}, timeout=10000)
    row = next(r for r in page.model.rows if r.uuid == sample.uuid)
    assert row.id_number == sample.id_number[:6] + "********" + sample.id_number[-4:]  # clerk
    page.search.clear()
    type_text(page.search, sample.name)
    qtbot.waitUntil(lambda: page.model.total < 50, timeout=10000)
    assert all(r.name.startswith(sample.name) for r in page.model.rows)
    assert page.current_member() is not None and page.info["unit"].text()


def test_supervisor_sees_full_numbers(qtbot: QtBot, demo_db, monkeypatch) -> None:
    page = make_page(qtbot, demo_db, "supervisor1", monkeypatch)
    row = page.model.rows[0]
    with demo_db.reader() as s:
        assert s.get(Member, row.uuid).id_number == row.id_number


def test_add_dialog_shows_sex_contradiction_beside_the_field(qtbot: QtBot, page, demo_db) -> None:
    number = resident_id(dt.date(1988, 8, 8), male=True, serial=3)
    dialog = page.add_member()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.id_number, number)
    assert dialog.derived.text() == "男，1988-08-08 出生"
    type_text(dialog.name, "新会员")
    dialog.gender.setCurrentIndex(dialog.gender.findData(Gender.FEMALE))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.errors.text("gender") != "", timeout=15000)
    assert "显示为“男”" in dialog.errors.text("gender") and dialog.isVisible()

    dialog.gender.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.saved, timeout=15000) as saved:
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    with demo_db.reader() as s:
        member = s.get(Member, saved.args[0].uuid)
        assert (member.gender, member.id_number) == (Gender.MALE, number)


def test_clerk_edits_a_masked_record_without_touching_the_id(qtbot: QtBot, page, demo_db) -> None:
    target = page.current_member()
    with demo_db.reader() as s:
        before = s.get(Member, target.uuid)
    dialog = page.edit_member()
    assert "*" in dialog.id_number.text()
    dialog.name.clear()
    type_text(dialog.name, "改名后")
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    with demo_db.reader() as s:
        after = s.get(Member, target.uuid)
        assert (after.name, after.id_number, after.phone) == (
            "改名后",
            before.id_number,
            before.phone,
        )
    with demo_db.reader() as s:
        history = change_history(s, entity="members", entity_id=target.uuid)
    assert [h.changes for h in history] == [{"name": (before.name, "改名后")}]


def test_leave_then_rejoin_through_the_dialogs(qtbot: QtBot, page, demo_db) -> None:
    target = page.current_member()
    leave = page._status(__import__("ui.members.move_leave_dialog", fromlist=["x"]).LeaveDialog)
    with qtbot.waitSignal(leave.saved, timeout=15000):
        leave.submit()
    qtbot.waitUntil(lambda: page.buttons["rejoin"].isEnabled(), timeout=10000)
    with demo_db.reader() as s:
        assert s.get(Member, target.uuid).status == MemberStatus.LEFT
    assert page.history.item(0, 2).text() == "离职"


def test_member_detail_lists_coverages(qtbot: QtBot, page: MembersPage, demo_db) -> None:
    from models import Coverage

    with demo_db.reader() as s:
        covered = s.scalars(select(Coverage.member_uuid)).first()
        assert covered is not None, "the demo office enrols most of its units"
        number = s.get(Member, covered).id_number
    qtbot.keyClicks(page.search, number)
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=10000)
    qtbot.waitUntil(lambda: page.coverages.rowCount() >= 1, timeout=10000)
    assert page.coverages.item(0, 0).text().startswith("BD-")
    assert page.info["id"].text().endswith(number[-4:]) and "*" in page.info["id"].text()
