"""Declarative base, naming convention and shared column helpers.

The naming convention gives every constraint a stable name, which Alembic needs to alter
constraints on SQLite (batch mode) and which makes migration diffs reproducible.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import DateTime, Enum, MetaData, Uuid, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def enum_column(enum_cls: type[enum.Enum], name: str) -> Enum:
    """A portable enum column: stored as its value string, checked by a CHECK constraint."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def uuid_pk() -> Mapped[uuid.UUID]:
    return mapped_column(Uuid, primary_key=True, default=uuid.uuid4)


def updated_at_column() -> Mapped[dt.datetime]:
    return mapped_column(
        DateTime,
        nullable=False,
        server_default=func.current_timestamp(),
        default=_utcnow,
        onupdate=_utcnow,
    )


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def as_dict(obj: Any) -> dict[str, Any]:
    """Column values of a mapped object keyed by attribute name (for audit and sync)."""
    return {c.key: getattr(obj, c.key) for c in obj.__mapper__.column_attrs}
