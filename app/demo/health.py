"""Demo health services (issue 11) through the real services, dated around today (app.clock):
three partners (a hospital, a pharmacy, a clinic) with their offers, one of them expired; four
past events (健康讲座, 义诊, 体检, 志愿者培训) with members signed in by ID number, and two
upcoming ones, so the 增值服务 page, the home figures and the reports have something to show.

Attendees are the first members in ID-number order with cover on the event day, every
`STRIDE`-th: the same people on every build. Sign-ins are stamped with the build time (the
service records when the scan happened, not the event day).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.db import Database
from app.demo.enrollment import CLERK
from app.health import events, partners
from models import Coverage, Member
from models.enums import CoverageStatus

STRIDE = 7
HOSPITAL, PHARMACY, CLINIC = "铜川市耀州区人民医院", "康华大药房", "阳光社区诊所"
# name, kind, offers, contact, phone, address
PARTNERS = (
    (HOSPITAL, "hospital", ("会员免费血常规一次", "体检套餐9折", "住院床位费减免10%"),
     "王主任", "0919-6212345", "耀州区药王大道 18 号"),
    (PHARMACY, "pharmacy", ("目录内药品9折", "会员免费测血压、血糖"),
     "赵经理", "0919-6218866", "耀州区正街 102 号"),
    (CLINIC, "clinic", ("会员免挂号费", "中医理疗8折"),
     "陈医生", "0919-6225533", "耀州区城关街道阳光社区"),
)  # fmt: skip
# an offer of the pharmacy that ended two months ago: not on leaflets or certificate backs
EXPIRED_OFFER = (PHARMACY, "春季过敏药品8折", -120, -60)
# kind, title, days from today, place, partner, capacity, sign-ins
EVENTS = (
    ("lecture", "慢病防治健康讲座", -45, "区总工会三楼会议室", HOSPITAL, 60, 26),
    ("clinic", "职工义诊进企业", -30, "阳光建材有限公司职工之家", CLINIC, 80, 30),
    ("checkup", "一线职工免费体检", -20, "耀州区人民医院体检中心", HOSPITAL, 40, 18),
    ("training", "健康志愿者培训（第一期）", -10, "区总工会二楼培训室", None, 20, 15),
    ("lecture", "合理用药健康讲座", 7, "康华大药房社区服务点", PHARMACY, 50, 0),
    ("checkup", "女职工专项体检", 21, "耀州区人民医院体检中心", HOSPITAL, 40, 0),
)


@dataclass(frozen=True)
class HealthDemo:
    partners: int
    events: int
    attendance: int


def _covered_on(session: Session, day: dt.date) -> list[str]:
    """ID numbers of the members with an active cover on `day`, in order."""
    return list(
        session.scalars(
            select(Member.id_number)
            .join(Coverage, Coverage.member_uuid == Member.uuid)
            .where(
                Coverage.status == CoverageStatus.ACTIVE,
                Coverage.start_date <= day,
                Coverage.end_date >= day,
            )
            .distinct()
            .order_by(Member.id_number)
        )
    )


def _add_partners(session: Session, today: dt.date) -> None:
    start, end = today - dt.timedelta(days=180), today + dt.timedelta(days=185)
    for name, kind, offers, contact, phone, address in PARTNERS:
        partners.add_partner(
            session, CLERK, name=name, kind=kind, valid_from=start, valid_to=end,
            offers=list(offers), contact=contact, phone=phone, address=address,
        )  # fmt: skip
    name, offer, first, last = EXPIRED_OFFER
    partners.add_offer(
        session, CLERK, partner=name, description=offer,
        valid_from=today + dt.timedelta(days=first), valid_to=today + dt.timedelta(days=last),
    )  # fmt: skip


def _add_events(session: Session, today: dt.date) -> int:
    """The events, and the sign-ins of those held; returns how many sign-ins were recorded."""
    signed = 0
    for kind, title, days, place, partner, capacity, attendees in EVENTS:
        held_on = today + dt.timedelta(days=days)
        event = events.add_event(
            session, CLERK, kind=kind, title=title, held_on=held_on, place=place,
            capacity=capacity, partner=partner,
        )  # fmt: skip
        for id_number in _covered_on(session, held_on)[::STRIDE][:attendees]:
            done = events.record_attendance(
                session, CLERK, event_number=event.number, scanned=id_number
            )
            signed += done.recorded
    return signed


def add_health(db: Database) -> HealthDemo:
    """Partners, events and attendance for the demo office (needs the demo covers)."""
    today = clock.today()
    with db.unit_of_work() as session:
        _add_partners(session, today)
        signed = _add_events(session, today)
    return HealthDemo(len(PARTNERS), len(EVENTS), signed)
