"""Health-service numbers for the reports and the home page: events held, attendance and
members served, in total and by partner, for a period (a few grouped queries, no ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from models import HealthAttendance, HealthEvent, HealthPartner


@dataclass(frozen=True)
class PartnerFigures:
    partner: str
    events: int
    attendance: int
    members: int


@dataclass(frozen=True)
class HealthFigures:
    events_held: int
    events_planned: int
    attendance: int
    members_served: int
    by_kind: dict[str, int]
    by_partner: tuple[PartnerFigures, ...]


def health_figures(
    session: Session, *, start: dt.date, end: dt.date, today: dt.date | None = None
) -> HealthFigures:
    """Events on `start`..`end` (inclusive): held (on or before `today`, default `end`) and still
    planned, sign-ins, distinct members signed in, events per kind and per partner (events
    without a partner are not in `by_partner`). Read only."""
    today = today or end
    in_period = HealthEvent.held_on.between(start, end)
    held = session.scalar(
        select(func.count()).select_from(HealthEvent).where(in_period, HealthEvent.held_on <= today)
    )
    planned = session.scalar(
        select(func.count()).select_from(HealthEvent).where(in_period, HealthEvent.held_on > today)
    )
    joined = select(HealthAttendance).join(HealthEvent).where(in_period).subquery()
    attendance, members = session.execute(
        select(func.count(), func.count(distinct(joined.c.member_uuid))).select_from(joined)
    ).one()
    by_kind = dict(
        session.execute(
            select(HealthEvent.kind, func.count()).where(in_period).group_by(HealthEvent.kind)
        ).all()
    )
    rows = session.execute(
        select(
            HealthPartner.name,
            func.count(distinct(HealthEvent.uuid)),
            func.count(HealthAttendance.uuid),
            func.count(distinct(HealthAttendance.member_uuid)),
        )
        .join(HealthEvent, HealthEvent.partner_uuid == HealthPartner.uuid)
        .outerjoin(HealthAttendance, HealthAttendance.event_uuid == HealthEvent.uuid)
        .where(in_period)
        .group_by(HealthPartner.name)
        .order_by(HealthPartner.name)
    ).all()
    return HealthFigures(
        held or 0,
        planned or 0,
        attendance,
        members,
        by_kind,
        tuple(PartnerFigures(*r) for r in rows),
    )
