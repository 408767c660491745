"""Tables of the office itself: offices, operators, settings, numbering, audit, change journal."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, enum_column, updated_at_column
from models.enums import JournalOp, OfficeLevel, Role, SyncDirection


class Office(Base):
    __tablename__ = "offices"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    parent_code: Mapped[str | None] = mapped_column(String(8))
    level: Mapped[OfficeLevel] = mapped_column(enum_column(OfficeLevel, "office_level"))
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime] = updated_at_column()

    __table_args__ = (CheckConstraint("length(code) = 8", name="code_length"),)


class Operator(Base):
    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(60))
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"))
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = updated_at_column()

    __table_args__ = (CheckConstraint("failed_attempts >= 0", name="failed_attempts_nonneg"),)


class Setting(Base):
    """Office settings (effective-date policy, sync interval, service promise, targets …)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = updated_at_column()


class NumberSequence(Base):
    """Last issued sequence number per office, prefix and year (gap-free human numbers)."""

    __tablename__ = "number_sequences"

    office_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(4), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (CheckConstraint("last >= 0 AND last <= 999999", name="last_range"),)


class AuditRecord(Base):
    """One hash-chained audit record; `hash` covers `prev_hash` and every other field."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    details: Mapped[str] = mapped_column(Text)  # canonical JSON text, hashed as stored
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)

    # a unit's or member's change history reads its own records only
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)


class JournalEntry(Base):
    """A changed row, written in the same transaction as the change; sync export reads it."""

    __tablename__ = "change_journal"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    uuid: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[JournalOp] = mapped_column(enum_column(JournalOp, "journal_op"))
    at: Mapped[dt.datetime] = mapped_column(DateTime)


class SyncPackage(Base):
    __tablename__ = "sync_packages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    direction: Mapped[SyncDirection] = mapped_column(enum_column(SyncDirection, "sync_direction"))
    office_code: Mapped[str] = mapped_column(String(8))
    seq: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20))
    journal_to: Mapped[int | None] = mapped_column(Integer)  # last journal seq included
    acknowledged_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("direction", "office_code", "seq"),)
