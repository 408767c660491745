"""Registering many members of one unit at once (roster import, `huzhu member` batches): all or
nothing, written column by column `INSERT_CHUNK` rows at a time, one journal row per member and a
single audit record for the batch, in the caller's transaction.

`bulk_add_members` checks every row itself; `register_checked` is the roster importer's path for
rows it has already checked and looked up. The single-member services live in `app.members`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from sqlalchemy.orm import Session

from app import audit, clock
from app.auth import Action, Actor, require
from app.bulk import INSERT_CHUNK, HexIds, insert_journalled, new_ids
from app.errors import RejectedInput, ValidationFailed
from app.i18n import msg
from app.members import (
    STORED_FIELDS,
    MemberFields,
    active_unit,
    checked_fields,
    duplicate_error,
    registered_units,
)
from app.office import self_office
from app.pinyin import initials
from models import Member, Unit
from models.enums import MemberStatus

Progress = Callable[[int, int], None]


def _column_lists(rows: Sequence[MemberFields]) -> dict[str, list[Any]]:
    """`_columns` of many members, column by column (no dict per member)."""
    columns = {name: list(map(attrgetter(name), rows)) for name in STORED_FIELDS}
    known: dict[str, str] = {}  # names repeat (王伟, 李娜 …): each spelled out once
    columns["name_initials"] = [
        known[name] if name in known else known.setdefault(name, initials(name))
        for name in columns["name"]
    ]
    return columns


def _at_row(error: RejectedInput, row: int) -> RejectedInput:
    return RejectedInput(
        msg("第 {row} 行：{problem}", row=row, problem=error.message),
        field=error.field,
        row=row,
    )


def bulk_add_members(
    session: Session,
    actor: Actor,
    *,
    unit_uuid: uuid.UUID,
    rows: Sequence[MemberFields],
    first_row: int = 1,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[uuid.UUID]:
    """Register many members of one unit at once (roster import): all or nothing.

    Every row is validated first; if any row is wrong, ValidationFailed lists every problem
    (each with its row number `first_row + index` and field) and nothing is written. Then one
    bulk insert, one journal row per member and a single audit record for the batch. Returns
    the new members' UUIDs in row order. Cancelling (`cancelled()` true) raises RejectedInput.
    """
    require(actor, Action.EDIT_MEMBERS)
    unit = active_unit(session, unit_uuid)
    today, total = clock.today(), len(rows)
    problems: list[RejectedInput] = []
    valid: list[tuple[int, MemberFields]] = []
    first_seen: dict[str, int] = {}
    for index, data in enumerate(rows):
        row = first_row + index
        if index % 1000 == 0:
            _tick(progress, cancelled, index, total)
        try:
            fields = checked_fields(data, today=today)
        except RejectedInput as exc:
            problems.append(_at_row(exc, row))
            continue
        number = fields.id_number
        if number in first_seen:
            problems.append(
                RejectedInput(
                    msg(
                        "第 {row} 行：证件号码 {n} 与第 {other} 行重复。",
                        row=row,
                        n=number,
                        other=first_seen[number],
                    ),
                    field="id_number",
                    row=row,
                )
            )
            continue
        first_seen[number] = row
        valid.append((row, fields))
    taken = registered_units(session, first_seen)
    problems += [
        _at_row(duplicate_error(f.id_number, taken[f.id_number]), r)
        for r, f in valid
        if f.id_number in taken
    ]
    if problems:
        problems.sort(key=lambda p: p.row or 0)
        raise ValidationFailed(
            msg("{n} 处问题，全部未写入，请改正后重新提交：", n=len(problems)), problems
        )
    _tick(progress, cancelled, total, total)
    return _insert_members(session, actor, unit, [f for _, f in valid])


def register_checked(
    session: Session,
    actor: Actor,
    *,
    unit_uuid: uuid.UUID,
    rows: Sequence[MemberFields],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[uuid.UUID]:
    """Register many members of one unit whose fields the caller has already checked
    (`checked_fields`) and looked up in this transaction: distinct ID numbers, none on the desk.

    The roster importer's path: it checks every row itself, with messages naming the Excel row
    and cell, so checking again here would only repeat ~1 s of work for 50,000 rows (the
    database's unique ID number still refuses a duplicate). Writes as `bulk_add_members` does
    and returns the new UUIDs in row order; cancelling raises RejectedInput.
    """
    require(actor, Action.EDIT_MEMBERS)
    unit = active_unit(session, unit_uuid)
    total = len(rows)
    _tick(progress, cancelled, 0, total)
    return _insert_members(
        session, actor, unit, rows, lambda done: _tick(progress, cancelled, done, total)
    )


def _insert_members(
    session: Session,
    actor: Actor,
    unit: Unit,
    rows: Sequence[MemberFields],
    tick: Callable[[int], None] | None = None,
) -> list[uuid.UUID]:
    """Bulk inserts of checked members, column by column and `INSERT_CHUNK` at a time (what a
    batch holds while it is written stays small), their journal rows, one audit record."""
    now = clock.now()
    shared = {
        "office_code": self_office(session).code, "unit_uuid": unit.uuid,
        "status": MemberStatus.ACTIVE, "created_at": now, "updated_at": now,
    }  # fmt: skip
    # handed out in ascending order: the primary key index fills front to back, not all over
    every_id = sorted(new_ids(len(rows)))
    uuids: list[uuid.UUID] = []
    for start in range(0, len(rows), INSERT_CHUNK):
        chunk = rows[start : start + INSERT_CHUNK]
        ids = HexIds(every_id[start : start + INSERT_CHUNK])
        insert_journalled(session, Member, ids, {**shared, **_column_lists(chunk)})
        uuids += map(uuid.UUID, ids)
        if tick is not None:
            tick(len(uuids))
    audit.record(
        session,
        actor.username,
        "member.bulk_add",
        entity="units",
        entity_id=unit.uuid,
        details={"unit": unit.name, "members": len(uuids)},
    )
    return uuids


def _tick(
    progress: Progress | None, cancelled: Callable[[], bool] | None, done: int, total: int
) -> None:
    if cancelled is not None and cancelled():
        raise RejectedInput(msg("操作已取消，未写入任何数据。"))
    if progress is not None:
        progress(done, total)
