"""What the 同步 page, the status bar and `sync status` show: packages, last export, reminder,
changes waiting, alerts from the hub."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit, clock, settings
from app.auth import Action, Actor, require
from app.errors import found
from app.i18n import msg
from app.office import find_self
from app.sync import tables
from models import JournalEntry, OfficeKey, SyncAlert, SyncPackage
from models.enums import SyncDirection
from models.keys import HUB_BOX


@dataclass(frozen=True)
class PackageInfo:
    direction: str
    seq: int
    sha256: str
    created_at: dt.datetime
    status: str
    acknowledged_on: dt.date | None


@dataclass(frozen=True)
class AlertInfo:
    id: int
    kind: str
    message: str
    created_at: dt.datetime
    received_at: dt.datetime


@dataclass(frozen=True)
class SyncStatus:
    office_code: str | None
    provisioned: bool
    last_export_at: dt.datetime | None
    interval_days: int
    overdue: bool
    pending_changes: int
    packages: list[PackageInfo] = field(default_factory=list)
    alerts: list[AlertInfo] = field(default_factory=list)

    @property
    def days_since_export(self) -> int | None:
        return (
            None
            if self.last_export_at is None
            else (clock.today() - self.last_export_at.date()).days
        )


def last_export_at(session: Session) -> dt.datetime | None:
    """When this desk last exported a package (the status bar's “last sync”)."""
    return session.scalar(
        select(func.max(SyncPackage.created_at)).where(
            SyncPackage.direction == SyncDirection.OUTGOING
        )
    )


def sync_status(session: Session, *, history: int = 50) -> SyncStatus:
    """The desk's sync state; `overdue` when the last export is older than the office's
    `sync_interval_days` setting (or there never was one and changes are waiting)."""
    office = find_self(session)
    last = last_export_at(session)
    interval = int(settings.get(session, "sync_interval_days"))
    after = (
        session.scalar(
            select(func.max(SyncPackage.journal_to)).where(
                SyncPackage.direction == SyncDirection.OUTGOING
            )
        )
        or 0
    )
    pending = (
        session.scalar(
            select(func.count())
            .select_from(JournalEntry)
            .where(JournalEntry.seq > after, JournalEntry.entity.in_(tables.SYNC_TABLES))
        )
        or 0
    )
    overdue = (last is None and pending > 0) or (
        last is not None and (clock.today() - last.date()).days > interval
    )
    packages = [
        PackageInfo(p.direction.value, p.seq, p.sha256, p.created_at, p.status, p.acknowledged_on)
        for p in session.scalars(
            select(SyncPackage)
            .order_by(SyncPackage.created_at.desc(), SyncPackage.id.desc())
            .limit(history)
        )
    ]
    alerts = [
        AlertInfo(a.id, a.kind, a.message, a.created_at, a.received_at)
        for a in session.scalars(
            select(SyncAlert).where(SyncAlert.dismissed_at.is_(None)).order_by(SyncAlert.id.desc())
        )
    ]
    provisioned = (
        office is not None
        and session.scalar(select(OfficeKey.id).where(OfficeKey.purpose == HUB_BOX).limit(1))
        is not None
    )
    return SyncStatus(
        office.code if office else None,
        provisioned,
        last,
        interval,
        overdue,
        pending,
        packages,
        alerts,
    )


def dismiss_alert(session: Session, actor: Actor, *, alert_id: int) -> None:
    """Mark an alert as dealt with (it stays in the database)."""
    require(actor, Action.SYNC)
    alert = found(session.get(SyncAlert, alert_id), msg("没有编号为 {i} 的同步提醒。", i=alert_id))
    alert.dismissed_at, alert.dismissed_by = clock.now(), actor.username
    audit.record(
        session, actor.username, "sync.alert_dismiss", entity="sync_alerts", entity_id=alert.uuid
    )


def dismiss_alerts(session: Session, actor: Actor, *, alert_ids: Iterable[int]) -> int:
    """Mark several alerts as dealt with (the sync page's selection); NotFound for an unknown
    one refuses them all. Returns how many were marked."""
    require(actor, Action.SYNC)
    count = 0
    for alert_id in alert_ids:
        dismiss_alert(session, actor, alert_id=alert_id)
        count += 1
    return count
