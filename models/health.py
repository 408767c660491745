"""Health services and partner benefits (增值服务): partners with their offers to members,
events (lectures, free clinics, check-ups, volunteer training) and who attended them.

All four tables travel to the hub (`app/sync/tables.py`), so each has a UUID key, `updated_at`
and, for the top-level ones, the office code."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, updated_at_column, uuid_pk


class HealthPartner(Base):
    """A hospital, pharmacy or clinic that gives members something (协议合作机构)."""

    __tablename__ = "health_partners"

    uuid: Mapped[uuid.UUID] = uuid_pk()
    office_code: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # hospital / pharmacy / clinic
    contact: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = updated_at_column()

    __table_args__ = (CheckConstraint("valid_from <= valid_to", name="valid_dates"),)


class HealthOffer(Base):
    """One thing a partner offers members, e.g. 目录内药品9折 or 免费血常规一次."""

    __tablename__ = "health_offers"

    uuid: Mapped[uuid.UUID] = uuid_pk()
    partner_uuid: Mapped[uuid.UUID] = mapped_column(ForeignKey("health_partners.uuid"), index=True)
    description: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date] = mapped_column(Date)
    updated_at: Mapped[dt.datetime] = updated_at_column()

    __table_args__ = (CheckConstraint("valid_from <= valid_to", name="valid_dates"),)


class HealthEvent(Base):
    """健康讲座, 义诊, 体检 or 志愿者培训 on one day at one place, with a capacity."""

    __tablename__ = "health_events"

    uuid: Mapped[uuid.UUID] = uuid_pk()
    number: Mapped[str] = mapped_column(String(32), unique=True)
    office_code: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(100))
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200))
    partner_uuid: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("health_partners.uuid"))
    capacity: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = updated_at_column()

    __table_args__ = (CheckConstraint("capacity > 0", name="capacity_positive"),)


class HealthAttendance(Base):
    """A member signed in at an event, by certificate QR (`qr`) or typed ID number (`id`)."""

    __tablename__ = "health_attendance"

    uuid: Mapped[uuid.UUID] = uuid_pk()
    event_uuid: Mapped[uuid.UUID] = mapped_column(ForeignKey("health_events.uuid"), index=True)
    member_uuid: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.uuid"))
    method: Mapped[str] = mapped_column(String(8))
    certificate_number: Mapped[str | None] = mapped_column(String(32))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[dt.datetime] = updated_at_column()

    __table_args__ = (UniqueConstraint("event_uuid", "member_uuid"),)
