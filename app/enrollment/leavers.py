"""减员: members leave an enrollment (docs/domain.md §3 rule 7).

Before a member's cover starts, their coverages in the enrollment are cancelled and their
premium refunded to the payers in the enrollment's proportions. From the start on there is no
exit and no refund: the cover runs to its end, and the leaving is recorded (the member is marked
as left the unit, so the renewal leaves them out). Either way the reason is audited.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app import audit, clock
from app.auth import Action, Actor, require
from app.bulk import journal_rows
from app.enrollment.context import get_enrollment
from app.enrollment.payments import PaymentDetails, checked_details
from app.enrollment.service import Receipt, paid_split, split_columns, write_payments
from app.errors import RejectedInput
from app.i18n import msg
from app.members import leave_member
from models import Coverage, Enrollment, Member
from models.enums import CoverageStatus, EnrollmentStatus, JournalOp, MemberStatus, PaymentKind


@dataclass(frozen=True)
class Leaver:
    member_uuid: uuid.UUID
    name: str
    refunded: int  # fen; 0 when the cover had started
    cover_runs_to: dt.date | None  # None when the cover was cancelled


@dataclass(frozen=True)
class LeaveResult:
    number: str
    leavers: list[Leaver]
    refunds: list[Receipt]

    @property
    def refund_total(self) -> int:
        return sum(r.amount for r in self.refunds)


def _covers(
    session: Session, enrollment_uuid: uuid.UUID, members: list[uuid.UUID]
) -> dict[uuid.UUID, list[Coverage]]:
    rows = session.scalars(
        select(Coverage).where(
            Coverage.enrollment_uuid == enrollment_uuid,
            Coverage.member_uuid.in_(members),
            Coverage.status == CoverageStatus.ACTIVE,
        )
    )
    out: dict[uuid.UUID, list[Coverage]] = {}
    for cover in rows:
        out.setdefault(cover.member_uuid, []).append(cover)
    return out


@dataclass
class _Plan:
    enrollment: Enrollment
    people: dict[uuid.UUID, Member]
    leavers: list[Leaver]
    cancelled: list[Coverage]

    @property
    def refund_total(self) -> int:
        return sum(x.refunded for x in self.leavers)


def _plan(session: Session, number: str, member_uuids: Iterable[uuid.UUID]) -> _Plan:
    enrollment = get_enrollment(session, number)
    if enrollment.status is not EnrollmentStatus.CONFIRMED:
        raise RejectedInput(msg("参保单 {n} 已撤销，不能减员。", n=number))
    wanted = list(dict.fromkeys(member_uuids))
    if not wanted:
        raise RejectedInput(msg("请选择要减员的人员。"), field="members")
    covers = _covers(session, enrollment.uuid, wanted)
    people = {m.uuid: m for m in session.scalars(select(Member).where(Member.uuid.in_(wanted)))}
    missing = [people[u].name if u in people else str(u) for u in wanted if u not in covers]
    if missing:
        raise RejectedInput(
            msg(
                "{names} 在参保单 {n} 中没有有效的保障，无法减员。",
                names="、".join(missing),
                n=number,
            ),
            field="members",
        )
    today = clock.today()
    leavers, cancelled = [], []
    for member in wanted:
        started = [c for c in covers[member] if c.start_date <= today]
        if started:
            leavers.append(Leaver(member, people[member].name, 0, max(c.end_date for c in started)))
            continue
        cancelled += covers[member]
        amount = sum(c.premium for c in covers[member])
        leavers.append(Leaver(member, people[member].name, amount, None))
    return _Plan(enrollment, people, leavers, cancelled)


def preview_leave(
    session: Session, *, number: str, member_uuids: Iterable[uuid.UUID]
) -> list[Leaver]:
    """Who would leave with what refund (reads only; the 减员 dialog shows it live)."""
    return _plan(session, number, member_uuids).leavers


def leave_enrollment(
    session: Session,
    actor: Actor,
    *,
    number: str,
    member_uuids: Iterable[uuid.UUID],
    on: dt.date,
    reason: str,
    refund: PaymentDetails | None = None,
) -> LeaveResult:
    """Record members leaving enrollment `number` on `on` (not after today) for `reason`.
    Covers not yet started are cancelled and refunded (recorded as `refund` says); covers
    already started run on without a refund. RejectedInput (nothing written) for a cancelled
    enrollment, a member without active cover in it, a missing reason or a bad date."""
    require(actor, Action.ENROLL)
    details = checked_details(refund or PaymentDetails())
    if not reason.strip():
        raise RejectedInput(msg("减员须填写原因（如离职、调出、死亡）。"), field="reason")
    today = clock.today()
    if on > today:
        raise RejectedInput(
            msg("减员日期 {d} 晚于今天（{t}），请填写实际离开的日期。", d=on, t=today),
            field="date",
        )
    plan = _plan(session, number, member_uuids)
    enrollment = plan.enrollment
    refunds = _refund(session, actor, enrollment, plan.cancelled, plan.refund_total, details)
    for leaver in plan.leavers:
        if plan.people[leaver.member_uuid].status is MemberStatus.ACTIVE:
            leave_member(session, actor, member_uuid=leaver.member_uuid, on=on, reason=reason)
    audit.record(
        session, actor.username, "enrollment.leave", entity="enrollments",
        entity_id=enrollment.uuid,
        details={"number": number, "members": [str(x.member_uuid) for x in plan.leavers],
                 "on": on.isoformat(), "reason": reason.strip(), "refund": plan.refund_total,
                 "method": details.method if refunds else "", "voucher": details.voucher},
    )  # fmt: skip
    return LeaveResult(enrollment.number, plan.leavers, refunds)


def _refund(
    session: Session,
    actor: Actor,
    enrollment: Enrollment,
    cancelled: list[Coverage],
    total: int,
    details: PaymentDetails,
) -> list[Receipt]:
    """Cancel `cancelled` and refund `total` to the payers in the enrollment's proportions,
    taking it off the enrollment's premium so a later cancellation refunds only the rest."""
    if not cancelled:
        return []
    ids = [c.uuid for c in cancelled]
    session.execute(
        update(Coverage)
        .where(Coverage.uuid.in_(ids))
        .values(status=CoverageStatus.CANCELLED, updated_at=clock.now())
    )
    journal_rows(session, "coverages", ids, JournalOp.UPDATE)
    split = paid_split(enrollment).scaled_to(total)
    enrollment.premium_total -= split.total
    for column, amount in split_columns(split).items():
        setattr(enrollment, column, getattr(enrollment, column) - amount)
    journal_rows(session, "enrollments", [enrollment.uuid], JournalOp.UPDATE)
    return write_payments(session, actor, enrollment.uuid, split, details, kind=PaymentKind.REFUND)
