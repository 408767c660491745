"""Health-service test data: the printing factories' office (members with ZY+ZJ cover from
2026-03-01 to 2027-02-28), each member's certificate QR issued by the printing service, and a
partner with an event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.auth import Actor
from app.health import events, partners
from app.printing import service
from tests.app import printing_factories

TODAY = "2026-05-10"
EVENT_DAY = dt.date(2026, 5, 20)


@dataclass
class Office:
    ids: list[str]
    names: list[str]
    qr: list[str]
    event: str


def office(session: Session, clerk: Actor, *, members: int = 3, capacity: int = 50) -> Office:
    made = printing_factories.world(session, members=members)
    ids = [m.id_number for m in made.members]
    qr = [service.member_certificate(session, clerk, id_number=i).documents[0].qr_text for i in ids]
    partners.add_partner(
        session,
        clerk,
        name="耀州区人民医院",
        kind="hospital",
        valid_from=dt.date(2026, 1, 1),
        valid_to=dt.date(2026, 12, 31),
        offers=["会员免费血常规一次", "体检套餐9折"],
        contact="王主任",
        phone="0919-6212345",
    )
    event = events.add_event(
        session,
        clerk,
        kind="lecture",
        title="慢病防治健康讲座",
        held_on=EVENT_DAY,
        place="区总工会三楼会议室",
        capacity=capacity,
        partner="耀州区人民医院",
    )
    return Office(ids, [m.name for m in made.members], qr, event.number)
