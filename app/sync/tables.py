"""Which tables travel in office packages, and how one row is written as JSON.

The wire form of a row is independent of the database (docs/sync-format.md §4): UUIDs as
hyphenated lower-case strings, dates `YYYY-MM-DD`, times `YYYY-MM-DDTHH:MM:SS[.ffffff]`, booleans
as JSON booleans, JSON columns as JSON values, money as integer fen. The desk reads its SQLite
rows raw (no ORM objects: an export of 100k rows must take well under a second) and converts only
the columns whose raw SQLite form differs from the wire form.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, DateTime, Table, Uuid

from models import Certificate, Claim, Coverage, Enrollment, Member, Payment, Unit

# Dependency order: a hub that wants to check references can apply files in this order.
SYNC_MODELS = (Unit, Member, Enrollment, Coverage, Payment, Claim, Certificate)
SYNC_TABLES: dict[str, Table] = {m.__tablename__: m.__table__ for m in SYNC_MODELS}  # type: ignore[misc]
TOMBSTONE_KEY = "_deleted"

Converter = Callable[[Any], Any]


def _uuid(raw: Any) -> Any:
    return None if raw is None else str(uuid.UUID(hex=raw))


def _bool(raw: Any) -> Any:
    return None if raw is None else bool(raw)


def _json(raw: Any) -> Any:
    return None if raw is None else json.loads(raw)


def _datetime(raw: Any) -> Any:
    return None if raw is None else raw.replace(" ", "T", 1)


def converters(table: Table) -> list[tuple[int, str, Converter]]:
    """(position, column, converter) for the columns whose SQLite raw value needs converting."""
    out: list[tuple[int, str, Converter]] = []
    for pos, col in enumerate(table.columns):
        kind = col.type
        if isinstance(kind, Uuid):
            out.append((pos, col.name, _uuid))
        elif isinstance(kind, Boolean):
            out.append((pos, col.name, _bool))
        elif isinstance(kind, JSON):
            out.append((pos, col.name, _json))
        elif isinstance(kind, DateTime):
            out.append((pos, col.name, _datetime))
    return out


def column_names(table: Table) -> list[str]:
    return [c.name for c in table.columns]


def _select_sql(table: Table) -> str:
    cols = ", ".join(f'"{c}"' for c in column_names(table))
    return f'SELECT {cols} FROM "{table.name}"'


def _wire_rows(table: Table, raw_rows: Iterator[Sequence[Any]]) -> Iterator[dict[str, Any]]:
    names = column_names(table)
    convs = converters(table)
    for raw in raw_rows:
        row = dict(zip(names, raw, strict=True))
        for pos, name, conv in convs:
            row[name] = conv(raw[pos])
        yield row


def all_rows(conn: Connection, table: Table) -> Iterator[dict[str, Any]]:
    """Every row of a desk table in wire form (a full snapshot)."""
    return _wire_rows(table, iter(conn.exec_driver_sql(_select_sql(table))))


def rows_by_uuid(conn: Connection, table: Table, wanted: set[str]) -> Iterator[dict[str, Any]]:
    """The rows of `table` whose UUID (hyphenated text) is in `wanted`, in wire form.

    A large share of the table is read by one scan filtered in Python; a few rows by key.
    """
    if not wanted:
        return iter(())
    total = conn.exec_driver_sql(f'SELECT count(*) FROM "{table.name}"').scalar_one()
    keys = {uuid.UUID(u).hex for u in wanted}
    if len(keys) * 4 >= total:
        key = column_names(table).index("uuid")
        scan = (r for r in conn.exec_driver_sql(_select_sql(table)) if r[key] in keys)
        return _wire_rows(table, scan)
    return _wire_rows(table, _by_key(conn, table, sorted(keys)))


def _by_key(conn: Connection, table: Table, keys: list[str]) -> Iterator[Sequence[Any]]:
    chunk = 500
    for start in range(0, len(keys), chunk):
        part = keys[start : start + chunk]
        marks = ", ".join("?" * len(part))
        yield from conn.exec_driver_sql(
            f"{_select_sql(table)} WHERE uuid IN ({marks})", tuple(part)
        )
