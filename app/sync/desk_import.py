"""Desk import of a return package from the hub.

Verified first by the same reader the hub uses (signature by the hub's key, addressed to this
office, next in sequence, sizes, hashes, decryption), then applied in the caller's transaction:
acknowledged packages are marked, alerts stored, hub decisions applied to claims, newer catalogue
versions installed, yearly targets set through `app.reports.targets.apply_targets`. Nothing local is ever deleted or overwritten because of a return package, and
importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app import audit, catalogue, clock
from app.auth import SYSTEM, Action, Actor, require
from app.sync import keystore
from app.sync.export import ACKNOWLEDGED, APPLIED, EXPORTED
from app.sync.format import GENESIS, Kind, PackageRefused
from app.sync.hub_decisions import apply_decision, apply_hub_targets
from app.sync.reader import Opened, open_package
from models import Catalogue, SyncAlert, SyncPackage
from models.enums import SyncDirection


class DeskTrust:
    """The desk side of `app.sync.reader.Trust`: return packages from the hub to this office."""

    kind = Kind.RETURN

    def __init__(self, session: Session, keys: keystore.DeskKeys) -> None:
        self._session = session
        self._keys = keys
        self.box_private = keys.box_private

    def signing_key(self, office_code: str) -> bytes | None:
        return self._keys.hub_sign_public

    def identify_signer(self, manifest: bytes, signature: bytes) -> str | None:
        return None

    def check_addressee(self, office_code: str) -> None:
        if office_code != self._keys.office_code:
            raise PackageRefused("not_for_us", office=office_code, mine=self._keys.office_code)

    def _incoming(self) -> Any:
        return select(SyncPackage).where(SyncPackage.direction == SyncDirection.INCOMING)

    def last(self, office_code: str) -> tuple[int, str]:
        row = self._session.scalar(self._incoming().order_by(SyncPackage.seq.desc()).limit(1))
        return (row.seq, row.sha256) if row else (0, GENESIS)

    def applied_sha(self, office_code: str, seq: int) -> str | None:
        row = self._session.scalar(self._incoming().where(SyncPackage.seq == seq))
        return row.sha256 if row else None

    def resync_pending(self, office_code: str) -> bool:
        return False  # return packages have no full resend: a desk never restarts the chain


@dataclass(frozen=True)
class ImportResult:
    file: str
    seq: int
    sha256: str
    already_applied: bool
    acknowledged: int = 0
    alerts: int = 0
    decisions: int = 0
    catalogues: tuple[str, ...] = ()
    targets: tuple[int, ...] = ()  # years whose targets changed


def import_return(session: Session, actor: Actor, *, path: Path) -> ImportResult:
    """Verify and apply the return package at `path` (idempotent; PackageRefused on failure)."""
    require(actor, Action.SYNC)
    keys = keystore.load(session)
    opened = open_package(path, DeskTrust(session, keys))
    if opened.already_applied:
        return ImportResult(path.name, opened.seq, opened.sha256, True)
    acked = _acknowledge(session, opened)
    alerts = _store_alerts(session, opened)
    decisions = [apply_decision(session, actor, row) for row in opened.rows("decisions")]
    installed = _install_catalogues(session, opened)
    years = apply_hub_targets(session, actor, opened)
    now = clock.now()
    session.add(
        SyncPackage(
            direction=SyncDirection.INCOMING,
            office_code=keys.office_code,
            seq=opened.seq,
            sha256=opened.sha256,
            created_at=now,
            status=APPLIED,
        )
    )
    result = ImportResult(
        path.name, opened.seq, opened.sha256, False, acked, alerts, len(decisions), installed, years
    )
    audit.record(
        session,
        actor.username,
        "sync.import_return",
        entity="sync_packages",
        entity_id=f"return-{opened.seq}",
        details={
            "sha256": opened.sha256,
            "acknowledged": acked,
            "alerts": alerts,
            "decisions": decisions,
            "catalogues": list(installed),
            "targets": list(years),
        },
    )
    return result


def _acknowledge(session: Session, opened: Opened) -> int:
    today = clock.today()
    count = 0
    for ack in opened.rows("acks"):
        count += session.execute(
            update(SyncPackage)
            .where(
                SyncPackage.direction == SyncDirection.OUTGOING,
                SyncPackage.seq == ack.get("seq"),
                SyncPackage.sha256 == ack.get("sha256"),
                SyncPackage.status == EXPORTED,
            )
            .values(status=ACKNOWLEDGED, acknowledged_on=today)
        ).rowcount
    return count


def _store_alerts(session: Session, opened: Opened) -> int:
    now = clock.now()
    stored = 0
    for row in opened.rows("alerts"):
        alert_id = str(uuid.UUID(row["uuid"]))
        if session.scalar(select(SyncAlert.id).where(SyncAlert.uuid == alert_id)):
            continue
        session.add(
            SyncAlert(
                uuid=alert_id,
                kind=str(row.get("kind", "")),
                message=str(row.get("message", "")),
                details=row.get("details") or {},
                created_at=_when(row.get("created_at"), now),
                received_at=now,
                return_seq=opened.seq,
            )
        )
        stored += 1
    session.flush()
    return stored


def _when(value: Any, default: dt.datetime) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return default


def _install_catalogues(session: Session, opened: Opened) -> tuple[str, ...]:
    """Install catalogue versions the desk does not hold; existing coverages keep theirs."""
    installed = []
    for row in opened.rows("catalogues"):
        if session.get(Catalogue, row.get("version")) is not None:
            continue
        loaded = catalogue.load_catalogue(session, SYSTEM, text=str(row["document"]))
        installed.append(loaded.version)
    return tuple(installed)
