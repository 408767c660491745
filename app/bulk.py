"""Bulk writes for thousands of rows in the caller's transaction (enrolment, member registration).

The summary audit record of a batch is written by the caller; these only insert rows. A batch
is given column by column (`insert_columns`) where the caller has it that way — a value every
row shares is converted once, not once per row — or as row dicts (`bulk_insert`). `select_rows`
is the read side: tens of thousands of rows without a Row object each.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import repeat
from typing import Any

from sqlalchemy import Connection, Select
from sqlalchemy.orm import Session

from app import clock
from models import JournalEntry
from models.enums import JournalOp

# Rows a batch writes at a time (members, coverages): what it holds while written stays small.
INSERT_CHUNK = 5000

_VERSION_MASK = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_VERSION_4 = (0x4000 << 64) | (0x8000 << 48)


class HexIds(list[str]):
    """New random UUIDs as 32 lowercase hex digits, the form SQLite rows keep them in: rows that
    nobody reads back as objects (a batch's coverages) skip making 100,000 `uuid.UUID`s."""


def new_ids(count: int) -> HexIds:
    """`count` version-4 UUIDs (as `uuid.uuid4()` makes them, from os.urandom) in a third of
    the time, as HexIds."""
    raw, from_bytes = os.urandom(16 * count), int.from_bytes
    return HexIds(
        f"{from_bytes(raw[i : i + 16], 'big') & _VERSION_MASK | _VERSION_4:032x}"
        for i in range(0, 16 * count, 16)
    )


def insert_columns(
    session: Session, model: type[Any], count: int, columns: Mapping[str, Any]
) -> None:
    """Insert `count` rows given by column: a list holds one value per row, any other value
    is every row's. Every NOT NULL column without a default must be named.

    On SQLite each value goes through its column type's own bind processor (a shared value
    once) and the rows, made one by one, to the driver's executemany: exactly the stored
    formats SQLAlchemy uses at a fraction of its per-row parameter handling. Other databases
    take the Core executemany path.
    """
    if count == 0:
        return
    for name, value in columns.items():
        if isinstance(value, list) and len(value) != count:
            raise ValueError(f"{model.__name__}.{name}: {len(value)} values for {count} rows")
    table, conn = model.__table__, session.connection()
    names = list(columns)
    if conn.dialect.name != "sqlite":
        values = [_as_objects(v) for v in columns.values()]
        conn.execute(
            table.insert(), [dict(zip(names, row, strict=True)) for row in _rows(values, count)]
        )
        return
    values = []
    for name, value in columns.items():
        process = table.c[name].type._cached_bind_processor(conn.dialect)
        if isinstance(value, HexIds) or process is None:
            values.append(value)
        elif isinstance(value, list):
            values.append(list(map(_memo(process) if value[0] == value[-1] else process, value)))
        else:
            values.append(process(value))
    marks = ", ".join("?" * len(names))
    # the driver's own cursor takes the rows as they are made: no list of them all is held
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(
            f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})",
            _rows(values, count),
        )
    finally:
        cursor.close()


def select_rows(session: Session, query: Select[Any]) -> list[tuple[Any, ...]]:
    """The rows of a Core `query` as plain tuples, each column converted by its own type's
    result processor once per distinct value: for 50,000 members (a few thousand birth dates,
    two sexes, two statuses) SQLAlchemy's per-row Row objects cost as much as the query."""
    conn = session.connection()
    result = conn.execute(query)
    try:
        rows = result.cursor.fetchall()
    finally:
        result.close()
    if not rows:
        return []
    columns: list[Any] = list(zip(*rows, strict=True))
    for i, column in enumerate(query.selected_columns):
        process = column.type._cached_result_processor(conn.dialect, None)
        if process is not None:
            converted: dict[Any, Any] = {}
            columns[i] = [
                converted[v] if v in converted else converted.setdefault(v, process(v))
                for v in columns[i]
            ]
    return list(zip(*columns, strict=True))


def bulk_insert(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> None:
    """Insert many rows, each a dict naming the same columns, in the session's transaction
    (see `insert_columns`). Callers journal and audit the batch themselves."""
    if rows:
        insert_columns(session, model, len(rows), {n: [r[n] for r in rows] for n in rows[0]})


def _rows(values: list[Any], count: int) -> Iterator[tuple[Any, ...]]:
    return zip(*(v if isinstance(v, list) else repeat(v, count) for v in values), strict=True)


def _as_objects(value: Any) -> Any:
    return [uuid.UUID(h) for h in value] if isinstance(value, HexIds) else value


def _memo(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A bind processor that converts each distinct value once: a batch repeats its dates,
    enrollment and enum values on every row."""
    done: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        try:
            converted = done.get(value, done)
        except TypeError:  # unhashable (JSON)
            return process(value)
        if converted is done:
            converted = process(value)
            if len(done) < 64:  # a column of mostly distinct values would only fill it
                done[value] = converted
        return converted

    return convert


def journal_rows(
    session: Session, entity: str, uuids: Iterable[uuid.UUID] | HexIds, op: JournalOp
) -> None:
    """Change-journal rows for a batch (the summary audit record is written by the caller)."""
    if isinstance(uuids, HexIds):
        ids = [f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}" for h in uuids]
    else:
        ids = [str(u) for u in uuids]
    columns = {"entity": entity, "uuid": ids, "op": op, "at": clock.now()}
    insert_columns(session, JournalEntry, len(ids), columns)


def insert_journalled(
    session: Session, model: type[Any], ids: HexIds, columns: Mapping[str, Any]
) -> None:
    """Insert new rows of `model` whose UUIDs are `ids`, the other columns as `insert_columns`
    takes them, and their change-journal rows ('insert'), in the caller's transaction."""
    since = last_rowid(session, model)
    insert_columns(session, model, len(ids), {"uuid": ids, **columns})
    journal_inserted(session, model, ids, since)


def last_rowid(session: Session, model: type[Any]) -> int:
    """The highest rowid of `model`'s SQLite table (0 when empty, or on another database): a
    row inserted later gets a higher one, so `journal_inserted` can find a batch by it."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return 0
    found = conn.exec_driver_sql(f"SELECT max(rowid) FROM {model.__tablename__}").scalar()
    return int(found or 0)


def journal_inserted(session: Session, model: type[Any], ids: HexIds, since: int) -> None:
    """Journal rows ('insert', entity = table name) for the batch `ids` just inserted into
    `model`'s table after rowid `since` (see `last_rowid`), in the order written.

    On SQLite one INSERT … SELECT reads the new rows' stored hex back and writes the journal's
    dashed form itself: a third less CPU than sending 100,000 journal rows from Python. A table
    holding other new rows than `ids` is refused (ValueError; the caller's transaction rolls
    back). Other databases get `journal_rows`.
    """
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        journal_rows(session, model.__tablename__, ids, JournalOp.INSERT)
        return
    table, journal = model.__tablename__, JournalEntry.__table__
    op, at = _stored(conn, journal.c.op, JournalOp.INSERT), _stored(conn, journal.c.at, clock.now())
    dashed = "||'-'||".join(f"substr(uuid, {a}, {n})" for a, n in _UUID_GROUPS)
    done = conn.exec_driver_sql(
        f"INSERT INTO {journal.name} (entity, uuid, op, at) SELECT ?, {dashed}, ?, ? "
        f"FROM {table} WHERE rowid > ? ORDER BY rowid",
        (table, op, at, since),
    ).rowcount
    if done != len(ids):
        raise ValueError(f"{table}: {done} new rows after rowid {since}, {len(ids)} expected")


_UUID_GROUPS = ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))


def _stored(conn: Connection, column: Any, value: Any) -> Any:
    process = column.type._cached_bind_processor(conn.dialect)
    return process(value) if process else value
