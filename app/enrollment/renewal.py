"""Renewal (续保): the next period's roster from an expiring enrollment, enrolled with continuity.

A renewing member's same plan ends the day before the new start, so the waiting-period rule sees
a renewal and sets no wait. Plans that run longer than the enrollment (NZ: 24 months) are given
only to members whose cover for that plan no longer runs on the new start.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.auth import Action, Actor, require
from app.catalogue import effective_catalogue
from app.enrollment.context import EnrollmentRequest, MemberFacts, get_enrollment, load_members
from app.enrollment.payments import PaymentDetails
from app.enrollment.periods import ONE_DAY
from app.enrollment.premiums import PaymentSplit
from app.enrollment.service import (
    EnrollmentPreview,
    EnrollmentResult,
    enrol,
    preview_enrollment,
    with_checked_details,
)
from app.errors import RejectedInput
from app.i18n import msg
from app.ids import age_on
from models import Coverage, Enrollment, Member
from models.enums import CoverageStatus, EnrollmentStatus, MemberStatus


@dataclass(frozen=True)
class RenewalRoster:
    previous_number: str
    previous_uuid: uuid.UUID
    unit_uuid: uuid.UUID
    start: dt.date
    plans: dict[str, int]
    continuing: list[MemberFacts]  # in the old enrollment, still in the unit and of age
    new_hires: list[MemberFacts]  # in the unit now, not in the old enrollment
    leavers: list[MemberFacts]  # in the old enrollment, left or moved away
    aged_out: list[MemberFacts]  # too old for the main plan on the new start
    still_running: dict[str, frozenset[uuid.UUID]]  # plan -> members whose cover still runs
    previous_split: PaymentSplit
    is_gift: bool

    @property
    def members(self) -> list[MemberFacts]:
        return self.continuing + self.new_hires


def prepare_renewal(
    session: Session, *, number: str, start: dt.date | None = None
) -> RenewalRoster:
    """The next period's roster: leavers removed, new hires listed (and proposed)."""
    old = get_enrollment(session, number)
    if old.status is not EnrollmentStatus.CONFIRMED:
        raise RejectedInput(msg("参保单 {n} 已撤销，不能续保。", n=old.number))
    renewed = session.scalar(
        select(Enrollment.number).where(
            Enrollment.renewal_of == old.uuid, Enrollment.status == EnrollmentStatus.CONFIRMED
        )
    )
    if renewed:
        raise RejectedInput(msg("参保单 {n} 已续保，续保单为 {m}。", n=old.number, m=renewed))
    start = start or old.end_date + ONE_DAY
    covered = set(
        session.scalars(
            select(Coverage.member_uuid).where(
                Coverage.enrollment_uuid == old.uuid, Coverage.status == CoverageStatus.ACTIVE
            )
        )
    )
    previous = load_members(session, list(covered))
    in_unit = {
        m.uuid: m
        for m in load_members(
            session,
            list(
                session.scalars(
                    select(Member.uuid).where(
                        Member.unit_uuid == old.unit_uuid, Member.status == MemberStatus.ACTIVE
                    )
                )
            ),
        ).values()
    }
    main = next(
        p
        for c, p in effective_catalogue(session, start).plans.items()
        if c in old.plans and p.is_main
    )

    def of_age(m: MemberFacts) -> bool:
        return main.min_age <= age_on(m.birth_date, start) <= main.max_age

    stay = [m for u, m in previous.items() if u in in_unit]
    hires = [m for u, m in in_unit.items() if u not in previous]
    return RenewalRoster(
        previous_number=old.number,
        previous_uuid=old.uuid,
        unit_uuid=old.unit_uuid,
        start=start,
        plans=dict(old.plans),
        continuing=sorted((m for m in stay if of_age(m)), key=lambda m: m.name),
        new_hires=sorted((m for m in hires if of_age(m)), key=lambda m: m.name),
        leavers=sorted((m for u, m in previous.items() if u not in in_unit), key=lambda m: m.name),
        aged_out=sorted((m for m in stay + hires if not of_age(m)), key=lambda m: m.name),
        still_running=_still_running(session, old.unit_uuid, list(old.plans), start),
        previous_split=PaymentSplit(old.pay_unit, old.pay_union, old.pay_individual, old.pay_gift),
        is_gift=old.is_gift,
    )


def _still_running(
    session: Session, unit_uuid: uuid.UUID, codes: list[str], start: dt.date
) -> dict[str, frozenset[uuid.UUID]]:
    rows = session.execute(
        select(Coverage.plan_code, Coverage.member_uuid)
        .join(Member, Member.uuid == Coverage.member_uuid)
        .where(
            Member.unit_uuid == unit_uuid,
            Coverage.plan_code.in_(codes),
            Coverage.status == CoverageStatus.ACTIVE,
            Coverage.end_date >= start,
            Coverage.start_date <= start,
        )
    ).all()
    out: dict[str, set[uuid.UUID]] = {}
    for code, member in rows:
        out.setdefault(code, set()).add(member)
    return {code: frozenset(ids) for code, ids in out.items()}


def renewal_request(
    session: Session,
    roster: RenewalRoster,
    *,
    payment: PaymentSplit | None = None,
    members: list[uuid.UUID] | None = None,
    details: PaymentDetails | None = None,
) -> EnrollmentRequest:
    """The request that renews `roster` (by default: the proposed members, the old split's
    proportions scaled to the new premium, paid the day before the new start or today,
    whichever is earlier)."""
    chosen = tuple(members if members is not None else [m.uuid for m in roster.members])
    narrowed = {
        code: frozenset(u for u in chosen if u not in running)
        for code, running in roster.still_running.items()
    }
    given = details or PaymentDetails()
    request = EnrollmentRequest(
        unit_uuid=roster.unit_uuid,
        plans=roster.plans,
        member_uuids=chosen,
        start=roster.start,
        payment=payment,
        paid_on=given.paid_on or min(roster.start - ONE_DAY, clock.today()),
        method=given.method,
        voucher=given.voucher,
        is_gift=roster.is_gift,
        renewal_of=roster.previous_uuid,
        plan_members=narrowed,
    )
    if payment is None:
        total = preview_enrollment(session, request=request).premium_total
        request = replace(request, payment=roster.previous_split.scaled_to(total))
    return with_checked_details(request)


@dataclass(frozen=True)
class RenewalPreview:
    """What 续保 would do, shown before anything is written (the window's preview and
    `huzhu renew --dry-run` print this)."""

    roster: RenewalRoster
    request: EnrollmentRequest
    check: EnrollmentPreview

    @property
    def ok(self) -> bool:
        return self.check.ok

    @property
    def split(self) -> PaymentSplit:
        return self.check.split

    @property
    def premium_total(self) -> int:
        return self.check.premium_total

    @property
    def end(self) -> dt.date:
        return max(self.check.ends.values(), default=self.roster.start)


def preview_renewal(
    session: Session,
    *,
    number: str,
    start: dt.date | None = None,
    payment: PaymentSplit | None = None,
    members: list[uuid.UUID] | None = None,
    details: PaymentDetails | None = None,
) -> RenewalPreview:
    """Dry run of a renewal: who is renewed and who is left out, plans, period, premium and
    split, every rule result. Writes nothing; RejectedInput for bad payment details."""
    roster = prepare_renewal(session, number=number, start=start)
    request = renewal_request(session, roster, payment=payment, members=members, details=details)
    return RenewalPreview(roster, request, preview_enrollment(session, request=request))


def renew(
    session: Session,
    actor: Actor,
    *,
    number: str,
    start: dt.date | None = None,
    payment: PaymentSplit | None = None,
    members: list[uuid.UUID] | None = None,
    details: PaymentDetails | None = None,
) -> EnrollmentResult:
    """Enrol the next period of `number` with continuity (no waiting period for renewing
    members), the premium paid as `payment` and `details` say. Raises EnrollmentRejected like
    `enrol`; RejectedInput when `number` is cancelled or renewed already."""
    require(actor, Action.ENROLL)
    roster = prepare_renewal(session, number=number, start=start)
    request = renewal_request(session, roster, payment=payment, members=members, details=details)
    return enrol(session, actor, request=request)
