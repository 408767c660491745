"""The hub's hash-chained audit trail, as the desk's (app/audit.py): each `hub_audit` row's hash
covers the previous row's hash and all of its own fields, so a row changed, removed or slipped
in afterwards breaks the chain at that row; `verify` names the first one.

Rows are numbered by the writer (max + 1 under an advisory lock), not by a sequence: a
rolled-back transaction leaves no hole, so a missing number means a removed row. Hubs from
schema 3/4 get the columns and their existing rows chained in order by `upgrade` (`hub init`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import Connection, insert, select, text, update

from app import clock
from app.audit import GENESIS, ChainReport, canonical_json, walk_chain
from app.hub.schema import hub_audit
from app.privacy import redact

AUDIT_LOCK = 8433


def digest(
    prev_hash: str, seq: int, at: dt.datetime, username: str, action: str, details: Any
) -> str:
    payload = canonical_json([seq, at.isoformat(), username, action, details])
    return hashlib.sha256(f"{prev_hash}|{payload}".encode()).hexdigest()


def append(conn: Connection, username: str, action: str, details: dict[str, Any]) -> int:
    """One chained audit row in the caller's transaction (sensitive fields masked); its seq."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_LOCK})
    last = conn.execute(
        select(hub_audit.c.seq, hub_audit.c.hash).order_by(hub_audit.c.seq.desc()).limit(1)
    ).first()
    seq, prev = (last.seq + 1, last.hash) if last else (1, GENESIS)
    at = clock.real_now()  # audit time is the real clock; HUZHU_NOW moves business dates only
    kept = redact(details)
    # the hash covers the values as they come back from jsonb: plain JSON, Decimals as text
    stored = json.loads(canonical_json(kept))
    conn.execute(
        insert(hub_audit).values(
            seq=seq,
            at=at,
            username=username,
            action=action,
            details=stored,
            prev_hash=prev,
            hash=digest(prev, seq, at, username, action, stored),
        )
    )
    return seq


def verify(conn: Connection) -> ChainReport:
    """Recompute the whole chain; the first row that does not match, if any. Read-only."""
    rows = conn.execute(select(hub_audit).order_by(hub_audit.c.seq)).yield_per(5000)
    return walk_chain(
        rows,
        lambda row: digest(row.prev_hash, row.seq, row.at, row.username, row.action, row.details),
    )


def upgrade(conn: Connection) -> None:
    """Give an older hub's `hub_audit` its chain columns and chain the rows it already has."""
    conn.execute(text("ALTER TABLE hub_audit ADD COLUMN IF NOT EXISTS prev_hash varchar(64)"))
    conn.execute(text("ALTER TABLE hub_audit ADD COLUMN IF NOT EXISTS hash varchar(64)"))
    conn.execute(text("ALTER TABLE hub_audit ALTER COLUMN seq DROP DEFAULT"))
    unchained = conn.execute(
        select(hub_audit).where(hub_audit.c.hash.is_(None)).order_by(hub_audit.c.seq)
    ).all()
    if unchained:
        rows = conn.execute(select(hub_audit).order_by(hub_audit.c.seq)).all()
        prev = GENESIS
        for number, row in enumerate(rows, start=1):
            new = digest(prev, number, row.at, row.username, row.action, row.details)
            conn.execute(
                update(hub_audit)
                .where(hub_audit.c.seq == row.seq)
                .values(seq=number, prev_hash=prev, hash=new)
            )
            prev = new
    conn.execute(text("ALTER TABLE hub_audit ALTER COLUMN prev_hash SET NOT NULL"))
    conn.execute(text("ALTER TABLE hub_audit ALTER COLUMN hash SET NOT NULL"))
