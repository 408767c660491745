"""The claims window's money safety and the clerk's day (issues 18.4, 19.1, 19.4), through the
real widgets: one claim per press of 受理并保存, a duplicate stay shown live and refused, a
supervisor's override with a reason, the queue's search and the 代发清单 workbook."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app import claims
from app.auth import Actor
from app.db import Database
from models import Claim
from tests.app.claims_factories import (
    Insured,
    insured,
    stay_input,
    today,  # noqa: F401  (fixture)
)
from ui.bus import Bus
from ui.claims.intake_form import IntakeForm
from ui.claims.pay_dialog import PayDialog
from ui.claims.queue import ClaimQueue
from ui.context import PageContext
from ui.qt import QFileDialog, Qt

pytestmark = pytest.mark.usefixtures("today")


def form_for(qtbot: QtBot, db: Database, actor: Actor, data_dir: Path) -> IntakeForm:
    form = IntakeForm(PageContext(db=db, actor=actor, bus=Bus(), data_dir=data_dir))
    qtbot.addWidget(form)
    return form


def type_stay(qtbot: QtBot, form: IntakeForm, who: Insured, admitted: str, discharged: str) -> None:
    """The clerk scans the card, then types a ZY stay (8000 insurance, 5000 self-pay)."""
    qtbot.keyClicks(form.id_edit, who.id_number)
    qtbot.keyClick(form.id_edit, Qt.Key.Key_Return)
    for name, text in (
        ("admitted", admitted),
        ("discharged", discharged),
        ("settled", discharged),
        ("total_cost", "13300"),
        ("insurance_paid", "8000"),
        ("self_pay", "5000"),
        ("out_of_policy", "300"),
    ):
        qtbot.keyClicks(form.fields[name], text)
    qtbot.waitUntil(lambda: "给付互助金" in form.preview.text(), timeout=5_000)


def claims_of(db: Database, who: Insured) -> int:
    with db.reader() as session:
        query = select(func.count()).where(Claim.member_uuid == who.member_uuid)
        return session.scalar(query) or 0


def test_a_double_press_of_save_makes_one_claim_and_clears_the_form(
    qtbot: QtBot, demo_db: Database, actors, tmp_path: Path
) -> None:
    who = insured(demo_db, {"ZY": 1})
    form = form_for(qtbot, demo_db, actors["clerk1"], tmp_path)
    type_stay(qtbot, form, who, "2026-03-01", "2026-03-10")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # after the save, too
    qtbot.wait(300)
    assert claims_of(demo_db, who) == 1
    assert form.id_edit.text() == "" and form.fields["self_pay"].text() == ""  # type: ignore[attr-defined]
    assert not form.save_button.isEnabled() and form.receipt_button.isEnabled()
    assert "请输入下一位申请人的证件号码" in form.result.text()


def test_a_duplicate_stay_is_shown_live_and_refused(
    qtbot: QtBot, demo_db: Database, actors, tmp_path: Path, message_boxes
) -> None:
    who = insured(demo_db, {"ZY": 1})
    with demo_db.unit_of_work() as session:
        first = claims.take_claim(session, actors["clerk2"], data=stay_input(who))
    form = form_for(qtbot, demo_db, actors["clerk1"], tmp_path)
    type_stay(qtbot, form, who, "2026-03-05", "2026-03-12")
    qtbot.waitUntil(lambda: first.number in form.conflict.text(), timeout=5_000)
    assert "住院 2026-03-01 至 2026-03-10" in form.conflict.text()
    assert "请交主管办理" in form.conflict.text() and form.override_reason.isHidden()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes.texts("warning")), timeout=10_000)
    assert first.number in message_boxes.texts("warning")[0]
    assert claims_of(demo_db, who) == 1
    form.fields["admitted"].clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(form.fields["admitted"], "2026-03-11")
    form.fields["discharged"].clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(form.fields["discharged"], "2026-03-15")
    qtbot.waitUntil(lambda: form.conflict.text() == "", timeout=5_000)


def test_a_supervisor_takes_the_duplicate_in_with_a_reason_the_queue_flags_it(
    qtbot: QtBot, demo_db: Database, actors, tmp_path: Path
) -> None:
    who = insured(demo_db, {"ZY": 1})
    with demo_db.unit_of_work() as session:
        first = claims.take_claim(session, actors["clerk1"], data=stay_input(who))
    form = form_for(qtbot, demo_db, actors["supervisor1"], tmp_path)
    type_stay(qtbot, form, who, "2026-03-01", "2026-03-10")
    qtbot.waitUntil(lambda: first.number in form.conflict.text(), timeout=5_000)
    assert not form.override_reason.isHidden()
    reason = "首笔误录，经核实为两次住院"
    form.override_reason.setText(reason)  # QTest cannot type CJK characters (it aborts)
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    second = saved.args[0]
    assert second.duplicate_of == [first.number] and second.override_reason == reason

    queue = ClaimQueue(PageContext(db=demo_db, actor=actors["reviewer1"], bus=Bus()))
    qtbot.addWidget(queue)
    queue.select_number(second.number)
    row = queue.table.currentRow()
    assert queue.table.item(row, queue.table.columnCount() - 1).text() == "⚠ 重复特批"
    assert reason in queue.detail.toPlainText() and first.number in queue.detail.toPlainText()


def test_queue_search_and_the_paylist_workbook(
    qtbot: QtBot, demo_db: Database, actors, tmp_path: Path, monkeypatch, message_boxes
) -> None:
    who, other = insured(demo_db, {"ZY": 1}), insured(demo_db, {"ZY": 1})
    with demo_db.unit_of_work() as session:
        mine = claims.take_claim(session, actors["clerk1"], data=stay_input(who))
        theirs = claims.take_claim(session, actors["clerk1"], data=stay_input(other))
        for c in (mine, theirs):
            claims.review(session, actors["reviewer1"], claim_uuid=c.uuid)
            claims.approve(session, actors["supervisor1"], claim_uuid=c.uuid)
    queue = ClaimQueue(PageContext(db=demo_db, actor=actors["clerk1"], bus=Bus()))
    qtbot.addWidget(queue)

    def shown() -> set[str]:
        return {r.number for r in queue.rows}

    for text in (who.id_number[-4:], who.name, mine.number):
        queue.search.setText(text)  # as typed: QTest cannot type CJK characters
        qtbot.waitUntil(
            lambda: mine.number in shown() and theirs.number not in shown(), timeout=5_000
        )
    queue.search.clear()
    qtbot.keyClicks(queue.search, mine.number[-6:])  # the end of the number, then Enter
    qtbot.keyClick(queue.search, Qt.Key.Key_Return)
    assert shown() == {mine.number}

    out = tmp_path / "代发清单.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(queue.acted, timeout=10_000):
        qtbot.mouseClick(queue.paylist_button, Qt.MouseButton.LeftButton)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert [r[1] for r in rows[2:-1]] == [mine.number]  # only the claims the search shows
    assert rows[-1][0] == "合计" and "3,360.00" in message_boxes.texts("information")[0]


def test_paying_without_a_bank_account_is_refused_in_the_dialog_then_paid(
    qtbot: QtBot, demo_db: Database, actors, tmp_path: Path, monkeypatch
) -> None:
    who = insured(demo_db, {"ZY": 1}, bank=("", ""))
    with demo_db.unit_of_work() as session:
        c = claims.take_claim(session, actors["clerk1"], data=stay_input(who))
        claims.review(session, actors["reviewer1"], claim_uuid=c.uuid)
        claims.approve(session, actors["supervisor1"], claim_uuid=c.uuid)
    queue = ClaimQueue(PageContext(db=demo_db, actor=actors["clerk1"], bus=Bus()))
    qtbot.addWidget(queue)
    refusals: list[str] = []

    def pay(dialog: PayDialog) -> int:
        assert "3,360.00 元（大写：叁仟叁佰陆拾元整）" in dialog.summary.text()
        dialog.method.setCurrentIndex(dialog.method.findData("现金"))
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
        refusals.append(dialog.error.text())
        assert not dialog.result()  # still open
        dialog.bank.setText("农行耀州支行")  # QTest cannot type CJK characters
        qtbot.keyClicks(dialog.account, "6228480000123")
        qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=5_000)
        dialog.ok_button.click()
        return 0

    monkeypatch.setattr(PayDialog, "exec", pay)
    queue.mode.setCurrentIndex(queue.mode.findData("all"))
    queue.select_number(c.number)
    with qtbot.waitSignal(queue.acted, timeout=10_000):
        qtbot.mouseClick(queue.buttons["pay"], Qt.MouseButton.LeftButton)
    assert "会员没有银行账户" in refusals[0] and "“会员”页编辑该会员" in refusals[0]
    with demo_db.reader() as session:
        claim = session.scalar(select(Claim).where(Claim.number == c.number))
        assert (claim.pay_method, claim.pay_account) == ("现金", "6228480000123")
