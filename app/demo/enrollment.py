"""Demo enrollments through the real enrolment service, dated around today (app.clock).

Most units are enrolled (ZY plus riders, varied payer splits); the 八大群体 units of a delivery
or domestic-service kind get a gift programme; two units stay under the participation ratio (one
with nothing enrolled, one enrolled on a supervisor's override); several enrollments end within
30 and 60 days of today so the renewal worklist is not empty.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.auth import Actor
from app.catalogue import ensure_catalogue
from app.enrollment import EnrollmentRequest, PaymentSplit, enrol, preview_enrollment
from app.enrollment.periods import ONE_DAY, add_months
from models import Member, Unit
from models.enums import MemberStatus, Role

CLERK = Actor("clerk1", "王丽", Role.CLERK)
SUPERVISOR = Actor("supervisor1", "刘建国", Role.SUPERVISOR)
GIFT_INDUSTRIES = ("快递", "家政")
# days after today on which the enrollment's 12-month term ends: first ones fall in the
# 30- and 60-day renewal windows
END_OFFSETS = (9, 17, 26, 41, 55, 80, 120, 150, 190, 230, 270, 300, 330, 350)
SPLITS = (
    PaymentSplit(unit=1),
    PaymentSplit(unit=1, individual=1),
    PaymentSplit(unit=2, union=1),
    PaymentSplit(union=1, individual=1),
    PaymentSplit(unit=3, union=1, individual=1),
)
RIDERS = ({"JT": 1}, {"ZJ": 1, "YW": 2}, {"NZ": 1}, {"JT": 2, "NZ": 1}, {}, {"YW": 1})


@dataclass(frozen=True)
class EnrollmentDemo:
    enrollments: int
    coverages: int
    under_ratio: int


def add_enrollments(session: Session, rng: random.Random) -> EnrollmentDemo:
    """Load the catalogues and enrol the demo units (audited and journalled like a clerk's)."""
    ensure_catalogue(session)
    today = clock.today()
    units = session.scalars(select(Unit).order_by(Unit.created_at, Unit.name)).all()
    made = covers = under = 0
    for index, unit in enumerate(units):
        staff = list(
            session.scalars(
                select(Member.uuid)
                .where(Member.unit_uuid == unit.uuid, Member.status == MemberStatus.ACTIVE)
                .order_by(Member.id_number)
            )
        )
        end = today + dt.timedelta(days=END_OFFSETS[index % len(END_OFFSETS)])
        start = add_months(end + ONE_DAY, -12)
        request = _request(unit, staff, start, index, rng)
        if request is None:
            under += 1
            continue
        total = preview_enrollment(session, request=request).premium_total
        split = PaymentSplit(gift=total) if request.is_gift else SPLITS[index % len(SPLITS)]
        result = enrol(session, CLERK, request=replace(request, payment=split.scaled_to(total)))
        made, covers = made + 1, covers + result.coverages
        under += int(result.override_reason is not None)
    return EnrollmentDemo(made, covers, under)


def _request(
    unit: Unit, staff: list, start: dt.date, index: int, rng: random.Random
) -> EnrollmentRequest | None:
    plans = {"ZY": 1 + (index % 3 == 2), **RIDERS[index % len(RIDERS)]}
    if unit.female_headcount == 0:
        plans.pop("NZ", None)
    base = EnrollmentRequest(
        unit_uuid=unit.uuid,
        plans=plans,
        member_uuids=tuple(staff),
        start=start,
        paid_on=start - ONE_DAY,
    )
    if unit.industry in GIFT_INDUSTRIES:  # 十个万 action: the provincial union pays
        chosen = tuple(rng.sample(staff, k=max(1, len(staff) * 3 // 5)))
        return replace(base, plans={"ZY": 1, "YW": 1}, member_uuids=chosen, is_gift=True)
    if index == 4:  # under the ratio: nothing enrolled, the unit is still deciding
        return None
    if index == 10:  # under the ratio, approved by the supervisor
        chosen = tuple(staff[: max(1, len(staff) * 7 // 10)])
        return replace(
            base,
            member_uuids=chosen,
            override_reason="单位改制中，部分职工劳动关系待转移，其余人员转移后补办",
            override_by=SUPERVISOR,
        )
    return base
