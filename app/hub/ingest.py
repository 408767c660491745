"""Hub ingest of office packages: verify everything, then one bulk transaction per package.

Rows go through PostgreSQL's COPY into a staging table, are checked there in SQL, and go from
there into the entity table with one `INSERT … ON CONFLICT (uuid) DO UPDATE … WHERE office_code
= EXCLUDED.office_code`: an office can update its own rows and never another office's (rows
that try are counted and the sender is alerted); an office's first rows of a table are tried
as a plain INSERT first (`_FileWriter`). A small package is staged in temporary tables of the
transaction's own session; a large one (`PIPELINE_ROWS`) on a second connection, so that the
next file is parsed and checked while the transaction writes the previous one (`_Stager`).
Tombstones mark rows `deleted`; the hub never deletes. A refused package leaves the hub's data
untouched and is logged in `hub_refusals` with its SHA-256.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import queue
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Connection, delete, insert, text, update
from sqlalchemy.exc import DBAPIError

from app import clock
from app.hub import alerts
from app.hub.registry import HubTrust, resync_key
from app.hub.schema import ENTITY_TABLES, hub_meta, hub_offices, hub_packages, hub_refusals
from app.hub.server import HubDatabase
from app.sync.format import PackageRefused
from app.sync.reader import Opened, file_sha256, open_package
from app.sync.tables import SYNC_TABLES, TOMBSTONE_KEY

INGEST_LOCK = 8432
_BOOKKEEPING = ("deleted", "package_seq")


@dataclass(frozen=True)
class IngestResult:
    file: str
    office_code: str
    seq: int
    sha256: str
    already_applied: bool
    counts: dict[str, int] = field(default_factory=dict)
    tombstones: int = 0
    foreign_rows: int = 0
    duplicates: int = 0
    decisions_queued: int = 0


def ingest_package(
    hub: HubDatabase, path: Path, *, progress: Callable[[int, int], None] | None = None
) -> IngestResult:
    """Verify and apply one office package in one transaction.

    The same file twice is a no-op (`already_applied`). PackageRefused (logged in
    `hub_refusals`, nothing else written) for any failed check, including bad row content.
    """
    try:
        # the scratch tables of a large package are dropped once the transaction has ended
        with contextlib.ExitStack() as after, hub.engine.connect() as conn:
            # read committed: each statement sees the tables the stager has committed since
            conn.execution_options(isolation_level="READ COMMITTED")
            with conn.begin():
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": INGEST_LOCK})
                opened = open_package(path, HubTrust(conn))
                if opened.already_applied:
                    return IngestResult(
                        path.name, opened.office_code, opened.seq, opened.sha256, True
                    )
                return _apply(conn, opened, hub, after, progress)
    except PackageRefused as refused:
        log_refusal(hub, path, refused)
        raise


def log_refusal(hub: HubDatabase, path: Path, refused: PackageRefused) -> None:
    with hub.engine.begin() as conn:
        conn.execute(
            insert(hub_refusals).values(
                at=clock.now(),
                filename=path.name,
                sha256=file_sha256(path),  # the file received, whatever stage refused it
                code=refused.code,
                message=str(refused.message),
            )
        )


def _apply(
    conn: Connection,
    opened: Opened,
    hub: HubDatabase,
    after: contextlib.ExitStack,
    progress: Callable[[int, int], None] | None,
) -> IngestResult:
    office, seq = opened.office_code, opened.seq
    names = opened.names()
    unknown = [n for n in names if n not in ENTITY_TABLES]
    if unknown:
        raise PackageRefused(
            "bad_rows", sha256=opened.sha256, entry=unknown[0], line=0, detail="未知的数据表"
        )
    counts: dict[str, int] = {}
    tombstones = foreign = 0
    ordered = [n for n in ENTITY_TABLES if n in names]
    raw = conn.connection.dbapi_connection
    assert raw is not None
    source: _InSession | _Stager
    if sum(opened.declared_rows(n) for n in ordered) >= PIPELINE_ROWS:
        source = after.enter_context(_Stager(hub, opened, ordered))
    else:
        source = _InSession(raw, opened)
    for done, name in enumerate(ordered):
        with raw.cursor() as cur:
            try:
                with _refusing(opened, name):
                    writer = _FileWriter(cur, opened, name)
                    for stage in source.chunks(name):
                        writer.add(stage)
                    applied = writer.finish()
            except PackageRefused:
                source.checked(name)  # a row the check refuses: its refusal, as if it ran first
                raise
            staged = source.checked(name)
            if staged.dead:
                with _refusing(opened, name):
                    for stage in staged.tables:
                        _bury(cur, opened, name, stage)
        counts[name], tombstones = applied, tombstones + staged.dead
        foreign += staged.rows - staged.dead - applied
        if progress:
            progress(done + 1, len(ordered))
    _analyse_grown(conn, counts)
    duplicates = alerts.find_duplicates(conn, office, seq)
    alerts.find_duplicate_claims(conn, office, seq)
    queued = alerts.queue_decisions(conn, office, seq)
    if foreign:
        alerts.foreign_rows_alert(conn, office, seq, foreign)
    _record(conn, opened, sum(counts.values()) + tombstones)
    return IngestResult(
        opened.path.name,
        office,
        seq,
        opened.sha256,
        False,
        counts,
        tombstones,
        foreign,
        duplicates,
        queued,
    )


# PostgreSQL's own rule for when a table's statistics are stale (autovacuum_analyze_threshold
# and autovacuum_analyze_scale_factor at their defaults)
_STALE_ROWS, _STALE_SHARE = 50, 0.1


def _analyse_grown(conn: Connection, counts: dict[str, int]) -> None:
    """ANALYZE, inside the transaction, each table this package grew by more than autovacuum
    tolerates before it analyses (which it does only after the commit): the duplicate checks
    that follow are planned on what the tables now hold. A first 1M-row package beside another
    office's 1M members: duplicate query 1.36 s on the old statistics, 0.83 s + 0.2 s ANALYZE.
    A small package analyses nothing."""
    for name, rows in counts.items():
        before = conn.execute(
            text("SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = to_regclass(:t)"),
            {"t": f'"{name}"'},
        ).scalar_one()
        if rows > _STALE_ROWS + _STALE_SHARE * before:
            conn.execute(text(f'ANALYZE "{name}"'))


# A package declaring this many rows is staged on a second connection while the transaction
# writes (see _Stager); a smaller one in the transaction's own session, in temporary tables.
PIPELINE_ROWS = 50_000


# A large package's file is staged in scratch tables of this many rows each, so that the
# transaction can write the first while the next are staged.
CHUNK_ROWS = 100_000


@dataclass(frozen=True)
class _Staged:
    """A data file staged and checked: its tables (one jsonb column `doc`), rows, tombstones."""

    name: str
    tables: tuple[str, ...]
    rows: int
    dead: int


def _stage(cur: Any, opened: Opened, name: str) -> tuple[str, bool]:
    """Stage data file `name` in a temporary table: (the table, whether a row may hold a hidden
    character — see _copy)."""
    stage = f"stage_{name}"
    cur.execute(f"CREATE TEMP TABLE {stage} (doc jsonb NOT NULL) ON COMMIT DROP")
    return stage, _copy(cur, opened, name, stage)


class _InSession:
    """Stages and checks each data file, when the transaction asks for it, in a temporary
    table of the transaction's own session: the file is checked before it is written."""

    def __init__(self, raw: Any, opened: Opened) -> None:
        self._raw, self._opened = raw, opened
        self._checked: _Staged | PackageRefused | None = None

    def chunks(self, name: str) -> Iterator[str]:
        try:
            with self._raw.cursor() as cur, _refusing(self._opened, name):
                stage, maybe_hidden = _stage(cur, self._opened, name)
                counts = _counts(cur, self._opened, name, stage, maybe_hidden)
                self._checked = _verdict(self._opened, name, [counts], (stage,))
        except PackageRefused as refused:
            self._checked = refused
            raise
        yield stage

    def checked(self, name: str) -> _Staged:
        """File `name` as checked; or its refusal, again."""
        if isinstance(self._checked, PackageRefused):
            raise self._checked
        assert self._checked is not None and self._checked.name == name
        return self._checked


def _scratch(name: str, chunk: int) -> str:
    return f"ingest_stage_{name}_{chunk}"


def _after_newline(data: bytes, count: int) -> int:
    """The index just past the `count`-th line break of `data` (which holds that many)."""
    at = -1
    for _ in range(count):
        at = data.index(b"\n", at + 1)
    return at + 1


def _copy(cur: Any, opened: Opened, name: str, stage: str) -> bool:
    """COPY the JSON Lines of `name` as they are into `stage`'s one jsonb column.

    PostgreSQL parses the JSON (COPY text format needs only backslashes doubled, JSON has no raw
    tabs or newlines), so the rows never become Python objects; the row count is checked.
    Returns whether the raw text may hold a hidden character (`_MAYBE_HIDDEN`): the blocks are
    searched while PostgreSQL parses the previous ones, on the other core.
    """
    lines, maybe_hidden, tail = 0, False, b""
    with cur.copy(f"COPY {stage} (doc) FROM STDIN") as copy:
        for block in opened.blocks(name):
            lines += block.count(b"\n")
            if not maybe_hidden:
                maybe_hidden = _may_hide(tail + block)
                tail = block[-_LONGEST_SIGN:]
            copy.write(block.replace(b"\\", b"\\\\"))
    opened.check_count(name, lines)
    return maybe_hidden


_CHECK = """
SELECT count(*) FILTER (WHERE jsonb_typeof(doc) <> 'object'
                          OR (doc->>'uuid' LIKE '________-____-____-____-____________'
                              AND pg_input_is_valid(doc->>'uuid', 'uuid')) IS NOT TRUE),
       min(doc->>'office_code') FILTER (WHERE doc->>'office_code' <> %(office)s),
       count(*) FILTER (WHERE doc ? '{tomb}'),
       count(*),
       {hidden},
       count(*) FILTER (WHERE NOT doc ? '{tomb}' AND ({incomplete}))
FROM {stage}
"""
# A row's uuid must be a JSON string written 8-4-4-4-12 in hex digits (any case): 36 characters
# with the hyphens in those places that read as a uuid (PostgreSQL's uuid input then leaves the
# 32 others only hex digits; braces or a missing hyphen cannot fit the 36). Another JSON value's
# text (a number, true, an object or array in brackets) never reads as one; a missing uuid is
# NULL, hence IS NOT TRUE. (A quarter of the time of a regular expression per row, half that
# of reading the uuid and comparing the text it comes back as.)


def _required(name: str) -> list[str]:
    """The columns the desk never leaves empty (NOT NULL in its model): a row without one is
    not a row the desk wrote. The hub's own columns are nullable (see app/hub/schema.py)."""
    return [
        c.name
        for c in SYNC_TABLES[name].columns
        if not c.nullable and c.name not in ("uuid", "office_code")
    ]


def _incomplete(name: str) -> str:
    """True for a row missing a required column or holding JSON null in one: without its null
    members, the row must still have every required key (one pass, not a look-up per key)."""
    required = _required(name)
    if not required:
        return "false"
    keys = ", ".join(f"'{c}'" for c in required)  # the model's column names
    return f"NOT jsonb_strip_nulls(doc) ?& ARRAY[{keys}]"


# Characters no person text may hold (app/texts.py), as they appear in jsonb's text form:
# C0 controls other than the line break as JSON escapes, the rest as themselves.
_HIDDEN_IN_JSON = (
    r"\\u00[01][0-9a-fA-F]|\\[bfrt]|"
    "[\x7f-\x9f\xad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u2028\u2029]"
)


# Every way a character of _HIDDEN_IN_JSON can reach jsonb's text form, written in the raw
# JSON Lines (UTF-8): as itself, as a \\u escape of it or of a C0 control, as a short escape
# (\\b \\f \\r \\t), or behind an escaped backslash (\\u005c). Text without any of these
# cannot match in PostgreSQL, so its regular expression over every row's text form (a third of
# the check's time) runs only when this search over the raw blocks finds one — and then decides.
_MAYBE_HIDDEN = re.compile(
    rb"\\(?:[bfrt]|u(?:00[01][0-9a-fA-F]|007[fF]|00[89][0-9a-fA-F]|00[aA][dD]|005[cC]"
    rb"|200[b-fB-F]|202[89a-eA-E]|206[0-9]|[fF][eE][fF][fF]))"
    rb"|\x7f|\xc2[\x80-\x9f\xad]|\xe2\x80[\x8b-\x8f\xa8-\xae]|\xe2\x81[\xa0-\xa9]|\xef\xbb\xbf"
)
_LONGEST_SIGN = 5  # bytes of a sign that may start in one block and end in the next
# every sign starts with one of these bytes (each found at memory speed); a block holding none
# of them — ASCII and most Chinese text — needs no regular expression at all
_SIGN_STARTS = (b"\\", b"\x7f", b"\xc2", b"\xe2", b"\xef")


def _may_hide(data: bytes) -> bool:
    """Whether raw JSON Lines `data` may hold a hidden character (see _MAYBE_HIDDEN)."""
    if not any(start in data for start in _SIGN_STARTS):
        return False
    return _MAYBE_HIDDEN.search(data) is not None


_Counts = tuple[int, str | None, int, int, int, int]


def _counts(cur: Any, opened: Opened, name: str, stage: str, maybe_hidden: bool) -> _Counts:
    """_CHECK over `stage`: (malformed, another office, tombstones, rows, hidden, incomplete)."""
    params = {"office": opened.office_code, "hidden": _HIDDEN_IN_JSON}
    hidden_rows = "count(*) FILTER (WHERE doc::text ~ %(hidden)s)" if maybe_hidden else "0"
    check = _CHECK.format(
        stage=stage, tomb=TOMBSTONE_KEY, incomplete=_incomplete(name), hidden=hidden_rows
    )
    return cur.execute(check, params).fetchone()


def _verdict(opened: Opened, name: str, parts: list[_Counts], tables: tuple[str, ...]) -> _Staged:
    """The check of file `name` from the counts of its tables; PackageRefused naming the first
    kind of fault found, in this order."""
    malformed, dead, total, hidden, incomplete = (sum(p[i] for p in parts) for i in (0, 2, 3, 4, 5))
    other = min((p[1] for p in parts if p[1] is not None), default=None)
    if malformed:
        raise _bad(opened, name, "每行应为带 uuid 的 JSON 对象")
    if hidden:
        raise _bad(opened, name, f"有 {hidden} 行的文字含有看不见的控制字符（如 U+202E、NUL）")
    if incomplete:
        required = "、".join(_required(name))
        raise _bad(opened, name, f"有 {incomplete} 行缺少必填字段（{required}）")
    if other:
        raise _bad(opened, name, f"有记录属于代办处 {other}，不属于发送方")
    return _Staged(name, tables, total, dead)


class _FileWriter:
    """Writes the rows of data file `name`, staged in one or more tables, into its entity table.

    Rows whose uuid the hub holds go through the upsert (ON CONFLICT … DO UPDATE for the
    office's own rows only). When the office holds no row of the table yet — its first
    package, the bulk of everything an office ever sends — the rows are tried first as a plain
    INSERT, table by table as they are staged, which costs a fifth less than the upsert: any
    uuid already held (another office's row) or sent twice makes it fail, and the savepoint
    takes back everything written of the file for the upsert, which then behaves exactly as it
    always does. The guess only chooses the faster path, never the outcome.
    """

    def __init__(self, cur: Any, opened: Opened, name: str) -> None:
        cols = [c.name for c in ENTITY_TABLES[name].columns if c.name not in _BOOKKEEPING]
        picked = ", ".join(
            "COALESCE(r.office_code, %(office)s)" if c == "office_code" else f'r."{c}"'
            for c in cols
        )
        quoted = ", ".join(f'"{c}"' for c in cols)
        updates = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in cols if c != "uuid")
        self._rows = (
            f'INSERT INTO "{name}" ({quoted}, package_seq) SELECT {picked}, %(seq)s '
            f"FROM {{stage}} s "
            f'CROSS JOIN LATERAL jsonb_populate_record(NULL::"{name}", s.doc) r '
            f"WHERE NOT s.doc ? '{TOMBSTONE_KEY}'"
        )
        self._upsert = (
            f" ON CONFLICT (uuid) DO UPDATE SET {updates}, package_seq = EXCLUDED.package_seq, "
            f'deleted = false WHERE "{name}".office_code = EXCLUDED.office_code'
        )
        self._cur, self._params = cur, {"office": opened.office_code, "seq": opened.seq}
        self._stages: list[str] = []
        self.written = 0
        held = f'SELECT EXISTS (SELECT FROM "{name}" WHERE office_code = %(office)s)'
        self._plain = not cur.execute(held, self._params).fetchone()[0]

    def add(self, stage: str) -> None:
        """Write the rows staged in `stage` (tombstones aside), or keep them for the upsert."""
        self._stages.append(stage)
        if not self._plain:
            return
        if len(self._stages) == 1:  # after the staging, which the savepoint must not undo
            self._cur.execute("SAVEPOINT ingest_new_rows")
        try:
            self._cur.execute(self._rows.format(stage=stage), self._params)
        except psycopg.errors.UniqueViolation:
            self._cur.execute("ROLLBACK TO SAVEPOINT ingest_new_rows")
            self._plain, self.written = False, 0
        else:
            self.written += self._cur.rowcount

    def finish(self) -> int:
        """The rows written. The upsert writes every table of the file in one statement, so a
        uuid sent twice in the file is refused (PostgreSQL will not update a row twice in one
        statement) wherever the two lines were staged."""
        if self._plain:
            if self._stages:
                self._cur.execute("RELEASE SAVEPOINT ingest_new_rows")
        elif self._stages:
            union = " UNION ALL ".join(f"SELECT doc FROM {stage}" for stage in self._stages)
            source = self._stages[0] if len(self._stages) == 1 else f"({union})"
            self._cur.execute(self._rows.format(stage=source) + self._upsert, self._params)
            self.written = self._cur.rowcount
        return self.written


def _bury(cur: Any, opened: Opened, name: str, stage: str) -> None:
    """Mark the office's rows named by the tombstones staged in `stage` `deleted`."""
    cur.execute(
        f'UPDATE "{name}" t SET deleted = true, package_seq = %(seq)s '
        f"FROM {stage} s WHERE s.doc ? '{TOMBSTONE_KEY}' "
        "AND t.uuid = (s.doc->>'uuid')::uuid AND t.office_code = %(office)s",
        {"office": opened.office_code, "seq": opened.seq},
    )


class _Stager:
    """Stages and checks a large package's data files, in order, on a connection of its own,
    while the ingest's transaction writes (PostgreSQL runs one statement on one core; the two
    sessions use two). Each file goes into UNLOGGED scratch tables `ingest_stage_<name>_<n>` of
    CHUNK_ROWS rows, each committed so that the transaction can read it — scratch, never hub
    data: the package is still written, or refused, by the one transaction. The transaction
    writes each table as soon as it is staged, while the next is staged and this one checked,
    and waits for the check of the whole file before it goes on: a refused row refuses the
    package exactly as when the check ran first (see _apply). The ingest lock makes the names
    the ingest's own; they are dropped once the transaction has ended (it holds them until
    then), and any left by a process that died before staging.
    """

    def __init__(self, hub: HubDatabase, opened: Opened, names: list[str]) -> None:
        self._hub, self._opened, self._names = hub, opened, names
        # per file, in order: each staged table as it is, then the file's check; or the fault
        self._done: queue.Queue[str | _Staged | BaseException] = queue.Queue()
        self._fault: BaseException | None = None
        self._checked: _Staged | None = None
        self._made: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hub-stager", daemon=True)

    def __enter__(self) -> _Stager:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        if self._made:
            with self._hub.engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT")
                conn.execute(text(f"DROP TABLE IF EXISTS {', '.join(self._made)}"))

    def chunks(self, name: str) -> Iterator[str]:
        """The tables file `name` (the next in order) is staged in, each once it is staged."""
        while True:
            item = self._next()
            if isinstance(item, _Staged):
                assert item.name == name
                self._checked = item
                return
            yield item

    def checked(self, name: str) -> _Staged:
        """File `name` once checked (the tables not yet taken are passed over); or its fault."""
        while self._checked is None or self._checked.name != name:
            item = self._next()
            if isinstance(item, _Staged):
                self._checked = item
        return self._checked

    def _next(self) -> str | _Staged:
        if self._fault is None:
            item = self._done.get()
            if not isinstance(item, BaseException):
                return item
            self._fault = item
        raise self._fault

    def _run(self) -> None:
        try:
            with self._hub.engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT")
                _drop_leftovers(conn)
                raw = conn.connection.dbapi_connection
                for name in self._names:
                    if self._stop.is_set():
                        return
                    with raw.cursor() as cur, _refusing(self._opened, name):
                        self._done.put(self._stage_file(cur, name))
        except BaseException as exc:  # handed to the transaction, which raises it
            self._done.put(exc)

    def _stage_file(self, cur: Any, name: str) -> _Staged:
        """COPY file `name` into tables of CHUNK_ROWS lines, handing each over once committed
        and checking it while the next is staged; the file's check (see _copy)."""
        opened, blocks = self._opened, iter(self._opened.blocks(name))
        tables: list[str] = []
        parts: list[_Counts] = []
        lines, rest = 0, b""
        while rest or (rest := next(blocks, b"")):
            stage = _scratch(name, len(tables))
            self._made.append(stage)
            cur.execute(
                f"CREATE UNLOGGED TABLE {stage} (doc jsonb NOT NULL) "
                "WITH (autovacuum_enabled = false)"
            )
            count, maybe_hidden, tail = 0, False, b""
            with cur.copy(f"COPY {stage} (doc) FROM STDIN") as copy:
                while rest and count < CHUNK_ROWS:
                    room = CHUNK_ROWS - count
                    if rest.count(b"\n") >= room:  # the chunk ends in this block
                        cut = _after_newline(rest, room)
                        piece, rest = rest[:cut], rest[cut:]
                    else:
                        piece, rest = rest, next(blocks, b"")
                    count += piece.count(b"\n")
                    if not maybe_hidden:  # a sign never spans lines, so never chunks
                        maybe_hidden = _may_hide(tail + piece)
                        tail = piece[-_LONGEST_SIGN:]
                    copy.write(piece.replace(b"\\", b"\\\\"))
            lines += count
            tables.append(stage)
            self._done.put(stage)
            parts.append(_counts(cur, opened, name, stage, maybe_hidden))
        opened.check_count(name, lines)
        return _verdict(opened, name, parts, tuple(tables))


def _drop_leftovers(conn: Connection) -> None:
    """Drop the scratch tables an ingest left when its process died (the ingest lock, held
    by the transaction this stager serves, means no other ingest is using any)."""
    left = conn.execute(
        text(
            "SELECT quote_ident(tablename) FROM pg_tables "
            r"WHERE schemaname = current_schema() AND tablename LIKE 'ingest\_stage\_%'"
        )
    ).scalars()
    for table in list(left):
        conn.execute(text(f"DROP TABLE IF EXISTS {table}"))


@contextlib.contextmanager
def _refusing(opened: Opened, name: str) -> Iterator[None]:
    """A database error over the rows of `name` refuses the package (bad_rows) naming it."""
    try:
        yield
    except (DBAPIError, psycopg.Error) as exc:
        orig = exc.orig if isinstance(exc, DBAPIError) else exc
        detail = str(orig).splitlines()[0][:200] if orig else "数据库拒绝"
        raise PackageRefused(
            "bad_rows", sha256=opened.sha256, entry=name, line=0, detail=detail
        ) from exc


def _bad(opened: Opened, name: str, detail: str) -> PackageRefused:
    return PackageRefused(
        "bad_rows", sha256=opened.sha256, entry=opened.entry(name), line=0, detail=detail
    )


def _created_at(manifest: dict[str, Any], default: dt.datetime) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(str(manifest["created_at"])).replace(tzinfo=None)
    except ValueError:
        return default


def _record(conn: Connection, opened: Opened, rows: int) -> None:
    manifest = opened.manifest
    now = clock.now()
    conn.execute(
        insert(hub_packages).values(
            office_code=opened.office_code,
            seq=opened.seq,
            sha256=opened.sha256,
            created_at=_created_at(manifest, now),
            received_at=now,
            full=bool(manifest.get("full")),
            rows=rows,
            counts=manifest.get("counts") or {},
        )
    )
    conn.execute(
        update(hub_offices)
        .where(hub_offices.c.code == opened.office_code)
        .values(last_seq=opened.seq, last_sha256=opened.sha256, last_received_at=now)
    )
    if manifest.get("full") is True:  # a full package ends a resync the hub ordered
        conn.execute(delete(hub_meta).where(hub_meta.c.key == resync_key(opened.office_code)))
