"""Alerts that arrive from the hub in return packages (shown on the 工作台 and the 同步 page)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class SyncAlert(Base):
    """One hub alert (cross-office duplicate, refused rows …); `uuid` is the hub's, so importing
    the same return package twice stores it once. Alerts are dismissed, never deleted."""

    __tablename__ = "sync_alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    message: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)  # at the hub
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    return_seq: Mapped[int] = mapped_column(Integer)
    dismissed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    dismissed_by: Mapped[str | None] = mapped_column(String(40))
