"""Events (健康讲座, 义诊, 体检, 志愿者培训) and their attendance.

Sign-in is built for a queue: `record_attendance` takes one scanned certificate QR or typed ID
number and returns an `Attendance` whose `recorded` says yes or no with the reason — a
duplicate, a non-member or a full event is an answer for the list on screen, not an error, so
the scanner box moves on to the next person without a dialog.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock
from app.auth import Action, Actor, require
from app.errors import RejectedInput, found
from app.health.membership import (
    check_offline,
    covers_on,
    member_by_certificate,
    member_by_id_number,
)
from app.health.partners import find_partner
from app.history import record_insert
from app.i18n import msg
from app.office import self_office
from app.privacy import mask_id
from app.texts import check_text
from models import HealthAttendance, HealthEvent, HealthPartner, Member, Unit

EVENT_KIND_LABELS = {
    "lecture": "健康讲座",
    "clinic": "义诊",
    "checkup": "体检",
    "training": "志愿者培训",
}
QR_PREFIX = "HZ1|"


@dataclass(frozen=True)
class EventInfo:
    uuid: uuid.UUID
    number: str
    kind: str
    kind_label: str
    title: str
    held_on: dt.date
    place: str
    partner: str
    capacity: int
    attended: int


@dataclass(frozen=True)
class Attendee:
    name: str
    masked_id: str
    unit: str
    method: str
    recorded_at: dt.datetime


@dataclass(frozen=True)
class Attendance:
    """One sign-in attempt. `recorded` False: `reason` says why (shown in the list)."""

    recorded: bool
    reason: str
    name: str = ""
    masked_id: str = ""
    attended: int = 0
    capacity: int = 0


def _next_number(session: Session, office_code: str, year: int) -> str:
    prefix = f"HD-{office_code}-{year}-"
    last = session.scalar(
        select(func.max(HealthEvent.number)).where(HealthEvent.number.like(f"{prefix}%"))
    )
    return f"{prefix}{int(last.rsplit('-', 1)[1]) + 1 if last else 1:04d}"


def add_event(
    session: Session,
    actor: Actor,
    *,
    kind: str,
    title: str,
    held_on: dt.date,
    place: str,
    capacity: int,
    partner: str | None = None,
) -> EventInfo:
    """Plan an event (numbered HD-office-year-NNNN), journalled for the hub. Refuses an
    unknown kind, an empty title or place, a capacity below 1 and an unknown partner."""
    require(actor, Action.HEALTH_SERVICES)
    if kind not in EVENT_KIND_LABELS:
        raise RejectedInput(
            msg(
                "活动类型应为 lecture（健康讲座）、clinic（义诊）、checkup（体检）或 training（志愿者培训）。"
            )
        )
    check_text(title, field="title", label=msg("活动名称"))
    check_text(place, field="place", label=msg("活动地点"))
    if not title.strip() or not place.strip():
        raise RejectedInput(msg("请填写活动名称和地点。"))
    if capacity < 1:
        raise RejectedInput(msg("活动名额至少为 1 人。"))
    partner_row = find_partner(session, partner) if partner else None
    office = self_office(session).code
    event = HealthEvent(
        number=_next_number(session, office, held_on.year),
        office_code=office,
        kind=kind,
        title=title.strip(),
        held_on=held_on,
        place=place.strip(),
        partner_uuid=partner_row.uuid if partner_row else None,
        capacity=capacity,
        created_at=clock.now(),
    )
    record_insert(
        session,
        actor,
        "health.event.add",
        event,
        entity="health_events",
        details={"number": event.number, "kind": kind, "held_on": held_on.isoformat()},
    )
    return _event_info(session, event)


def _event_info(session: Session, event: HealthEvent) -> EventInfo:
    partner = session.get(HealthPartner, event.partner_uuid) if event.partner_uuid else None
    return EventInfo(
        event.uuid,
        event.number,
        event.kind,
        EVENT_KIND_LABELS.get(event.kind, event.kind),
        event.title,
        event.held_on,
        event.place,
        partner.name if partner else "",
        event.capacity,
        _attended(session, event.uuid),
    )


def _attended(session: Session, event_uuid: uuid.UUID) -> int:
    return (
        session.scalar(select(func.count()).where(HealthAttendance.event_uuid == event_uuid)) or 0
    )


def find_event(session: Session, number: str) -> HealthEvent:
    return found(
        session.scalar(select(HealthEvent).where(HealthEvent.number == number.strip())),
        msg("没有编号为 {n} 的活动。", n=number),
    )


def list_events(session: Session) -> list[EventInfo]:
    """Every event, newest first, with its attendance count (one grouped query)."""
    counts = dict(
        session.execute(
            select(HealthAttendance.event_uuid, func.count()).group_by(HealthAttendance.event_uuid)
        ).all()
    )
    partners = dict(session.execute(select(HealthPartner.uuid, HealthPartner.name)).all())
    return [
        EventInfo(
            e.uuid,
            e.number,
            e.kind,
            EVENT_KIND_LABELS.get(e.kind, e.kind),
            e.title,
            e.held_on,
            e.place,
            partners.get(e.partner_uuid, ""),
            e.capacity,
            counts.get(e.uuid, 0),
        )
        for e in session.scalars(
            select(HealthEvent).order_by(HealthEvent.held_on.desc(), HealthEvent.number.desc())
        )
    ]


def event_detail(session: Session, number: str) -> tuple[EventInfo, list[Attendee]]:
    """The event and who signed in, in sign-in order (ID numbers masked: a list for paper)."""
    event = find_event(session, number)
    rows = session.execute(
        select(Member.name, Member.id_number, Unit.name, HealthAttendance)
        .join(Member, Member.uuid == HealthAttendance.member_uuid)
        .join(Unit, Unit.uuid == Member.unit_uuid)
        .where(HealthAttendance.event_uuid == event.uuid)
        .order_by(HealthAttendance.recorded_at, HealthAttendance.uuid)
    ).all()
    people = [Attendee(n, mask_id(i), u, a.method, a.recorded_at) for n, i, u, a in rows]
    return _event_info(session, event), people


def _identify(session: Session, text: str) -> tuple[Member | None, str, str]:
    """(member, certificate number, refusal) for a scanned QR or a typed ID number."""
    text = text.strip()
    if not text.startswith(QR_PREFIX):
        member = member_by_id_number(session, text)
        return member, "", "" if member else f"本处没有证件号码 {mask_id(text)} 的会员"
    check = check_offline(session, text)
    if not check.valid:
        return None, "", check.reason
    member = member_by_certificate(session, check.certificate)
    if member is None:
        return None, "", "本处没有这张凭证的记录，请输入会员证件号码"
    return member, check.certificate, ""


def record_attendance(
    session: Session, actor: Actor, *, event_number: str, scanned: str
) -> Attendance:
    """Sign a member in at an event from a certificate QR text (HZ1|PZ|…) or an ID number.

    Writes one journalled `health_attendance` row when the member has cover on the event day,
    has not signed in already and the event is not full; otherwise writes nothing and says why.
    Raises only for an unknown event or an empty scan."""
    require(actor, Action.HEALTH_SERVICES)
    if not scanned.strip():
        raise RejectedInput(msg("请扫描会员凭证二维码或输入证件号码。"))
    event = find_event(session, event_number)
    attended = _attended(session, event.uuid)
    member, certificate, refusal = _identify(session, scanned)
    if member is None:
        return Attendance(False, refusal, attended=attended, capacity=event.capacity)
    who = {"name": member.name, "masked_id": mask_id(member.id_number)}
    answer = {"attended": attended, "capacity": event.capacity, **who}
    if session.scalar(
        select(HealthAttendance.uuid).where(
            HealthAttendance.event_uuid == event.uuid,
            HealthAttendance.member_uuid == member.uuid,
        )
    ):
        return Attendance(False, f"{member.name} 已签到，无需重复", **answer)
    if not covers_on(session, member.uuid, event.held_on):
        return Attendance(False, f"{member.name} 在活动当天没有有效保障，不是有效会员", **answer)
    if attended >= event.capacity:
        return Attendance(False, f"名额已满（{event.capacity} 人），未能签到", **answer)
    row = HealthAttendance(
        event_uuid=event.uuid,
        member_uuid=member.uuid,
        method="qr" if certificate else "id",
        certificate_number=certificate or None,
        recorded_at=clock.now(),
        operator=actor.username,
    )
    record_insert(
        session,
        actor,
        "health.attend",
        row,
        entity="health_attendance",
        details={"event": event.number, "member": str(member.uuid), "method": row.method},
    )
    return Attendance(True, "签到成功", **{**answer, "attended": attended + 1})
