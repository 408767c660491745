"""Paying approved claims: the payment record and the bank payment list (代发清单).

A paid claim counts against its cover's limits with the amount actually paid (the engine reads
it through `eligibility.earlier_claims`). A claim that needs the hub's approval cannot be paid
or listed until the hub has approved it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl.styles import Font
from sqlalchemy.orm import Session

from app import audit, clock, workbook
from app.auth import Action, Actor, require
from app.claims import kinds
from app.claims.decisions import hub_hold_message
from app.claims.events import record_change
from app.claims.workflow import ClaimState, S, expect_status, load, state_of
from app.errors import RejectedInput, ValidationFailed
from app.i18n import msg
from app.office import self_office
from app.printing.amounts import yuan
from app.privacy import mask_account, mask_id
from app.texts import check_text
from models import Claim, Member
from models.enums import HubDecision


def _hub_ready(claim: Claim) -> bool:
    return not claim.needs_hub_approval or claim.hub_decision is HubDecision.APPROVED


def _account(session: Session, claim: Claim) -> tuple[str, str]:
    member = session.get(Member, claim.member_uuid)
    assert member is not None
    return (claim.pay_bank or member.bank_name or ""), (
        claim.pay_account or member.bank_account or ""
    )


def record_payment(
    session: Session,
    actor: Actor,
    *,
    claim_uuid: uuid.UUID | str,
    paid_on: dt.date,
    amount: int,
    bank: str | None = None,
    account: str | None = None,
) -> ClaimState:
    """已批准 → 已支付: date, bank, account (default: the member's) and amount ≤ approved.

    Raises RejectedInput when the claim is not approved, the hub has not approved a large
    benefit, the amount is not within (0, approved] or the date is outside [intake, today].
    """
    require(actor, Action.PAY_CLAIM)
    claim = load(session, claim_uuid)
    expect_status(claim, {S.APPROVED}, msg("登记支付"))
    if not _hub_ready(claim):
        raise RejectedInput(
            hub_hold_message(claim.number, claim.approved_amount or 0, claim.hub_decision)
        )
    approved = claim.approved_amount or 0
    if not 0 < amount <= approved:
        raise RejectedInput(
            msg("支付金额应大于 0 且不超过批准金额 {a} 元。", a=yuan(approved)), field="amount"
        )
    if not claim.received_on <= paid_on <= clock.today():
        raise RejectedInput(
            msg("支付日期应在受理日 {r} 与今天之间。", r=claim.received_on), field="paid_on"
        )
    default_bank, default_account = _account(session, claim)
    bank, account = (bank or default_bank).strip(), (account or default_account).strip()
    check_text(bank, field="bank", label=msg("开户银行"))
    check_text(account, field="account", label=msg("银行账号"))
    if not bank or not account:
        raise RejectedInput(msg("请填写收款开户银行和账号。"), field="account")
    claim.paid_on, claim.paid_amount = paid_on, amount
    claim.pay_bank, claim.pay_account = bank, account
    before = claim.status
    claim.status = S.PAID
    changes = {
        "paid_amount": amount,
        "paid_on": paid_on.isoformat(),
        "pay_bank": bank,
        "pay_account": mask_account(account),
    }
    record_change(session, actor, claim, "pay", before, changes=changes)
    return state_of(claim)


@dataclass(frozen=True)
class Paylist:
    path: Path
    count: int
    total: int  # fen
    accounts_masked: bool


HEADERS = ("序号", "理赔编号", "姓名", "证件号码", "开户银行", "银行账号", "金额（元）", "保障计划")


def _paylist_rows(session: Session, claims: Sequence[Claim], full: bool) -> list[tuple]:
    rows = []
    for index, claim in enumerate(claims, start=1):
        member = session.get(Member, claim.member_uuid)
        assert member is not None
        bank, account = _account(session, claim)
        rows.append(
            (
                index,
                claim.number,
                member.name,
                member.id_number if full else mask_id(member.id_number),
                bank,
                account if full else mask_account(account),
                Decimal(claim.approved_amount or 0) / 100,
                claim.plan_code,
            )
        )
    return rows


def _listable(session: Session, claim_uuids: Sequence[uuid.UUID | str]) -> list[Claim]:
    claims, problems = [], []
    for key in claim_uuids:
        claim = load(session, key)
        if claim.status is not S.APPROVED:
            problems.append(
                RejectedInput(
                    msg(
                        "理赔 {n} 当前为“{s}”，只有已批准未支付的申请能列入代发清单。",
                        n=claim.number,
                        s=kinds.STATUS_LABELS[claim.status],
                    )
                )
            )
        elif not _hub_ready(claim):
            problems.append(
                RejectedInput(
                    hub_hold_message(claim.number, claim.approved_amount or 0, claim.hub_decision)
                )
            )
        elif not _account(session, claim)[1]:
            problems.append(RejectedInput(msg("理赔 {n} 没有收款银行账号。", n=claim.number)))
        claims.append(claim)
    if problems:
        raise ValidationFailed(msg("有 {n} 笔申请不能列入代发清单。", n=len(problems)), problems)
    if not claims:
        raise RejectedInput(msg("请至少选择一笔已批准的申请。"))
    return claims


def write_paylist(
    session: Session, actor: Actor, *, claim_uuids: Sequence[uuid.UUID | str], out: Path
) -> Paylist:
    """Write the bank payment list for approved claims as an Excel file (audited).

    Accounts and ID numbers are written in full only for roles that may see them
    (Action.VIEW_SENSITIVE); otherwise masked. The file is written whole or not at all.
    """
    require(actor, Action.PAY_CLAIM)
    claims = _listable(session, claim_uuids)
    full = actor.can(Action.VIEW_SENSITIVE)
    office = self_office(session)
    book = workbook.new_workbook()
    sheet = book.active
    sheet.title = "代发清单"
    workbook.append(sheet, [f"{office.name} 互助金代发清单（{clock.today():%Y-%m-%d}）"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(list(HEADERS))
    for row in _paylist_rows(session, claims, full):
        workbook.append(sheet, row)
    total = sum(c.approved_amount or 0 for c in claims)
    sheet.append(["合计", f"{len(claims)} 笔", "", "", "", "", Decimal(total) / 100, ""])
    for cells in sheet.iter_rows(min_row=3, min_col=7, max_col=7):
        cells[0].number_format = "#,##0.00"
    for column, width in zip("ABCDEFGH", (6, 24, 10, 22, 20, 24, 14, 10), strict=True):
        sheet.column_dimensions[column].width = width
    out = workbook.save(book, out)
    audit.record(
        session,
        actor.username,
        "claim.paylist",
        entity="claims",
        entity_id=claims[0].uuid,
        details={
            "count": len(claims),
            "total": total,
            "numbers": [c.number for c in claims],
            "full": full,
        },
    )
    return Paylist(out, len(claims), total, not full)
