"""Acceptance 3 (issue 5): a hospital claim taken in through the form — the benefit preview
updates as the costs are typed — then reviewed, approved by another operator and paid, each
through the work list, as the respective operators."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import audit
from app.auth import Actor
from app.db import Database
from models import Claim, ClaimAttachment, ClaimEvent
from models.enums import ClaimStatus
from tests.app.claims_factories import (
    insured,
    today,  # noqa: F401  (fixture)
)
from ui.bus import Bus
from ui.claims.correct_dialog import CorrectDialog
from ui.claims.documents_dialog import DocumentsDialog
from ui.claims.intake_form import IntakeForm
from ui.claims.page import ClaimsPage
from ui.claims.pay_dialog import PayDialog
from ui.claims.queue import ClaimQueue
from ui.context import PageContext
from ui.qt import QFileDialog, QMessageBox, Qt

pytestmark = pytest.mark.usefixtures("today")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 32


def context(db: Database, actor: Actor, data_dir: Path) -> PageContext:
    return PageContext(db=db, actor=actor, bus=Bus(), data_dir=data_dir)


def type_into(qtbot: QtBot, form: IntakeForm, name: str, text: str) -> None:
    qtbot.keyClicks(form.fields[name], text)


def act(qtbot: QtBot, queue: ClaimQueue, number: str, key: str) -> None:
    queue.mode.setCurrentIndex(queue.mode.findData("all"))
    queue.select_number(number)
    assert queue.buttons[key].isEnabled(), key
    with qtbot.waitSignal(queue.acted, timeout=10_000) as blocker:
        qtbot.mouseClick(queue.buttons[key], Qt.MouseButton.LeftButton)
    assert blocker.args == [key]


def status(db: Database, number: str) -> ClaimStatus:
    with db.reader() as session:
        return session.scalar(select(Claim.status).where(Claim.number == number))


def test_hospital_claim_through_the_form_to_payment(
    qtbot: QtBot, demo_db: Database, actors, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    who = insured(demo_db, {"ZY": 1})
    clerk = context(demo_db, actors["clerk1"], tmp_path)
    page = ClaimsPage(clerk)
    qtbot.addWidget(page)
    form = page.intake
    qtbot.keyClicks(form.id_edit, who.id_number)
    qtbot.keyClick(form.id_edit, Qt.Key.Key_Return)
    assert who.name in form.member_label.text()
    assert form.covers.rowCount() == 1
    assert form.plan_combo.currentData() == "ZY" and form.kind_combo.currentData() == "stay"
    for name, text in (
        ("admitted", "2026-03-01"),
        ("discharged", "2026-03-10"),
        ("settled", "2026-03-12"),
        ("total_cost", "13300"),
        ("insurance_paid", "8000"),
        ("out_of_policy", "300"),
        ("self_pay", "5"),
    ):
        type_into(qtbot, form, name, text)
    qtbot.waitUntil(lambda: "（不足起付额）" in form.preview.text(), timeout=5_000)
    assert "给付互助金 0.00 元" in form.preview.text()
    type_into(qtbot, form, "self_pay", "000")  # 5 → 5000
    qtbot.waitUntil(lambda: "给付互助金 3,360.00 元" in form.preview.text(), timeout=5_000)
    assert "政策内个人自付 5,000.00 元 − 起付额 200.00 元 = 4,800.00 元" in form.preview.text()

    scan = tmp_path / "发票.png"
    scan.write_bytes(PNG)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    for item in form.checklist.items():
        if item.data(Qt.ItemDataRole.UserRole) == "发票原件":
            form.checklist.list.setCurrentItem(item)
        else:
            item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(form.checklist.attach_button, Qt.MouseButton.LeftButton)
    assert form.received()["发票原件"]
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    number = saved.args[0].number
    assert number.startswith("LP-61020401-2026-") and number in form.result.text()
    assert saved.args[0].missing_documents == []
    assert form.id_edit.text() == "" and not form.save_button.isEnabled()  # ready for the next
    assert form.receipt_button.isEnabled()
    receipt = tmp_path / "回执.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(receipt), ""))
    with qtbot.waitSignal(form.receipt_done, timeout=20_000) as shown:
        qtbot.mouseClick(form.receipt_button, Qt.MouseButton.LeftButton)
    dialog = shown.args[0]
    qtbot.waitUntil(lambda: dialog.preview.page_count() >= 1, timeout=20_000)
    assert number in dialog.windowTitle()
    qtbot.mouseClick(dialog.preview.save_button, Qt.MouseButton.LeftButton)
    assert receipt.read_bytes().startswith(b"%PDF")
    dialog.close()

    reviewer = ClaimQueue(context(demo_db, actors["reviewer1"], tmp_path))
    qtbot.addWidget(reviewer)
    act(qtbot, reviewer, number, "review")
    assert status(demo_db, number) is ClaimStatus.AWAITING_APPROVAL

    clerk_queue = page.queue
    clerk_queue.load()
    clerk_queue.select_number(number)
    assert not clerk_queue.buttons["approve"].isEnabled()  # a clerk cannot approve

    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    supervisor = ClaimQueue(context(demo_db, actors["supervisor1"], tmp_path))
    qtbot.addWidget(supervisor)
    act(qtbot, supervisor, number, "approve")
    assert status(demo_db, number) is ClaimStatus.APPROVED
    assert "给付 3,360.00 元（大写：叁仟叁佰陆拾元整）" in asked[0]
    assert "政策内个人自付 5,000.00 元 − 起付额 200.00 元 = 4,800.00 元" in asked[0]

    confirmed: list[str] = []

    def pay_by_transfer(dialog: PayDialog) -> int:
        confirmed.append(dialog.summary.text() + "\n" + dialog.working.toPlainText())
        dialog.method.setCurrentIndex(dialog.method.findData("转账"))
        qtbot.keyClicks(dialog.voucher, "ZZ20260630-01")
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(PayDialog, "exec", pay_by_transfer)
    clerk_queue.load()
    act(qtbot, clerk_queue, number, "pay")
    assert status(demo_db, number) is ClaimStatus.PAID
    assert "3,360.00 元（大写：叁仟叁佰陆拾元整）" in confirmed[0]
    assert "× 70%" in confirmed[0]

    with demo_db.reader() as session:
        claim = session.scalar(select(Claim).where(Claim.number == number))
        actions = session.scalars(
            select(ClaimEvent.action)
            .where(ClaimEvent.claim_uuid == claim.uuid)
            .order_by(ClaimEvent.id)
        ).all()
        assert actions == ["intake", "attach", "review", "submit", "approve", "pay"]
    clerk_queue.select_number(number)
    history = clerk_queue.detail.toPlainText().split("办理记录：")[1]
    for step in ("受理", "上传扫描件", "开始审核", "提交审批", "批准", "支付"):
        assert f" {step} → " in history, step
    for word in ("intake", "attach", "review", "submit", "approve", "pay"):
        assert f" {word} " not in history, word
        assert claim.paid_amount == 336_000 and claim.approver == "supervisor1"
        assert (claim.pay_method, claim.pay_voucher) == ("转账", "ZZ20260630-01")
        attachment = session.scalars(
            select(ClaimAttachment).where(ClaimAttachment.claim_uuid == claim.uuid)
        ).one()
        assert (
            tmp_path / "documents" / attachment.sha256[:2] / attachment.sha256
        ).read_bytes() == PNG
        assert audit.verify(session).ok


def test_supervisor_cannot_approve_own_intake_in_the_ui(
    qtbot: QtBot, demo_db: Database, actors, tmp_path: Path
) -> None:
    from app import claims
    from tests.app.claims_factories import stay_input

    who = insured(demo_db, {"ZY": 1})
    with demo_db.unit_of_work() as session:
        c = claims.take_claim(session, actors["supervisor1"], data=stay_input(who))
        claims.review(session, actors["reviewer1"], claim_uuid=c.uuid)
    queue = ClaimQueue(context(demo_db, actors["supervisor1"], tmp_path))
    qtbot.addWidget(queue)
    queue.mode.setCurrentIndex(queue.mode.findData("all"))
    queue.select_number(c.number)
    assert not queue.buttons["approve"].isEnabled()  # app.claims.allowed_actions: four eyes
    assert queue.buttons["reject"].isEnabled()
    assert status(demo_db, c.number) is ClaimStatus.AWAITING_APPROVAL


def test_documents_and_correction_from_the_work_list(
    qtbot: QtBot, demo_db: Database, actors, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app import claims
    from tests.app.claims_factories import stay_input

    who = insured(demo_db, {"ZY": 1})
    with demo_db.unit_of_work() as session:
        c = claims.take_claim(session, actors["clerk1"], data=stay_input(who, documents={}))
    queue = ClaimQueue(context(demo_db, actors["reviewer1"], tmp_path))
    qtbot.addWidget(queue)
    scan = tmp_path / "病案.png"
    scan.write_bytes(PNG)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))

    def tick_all(dialog: DocumentsDialog) -> int:
        for item in dialog.checklist.items():
            if item.data(Qt.ItemDataRole.UserRole) == "住院病案首页":
                dialog.checklist.list.setCurrentItem(item)
                dialog.checklist.choose_scan()
            else:
                item.setCheckState(Qt.CheckState.Checked)
        return 1

    monkeypatch.setattr(DocumentsDialog, "exec", tick_all)
    act(qtbot, queue, c.number, "documents")
    with demo_db.reader() as session:
        claim = session.scalar(select(Claim).where(Claim.number == c.number))
        assert all(claim.documents.values())
        scans = session.scalars(
            select(ClaimAttachment.document).where(ClaimAttachment.claim_uuid == claim.uuid)
        ).all()
        assert scans == ["住院病案首页"]

    def self_pay_1000(dialog: CorrectDialog) -> int:
        dialog.field.setCurrentIndex(dialog.field.findData("self_pay"))
        dialog.value.setText("1000")  # the dialog is not shown: exec is replaced
        dialog.reason.setText("结算单政策内自付为1000元")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(CorrectDialog, "exec", self_pay_1000)
    act(qtbot, queue, c.number, "correct")
    with demo_db.reader() as session:
        claim = session.scalar(select(Claim).where(Claim.number == c.number))
        assert (claim.self_pay, claim.computed_benefit) == (100_000, 56_000)  # (1000 − 200) × 70%


def test_a_refused_correction_shows_in_the_red_error_line(qtbot: QtBot) -> None:
    """更正 says what is wrong with the new value in the forms' red line and stays open."""
    from ui.forms import ERROR_STYLE
    from ui.qt import QPushButton

    dialog = CorrectDialog("LP-61020401-2026-000001")
    qtbot.addWidget(dialog)
    dialog.show()  # open before the refusal, as the clerk has it
    qtbot.waitExposed(dialog)
    dialog.field.setCurrentIndex(dialog.field.findData("total_cost"))
    qtbot.keyClicks(dialog.value, "12.345")
    ok = next(b for b in dialog.findChildren(QPushButton) if b.text() == "确定")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.parsed is None and dialog.error.text()
    assert dialog.error.objectName() == "error" and dialog.error.styleSheet() == ERROR_STYLE
    label = dialog.error  # every line of the refusal shows, none cut off
    assert label.height() >= label.heightForWidth(label.width())
