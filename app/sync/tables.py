"""Which tables travel in office packages, and how one row is written as JSON.

The wire form of a row is independent of the database (docs/sync-format.md §4): UUIDs as
hyphenated lower-case strings, dates `YYYY-MM-DD`, times `YYYY-MM-DDTHH:MM:SS[.ffffff]`, booleans
as JSON booleans, JSON columns as JSON values, money as integer fen. The desk has SQLite write
each row's JSON itself (`json_object`, no ORM objects: an export of 100k rows must stay far under
its 3 s budget), converting only the columns whose stored form differs from the wire form.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Column, Connection, DateTime, Table, Uuid

from models import (
    Certificate,
    Claim,
    ClaimEvent,
    Coverage,
    Enrollment,
    HealthAttendance,
    HealthEvent,
    HealthOffer,
    HealthPartner,
    Member,
    Payment,
    Unit,
)

# Dependency order: a hub that wants to check references can apply files in this order.
SYNC_MODELS = (
    *(Unit, Member, Enrollment, Coverage, Payment, Claim, ClaimEvent, Certificate),
    *(HealthPartner, HealthOffer, HealthEvent, HealthAttendance),  # issue 11
)
SYNC_TABLES: dict[str, Table] = {m.__tablename__: m.__table__ for m in SYNC_MODELS}  # type: ignore[misc]
TOMBSTONE_KEY = "_deleted"

_UUID_SQL = (
    "substr({c},1,8)||'-'||substr({c},9,4)||'-'||substr({c},13,4)||'-'||substr({c},17,4)"
    "||'-'||substr({c},21)"
)


def _wire_sql(column: Column[Any]) -> str:
    """The SQL expression giving `column` in its wire form inside json_object()."""
    name, kind = f'"{column.name}"', column.type
    if isinstance(kind, Uuid):
        return _UUID_SQL.format(c=name)
    if isinstance(kind, Boolean):
        return (
            f"json(CASE WHEN {name} IS NULL THEN 'null' WHEN {name} THEN 'true' ELSE 'false' END)"
        )
    if isinstance(kind, JSON):
        return f"json({name})"
    if isinstance(kind, DateTime):
        return f"replace({name}, ' ', 'T')"
    return name


def _select_sql(table: Table) -> str:
    pairs = ", ".join(f"'{c.name}', {_wire_sql(c)}" for c in table.columns)
    return f'SELECT "{table.name}".uuid, json_object({pairs}) FROM "{table.name}"'


def json_lines(
    conn: Connection, table: Table, wanted: set[str] | None
) -> tuple[list[str], set[str]]:
    """(JSON Lines of the rows, their UUIDs as stored) — every row, or those in `wanted`.

    SQLite writes the JSON itself (json_object), so an export of 100k rows costs little Python;
    `wanted` holds UUIDs as SQLite stores them (32 lower-case hex digits, `stored_key`).
    """
    cur = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        if wanted is None:
            rows = cur.execute(_select_sql(table)).fetchall()
        else:
            rows = _wanted_rows(cur, table, wanted)
    finally:
        cur.close()
    return [r[1] for r in rows], {r[0] for r in rows}


def stored_key(text: str) -> str:
    """The stored form (32 hex digits) of a UUID written as text (the journal's form)."""
    return text.replace("-", "").lower()


def _wanted_rows(cur: Any, table: Table, keys: set[str]) -> list[Any]:
    """A large share of the table is read by one scan filtered in Python; a few rows by key
    through a temporary table (no statement-length limits, one indexed join)."""
    if not keys:
        return []
    total = cur.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
    if len(keys) * 4 >= total:
        return [r for r in cur.execute(_select_sql(table)) if r[0] in keys]
    cur.execute("CREATE TEMP TABLE IF NOT EXISTS sync_wanted (k TEXT PRIMARY KEY)")
    cur.execute("DELETE FROM sync_wanted")
    cur.executemany("INSERT OR IGNORE INTO sync_wanted (k) VALUES (?)", [(k,) for k in keys])
    sql = f"{_select_sql(table)} WHERE uuid IN (SELECT k FROM sync_wanted)"
    rows = cur.execute(sql).fetchall()
    cur.execute("DELETE FROM sync_wanted")
    return rows
