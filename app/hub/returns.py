"""Return packages (hub → office): acknowledgements, catalogue updates, alerts, decisions and
yearly targets.

One package per registered office per run, sequenced and hash-chained per office like office
packages, signed by the hub and sealed for the office's X25519 key. Everything put in a return
is marked with its return sequence number, in the same transaction, so it is sent once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, select, update

from app import clock
from app.hub.registry import HubKeys, hub_keys
from app.hub.schema import (
    hub_alerts,
    hub_catalogues,
    hub_decisions,
    hub_offices,
    hub_packages,
    hub_returns,
    hub_targets,
)
from app.sync.format import DataFile, Header, Kind, jsonl, package_filename, write_package

_CATALOGUE_NS = uuid.UUID("4b1f6c1e-55a3-4d6e-9a43-2f3f3b0e7a10")


@dataclass(frozen=True)
class ReturnWritten:
    office_code: str
    seq: int
    path: Path
    sha256: str
    counts: dict[str, int]


def write_returns(conn: Connection, *, out_dir: Path) -> list[ReturnWritten]:
    """Write one return package per registered office into `out_dir`."""
    keys = hub_keys(conn)  # also refuses a hub whose schema predates this release
    offices = conn.execute(select(hub_offices).order_by(hub_offices.c.code)).all()
    return [_write_one(conn, keys, office, out_dir) for office in offices]


def _unreturned(
    conn: Connection, table: Table, code: str, *where: Any, order: Any = None
) -> list[Any]:
    """The office's rows of `table` that no return package has carried yet."""
    query = select(table).where(table.c.office_code == code, table.c.returned_seq.is_(None), *where)
    return list(conn.execute(query if order is None else query.order_by(order)).all())


def _write_one(conn: Connection, keys: HubKeys, office: Any, out_dir: Path) -> ReturnWritten:
    code, seq = office.code, office.return_seq + 1
    acks = _unreturned(conn, hub_packages, code, order=hub_packages.c.seq)
    alerts = _unreturned(conn, hub_alerts, code, order=hub_alerts.c.created_at)
    decisions = _unreturned(conn, hub_decisions, code, hub_decisions.c.status != "pending")
    catalogues = conn.execute(
        select(hub_catalogues)
        .where(hub_catalogues.c.id > office.catalogue_sent_id)
        .order_by(hub_catalogues.c.id)
    ).all()
    targets = _unreturned(conn, hub_targets, code, order=hub_targets.c.year)
    files = [*_files(acks, alerts, decisions, catalogues), _targets_file(targets)]
    now = clock.now()
    header = Header(
        kind=Kind.RETURN,
        office_code=code,
        seq=seq,
        prev_sha256=office.return_sha256,
        created_at=now,
        catalogue_version=catalogues[-1].version if catalogues else None,
    )
    path = out_dir / package_filename(Kind.RETURN, code, seq)
    sha = write_package(
        path,
        header,
        files,
        recipient_box_public=bytes(office.box_public),
        signer_private=keys.sign_private,
    )
    _mark_sent(conn, code, seq, sha, now, acks, alerts, decisions, catalogues)
    if targets:
        conn.execute(
            update(hub_targets)
            .where(hub_targets.c.uuid.in_([t.uuid for t in targets]))
            .values(returned_seq=seq)
        )
    return ReturnWritten(code, seq, path, sha, {f.name: f.rows for f in files})


def _files(acks: list, alerts: list, decisions: list, catalogues: list) -> list[DataFile]:
    return [
        jsonl(
            "acks",
            (
                {
                    "uuid": str(uuid.uuid4()),
                    "seq": p.seq,
                    "sha256": p.sha256,
                    "received_at": p.received_at.isoformat(),
                    "rows": p.rows,
                }
                for p in acks
            ),
        ),
        jsonl(
            "alerts",
            (
                {
                    "uuid": str(a.uuid),
                    "kind": a.kind,
                    "message": a.message,
                    "details": a.details,
                    "created_at": a.created_at.isoformat(),
                }
                for a in alerts
            ),
        ),
        jsonl(
            "decisions",
            (
                {
                    "uuid": str(d.claim_uuid),
                    "claim_number": d.claim_number,
                    "decision": d.status,
                    "reason": d.reason or "",
                    "decided_by": d.decided_by,
                    "decided_at": d.decided_at.isoformat() if d.decided_at else None,
                }
                for d in decisions
            ),
        ),
        jsonl(
            "catalogues",
            (
                {
                    "uuid": str(uuid.uuid5(_CATALOGUE_NS, c.version)),
                    "version": c.version,
                    "sha256": c.sha256,
                    "document": c.document,
                }
                for c in catalogues
            ),
        ),
    ]


def _targets_file(targets: list) -> DataFile:
    return jsonl(
        "targets",
        (
            {
                "uuid": str(t.uuid),
                "year": t.year,
                "targets": t.targets,
                "set_by": t.set_by,
                "set_at": t.set_at.isoformat(),
            }
            for t in targets
        ),
    )


def _mark_sent(
    conn: Connection,
    code: str,
    seq: int,
    sha: str,
    now: Any,
    acks: list,
    alerts: list,
    decisions: list,
    catalogues: list,
) -> None:
    if acks:
        conn.execute(
            update(hub_packages)
            .where(hub_packages.c.id.in_([p.id for p in acks]))
            .values(returned_seq=seq)
        )
    if alerts:
        conn.execute(
            update(hub_alerts)
            .where(hub_alerts.c.uuid.in_([a.uuid for a in alerts]))
            .values(returned_seq=seq)
        )
    if decisions:
        conn.execute(
            update(hub_decisions)
            .where(hub_decisions.c.claim_uuid.in_([d.claim_uuid for d in decisions]))
            .values(returned_seq=seq)
        )
    values: dict[str, Any] = {"return_seq": seq, "return_sha256": sha}
    if catalogues:
        values["catalogue_sent_id"] = catalogues[-1].id
    conn.execute(update(hub_offices).where(hub_offices.c.code == code).values(**values))
    conn.execute(insert(hub_returns).values(office_code=code, seq=seq, sha256=sha, created_at=now))
