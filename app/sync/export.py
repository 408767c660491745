"""Desk export: the rows changed since the last package, packed for the hub.

The change journal says which rows changed (`change_journal.seq` after the last exported
package's `journal_to`); their current full state is read by UUID, rows that no longer exist go
as tombstones. `full=True` packs every row of every synced table (the hub asks for it after a
loss). Each package gets the next sequence number and the SHA-256 of the previous package file.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from app import audit, clock
from app.auth import Action, Actor, require
from app.sync import keystore, tables
from app.sync.format import (
    GENESIS,
    DataFile,
    Header,
    Kind,
    package_filename,
    package_id,
    write_package,
)  # fmt: skip
from models import Catalogue, JournalEntry, SyncPackage
from models.enums import JournalOp, SyncDirection

EXPORTED = "exported"
ACKNOWLEDGED = "acknowledged"
PENDING = ".pending"  # suffix of a package written but not yet committed
APPLIED = "applied"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    office_code: str
    seq: int
    sha256: str
    full: bool
    journal_from: int
    journal_to: int
    counts: dict[str, int] = field(default_factory=dict)
    tombstones: int = 0

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def _last_outgoing(session: Session) -> SyncPackage | None:
    return session.scalar(
        select(SyncPackage)
        .where(SyncPackage.direction == SyncDirection.OUTGOING)
        .order_by(SyncPackage.seq.desc())
        .limit(1)
    )


def _changed(session: Session, after: int, upto: int) -> dict[str, tuple[set[str], set[str]]]:
    """Per synced table: (UUIDs changed, UUIDs whose last journal entry is a delete)."""
    changed: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    marks = ", ".join("?" * len(tables.SYNC_TABLES))
    cur = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        rows = cur.execute(
            "SELECT entity, uuid, op FROM change_journal "
            f"WHERE seq > ? AND seq <= ? AND entity IN ({marks}) ORDER BY seq",
            (after, upto, *tables.SYNC_TABLES),
        ).fetchall()
    finally:
        cur.close()
    delete = JournalOp.DELETE.value
    for entity, uid, op in rows:
        touched, deleted = changed[entity]
        touched.add(uid)
        if op == delete:
            deleted.add(uid)
        else:
            deleted.discard(uid)
    return changed


def _table_file(
    session: Session, name: str, wanted: tuple[set[str], set[str]] | None
) -> tuple[DataFile, int]:
    """The data file of table `name` and how many of its rows are tombstones."""
    conn = session.connection()
    table = tables.SYNC_TABLES[name]
    if wanted is None:
        lines, _ = tables.json_lines(conn, table, None)
        return DataFile(name, _body(lines), len(lines)), 0
    touched, deleted = wanted
    keys = {tables.stored_key(u): u for u in touched}
    lines, found = tables.json_lines(conn, table, {tables.stored_key(u) for u in touched - deleted})
    gone = sorted(keys[k] for k in keys.keys() - found)
    lines += [json.dumps({"uuid": u, tables.TOMBSTONE_KEY: True}) for u in gone]
    return DataFile(name, _body(lines), len(lines)), len(gone)


def _body(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode() if lines else b""


def export_package(
    session: Session,
    actor: Actor,
    *,
    out_dir: Path,
    full: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the next office package into `out_dir` and record it as exported.

    Side effects: the file `<office>-<seq>.hzp`, a `sync_packages` row, an audit record.
    RejectedInput if the desk has no keys from the hub (not set up with an office file).
    """
    require(actor, Action.SYNC)
    keys = keystore.load(session)
    _settle_pending(session, out_dir)
    last = _last_outgoing(session)
    seq, prev = (last.seq + 1, last.sha256) if last else (1, GENESIS)
    after = (
        session.scalar(
            select(func.max(SyncPackage.journal_to)).where(
                SyncPackage.direction == SyncDirection.OUTGOING
            )
        )
        or 0
    )
    upto = session.scalar(select(func.max(JournalEntry.seq))) or 0
    changed = None if full else _changed(session, after, upto)
    files, counts, dead = [], {}, 0
    names = list(tables.SYNC_TABLES)
    for done, name in enumerate(names):
        if changed is not None and name not in changed:
            continue
        data, gone = _table_file(session, name, None if changed is None else changed[name])
        files.append(data)
        counts[name], dead = data.rows - gone, dead + gone
        if progress:
            progress(done + 1, len(names) + 1)
    now = clock.now()
    header = Header(
        kind=Kind.OFFICE,
        office_code=keys.office_code,
        seq=seq,
        prev_sha256=prev,
        created_at=now,
        catalogue_version=_catalogue_version(session),
        full=full,
        journal={"from": after + 1, "to": upto},
    )
    path = out_dir / package_filename(Kind.OFFICE, keys.office_code, seq)
    pending = path.with_name(path.name + PENDING)
    sha = write_package(
        pending,
        header,
        files,
        recipient_box_public=keys.hub_box_public,
        signer_private=keys.sign_private,
    )
    _record(session, actor, keys.office_code, seq, sha, now, upto, counts, full)
    _publish_on_commit(session, pending, path)
    if progress:
        progress(len(names) + 1, len(names) + 1)
    return ExportResult(path, keys.office_code, seq, sha, full, after + 1, upto, counts, dead)


def _publish_on_commit(session: Session, pending: Path, path: Path) -> None:
    """The package gets its real name only once its `sync_packages` row is committed; a rolled
    back export leaves nothing behind, so a sequence number is never issued twice."""

    def publish(_session: Session) -> None:
        if pending.exists():
            pending.replace(path)

    def discard(_session: Session) -> None:
        pending.unlink(missing_ok=True)

    event.listen(session, "after_commit", publish, once=True)
    event.listen(session, "after_rollback", discard, once=True)


def _settle_pending(session: Session, out_dir: Path) -> None:
    """Finish what a process killed between commit and rename left: a pending file whose hash
    was recorded gets its name, any other is an export that never committed and is removed."""
    for pending in out_dir.glob(f"*{PENDING}"):
        try:
            sha = package_id(pending)
        except (OSError, KeyError, zipfile.BadZipFile):  # torn before it was whole
            sha = None
        recorded = sha and session.scalar(select(SyncPackage.id).where(SyncPackage.sha256 == sha))
        if not recorded:
            pending.unlink()
        else:
            pending.replace(pending.with_name(pending.name.removesuffix(PENDING)))


def _catalogue_version(session: Session) -> str | None:
    return session.scalar(
        select(Catalogue.version).order_by(Catalogue.loaded_at.desc(), Catalogue.version.desc())
    )


def _record(
    session: Session,
    actor: Actor,
    office: str,
    seq: int,
    sha: str,
    now: dt.datetime,
    upto: int,
    counts: dict[str, int],
    full: bool,
) -> None:
    session.add(
        SyncPackage(
            direction=SyncDirection.OUTGOING,
            office_code=office,
            seq=seq,
            sha256=sha,
            created_at=now,
            status=EXPORTED,
            journal_to=upto,
        )
    )
    audit.record(
        session,
        actor.username,
        "sync.export",
        entity="sync_packages",
        entity_id=f"{office}-{seq}",
        details={"sha256": sha, "counts": counts, "full": full, "journal_to": upto},
    )
