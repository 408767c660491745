"""Plan catalogues: the schema check, loading versions into the database, the catalogue in force.

Every number of the programme (premiums, shares, ages, terms, ratios) is catalogue data
(docs/domain.md §2). A catalogue version is stored once with its SHA-256 and document and is never
changed: enrollments remember the version they used, so a newer catalogue (later: from a return
package) never changes an existing coverage. Catalogues shipped with the desk live in
`resources/plans/*.json` and are loaded at init by `ensure_catalogue`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app import audit, clock
from app.auth import SYSTEM, Action, Actor, require
from app.errors import NotFound, RejectedInput, found
from app.i18n import Message, msg
from models import Catalogue, Plan
from models.enums import Gender, JournalOp, PlanKind

SHIPPED_DIR = Path(__file__).resolve().parent.parent / "resources" / "plans"
FORMAT = 1

_PLAN_INT_FIELDS = (
    "premium_per_share",
    "max_shares",
    "term_months",
    "waiting_days",
    "min_age",
    "max_age",
)
_RULE_DECIMALS = ("participation_ratio", "female_ratio")
_RULE_INTS = ("small_unit_headcount", "renewal_gap_days")


@dataclass(frozen=True)
class PlanSpec:
    code: str
    name: str
    kind: PlanKind
    requires: tuple[str, ...]
    premium_per_share: int  # fen
    premium_high_risk: int | None
    max_shares: int
    term_months: int
    waiting_days: int
    min_age: int
    max_age: int
    gender: Gender | None
    claim_kinds: tuple[str, ...]
    benefit: dict[str, Any]

    @property
    def is_main(self) -> bool:
        return self.kind is PlanKind.MAIN


@dataclass(frozen=True)
class CatalogueRules:
    participation_ratio: Decimal  # main plan: enrolled / headcount
    small_unit_headcount: int  # a unit below this enrols everyone
    female_ratio: Decimal  # sex-limited plan: enrolled women / female headcount
    renewal_gap_days: int  # same plan ended at most this long before: renewal, no wait


@dataclass(frozen=True)
class CatalogueSpec:
    version: str
    name: str
    valid_from: dt.date
    valid_to: dt.date
    rules: CatalogueRules
    plans: dict[str, PlanSpec]  # in catalogue order
    raw_rules: dict[str, Any]  # the whole `rules` block (claims read their keys from it)

    def plan(self, code: str) -> PlanSpec:
        try:
            return self.plans[code]
        except KeyError:
            raise RejectedInput(
                msg(
                    "保障计划目录 {v} 中没有代码为 {c} 的计划；可选：{codes}。",
                    v=self.version,
                    c=code,
                    codes="、".join(self.plans),
                ),
                field="plans",
            ) from None


@dataclass(frozen=True)
class LoadedCatalogue:
    version: str
    sha256: str
    plans: int
    created: bool


def _bad(message: Message) -> RejectedInput:
    return RejectedInput(message, field="catalogue")


def _need(block: dict[str, Any], key: str, where: str) -> Any:
    if key not in block:
        raise _bad(msg("{where}缺少字段 {k}", where=where, k=key))
    return block[key]


def _int(block: dict[str, Any], key: str, where: str, *, minimum: int = 0) -> int:
    value = _need(block, key, where)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise _bad(
            msg(
                "{where}的字段 {k} 应为不小于 {m} 的整数，现为 {v!r}",
                where=where,
                k=key,
                m=minimum,
                v=value,
            )
        )
    return value


def _decimal(block: dict[str, Any], key: str, where: str) -> Decimal:
    value = _need(block, key, where)
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        number = Decimal(-1)
    if isinstance(value, float) or not 0 <= number <= 1:
        raise _bad(
            msg(
                '{where}的字段 {k} 应为 0 到 1 之间的小数字符串（如 "0.80"），现为 {v!r}',
                where=where,
                k=key,
                v=value,
            )
        )
    return number


def _date(block: dict[str, Any], key: str, where: str) -> dt.date:
    value = _need(block, key, where)
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise _bad(
            msg("{where}的字段 {k} 应为 YYYY-MM-DD 日期，现为 {v!r}", where=where, k=key, v=value)
        ) from None


def _plan(block: Any, index: int) -> PlanSpec:
    if not isinstance(block, dict):
        raise _bad(msg("目录的第 {i} 个计划不是对象", i=index + 1))
    code = block.get("code")
    if not isinstance(code, str) or not code.isalnum() or len(code) > 8:
        raise _bad(msg("目录的第 {i} 个计划缺少字段 code（1–8 位字母数字）", i=index + 1))
    where = f"计划 {code} "
    ints = {
        key: _int(block, key, where, minimum=1 if key in ("max_shares", "term_months") else 0)
        for key in _PLAN_INT_FIELDS
    }
    if ints["min_age"] > ints["max_age"]:
        raise _bad(msg("{where}的 min_age 大于 max_age", where=where))
    kind = _need(block, "kind", where)
    if kind not in {k.value for k in PlanKind}:
        raise _bad(msg("{where}的字段 kind 只能是 main 或 rider，现为 {v!r}", where=where, v=kind))
    gender = _need(block, "gender", where)
    if gender not in (None, "M", "F"):
        raise _bad(
            msg('{where}的字段 gender 只能是 null、"M" 或 "F"，现为 {v!r}', where=where, v=gender)
        )
    requires = _need(block, "requires", where)
    benefit = _need(block, "benefit", where)
    if not isinstance(benefit, dict) or "type" not in benefit:
        raise _bad(msg("{where}的字段 benefit 应为带 type 的对象", where=where))
    high_risk = block.get("premium_high_risk")
    if high_risk is not None:
        high_risk = _int(block, "premium_high_risk", where)
    name = _need(block, "name", where)
    return PlanSpec(
        code=code,
        name=str(name),
        kind=PlanKind(kind),
        requires=tuple(requires),
        premium_high_risk=high_risk,
        gender=Gender(gender) if gender else None,
        claim_kinds=tuple(_need(block, "claim_kinds", where)),
        benefit=benefit,
        **ints,
    )


def parse_catalogue(text: str) -> CatalogueSpec:
    """Check a catalogue document against the schema and return it as plain values.

    Raises RejectedInput naming the bad field and the plan, e.g. "计划 JT 缺少字段 max_shares".
    """
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _bad(msg("保障计划目录不是有效的 JSON（第 {line} 行）", line=exc.lineno)) from None
    if not isinstance(doc, dict):
        raise _bad(msg("保障计划目录应为 JSON 对象"))
    where = "保障计划目录"
    if _need(doc, "format", where) != FORMAT:
        raise _bad(
            msg(
                "{where}的格式版本 {v!r} 不受支持（本程序支持 {f}），请升级程序",
                where=where,
                v=doc["format"],
                f=FORMAT,
            )
        )
    rules_block = _need(doc, "rules", where)
    rules = CatalogueRules(
        **{k: _decimal(rules_block, k, "目录规则 ") for k in _RULE_DECIMALS},
        **{k: _int(rules_block, k, "目录规则 ") for k in _RULE_INTS},
    )
    plans = [_plan(block, i) for i, block in enumerate(_need(doc, "plans", where))]
    by_code = {p.code: p for p in plans}
    if len(by_code) != len(plans):
        raise _bad(msg("{where}中有重复的计划代码", where=where))
    for plan in plans:
        for needed in plan.requires:
            if needed not in by_code or not by_code[needed].is_main:
                raise _bad(
                    msg(
                        "{where}的字段 requires 引用了不存在的主险 {c}",
                        where=f"计划 {plan.code} ",
                        c=needed,
                    )
                )
        if not plan.is_main and not plan.requires:
            raise _bad(
                msg("{where}是副险，字段 requires 须指明所依附的主险", where=f"计划 {plan.code} ")
            )
    valid_from, valid_to = _date(doc, "valid_from", where), _date(doc, "valid_to", where)
    if valid_to < valid_from:
        raise _bad(msg("{where}的 valid_to 早于 valid_from", where=where))
    return CatalogueSpec(
        version=str(_need(doc, "version", where)),
        name=str(_need(doc, "name", where)),
        valid_from=valid_from,
        valid_to=valid_to,
        rules=rules,
        plans=by_code,
        raw_rules=dict(rules_block),
    )


def load_catalogue(session: Session, actor: Actor, *, text: str) -> LoadedCatalogue:
    """Store a catalogue version and its plans (audited, journalled for sync).

    Loading the same version with the same content again is a no-op; the same version with
    different content is refused, because enrollments already point at the stored one.
    """
    require(actor, Action.MANAGE_SETTINGS)
    spec = parse_catalogue(text)
    sha = hashlib.sha256(text.encode()).hexdigest()
    existing = session.get(Catalogue, spec.version)
    if existing is not None:
        if existing.sha256 != sha:
            raise RejectedInput(
                msg(
                    "保障计划目录版本 {v} 已存在且内容不同；新目录须使用新的版本号。",
                    v=spec.version,
                ),
                field="version",
            )
        return LoadedCatalogue(spec.version, sha, len(spec.plans), created=False)
    session.add(
        Catalogue(
            version=spec.version, name=spec.name, sha256=sha, document=text, loaded_at=clock.now()
        )
    )
    session.flush()
    session.execute(insert(Plan), [_plan_row(spec, p) for p in spec.plans.values()])
    audit.record(
        session,
        actor.username,
        "catalogue.load",
        entity="catalogues",
        entity_id=spec.version,
        details={"sha256": sha, "plans": list(spec.plans)},
        journal=JournalOp.INSERT,
    )
    return LoadedCatalogue(spec.version, sha, len(spec.plans), created=True)


def _plan_row(spec: CatalogueSpec, plan: PlanSpec) -> dict[str, Any]:
    return dict(
        catalogue_version=spec.version,
        code=plan.code,
        name=plan.name,
        kind=plan.kind,
        requires=list(plan.requires),
        premium_per_share=plan.premium_per_share,
        premium_high_risk=plan.premium_high_risk,
        max_shares=plan.max_shares,
        term_months=plan.term_months,
        waiting_days=plan.waiting_days,
        min_age=plan.min_age,
        max_age=plan.max_age,
        gender=plan.gender,
        benefit=plan.benefit,
        valid_from=spec.valid_from,
        valid_to=spec.valid_to,
    )


def ensure_catalogue(session: Session) -> list[LoadedCatalogue]:
    """Load every catalogue shipped in resources/plans that the database does not hold yet."""
    return [
        load_catalogue(session, SYSTEM, text=path.read_text(encoding="utf-8"))
        for path in sorted(SHIPPED_DIR.glob("*.json"))
    ]


_cache: dict[tuple[str, str], CatalogueSpec] = {}


def catalogue_version(session: Session, version: str) -> CatalogueSpec:
    """The stored catalogue `version` (parsed once per content hash)."""
    row = found(session.get(Catalogue, version), msg("没有版本为 {v} 的保障计划目录。", v=version))
    key = (row.version, row.sha256)
    if key not in _cache:
        _cache[key] = parse_catalogue(row.document)
    return _cache[key]


def effective_catalogue(session: Session, day: dt.date) -> CatalogueSpec:
    """The catalogue in force on `day`.

    The one whose validity covers the day wins (the latest loaded if several); when the hub has
    not sent next year's catalogue yet, the latest one that started before the day stays in force.
    """
    rows = session.execute(select(Catalogue.version, Catalogue.loaded_at)).all()
    specs = [catalogue_version(session, version) for version, _ in sorted(rows, key=lambda r: r[1])]
    covering = [s for s in specs if s.valid_from <= day <= s.valid_to]
    if covering:
        return covering[-1]
    started = [s for s in specs if s.valid_from <= day]
    if started:
        return max(started, key=lambda s: s.valid_from)
    raise NotFound(
        msg("没有适用于 {d} 的保障计划目录；请先导入省办事处下发的计划目录。", d=day.isoformat())
    )


def list_plans(session: Session, *, day: dt.date | None = None) -> CatalogueSpec:
    """The catalogue in force today (or on `day`), for `plan list` and the wizard."""
    return effective_catalogue(session, day or clock.today())
