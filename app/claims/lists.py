"""Claim lists: the work queue per role, claims by status/plan/date, overdue claims, one claim in
full, and a member's covers and earlier claims for the intake form.

ID numbers and accounts are masked unless the operator may see them (Action.VIEW_SENSITIVE);
diagnoses likewise.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, or_, select
from sqlalchemy.orm import Session

from app import clock, settings
from app.auth import Action, Actor
from app.claims import kinds
from app.claims.fields import CLAIM_FIELDS
from app.claims.workflow import load
from app.ids import normalise
from app.privacy import mask_account, mask_id
from models import Claim, ClaimAttachment, ClaimEvent, Coverage, Member, Plan
from models.enums import ClaimStatus, HubDecision

S = ClaimStatus
DEFAULT_LIMIT = 500


@dataclass(frozen=True)
class ClaimRow:
    uuid: str
    number: str
    member_name: str
    id_number: str  # masked unless the operator may see it
    plan_code: str
    kind: str
    kind_label: str
    status: str
    status_label: str
    received_on: dt.date
    benefit: int
    approved_amount: int | None
    paid_amount: int | None
    intake_operator: str
    missing_documents: list[str]
    needs_hub_approval: bool
    hub_decision: str | None
    working_days_open: int
    duplicate_of: str | None = None  # earlier claims a supervisor took this one in beside
    override_reason: str | None = None


def working_days(start: dt.date, end: dt.date) -> int:
    """Mon–Fri days after `start` up to and including `end` (0 when end ≤ start)."""
    if end <= start:
        return 0
    whole_weeks, extra = divmod((end - start).days, 7)
    days = whole_weeks * 5
    for offset in range(1, extra + 1):
        if (start + dt.timedelta(days=offset)).weekday() < 5:
            days += 1
    return days


def _row(claim: Claim, member: Member, actor: Actor, today: dt.date) -> ClaimRow:
    full = actor.can(Action.VIEW_SENSITIVE)
    closed = claim.status not in kinds.OPEN_STATUSES
    return ClaimRow(
        uuid=str(claim.uuid),
        number=claim.number,
        member_name=member.name,
        id_number=member.id_number if full else mask_id(member.id_number),
        plan_code=claim.plan_code,
        kind=claim.kind.value,
        kind_label=kinds.KIND_LABELS[claim.kind],
        status=claim.status.value,
        status_label=kinds.STATUS_LABELS[claim.status],
        received_on=claim.received_on,
        benefit=claim.computed_benefit,
        approved_amount=claim.approved_amount,
        paid_amount=claim.paid_amount,
        intake_operator=claim.intake_operator,
        missing_documents=kinds.missing(claim.documents),
        needs_hub_approval=claim.needs_hub_approval,
        hub_decision=claim.hub_decision.value if claim.hub_decision else None,
        working_days_open=0 if closed else working_days(claim.received_on, today),
        duplicate_of=claim.duplicate_of,
        override_reason=claim.override_reason,
    )


def claim_rows(session: Session, actor: Actor, query: Select, limit: int) -> list[ClaimRow]:
    """The claims `query` selects, oldest first, as masked rows for `actor` (the one ClaimRow
    builder: lists, queues and the 工作台's drill-down use it)."""
    today = clock.today()
    query = query.join(Member, Member.uuid == Claim.member_uuid).add_columns(Member)
    result = session.execute(query.order_by(Claim.received_on, Claim.number).limit(limit))
    return [_row(claim, member, actor, today) for claim, member in result]


def find_claims(
    session: Session,
    actor: Actor,
    *,
    status: ClaimStatus | None = None,
    plan_code: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    member_uuid: uuid.UUID | None = None,
    text: str = "",
    limit: int = DEFAULT_LIMIT,
) -> list[ClaimRow]:
    """Claims by status, plan, intake date range (inclusive) and what the clerk typed in the
    search box (`matching`), oldest first."""
    query = select(Claim)
    if text.strip():
        query = query.where(matching(text))
    if status is not None:
        query = query.where(Claim.status == status)
    if plan_code:
        query = query.where(Claim.plan_code == plan_code)
    if date_from is not None:
        query = query.where(Claim.received_on >= date_from)
    if date_to is not None:
        query = query.where(Claim.received_on <= date_to)
    if member_uuid is not None:
        query = query.where(Claim.member_uuid == member_uuid)
    return claim_rows(session, actor, query, limit)


def matching(raw: str) -> ColumnElement[bool]:
    """The claims a search box text finds, read as app.member_search reads it: a claim number
    (or its end), a whole ID number, digits at the start or (4–6 of them) the end of an ID
    number, Latin letters as the pinyin initials of the name, anything else the start of the
    name. Each branch is an index range rather than LIKE where SQLite can use one."""
    text = normalise(raw)
    if text.startswith("LP-"):
        return Claim.number.like(f"{text}%")
    members = select(Member.uuid)
    if re.fullmatch(r"\d{17}[\dX]", text):
        members = members.where(Member.id_number == text)
    elif re.fullmatch(r"\d+X?", text):
        found = [_prefix(Member.id_number, text)]
        if 4 <= len(text) <= 6:
            tail = func.substr(Member.id_number, literal_column("-4"))
            found.append(and_(tail == text[-4:], Member.id_number.like("%" + text)))
        members = members.where(or_(*found))
        by_number = Claim.number.like(f"%{text}")
        return or_(Claim.member_uuid.in_(members), by_number)
    elif re.fullmatch(r"[A-Z]+", text):
        members = members.where(_prefix(Member.name_initials, text.lower()))
    else:
        members = members.where(_prefix(Member.name, unicodedata.normalize("NFKC", raw).strip()))
    return Claim.member_uuid.in_(members)


def _prefix(column: Any, text: str) -> ColumnElement[bool]:
    return and_(column >= text, column < text + "\U0010ffff")


def work_queue(session: Session, actor: Actor, *, limit: int = DEFAULT_LIMIT) -> list[ClaimRow]:
    """What waits for this operator: reviewers see claims to review, supervisors claims to
    approve (not the ones they took in), payers approved claims the hub does not hold back,
    clerks their own open claims still missing documents."""
    conditions = []
    if actor.can(Action.REVIEW_CLAIM):
        conditions.append(Claim.status.in_((S.RECEIVED, S.REVIEWING)))
    if actor.can(Action.APPROVE_CLAIM):
        conditions.append(
            (Claim.status == S.AWAITING_APPROVAL) & (Claim.intake_operator != actor.username)
        )
    if actor.can(Action.PAY_CLAIM):
        conditions.append(
            (Claim.status == S.APPROVED)
            & (Claim.needs_hub_approval.is_(False) | (Claim.hub_decision == HubDecision.APPROVED))
        )
    if not conditions:
        return []
    rows = claim_rows(session, actor, select(Claim).where(or_(*conditions)), limit)
    if actor.can(Action.TAKE_CLAIM):
        own = select(Claim).where(
            Claim.intake_operator == actor.username,
            Claim.status.in_((S.RECEIVED, S.REVIEWING)),
        )
        seen = {r.uuid for r in rows}
        rows += [
            r
            for r in claim_rows(session, actor, own, limit)
            if r.missing_documents and r.uuid not in seen
        ]
    return rows


def overdue_claims(session: Session, actor: Actor, *, limit: int = DEFAULT_LIMIT) -> list[ClaimRow]:
    """Open claims older than the office's service promise (working days, Mon–Fri)."""
    promise = int(settings.get(session, "service_promise_days"))
    query = select(Claim).where(Claim.status.in_(tuple(kinds.OPEN_STATUSES)))
    return [
        r for r in claim_rows(session, actor, query, limit * 4) if r.working_days_open > promise
    ][:limit]


@dataclass(frozen=True)
class HistoryRow:
    at: dt.datetime
    operator: str
    action: str
    from_status: str | None
    to_status: str
    reason: str | None
    changes: dict


@dataclass(frozen=True)
class ClaimDetail:
    row: ClaimRow
    fields: dict[str, object]
    working: list[str]
    documents: dict[str, bool]
    attachments: list[tuple[str, str, str]]  # (document, filename, sha256)
    history: list[HistoryRow]
    reviewer: str | None
    approver: str | None
    decision_reason: str | None
    pay_bank: str | None
    pay_account: str | None
    paid_on: dt.date | None
    pay_method: str | None = None
    pay_voucher: str | None = None


FIELDS = (*(f.name for f in CLAIM_FIELDS if f.name != "claimant_name"), "event_date")


def claim_detail(session: Session, actor: Actor, claim_uuid: uuid.UUID | str) -> ClaimDetail:
    """One claim with its working, checklist, scans and full history."""
    claim = load(session, claim_uuid)
    member = session.get(Member, claim.member_uuid)
    assert member is not None
    full = actor.can(Action.VIEW_SENSITIVE)
    fields = {name: getattr(claim, name) for name in FIELDS}
    if not full and fields["diagnosis"]:
        fields["diagnosis"] = "***"
    events = session.scalars(
        select(ClaimEvent).where(ClaimEvent.claim_uuid == claim.uuid).order_by(ClaimEvent.id)
    )
    scans = session.scalars(
        select(ClaimAttachment)
        .where(ClaimAttachment.claim_uuid == claim.uuid)
        .order_by(ClaimAttachment.added_at)
    )
    return ClaimDetail(
        row=_row(claim, member, actor, clock.today()),
        fields=fields,
        working=list(claim.working),
        documents=dict(claim.documents),
        attachments=[(a.document, a.filename, a.sha256) for a in scans],
        history=[
            HistoryRow(
                e.at, e.operator, e.action, e.from_status, e.to_status, e.reason, dict(e.changes)
            )
            for e in events
        ],
        reviewer=claim.reviewer,
        approver=claim.approver,
        decision_reason=claim.decision_reason,
        pay_bank=claim.pay_bank,
        pay_account=(claim.pay_account if full else mask_account(claim.pay_account or "")) or None,
        paid_on=claim.paid_on,
        pay_method=claim.pay_method,
        pay_voucher=claim.pay_voucher,
    )


@dataclass(frozen=True)
class CoverRow:
    plan_code: str
    plan_name: str
    shares: int
    start: dt.date
    end: dt.date
    waiting_until: dt.date
    status: str


@dataclass(frozen=True)
class MemberFile:
    uuid: str
    name: str
    id_number: str
    unit_uuid: str
    covers: list[CoverRow]
    claims: list[ClaimRow]


def member_file(session: Session, actor: Actor, member: Member) -> MemberFile:
    """The member's covers (newest first) and earlier claims, for the intake form."""
    names = {code: name for code, name in session.execute(select(Plan.code, Plan.name))}
    covers = session.scalars(
        select(Coverage)
        .where(Coverage.member_uuid == member.uuid)
        .order_by(Coverage.start_date.desc(), Coverage.plan_code)
    )
    return MemberFile(
        uuid=str(member.uuid),
        name=member.name,
        id_number=member.id_number
        if actor.can(Action.VIEW_SENSITIVE)
        else mask_id(member.id_number),
        unit_uuid=str(member.unit_uuid),
        covers=[
            CoverRow(
                c.plan_code,
                names.get(c.plan_code, c.plan_code),
                c.shares,
                c.start_date,
                c.end_date,
                c.waiting_until,
                c.status.value,
            )
            for c in covers
        ],
        claims=find_claims(session, actor, member_uuid=member.uuid),
    )
