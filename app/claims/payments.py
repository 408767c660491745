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
from pathlib import Path

from openpyxl.styles import Font
from sqlalchemy.orm import Session

from app import audit, clock, workbook
from app.auth import Action, Actor, require
from app.claims import kinds
from app.claims.actions import ClaimAction, hub_hold_message, hub_ready, require_allowed
from app.claims.events import record_change
from app.claims.workflow import ClaimState, S, load, state_of
from app.enrollment.payments import DEFAULT_METHOD, PAYMENT_METHODS, method_label
from app.errors import RejectedInput, ValidationFailed
from app.i18n import msg
from app.money import decimal_yuan, yuan
from app.office import self_office
from app.privacy import mask_account, mask_id
from app.texts import check_text
from models import Claim, Member

# the methods premiums and benefits share (app.enrollment.payments), in the window's order
PAY_METHOD_LABELS: tuple[str, ...] = tuple(PAYMENT_METHODS.values())


def _account(session: Session, claim: Claim) -> tuple[str, str]:
    member = session.get(Member, claim.member_uuid)
    assert member is not None
    return (claim.pay_bank or member.bank_name or ""), (
        claim.pay_account or member.bank_account or ""
    )


def pay_method(text: str | None) -> str:
    """The stored word (转账, 现金, …) for a method given as a word or its code; default 转账."""
    return method_label(text) if (text or "").strip() else DEFAULT_METHOD


def _paid_on(claim: Claim, paid_on: dt.date | None) -> dt.date:
    today = clock.today()
    when = paid_on or today
    if when > today:
        raise RejectedInput(
            msg("支付日期 {d} 晚于今天 {t}：只能登记已经支付的款项。", d=when, t=today),
            field="paid_on",
        )
    if when < claim.received_on:
        raise RejectedInput(
            msg("支付日期 {d} 早于受理日 {r}，请核对。", d=when, r=claim.received_on),
            field="paid_on",
        )
    return when


def record_payment(
    session: Session,
    actor: Actor,
    *,
    claim_uuid: uuid.UUID | str,
    paid_on: dt.date | None = None,
    amount: int | None = None,
    method: str | None = None,
    voucher: str | None = None,
    bank: str | None = None,
    account: str | None = None,
) -> ClaimState:
    """已批准 → 已支付, the one way a claim is paid (window and `claim pay`): the amount (default
    the approved amount, never more), the paid date (default today; earlier allowed back to the
    intake day, never later than today), how it was paid (`PAY_METHOD_LABELS`, default 转账),
    the voucher or transfer number, and the bank and account (default the member's).

    Raises PermissionDenied / RejectedInput when the claim may not be paid now (state, role,
    the hub's approval), and RejectedInput for an amount, date or method out of bounds or when
    no bank account is known.
    """
    require(actor, Action.PAY_CLAIM)
    claim = load(session, claim_uuid)
    require_allowed(actor, claim, ClaimAction.PAY)
    approved = claim.approved_amount or 0
    amount = approved if amount is None else amount
    if not 0 < amount <= approved:
        raise RejectedInput(
            msg("支付金额应大于 0 且不超过批准金额 {a} 元。", a=yuan(approved)), field="amount"
        )
    when = _paid_on(claim, paid_on)
    how = pay_method(method)
    default_bank, default_account = _account(session, claim)
    bank, account = (bank or default_bank).strip(), (account or default_account).strip()
    check_text(bank, field="bank", label=msg("开户银行"))
    check_text(account, field="account", label=msg("银行账号"))
    if not bank or not account:
        raise RejectedInput(
            msg(
                "会员没有银行账户：请在“会员”页编辑该会员填写开户行和账号，"
                "或在支付时填写开户银行和账号。"
            ),
            field="account",
        )
    claim.paid_on, claim.paid_amount = when, amount
    claim.pay_bank, claim.pay_account = bank, account
    claim.pay_method, claim.pay_voucher = how, " ".join((voucher or "").split())[:60] or None
    before = claim.status
    claim.status = S.PAID
    changes = {
        "paid_amount": amount,
        "paid_on": when.isoformat(),
        "pay_method": how,
        "pay_voucher": claim.pay_voucher,
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
                decimal_yuan(claim.approved_amount or 0),
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
        elif not hub_ready(claim):
            problems.append(RejectedInput(hub_hold_message(claim)))
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
    sheet.append(["合计", f"{len(claims)} 笔", "", "", "", "", decimal_yuan(total), ""])
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
