"""The office's figures for a period (docs/domain.md §6), one SQL aggregate per figure group.

Definitions (kept the same everywhere: home page, reports, CLI `--json`, tests):
- a period is inclusive `[start, end]`; enrollment figures count confirmed enrollments and active
  coverages whose START falls in the period; 人次 = coverage rows, 人数 = distinct members;
- premium income = payments minus refunds whose `paid_on` falls in the period, by payer;
- claims are counted by intake date (`received_on`) in the period; benefits paid = `paid_amount`
  of claims paid (`paid_on`) in the period; average days = paid_on − received_on (calendar days);
- loss ratio = benefits paid / premium income; coverage = distinct members covered in the period /
  the area workforce the office set for the year (targets); a figure without its base is None.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.reports.targets import Targets, get_targets

ACTIVE_COVER = (
    "FROM coverages c JOIN enrollments e ON e.uuid = c.enrollment_uuid "
    "WHERE c.status = 'active' AND e.status = 'confirmed' "
    "AND c.start_date BETWEEN :start AND :end"
)

# target -> the row title of 目标完成 (home page and 工作落实情况报表)
TARGET_ROW_LABELS = {
    "coverage_rate": "职工覆盖率（%）",
    "new_units": "新增参保单位（家）",
    "members": "参保人数（人）",
    "gift_members": "八大群体赠送（人）",
}


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    def params(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}

    def label(self) -> str:
        return f"{self.start.isoformat()} 至 {self.end.isoformat()}"


@dataclass(frozen=True)
class PlanFigure:
    plan_code: str
    plan_name: str
    members: int
    person_times: int  # 人次
    shares: int
    premium: int  # fen, the coverages' premiums


@dataclass(frozen=True)
class ClaimGroup:
    key: str  # plan code, month "YYYY-MM" or status
    count: int
    amount: int  # fen: approved amount if any, else the computed benefit
    paid: int  # fen paid


@dataclass(frozen=True)
class CoverFigures:
    """The figures that read every coverage of the period (the costly group: a home page
    caches it while no coverage has changed, see app/reports/home.py)."""

    units_enrolled: int
    enrollments: int
    members: int
    person_times: int
    gift_members: int
    by_plan: list[PlanFigure]
    members_by_month: dict[str, int]


@dataclass(frozen=True)
class Figures:
    period: Period
    cover: CoverFigures
    premium_by_payer: dict[str, int]  # unit/union/individual/gift, net of refunds, fen
    premium_income: int
    claims_count: int
    claims_amount: int
    claims_by_plan: list[ClaimGroup]
    claims_by_month: list[ClaimGroup]
    claims_by_status: list[ClaimGroup]
    paid_count: int
    benefits_paid: int
    average_days_to_pay: Decimal | None
    new_units: int
    targets: Targets = field(default_factory=Targets)

    def __getattr__(self, name: str) -> object:  # units_enrolled, members … read through
        if name in CoverFigures.__dataclass_fields__:
            return getattr(self.cover, name)
        raise AttributeError(name)

    @property
    def loss_ratio(self) -> Decimal | None:
        """Benefits paid / premium income, as a percentage with one decimal."""
        return percent(self.benefits_paid, self.premium_income)

    @property
    def coverage(self) -> Decimal | None:
        """Enrolled workers / the area's workforce (the office's yearly figure), percent."""
        return percent(self.members, self.targets.area_workforce)

    def target_rows(self) -> list[tuple[str, Decimal | int | None, Decimal | int | None]]:
        """(label, target, actual) for every target the office may set."""
        t, labels = self.targets, TARGET_ROW_LABELS
        return [
            (labels["coverage_rate"], t.coverage_rate, self.coverage),
            (labels["new_units"], t.new_units, self.new_units),
            (labels["members"], t.members, self.members),
            (labels["gift_members"], t.gift_members, self.gift_members),
        ]


def percent(part: int, whole: int | None) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def _one(session: Session, sql: str, params: dict[str, str]) -> tuple:
    return tuple(session.execute(text(sql), params).one())


def _enrollment_totals(session: Session, p: dict[str, str]) -> tuple:
    return _one(
        session,
        "SELECT COUNT(DISTINCT e.unit_uuid), COUNT(DISTINCT e.uuid), COUNT(DISTINCT c.member_uuid),"
        " COUNT(*), COUNT(DISTINCT CASE WHEN e.is_gift THEN c.member_uuid END) " + ACTIVE_COVER,
        p,
    )


def _by_plan(session: Session, p: dict[str, str]) -> list[PlanFigure]:
    rows = session.execute(
        text(
            "SELECT c.plan_code, (SELECT MIN(name) FROM plans WHERE code = c.plan_code), "
            "COUNT(DISTINCT c.member_uuid), COUNT(*), SUM(c.shares), SUM(c.premium) "
            + ACTIVE_COVER
            + " GROUP BY c.plan_code ORDER BY c.plan_code"
        ),
        p,
    )
    return [PlanFigure(r[0], r[1] or r[0], r[2], r[3], r[4] or 0, r[5] or 0) for r in rows]


def _members_by_month(session: Session, p: dict[str, str]) -> dict[str, int]:
    rows = session.execute(
        text(
            "SELECT substr(c.start_date, 1, 7), COUNT(DISTINCT c.member_uuid) "
            + ACTIVE_COVER
            + " GROUP BY 1 ORDER BY 1"
        ),
        p,
    )
    return {r[0]: r[1] for r in rows}


def _premium(session: Session, p: dict[str, str]) -> dict[str, int]:
    rows = session.execute(
        text(
            "SELECT payer, SUM(CASE WHEN kind = 'refund' THEN -amount ELSE amount END) "
            "FROM payments WHERE paid_on BETWEEN :start AND :end GROUP BY payer"
        ),
        p,
    )
    found = {r[0]: int(r[1] or 0) for r in rows}
    return {payer: found.get(payer, 0) for payer in ("unit", "union", "individual", "gift")}


CLAIM_AMOUNT = "COALESCE(approved_amount, computed_benefit)"


def claim_groups(session: Session, p: dict[str, str], key: str) -> list[ClaimGroup]:
    """Claims taken in during the period grouped by `key` (an SQL expression over claims)."""
    rows = session.execute(
        text(
            f"SELECT {key}, COUNT(*), SUM({CLAIM_AMOUNT}), SUM(COALESCE(paid_amount, 0)) "
            "FROM claims WHERE received_on BETWEEN :start AND :end GROUP BY 1 ORDER BY 1"
        ),
        p,
    )
    return [ClaimGroup(str(r[0]), r[1], int(r[2] or 0), int(r[3] or 0)) for r in rows]


def _paid(session: Session, p: dict[str, str]) -> tuple:
    return _one(
        session,
        "SELECT COUNT(*), COALESCE(SUM(paid_amount), 0), "
        "AVG(julianday(paid_on) - julianday(received_on)) FROM claims "
        "WHERE status = 'paid' AND paid_on BETWEEN :start AND :end",
        p,
    )


def _new_units(session: Session, p: dict[str, str]) -> int:
    """Units whose first confirmed enrollment ever starts in the period."""
    return _one(
        session,
        "SELECT COUNT(*) FROM (SELECT unit_uuid, MIN(start_date) AS first FROM enrollments "
        "WHERE status = 'confirmed' GROUP BY unit_uuid) WHERE first BETWEEN :start AND :end",
        p,
    )[0]


def cover_figures(session: Session, period: Period) -> CoverFigures:
    """Units, enrollments, members, 人次 and gift members of the period, by plan and month."""
    p = period.params()
    units, enrollments, members, person_times, gift = _enrollment_totals(session, p)
    return CoverFigures(
        units, enrollments, members, person_times, gift,
        _by_plan(session, p), _members_by_month(session, p),
    )  # fmt: skip


def office_figures(
    session: Session, period: Period, *, year: int | None = None, cover: CoverFigures | None = None
) -> Figures:
    """Every §6 figure for `period`; targets are those of `year` (default: the period's start
    year); `cover` is a CoverFigures of the same period already at hand. Read-only; about ten
    aggregate queries."""
    p = period.params()
    by_payer = _premium(session, p)
    by_plan = claim_groups(session, p, "plan_code")
    paid_count, paid_sum, avg_days = _paid(session, p)
    return Figures(
        period=period,
        cover=cover or cover_figures(session, period),
        premium_by_payer=by_payer,
        premium_income=sum(by_payer.values()),
        claims_count=sum(g.count for g in by_plan),
        claims_amount=sum(g.amount for g in by_plan),
        claims_by_plan=by_plan,
        claims_by_month=claim_groups(session, p, "substr(received_on, 1, 7)"),
        claims_by_status=claim_groups(session, p, "status"),
        paid_count=paid_count,
        benefits_paid=int(paid_sum),
        average_days_to_pay=(
            None if avg_days is None else Decimal(str(avg_days)).quantize(Decimal("0.1"))
        ),
        new_units=_new_units(session, p),
        targets=get_targets(session, year or period.start.year),
    )
