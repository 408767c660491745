"""Yearly targets the province sets for an office (下指标), sent in the office's next return package.

The hub keeps one row per office and year in `hub_targets`; setting targets again before they
were sent merges into it, after they were sent it starts a new message (new `uuid`). Values are
checked here with the desk's own rules (`app.reports.targets`), so a desk never has to refuse
what the hub sent; on the desk they go through `apply_targets(..., source="hub")`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.postgresql import insert as pg_insert

from app import clock
from app.errors import NotFound, RejectedInput
from app.hub.registry import hub_keys
from app.hub.schema import hub_offices, hub_targets
from app.i18n import msg
from app.reports.targets import TARGET_LABELS, parse_target


@dataclass(frozen=True)
class TargetsSet:
    office_code: str
    year: int
    targets: dict[str, Any]  # everything waiting to be sent for that year, wire form


def set_targets(
    conn: Connection, *, office: str, year: int, values: dict[str, Any], set_by: str
) -> TargetsSet:
    """Record targets for `office` and `year`; they go out with the office's next return.

    Fields not given keep what is waiting to be sent (or, on the desk, what the desk holds).
    NotFound for an unregistered office; RejectedInput naming the bad field or year.
    """
    hub_keys(conn)  # initialised, and the schema has hub_targets
    if conn.scalar(select(hub_offices.c.code).where(hub_offices.c.code == office)) is None:
        raise NotFound(msg("代办处 {c} 尚未登记。", c=office))
    if not 2000 <= year <= 2100:
        raise RejectedInput(msg("年度“{y}”不对。", y=year), field="year")
    given = {k: v for k, v in values.items() if v is not None and v != ""}
    if not given:
        raise RejectedInput(msg("请至少给出一项指标。"), field="targets")
    wire = {name: _wire(name, value) for name, value in given.items()}
    waiting = conn.execute(
        select(hub_targets.c.targets)
        .where(
            hub_targets.c.office_code == office,
            hub_targets.c.year == year,
            hub_targets.c.returned_seq.is_(None),
        )
        .with_for_update()
    ).scalar()
    merged = {**(waiting or {}), **wire}
    row = {"uuid": uuid.uuid4(), "targets": merged, "set_by": set_by, "set_at": clock.now()}
    conn.execute(
        pg_insert(hub_targets)
        .values(office_code=office, year=year, **row)
        .on_conflict_do_update(
            index_elements=[hub_targets.c.office_code, hub_targets.c.year],
            set_={**row, "returned_seq": None},
        )
    )
    return TargetsSet(office, year, merged)


def _wire(name: str, value: Any) -> str | int:
    """The value as it travels: the coverage rate as decimal text (e.g. "60.5"), counts as int."""
    if name not in TARGET_LABELS:
        raise RejectedInput(msg("没有名为“{k}”的指标。", k=name), field=name)
    parsed = parse_target(name, value)
    return str(parsed) if name == "coverage_rate" else int(parsed)  # type: ignore[arg-type]
