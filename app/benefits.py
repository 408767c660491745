"""The benefit engine (docs/domain.md §4): a pure function from plan rule, cover, claim and the claims
already approved or paid in the same cover to the benefit in fen **and** its working.

Nothing here reads the database or the clock, and no plan number is written in code: every
amount, ratio and limit comes from the plan's `benefit` block of the catalogue. Money is integer
fen; products with ratios go through Decimal and are rounded half up to the fen. The working lines
are Chinese sentences the claim notice prints as they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from app.i18n import Message, msg
from app.money import yuan
from models.enums import ClaimKind

SEVERE, MILD = "重度", "轻度"
ACCIDENT_KINDS = frozenset(
    {ClaimKind.ACCIDENT_DEATH, ClaimKind.ACCIDENT_DISABILITY, ClaimKind.ACCIDENT_STAY}
)
LUMP_SUM_KINDS = frozenset({ClaimKind.CRITICAL, ClaimKind.FEMALE})
KINDS_BY_RULE_TYPE: dict[str, tuple[ClaimKind, ...]] = {
    "reimbursement": (ClaimKind.STAY,),
    "allowance": (ClaimKind.ALLOWANCE,),
    "critical": (ClaimKind.CRITICAL,),
    "lump_sum": (ClaimKind.FEMALE,),
    "accident": (
        ClaimKind.ACCIDENT_STAY,
        ClaimKind.ACCIDENT_DISABILITY,
        ClaimKind.ACCIDENT_DEATH,
    ),
}


@dataclass(frozen=True)
class CoverageFacts:
    shares: int
    start: dt.date
    end: dt.date
    waiting_until: dt.date  # the first day on which an event counts


@dataclass(frozen=True)
class ClaimFacts:
    kind: ClaimKind
    filed_on: dt.date
    admitted: dt.date | None = None
    discharged: dt.date | None = None
    settled: dt.date | None = None
    self_pay: int = 0  # 政策内个人自付, fen
    severity: str | None = None
    diagnosis: str = ""
    diagnosed: dt.date | None = None
    accident_date: dt.date | None = None
    grade: int | None = None
    days: int | None = None  # days in hospital after an accident (else from the dates)


@dataclass(frozen=True)
class EarlierClaim:
    """A claim of the same cover already approved or paid, with the amount it got (fen)."""

    kind: ClaimKind
    amount: int
    severity: str | None = None


@dataclass(frozen=True)
class WorkingLine:
    text: str


@dataclass(frozen=True)
class BenefitResult:
    amount_fen: int
    lines: list[WorkingLine]
    eligible: bool = True
    problems: list[str] = field(default_factory=list)

    @property
    def text(self) -> list[str]:
        return [line.text for line in self.lines]


def percent(ratio: Decimal) -> str:
    return f"{(ratio * 100).normalize():f}%"


def times(fen: int, ratio: Decimal) -> int:
    """fen × ratio, rounded half up to the fen."""
    return int((Decimal(fen) * ratio).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def kinds_for_rule(rule: Mapping[str, Any]) -> tuple[ClaimKind, ...]:
    return KINDS_BY_RULE_TYPE.get(str(rule.get("type")), ())


def event_date(claim: ClaimFacts) -> dt.date | None:
    """The day the cover must be active on: admission, diagnosis or accident."""
    if claim.kind in ACCIDENT_KINDS:
        return claim.accident_date
    if claim.kind in LUMP_SUM_KINDS:
        return claim.diagnosed
    return claim.admitted


def deadline_anchor(claim: ClaimFacts) -> dt.date | None:
    """The day the filing period runs from: settlement (else discharge) for stays, the diagnosis
    for lump sums, the accident for death and disability."""
    if claim.kind in LUMP_SUM_KINDS:
        return claim.diagnosed
    if claim.kind in (ClaimKind.ACCIDENT_DEATH, ClaimKind.ACCIDENT_DISABILITY):
        return claim.accident_date
    return claim.settled or claim.discharged or claim.accident_date


def add_years(day: dt.date, years: int) -> dt.date:
    """The corresponding day `years` later; 29 February falls back to the month's last day
    (民法典 第二百零二条)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def cover_problems(
    coverage: CoverageFacts, claim: ClaimFacts, *, claim_deadline_years: int
) -> list[str]:
    """Cover on the event date, waiting period and filing deadline, as Chinese sentences."""
    problems: list[str] = []
    when = event_date(claim)
    if when is None:
        return [str(msg("缺少事件日期（入院、确诊或出险日期），无法判断保障期。"))]
    if not coverage.start <= when <= coverage.end:
        problems.append(
            str(
                msg(
                    "事件日期 {d} 不在保障期 {s} 至 {e} 内。",
                    d=when,
                    s=coverage.start,
                    e=coverage.end,
                )
            )
        )
    elif claim.kind not in ACCIDENT_KINDS and when < coverage.waiting_until:
        problems.append(
            str(
                msg(
                    "事件日期 {d} 在观察期内：{w} 起发生的事件才能给付。",
                    d=when,
                    w=coverage.waiting_until,
                )
            )
        )
    anchor = deadline_anchor(claim)
    if anchor is not None:
        last = add_years(anchor, claim_deadline_years)
        if claim.filed_on > last:
            problems.append(
                str(
                    msg(
                        "申请日期 {f} 已超过申请时限：应在 {a} 起 {n} 年内（最迟 {last}）提出。",
                        f=claim.filed_on,
                        a=anchor,
                        n=claim_deadline_years,
                        last=last,
                    )
                )
            )
    return problems


def compute_benefit(
    rule: Mapping[str, Any],
    coverage: CoverageFacts,
    claim: ClaimFacts,
    earlier: Sequence[EarlierClaim],
    *,
    claim_deadline_years: int,
) -> BenefitResult:
    """The benefit for `claim` and its working. An ineligible claim gets 0 and the reasons.

    Raises ValueError when the claim kind does not belong to the rule's type (a caller bug:
    intake picks the kind from the plan).
    """
    if claim.kind not in kinds_for_rule(rule):
        raise ValueError(f"claim kind {claim.kind} does not fit rule type {rule.get('type')}")
    problems = cover_problems(coverage, claim, claim_deadline_years=claim_deadline_years)
    if problems:
        lines = [WorkingLine(str(msg("不予给付：{p}", p=p))) for p in problems]
        return BenefitResult(0, [*lines, _pay_line(0)], eligible=False, problems=problems)
    case = _Case(rule, coverage.shares, claim, earlier)
    amount, lines = _ENGINES[claim.kind](case)
    amount = max(amount, 0)
    working = [WorkingLine(str(line)) for line in lines]
    return BenefitResult(amount, [*working, _pay_line(amount)])


def _pay_line(amount: int) -> WorkingLine:
    return WorkingLine(str(msg("给付互助金 {a} 元", a=yuan(amount))))


@dataclass(frozen=True)
class _Case:
    """One claim being computed: the rule, the shares, the claim and the cover's earlier claims."""

    rule: Mapping[str, Any]
    shares: int
    claim: ClaimFacts
    every: Sequence[EarlierClaim]

    def fen(self, key: str) -> int:
        return int(self.rule[key])

    def per_shares(self, key: str) -> int:
        return self.fen(key) * self.shares

    @property
    def same(self) -> list[EarlierClaim]:
        return [e for e in self.every if e.kind == self.claim.kind]

    def paid(self, kind: ClaimKind | None = None) -> int:
        kind = kind or self.claim.kind
        return sum(e.amount for e in self.every if e.kind == kind)

    def times_shares(self, label: str, key: str) -> Message:
        return msg(
            "{what}：{p} 元 × {s} 份 = {a} 元",
            what=label,
            p=yuan(self.fen(key)),
            s=self.shares,
            a=yuan(self.per_shares(key)),
        )


Result = tuple[int, list[Message]]


def _stay(case: _Case) -> Result:
    paid_before = [e for e in case.same if e.amount > 0]
    first = not paid_before
    deductible = case.fen("deductible_first" if first else "deductible_later")
    ratio = Decimal(str(case.rule["ratio_first" if first else "ratio_later"]))
    self_pay = case.claim.self_pay
    base = max(self_pay - deductible, 0)
    short = "（不足起付额）" if self_pay < deductible else ""
    which = msg("本保障期第 {n} 次给付住院", n=len(paid_before) + 1)
    product = times(base, ratio)
    used = case.paid()
    remaining = max(case.per_shares("cap_per_share") - used, 0)
    amount = min(product, remaining)
    return amount, [
        msg(
            "政策内个人自付 {s} 元 − 起付额 {d} 元 = {b} 元{note}",
            s=yuan(self_pay), d=yuan(deductible), b=yuan(base), note=short,
        ),
        msg(
            "× {r}（{w}）= {p} 元",
            r=percent(ratio), w=msg("本保障期首次住院") if first else which, p=yuan(product),
        ),
        msg(
            "限额 {c} 元 × {n} 份 − 本保障期已给付 {u} 元 = 剩余限额 {r} 元",
            c=yuan(case.fen("cap_per_share")), n=case.shares, u=yuan(used), r=yuan(remaining),
        ),
        msg("剩余限额 {r} 元，给付 {a} 元", r=yuan(remaining), a=yuan(amount)),
    ]  # fmt: skip


def _nights(claim: ClaimFacts) -> int:
    if claim.admitted is None or claim.discharged is None:
        return 0
    return max((claim.discharged - claim.admitted).days, 0)


def _per_day(case: _Case, rate_key: str, max_key: str, days: int) -> Result:
    """Days × rate × shares within the term's day limit; the days already paid follow from the
    amounts already paid (each a whole number of days at the same rate and shares)."""
    rate, max_days = case.fen(rate_key), case.fen(max_key)
    paid_days = case.paid() // (rate * case.shares)
    left = max(max_days - paid_days, 0)
    payable = min(days, left)
    amount = payable * rate * case.shares
    return amount, [
        msg(
            "本保障期已给付 {p} 天，上限 {m} 天，剩余 {l} 天；可给付 {n} 天",
            p=paid_days, m=max_days, l=left, n=payable,
        ),
        msg(
            "{n} 天 × {r} 元 × {s} 份 = {a} 元",
            n=payable, r=yuan(rate), s=case.shares, a=yuan(amount),
        ),
    ]  # fmt: skip


def _allowance(case: _Case) -> Result:
    claim, nights = case.claim, _nights(case.claim)
    lines = [
        msg(
            "住院 {a} 至 {d}：出院日 − 入院日 = {n} 天",
            a=claim.admitted, d=claim.discharged, n=nights,
        )
    ]  # fmt: skip
    if nights < case.fen("min_days"):
        return 0, [*lines, msg("住院不足 {m} 天，不予给付津贴", m=case.fen("min_days"))]
    amount, more = _per_day(case, "per_day_per_share", "max_days_per_term", nights)
    return amount, lines + more


def _critical(case: _Case) -> Result:
    paid = [e for e in case.same if e.amount > 0]
    if any(e.severity == SEVERE for e in paid):
        return 0, [msg("本保障期已给付重度疾病互助金，不再给付")]
    if case.claim.severity == SEVERE:
        severe = case.per_shares("severe_per_share")
        lines = [case.times_shares("重度疾病", "severe_per_share")]
        mild_paid = sum(e.amount for e in paid)
        if not mild_paid:
            return severe, lines
        amount = max(severe - mild_paid, 0)
        more = msg(
            "− 已给付轻度疾病 {m} 元 = {a} 元（补足差额）", m=yuan(mild_paid), a=yuan(amount)
        )
        return amount, [*lines, more]
    if case.claim.severity != MILD:
        return 0, [msg("未注明重度或轻度，无法计算")]
    if paid:
        return 0, [msg("本保障期已给付轻度疾病互助金，仅首次诊断给付")]
    return case.per_shares("mild_per_share"), [case.times_shares("轻度疾病", "mild_per_share")]


def _female(case: _Case) -> Result:
    diseases = [str(d) for d in case.rule.get("diseases", [])]
    diagnosis = case.claim.diagnosis
    if diseases and not any(d in diagnosis for d in diseases):
        return 0, [
            msg(
                "诊断“{x}”不属于本计划保障的疾病（{l}），不予给付",
                x=diagnosis or msg("未填写"), l="、".join(diseases),
            )
        ]  # fmt: skip
    if any(e.amount > 0 for e in case.same):
        return 0, [msg("本保障期已给付过特殊疾病互助金（每个保障期限一次），不再给付")]
    return case.per_shares("per_share"), [case.times_shares("特殊疾病", "per_share")]


def _death(case: _Case) -> Result:
    if any(e.amount > 0 for e in case.same):
        return 0, [msg("本保障期已给付身故互助金，不再给付")]
    disability = case.paid(ClaimKind.ACCIDENT_DISABILITY)
    amount = max(case.per_shares("death_per_share") - disability, 0)
    return amount, [
        case.times_shares("身故保障金额", "death_per_share"),
        msg("− 本保障期已给付伤残 {d} 元 = {a} 元", d=yuan(disability), a=yuan(amount)),
    ]


def _disability(case: _Case) -> Result:
    if case.paid(ClaimKind.ACCIDENT_DEATH) > 0:
        return 0, [msg("本保障期已给付身故互助金，不再给付伤残")]
    table = {str(k): int(v) for k, v in case.rule["disability_percent_by_grade"].items()}
    grade = case.claim.grade
    if grade is None or str(grade) not in table:
        return 0, [msg("伤残等级应为 {l} 之一", l="、".join(table))]
    total, pct = case.per_shares("death_per_share"), table[str(grade)]
    product = times(total, Decimal(pct) / 100)
    paid = case.paid()
    remaining = max(total - paid, 0)
    amount = min(product, remaining)
    return amount, [
        case.times_shares("身故保障金额", "death_per_share"),
        msg("伤残 {g} 级：{t} 元 × {p}% = {a} 元", g=grade, t=yuan(total), p=pct, a=yuan(product)),
        msg(
            "本保障期已给付伤残 {d} 元，伤残合计不超过身故金额，剩余 {r} 元，给付 {a} 元",
            d=yuan(paid), r=yuan(remaining), a=yuan(amount),
        ),
    ]  # fmt: skip


def _accident_stay(case: _Case) -> Result:
    claim = case.claim
    days = max(claim.days if claim.days is not None else _nights(claim), 0)
    amount, more = _per_day(case, "stay_per_day_per_share", "max_stay_days_per_term", days)
    return amount, [msg("意外住院 {n} 天", n=days), *more]


_ENGINES = {
    ClaimKind.STAY: _stay,
    ClaimKind.ALLOWANCE: _allowance,
    ClaimKind.CRITICAL: _critical,
    ClaimKind.FEMALE: _female,
    ClaimKind.ACCIDENT_DEATH: _death,
    ClaimKind.ACCIDENT_DISABILITY: _disability,
    ClaimKind.ACCIDENT_STAY: _accident_stay,
}
