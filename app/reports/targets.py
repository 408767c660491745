"""Yearly targets the office is given (下指标、定任务): coverage rate, new units, members, gift
enrollments for 八大群体 and the area's workforce (the base of the coverage rate).

Stored as one `settings` row per year (key `targets/YYYY`, a JSON object), so no schema change
and they travel with backups. `set_targets` is the office's own edit (supervisor/admin);
`apply_targets` is the one write path, also for targets the hub sends in a return package.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from app import audit
from app.auth import Action, Actor, require
from app.errors import RejectedInput
from app.i18n import msg
from models import Setting

SOURCES = ("desk", "hub")
TARGET_LABELS = {
    "coverage_rate": "职工覆盖率目标（%）",
    "new_units": "新增参保单位目标（家）",
    "members": "参保人数目标（人）",
    "gift_members": "八大群体赠送目标（人）",
    "area_workforce": "辖区职工总数（人）",
}


@dataclass(frozen=True)
class Targets:
    coverage_rate: Decimal | None = None  # percent
    new_units: int | None = None
    members: int | None = None
    gift_members: int | None = None
    area_workforce: int | None = None
    source: str = ""

    def as_json(self) -> dict[str, Any]:
        values = dataclasses.asdict(self)
        if self.coverage_rate is not None:
            values["coverage_rate"] = str(self.coverage_rate)
        return {k: v for k, v in values.items() if v is not None and v != ""}


def _key(year: int) -> str:
    return f"targets/{year}"


def get_targets(session: Session, year: int) -> Targets:
    """The targets set for `year`; every field None when none were set."""
    row = session.get(Setting, _key(year))
    if row is None:
        return Targets()
    value = dict(row.value)
    if value.get("coverage_rate") is not None:
        value["coverage_rate"] = Decimal(value["coverage_rate"])
    return Targets(**{k: v for k, v in value.items() if k in Targets.__dataclass_fields__})


MAX_COUNT = 100_000_000  # no area has more workers, units or members than this
_RATE = re.compile(r"[0-9]{1,3}(\.[0-9]+)?")
_COUNT = re.compile(r"[0-9]{1,9}")


def parse_target(name: str, value: Any) -> Decimal | int | None:
    """A target as typed or sent: plain digits only (no exponents, inf/NaN or signs), in range."""
    if value is None or value == "":
        return None
    label, text = TARGET_LABELS[name], str(value).strip()
    if name == "coverage_rate":
        if not _RATE.fullmatch(text) or Decimal(text) > 100:
            raise RejectedInput(
                msg("“{f}”应为 0 到 100 之间的数字，如 60.5，而不是“{t}”。", f=label, t=value),
                field=name,
            )
        return Decimal(text).quantize(Decimal("0.1"))
    if isinstance(value, bool) or not _COUNT.fullmatch(text) or int(text) > MAX_COUNT:
        raise RejectedInput(
            msg("“{f}”应为 0 到 {hi} 之间的整数，而不是“{t}”。", f=label, hi=MAX_COUNT, t=value),
            field=name,
        )
    return int(text)


def apply_targets(
    session: Session, actor: Actor, year: int, targets: dict[str, Any], source: str
) -> Targets:
    """Store the targets of `year` (fields not given keep their value). The office edits need
    `MANAGE_SETTINGS`; targets from the hub (`source="hub"`) come in through sync (`SYNC`).
    Audited (`targets.set`, old → new). Raises RejectedInput naming the bad field."""
    if source not in SOURCES:
        raise RejectedInput(msg("指标来源只能是：{v}。", v="、".join(SOURCES)), field="source")
    require(actor, Action.SYNC if source == "hub" else Action.MANAGE_SETTINGS)
    if not 2000 <= year <= 2100:
        raise RejectedInput(msg("年度“{y}”不对。", y=year), field="year")
    unknown = sorted(set(targets) - set(TARGET_LABELS))
    if unknown:
        raise RejectedInput(msg("没有名为“{k}”的指标。", k="、".join(unknown)), field=unknown[0])
    old = get_targets(session, year)
    changes = {name: parse_target(name, value) for name, value in targets.items()}
    new = dataclasses.replace(old, **changes, source=source)
    row = session.get(Setting, _key(year))
    if row is None:
        session.add(Setting(key=_key(year), value=new.as_json()))
    else:
        row.value = new.as_json()
    audit.record(
        session,
        actor.username,
        "targets.set",
        entity="settings",
        entity_id=_key(year),
        details={"old": old.as_json(), "new": new.as_json()},
    )
    return new


def set_targets(session: Session, actor: Actor, year: int, **targets: Any) -> Targets:
    """The office's own edit of its yearly targets (supervisor/admin)."""
    return apply_targets(session, actor, year, targets, "desk")
