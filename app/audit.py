"""The hash-chained audit log and the change journal.

Every service write calls `record()` inside its own transaction, so the change, its audit record
and its journal row commit or roll back together. Each audit record's hash covers the previous
record's hash and all of its own fields; `verify()` recomputes the chain and names the first
record that does not match.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app import clock
from app.privacy import redact
from models import AuditRecord, JournalEntry
from models.enums import JournalOp

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def _digest(
    prev_hash: str,
    seq: int,
    at: dt.datetime,
    operator: str,
    action: str,
    entity: str,
    entity_id: str,
    details: str,
) -> str:
    payload = canonical_json([seq, at.isoformat(), operator, action, entity, entity_id, details])
    return hashlib.sha256(f"{prev_hash}|{payload}".encode()).hexdigest()


def record(
    session: Session,
    operator: str,
    action: str,
    *,
    entity: str,
    entity_id: str | uuid.UUID,
    details: dict[str, Any] | None = None,
    journal: JournalOp | None = None,
) -> AuditRecord:
    """Append an audit record (and, with `journal`, a change-journal row for sync).

    Sensitive fields in `details` are masked before they are stored.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(8431)"))
    last = session.execute(
        select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = clock.real_now()  # never the business-date override: audit time is not forgeable
    details_text = canonical_json(redact(details or {}))
    rec = AuditRecord(
        seq=seq,
        at=at,
        operator=operator,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        details=details_text,
        prev_hash=prev,
        hash=_digest(prev, seq, at, operator, action, entity, str(entity_id), details_text),
    )
    session.add(rec)
    if journal is not None:
        session.add(JournalEntry(entity=entity, uuid=str(entity_id), op=journal, at=at))
    session.flush()
    return rec


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    records: int
    head: str
    first_bad_seq: int | None = None
    reason: str = ""


def verify(session: Session) -> ChainReport:
    prev, expected_seq, count = GENESIS, 1, 0
    rows = session.execute(select(AuditRecord).order_by(AuditRecord.seq)).scalars()
    for rec in rows:
        count += 1
        if rec.seq != expected_seq:
            return ChainReport(False, count, prev, expected_seq, f"第 {expected_seq} 条记录缺失")
        if rec.prev_hash != prev:
            return ChainReport(False, count, prev, rec.seq, f"第 {rec.seq} 条记录的前序哈希不符")
        digest = _digest(
            rec.prev_hash,
            rec.seq,
            rec.at,
            rec.operator,
            rec.action,
            rec.entity,
            rec.entity_id,
            rec.details,
        )
        if digest != rec.hash:
            return ChainReport(False, count, prev, rec.seq, f"第 {rec.seq} 条记录内容被改动")
        prev, expected_seq = rec.hash, expected_seq + 1
        session.expunge(rec)
    return ChainReport(True, count, prev)
