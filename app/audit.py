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
from collections.abc import Callable, Iterable, Iterator
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


def walk_chain(rows: Iterable[Any], digest_of: Callable[[Any], str]) -> ChainReport:
    """Check a hash chain in seq order (the desk's and the hub's audit log): each row has the
    next seq, names the hash before it and hashes to what it holds (`digest_of(row)`)."""
    prev, expected_seq, count = GENESIS, 1, 0
    for row in rows:
        count += 1
        if row.seq != expected_seq:
            return ChainReport(False, count, prev, expected_seq, f"第 {expected_seq} 条记录缺失")
        if row.prev_hash != prev:
            return ChainReport(False, count, prev, row.seq, f"第 {row.seq} 条记录的前序哈希不符")
        if digest_of(row) != row.hash:
            return ChainReport(False, count, prev, row.seq, f"第 {row.seq} 条记录内容被改动")
        prev, expected_seq = row.hash, expected_seq + 1
    return ChainReport(True, count, prev)


def verify(session: Session) -> ChainReport:
    def records() -> Iterator[AuditRecord]:
        for rec in session.execute(select(AuditRecord).order_by(AuditRecord.seq)).scalars():
            yield rec
            session.expunge(rec)  # checked: a long log need not stay in the session

    return walk_chain(
        records(),
        lambda rec: _digest(
            rec.prev_hash,
            rec.seq,
            rec.at,
            rec.operator,
            rec.action,
            rec.entity,
            rec.entity_id,
            rec.details,
        ),
    )
