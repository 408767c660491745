"""Reading enrollments: lists (with the expiring filter for renewals) and one enrollment's detail."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app import clock
from app.auth import Action, Actor
from app.enrollment.context import get_enrollment
from app.enrollment.premiums import PAYER_LABELS
from app.privacy import mask_id
from models import AuditRecord, Coverage, Enrollment, Member, Payment, Unit
from models.enums import (
    CoverageStatus,
    EnrollmentStatus,
    Gender,
    MemberStatus,
    Payer,
    PaymentKind,
)


@dataclass(frozen=True)
class EnrollmentSummary:
    uuid: uuid.UUID
    number: str
    unit_uuid: uuid.UUID
    unit_name: str
    unit_uscc: str
    catalogue_version: str
    start: dt.date
    end: dt.date
    plans: dict[str, int]
    members: int
    premium_total: int
    status: EnrollmentStatus
    is_gift: bool
    override_reason: str | None
    override_by: str | None
    renewed_by: str | None  # number of the enrollment that renews this one
    days_left: int


@dataclass(frozen=True)
class PaymentLine:
    kind: PaymentKind
    payer: Payer
    payer_label: str
    amount: int
    paid_on: dt.date
    receipt_number: str | None
    method: str = ""
    voucher: str = ""
    operator: str = ""


@dataclass(frozen=True)
class EnrollmentDetail:
    summary: EnrollmentSummary
    members_by_plan: dict[str, int]
    premium_by_plan: dict[str, int]
    payments: list[PaymentLine]
    operator: str
    renewal_of: str | None


def list_enrollments(
    session: Session,
    *,
    unit_uuid: uuid.UUID | None = None,
    expiring_within: int | None = None,
    include_cancelled: bool = False,
) -> list[EnrollmentSummary]:
    """Enrollments, newest first; `expiring_within=N` keeps confirmed ones ending in the next N
    days that no later enrollment renews yet (the renewal worklist)."""
    today = clock.today()
    renewal = aliased(Enrollment)
    members = (
        select(func.count(func.distinct(Coverage.member_uuid)))
        .where(Coverage.enrollment_uuid == Enrollment.uuid)
        .scalar_subquery()
    )
    query = (
        select(Enrollment, Unit.name, Unit.uscc, members, renewal.number)
        .join(Unit, Unit.uuid == Enrollment.unit_uuid)
        .outerjoin(
            renewal,
            (renewal.renewal_of == Enrollment.uuid)
            & (renewal.status == EnrollmentStatus.CONFIRMED),
        )
        .order_by(
            Enrollment.end_date if expiring_within is not None else Enrollment.created_at.desc(),
            Enrollment.number.desc(),
        )
    )
    if unit_uuid is not None:
        query = query.where(Enrollment.unit_uuid == unit_uuid)
    if not include_cancelled or expiring_within is not None:
        query = query.where(Enrollment.status == EnrollmentStatus.CONFIRMED)
    if expiring_within is not None:
        query = query.where(
            Enrollment.end_date >= today,
            Enrollment.end_date <= today + dt.timedelta(days=expiring_within),
            renewal.uuid.is_(None),
        )
    return [
        _summary(e, name, uscc, n, renewed, today)
        for e, name, uscc, n, renewed in session.execute(query)
    ]


def expiring_enrollments(session: Session, days: int) -> list[EnrollmentSummary]:
    """Confirmed, not yet renewed enrollments ending within `days` days from today."""
    return list_enrollments(session, expiring_within=days)


def _summary(
    e: Enrollment, name: str, uscc: str, members: int, renewed: str | None, today: dt.date
) -> EnrollmentSummary:
    return EnrollmentSummary(
        uuid=e.uuid,
        number=e.number,
        unit_uuid=e.unit_uuid,
        unit_name=name,
        unit_uscc=uscc,
        catalogue_version=e.catalogue_version,
        start=e.start_date,
        end=e.end_date,
        plans=dict(e.plans),
        members=members or 0,
        premium_total=e.premium_total,
        status=e.status,
        is_gift=e.is_gift,
        override_reason=e.override_reason,
        override_by=e.override_by,
        renewed_by=renewed,
        days_left=(e.end_date - today).days,
    )


def show_enrollment(session: Session, number: str) -> EnrollmentDetail:
    """One enrollment with members and premium per plan and its payment/refund lines."""
    enrollment = get_enrollment(session, number)
    summary = next(
        s
        for s in list_enrollments(session, unit_uuid=enrollment.unit_uuid, include_cancelled=True)
        if s.uuid == enrollment.uuid
    )
    per_plan = session.execute(
        select(Coverage.plan_code, func.count(), func.sum(Coverage.premium))
        .where(Coverage.enrollment_uuid == enrollment.uuid)
        .group_by(Coverage.plan_code)
    ).all()
    payments = session.scalars(
        select(Payment)
        .where(Payment.enrollment_uuid == enrollment.uuid)
        .order_by(Payment.paid_on, Payment.receipt_number)
    )
    old = session.get(Enrollment, enrollment.renewal_of) if enrollment.renewal_of else None
    return EnrollmentDetail(
        summary=summary,
        members_by_plan={code: n for code, n, _ in per_plan},
        premium_by_plan={code: int(total or 0) for code, _, total in per_plan},
        payments=[
            PaymentLine(
                p.kind,
                p.payer,
                PAYER_LABELS[p.payer],
                p.amount,
                p.paid_on,
                p.receipt_number,
                p.method,
                p.voucher,
                p.operator,
            )
            for p in payments
        ],
        operator=enrollment.operator,
        renewal_of=old.number if old else None,
    )


@dataclass(frozen=True)
class RosterLine:
    uuid: uuid.UUID
    name: str
    id_number: str  # masked unless the operator may see it
    gender: Gender
    birth_date: dt.date
    group_tag: str


def unit_roster(session: Session, actor: Actor, *, unit_uuid: uuid.UUID) -> list[RosterLine]:
    """The unit's members in service, for choosing who to enrol (ID masked by role)."""
    full = actor.can(Action.VIEW_SENSITIVE)
    rows = session.execute(
        select(
            Member.uuid,
            Member.name,
            Member.id_number,
            Member.gender,
            Member.birth_date,
            Member.group_tag,
        )
        .where(Member.unit_uuid == unit_uuid, Member.status == MemberStatus.ACTIVE)
        .order_by(Member.name_initials, Member.id_number)
    )
    return [
        RosterLine(u, name, number if full else mask_id(number), gender, birth, tag)
        for u, name, number, gender, birth, tag in rows
    ]


@dataclass(frozen=True)
class EnrolledMember:
    """One member of an enrollment with the plans they hold in it."""

    uuid: uuid.UUID
    name: str
    id_number: str  # masked unless the operator may see it
    plans: dict[str, int]  # plan code -> shares
    start: dt.date
    end: dt.date
    premium: int  # fen, all plans
    cancelled: bool  # every cover of theirs in the enrollment was cancelled
    member_status: MemberStatus


def enrollment_members(session: Session, actor: Actor, *, number: str) -> list[EnrolledMember]:
    """The members of an enrollment by name (ID masked by role), with their covers."""
    enrollment = get_enrollment(session, number)
    full = actor.can(Action.VIEW_SENSITIVE)
    rows = session.execute(
        select(
            Member.uuid,
            Member.name,
            Member.id_number,
            Member.name_initials,
            Member.status,
            Coverage.plan_code,
            Coverage.shares,
            Coverage.start_date,
            Coverage.end_date,
            Coverage.premium,
            Coverage.status,
        )
        .join(Coverage, Coverage.member_uuid == Member.uuid)
        .where(Coverage.enrollment_uuid == enrollment.uuid)
        .order_by(Member.name_initials, Member.id_number, Coverage.plan_code)
    )
    out: dict[uuid.UUID, dict] = {}
    for u, name, number_, _initials, status, code, shares, start, end, premium, cover in rows:
        entry = out.setdefault(
            u,
            {
                "name": name,
                "id": number_ if full else mask_id(number_),
                "plans": {},
                "start": start,
                "end": end,
                "premium": 0,
                "active": False,
                "status": status,
            },
        )
        entry["plans"][code] = shares
        entry["end"] = max(entry["end"], end)
        entry["premium"] += premium
        entry["active"] |= cover is CoverageStatus.ACTIVE
    return [
        EnrolledMember(
            u,
            e["name"],
            e["id"],
            e["plans"],
            e["start"],
            e["end"],
            e["premium"],
            not e["active"],
            e["status"],
        )
        for u, e in out.items()
    ]


ENROLLMENT_ACTIONS = {
    "enrollment.create": "办理参保",
    "enrollment.override": "主管审批例外",
    "enrollment.add_members": "增员",
    "enrollment.leave": "减员",
    "enrollment.cancel": "撤销参保",
    "roster.import": "导入名册",
    "certificate.batch": "打印参保凭证",
}


@dataclass(frozen=True)
class HistoryLine:
    at: dt.datetime
    operator: str
    action: str
    label: str
    details: dict[str, Any]


def enrollment_history(session: Session, *, number: str) -> list[HistoryLine]:
    """What was done to an enrollment, oldest first, from the audit log."""
    enrollment = get_enrollment(session, number)
    records = session.scalars(
        select(AuditRecord)
        .where(AuditRecord.entity == "enrollments", AuditRecord.entity_id == str(enrollment.uuid))
        .order_by(AuditRecord.seq)
    )
    return [
        HistoryLine(
            r.at,
            r.operator,
            r.action,
            ENROLLMENT_ACTIONS.get(r.action, r.action),
            json.loads(r.details or "{}"),
        )
        for r in records
    ]
