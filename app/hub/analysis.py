"""The province analysis (大数据分析): premium, benefits, loss ratio and claim frequency per
plan × age band × sex × industry × office × year, the adverse-selection signals the provincial
union's notice names, and the monthly trend — all computed in SQL on the hub's PostgreSQL from
the rows offices sent (rows marked deleted are left out).

Definitions (calendar-year basis, as the desk's own figures in app/reports/figures.py):
- a *cover* is a live coverage (`active`) of a `confirmed` enrollment; its premium is income of
  the year its cover starts; its exposure is the days it covers in each year, shown as
  member-months (days × 12 ÷ 365.25); its age band is the member's age on the cover's first day.
- *benefits paid* are `paid` claims' `paid_amount`, in the year of `paid_on`; *claims* count every
  claim taken in (`received_on`) that was not withdrawn or rejected. A claim's age band is the
  member's age on the event date; its industry that of the unit of the claim's cover (else the
  member's unit).
- *loss ratio* = benefits paid ÷ premium income (4 decimals, none without premium); *claim
  frequency* = claims ÷ member-years of exposure (4 decimals).
- Age bands 16–29, 30–39, 40–49, 50–60; anyone outside is "其他".

Signals:
- *rider without main plan* (参副不参主): per unit and year, members holding a live rider cover
  with no live cover of any main plan the rider requires (the catalogues' `requires`) on any
  overlapping day. Listed when at least one such member exists.
- *enrolled older than the staff* (参老不参少): per unit and year, the mean age (on 1 July of
  the year) of the members covered by a main plan is compared with the mean age of every live
  worker on the unit's roster at the hub. Listed when the enrolled are at least
  `OLDER_GAP_YEARS` years older on average and fewer than the whole roster are enrolled.
- *early claims* (参病不参健): claims whose event falls within the first `EARLY_DAYS` days of
  their cover, per office and plan, with their share of all claims there.

Money is integer fen in SQL and Python; yuan strings (Decimal) only at the edge (`as_json`,
the workbook). Read-only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, text

from app import catalogue
from app.hub.schema import hub_catalogues
from app.money import decimal_yuan, plain_yuan

AGE_BANDS = ("16-29", "30-39", "40-49", "50-60", "其他")
EARLY_DAYS = 90
OLDER_GAP_YEARS = 5
DAYS_PER_MONTH = Decimal("365.25") / 12
FOUR = Decimal("0.0001")
TWO = Decimal("0.01")
WORK_MEM = "128MB"  # per hash/sort node of the analysis' own transaction (SET LOCAL)


def _band(age: str) -> str:
    return f"""CASE WHEN {age} BETWEEN 16 AND 29 THEN '16-29'
        WHEN {age} BETWEEN 30 AND 39 THEN '30-39' WHEN {age} BETWEEN 40 AND 49 THEN '40-49'
        WHEN {age} BETWEEN 50 AND 60 THEN '50-60' ELSE '其他' END"""


def _ymd(day: str) -> str:
    return (
        f"(date_part('year', {day}) * 10000 + date_part('month', {day}) * 100"
        f" + date_part('day', {day}))::int"
    )


def _age(on: str, birth: str) -> str:
    """Whole years between `birth` and `on`: (YYYYMMDD − YYYYMMDD) div 10000, in integers
    (date_part is float8; EXTRACT's numeric and age() cost several times more per row)."""
    return f"(({_ymd(on)} - {_ymd(birth)}) / 10000)"


def _year(day: str) -> str:
    return f"date_part('year', {day})::int"


# The live covers the analysis reads, joined once to their enrollment, member and unit and
# kept for the transaction: the five queries below read this instead of each repeating the join.
# With a year, only covers overlapping that year are kept.
COVER_TABLE = f"""
CREATE TEMP TABLE analysis_cover ON COMMIT DROP AS
SELECT c.member_uuid, c.plan_code, c.premium, c.start_date, c.end_date,
       {_year("c.start_date")} AS start_year,
       e.office_code, e.unit_uuid, m.gender, m.birth_date,
       {_band(_age("c.start_date", "m.birth_date"))} AS band
FROM coverages c
JOIN enrollments e ON e.uuid = c.enrollment_uuid
JOIN members m ON m.uuid = c.member_uuid
WHERE NOT c.deleted AND NOT e.deleted AND NOT m.deleted
  AND c.status = 'active' AND e.status = 'confirmed'
  AND (CAST(:year AS int) IS NULL OR (c.start_date <= make_date(CAST(:year AS int), 12, 31)
                                      AND c.end_date >= make_date(CAST(:year AS int), 1, 1)))
"""
IN_YEAR = "(CAST(:year AS int) IS NULL OR {col} = CAST(:year AS int))"

# A cover's part of each year it touches: with a year, analysis_cover holds only the covers
# touching it, so no per-cover series of years is needed.
COVER_ROWS_EVERY_YEAR = f"""
    SELECT y AS year, cv.office_code, cv.plan_code, cv.band, cv.gender, cv.unit_uuid,
           CASE WHEN y = cv.start_year THEN cv.premium ELSE 0 END AS premium,
           (LEAST(cv.end_date, make_date(y, 12, 31))
            - GREATEST(cv.start_date, make_date(y, 1, 1)) + 1) AS days,
           0 AS claims, 0 AS paid
    FROM analysis_cover cv
    CROSS JOIN LATERAL generate_series(cv.start_year, {_year("cv.end_date")}) AS y
"""
COVER_ROWS_ONE_YEAR = """
    SELECT CAST(:year AS int) AS year, cv.office_code, cv.plan_code, cv.band, cv.gender,
           cv.unit_uuid,
           CASE WHEN cv.start_year = CAST(:year AS int) THEN cv.premium ELSE 0 END AS premium,
           (LEAST(cv.end_date, make_date(CAST(:year AS int), 12, 31))
            - GREATEST(cv.start_date, make_date(CAST(:year AS int), 1, 1)) + 1) AS days,
           0 AS claims, 0 AS paid
    FROM analysis_cover cv
"""
CUBE = f"""
WITH cover_units AS (
    SELECT year, office_code, plan_code, band, gender, unit_uuid,
           SUM(premium) AS premium, SUM(days) AS days
    FROM ({{cover_rows}}) AS r
    GROUP BY 1, 2, 3, 4, 5, 6
),
cover_rows AS (
    SELECT cu.year, cu.office_code, cu.plan_code, cu.band, cu.gender,
           COALESCE(NULLIF(u.industry, ''), '未填') AS industry,
           cu.premium, cu.days, 0 AS claims, 0 AS paid
    FROM cover_units cu LEFT JOIN units u ON u.uuid = cu.unit_uuid
),
claim_base AS (
    SELECT cl.office_code, cl.plan_code, cl.status, cl.received_on, cl.paid_on,
           COALESCE(cl.paid_amount, 0) AS paid_amount,
           {_band(_age("cl.event_date", "m.birth_date"))} AS band, m.gender,
           COALESCE(NULLIF(COALESCE(cu.industry, mu.industry), ''), '未填') AS industry
    FROM claims cl
    JOIN members m ON m.uuid = cl.member_uuid
    LEFT JOIN coverages c ON c.uuid = cl.coverage_uuid
    LEFT JOIN enrollments e ON e.uuid = c.enrollment_uuid
    LEFT JOIN units cu ON cu.uuid = e.unit_uuid
    LEFT JOIN units mu ON mu.uuid = m.unit_uuid
    WHERE NOT cl.deleted
),
claim_rows AS (
    SELECT {_year("received_on")} AS year, office_code, plan_code, band, gender,
           industry, 0 AS premium, 0 AS days, 1 AS claims, 0 AS paid
    FROM claim_base WHERE status NOT IN ('withdrawn', 'rejected')
    UNION ALL
    SELECT {_year("paid_on")}, office_code, plan_code, band, gender, industry,
           0, 0, 0, paid_amount
    FROM claim_base WHERE status = 'paid' AND paid_on IS NOT NULL
),
all_rows AS (SELECT * FROM cover_rows UNION ALL SELECT * FROM claim_rows)
SELECT year, office_code, plan_code, band, gender, industry,
       SUM(premium)::bigint, SUM(days)::bigint, SUM(claims)::bigint, SUM(paid)::bigint
FROM all_rows
WHERE CAST(:year AS int) IS NULL OR year = CAST(:year AS int)
GROUP BY 1, 2, 3, 4, 5, 6
ORDER BY 1, 2, 3, 4, 5, 6
"""

RIDER_ONLY = f"""
WITH requires AS (SELECT * FROM unnest(CAST(:riders AS text[]), CAST(:mains AS text[]))
             AS r(rider, main)),
rider AS (
    SELECT cv.ctid AS id, cv.member_uuid, cv.plan_code, cv.start_date,
           cv.end_date, cv.office_code, cv.unit_uuid, cv.start_year AS year
    FROM analysis_cover cv
    WHERE cv.plan_code IN (SELECT rider FROM requires) AND {IN_YEAR.format(col="cv.start_year")}
),
with_main AS (
    SELECT DISTINCT r.id
    FROM rider r
    JOIN requires rq ON rq.rider = r.plan_code
    JOIN analysis_cover mc ON mc.member_uuid = r.member_uuid AND mc.plan_code = rq.main
    WHERE mc.start_date <= r.end_date AND r.start_date <= mc.end_date
)
SELECT r.year, r.office_code, r.unit_uuid, COALESCE(u.name, ''),
       COUNT(DISTINCT r.member_uuid), COUNT(DISTINCT r.member_uuid) FILTER (WHERE w.id IS NULL)
FROM rider r
LEFT JOIN with_main w ON w.id = r.id
LEFT JOIN units u ON u.uuid = r.unit_uuid
GROUP BY 1, 2, 3, 4
HAVING COUNT(*) FILTER (WHERE w.id IS NULL) > 0
ORDER BY 6 DESC, 1, 2, 4
"""

OLDER_ENROLLED = f"""
WITH enrolled AS (
    SELECT DISTINCT cv.start_year AS year, cv.unit_uuid, cv.member_uuid, cv.birth_date
    FROM analysis_cover cv WHERE cv.plan_code = ANY(CAST(:mains AS text[]))
      AND {IN_YEAR.format(col="cv.start_year")}
),
enrolled_age AS (
    SELECT year, unit_uuid, COUNT(*) AS n,
           AVG({_age("make_date(year, 7, 1)", "birth_date")}::float8) AS mean_age
    FROM enrolled GROUP BY 1, 2
),
roster_age AS (
    SELECT ea.year, ea.unit_uuid, COUNT(*) AS n,
           AVG({_age("make_date(ea.year, 7, 1)", "m.birth_date")}::float8) AS mean_age
    FROM enrolled_age ea JOIN members m ON m.unit_uuid = ea.unit_uuid AND NOT m.deleted
    GROUP BY 1, 2
)
SELECT ea.year, u.office_code, ea.unit_uuid, COALESCE(u.name, ''), COALESCE(u.headcount, 0),
       ra.n, ea.n, ROUND(ra.mean_age::numeric, 1), ROUND(ea.mean_age::numeric, 1)
FROM enrolled_age ea JOIN roster_age ra USING (year, unit_uuid)
LEFT JOIN units u ON u.uuid = ea.unit_uuid
WHERE ea.n < ra.n
  AND ROUND(ea.mean_age::numeric, 1) - ROUND(ra.mean_age::numeric, 1) >= :gap
ORDER BY ea.mean_age - ra.mean_age DESC, 1, 2, 4
"""

EARLY_CLAIMS = f"""
SELECT {_year("cl.received_on")} AS year, cl.office_code, cl.plan_code,
       COUNT(*),
       COUNT(*) FILTER (WHERE cl.event_date < c.start_date + CAST(:days AS int)),
       COALESCE(SUM(cl.paid_amount) FILTER (WHERE cl.event_date < c.start_date + CAST(:days AS int)
                                            AND cl.status = 'paid'), 0)::bigint
FROM claims cl JOIN coverages c ON c.uuid = cl.coverage_uuid
WHERE NOT cl.deleted AND cl.status NOT IN ('withdrawn')
  AND (CAST(:year AS int) IS NULL OR {_year("cl.received_on")} = CAST(:year AS int))
GROUP BY 1, 2, 3
HAVING COUNT(*) FILTER (WHERE cl.event_date < c.start_date + CAST(:days AS int)) > 0
ORDER BY 1, 2, 3
"""

MONTHS = f"""
WITH m AS (
    SELECT date_trunc('month', start_date)::date AS month, premium, 0 AS paid, 0 AS claims
    FROM analysis_cover WHERE {IN_YEAR.format(col="start_year")}
    UNION ALL
    SELECT date_trunc('month', paid_on)::date, 0, COALESCE(paid_amount, 0), 0 FROM claims
    WHERE NOT deleted AND status = 'paid' AND paid_on IS NOT NULL
      AND {IN_YEAR.format(col=_year("paid_on"))}
    UNION ALL
    SELECT date_trunc('month', received_on)::date, 0, 0, 1 FROM claims
    WHERE NOT deleted AND status NOT IN ('withdrawn', 'rejected')
      AND {IN_YEAR.format(col=_year("received_on"))}
)
SELECT month, SUM(premium)::bigint, SUM(paid)::bigint, SUM(claims)::bigint FROM m
GROUP BY 1 ORDER BY 1
"""


def ratio(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(FOUR, ROUND_HALF_UP)


def member_months(days: int) -> Decimal:
    return (Decimal(days) / DAYS_PER_MONTH).quantize(TWO, ROUND_HALF_UP)


@dataclass(frozen=True)
class Figures:
    """One group's sums: premium and benefits in fen, claims, exposure in covered days."""

    premium: int = 0
    paid: int = 0
    claims: int = 0
    days: int = 0

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            self.premium + other.premium,
            self.paid + other.paid,
            self.claims + other.claims,
            self.days + other.days,
        )

    @property
    def loss_ratio(self) -> Decimal | None:
        return ratio(self.paid, self.premium)

    @property
    def exposure(self) -> Decimal:
        """Member-months."""
        return member_months(self.days)

    @property
    def frequency(self) -> Decimal | None:
        """Claims per member-year of exposure."""
        if not self.days:
            return None
        years = Decimal(self.days) / Decimal("365.25")
        return (Decimal(self.claims) / years).quantize(FOUR, ROUND_HALF_UP)

    def as_json(self) -> dict[str, Any]:
        return {
            "premium_income": plain_yuan(self.premium),
            "benefits_paid": plain_yuan(self.paid),
            "loss_ratio": _text(self.loss_ratio),
            "claims": self.claims,
            "exposure_member_months": str(self.exposure),
            "claim_frequency": _text(self.frequency),
        }


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True)
class Cell:
    year: int
    office: str
    plan: str
    band: str
    sex: str
    industry: str
    figures: Figures


@dataclass(frozen=True)
class RiderAlone:
    year: int
    office: str
    unit_uuid: str
    unit: str
    rider_members: int
    without_main: int


@dataclass(frozen=True)
class OlderEnrolled:
    year: int
    office: str
    unit_uuid: str
    unit: str
    headcount: int
    roster: int
    enrolled: int
    roster_mean_age: Decimal
    enrolled_mean_age: Decimal

    @property
    def gap(self) -> Decimal:
        return self.enrolled_mean_age - self.roster_mean_age


@dataclass(frozen=True)
class EarlyClaims:
    year: int
    office: str
    plan: str
    claims: int
    early: int
    early_paid: int  # fen

    @property
    def share(self) -> Decimal | None:
        return ratio(self.early, self.claims)


@dataclass(frozen=True)
class Month:
    month: str  # YYYY-MM
    premium: int
    paid: int
    claims: int


@dataclass(frozen=True)
class Analysis:
    year: int | None
    cells: list[Cell]
    rider_alone: list[RiderAlone] = field(default_factory=list)
    older_enrolled: list[OlderEnrolled] = field(default_factory=list)
    early_claims: list[EarlyClaims] = field(default_factory=list)
    months: list[Month] = field(default_factory=list)

    def by(self, *keys: str) -> list[tuple[tuple[Any, ...], Figures]]:
        """The cells summed over every dimension but `keys` (e.g. "plan", "office")."""
        sums: dict[tuple[Any, ...], Figures] = {}
        for cell in self.cells:
            key = tuple(getattr(cell, k) for k in keys)
            sums[key] = sums.get(key, Figures()) + cell.figures
        return sorted(sums.items())

    @property
    def total(self) -> Figures:
        return sum((c.figures for c in self.cells), Figures())

    def as_json(self) -> dict[str, Any]:
        """The CLI's `--json` form (documented in `huzhu hub analysis --help`)."""
        return {
            "year": self.year,
            "plans": [{"plan": k[0], **f.as_json()} for k, f in self.by("plan")],
            "total": self.total.as_json(),
            "cells": [
                {
                    "year": c.year,
                    "office": c.office,
                    "plan": c.plan,
                    "age_band": c.band,
                    "sex": c.sex,
                    "industry": c.industry,
                    **c.figures.as_json(),
                }
                for c in self.cells
            ],
            "signals": {
                "rider_without_main": [r.__dict__ for r in self.rider_alone],
                "older_enrolled": [
                    {
                        **{k: v for k, v in o.__dict__.items() if not k.endswith("mean_age")},
                        "roster_mean_age": str(o.roster_mean_age),
                        "enrolled_mean_age": str(o.enrolled_mean_age),
                        "gap_years": str(o.gap),
                    }
                    for o in self.older_enrolled
                ],
                "early_claims": [
                    {
                        "year": e.year,
                        "office": e.office,
                        "plan": e.plan,
                        "claims": e.claims,
                        "early_claims": e.early,
                        "early_share": _text(e.share),
                        "early_benefits_paid": plain_yuan(e.early_paid),
                    }
                    for e in self.early_claims
                ],
            },
            "months": [
                {
                    "month": m.month,
                    "premium_income": plain_yuan(m.premium),
                    "benefits_paid": plain_yuan(m.paid),
                    "claims": m.claims,
                }
                for m in self.months
            ],
        }


def plan_requirements(conn: Connection) -> dict[str, tuple[str, ...]]:
    """Rider code → the main plans it requires, from every catalogue the hub knows (the shipped
    ones and those it published); the union when versions differ."""
    documents = [
        p.read_text(encoding="utf-8") for p in sorted(catalogue.SHIPPED_DIR.glob("*.json"))
    ]
    documents += list(conn.scalars(select(hub_catalogues.c.document)))
    needs: dict[str, set[str]] = {}
    for document in documents:
        for plan in catalogue.parse_catalogue(document).plans.values():
            if not plan.is_main:
                needs.setdefault(plan.code, set()).update(plan.requires)
    return {code: tuple(sorted(mains)) for code, mains in needs.items()}


def main_plans(conn: Connection) -> list[str]:
    documents = [
        p.read_text(encoding="utf-8") for p in sorted(catalogue.SHIPPED_DIR.glob("*.json"))
    ]
    documents += list(conn.scalars(select(hub_catalogues.c.document)))
    return sorted(
        {
            plan.code
            for document in documents
            for plan in catalogue.parse_catalogue(document).plans.values()
            if plan.is_main
        }
    )


def analyse(conn: Connection, *, year: int | None = None) -> Analysis:
    """The whole analysis for `year` (every year when None): the live covers gathered once into
    a temporary table of the caller's transaction, then five aggregate queries over it."""
    params: dict[str, Any] = {"year": year}
    # hash joins over a million members spill to disk in batches at the default 4 MB
    conn.execute(text(f"SET LOCAL work_mem = '{WORK_MEM}'"))
    conn.execute(text("DROP TABLE IF EXISTS pg_temp.analysis_cover"))
    conn.execute(text(COVER_TABLE), params)
    conn.execute(text("ANALYZE analysis_cover"))
    cells = [
        Cell(
            r[0], r[1], r[2], r[3], r[4], r[5], Figures(int(r[6]), int(r[9]), int(r[8]), int(r[7]))
        )
        for r in conn.execute(
            text(
                CUBE.format(
                    cover_rows=COVER_ROWS_ONE_YEAR if year is not None else COVER_ROWS_EVERY_YEAR
                )
            ),
            params,
        )
    ]
    needs = plan_requirements(conn)
    pairs = [(rider, main) for rider, mains in needs.items() for main in mains]
    rider_alone = [
        RiderAlone(r[0], r[1], str(r[2]), r[3], int(r[4]), int(r[5]))
        for r in conn.execute(
            text(RIDER_ONLY),
            {**params, "riders": [p[0] for p in pairs], "mains": [p[1] for p in pairs]},
        )
    ]
    older = [
        OlderEnrolled(r[0], r[1], str(r[2]), r[3], int(r[4]), int(r[5]), int(r[6]), r[7], r[8])
        for r in conn.execute(
            text(OLDER_ENROLLED), {**params, "mains": main_plans(conn), "gap": OLDER_GAP_YEARS}
        )
    ]
    early = [
        EarlyClaims(r[0], r[1], r[2], int(r[3]), int(r[4]), int(r[5]))
        for r in conn.execute(text(EARLY_CLAIMS), {**params, "days": EARLY_DAYS})
    ]
    months = [
        Month(r[0].strftime("%Y-%m"), int(r[1]), int(r[2]), int(r[3]))
        for r in conn.execute(text(MONTHS), params)
    ]
    conn.execute(text("DROP TABLE analysis_cover"))
    return Analysis(year, cells, rider_alone, older, early, months)


def write_analysis(analysis: Analysis, path: Path) -> Path:
    """Every table of the analysis as one sheet each (app/hub/sheets.py); replaces `path`."""
    from app.hub.sheets import Sheet, write_workbook

    def fig(f: Figures) -> list[Any]:
        return [
            decimal_yuan(f.premium),
            decimal_yuan(f.paid),
            f.loss_ratio,
            f.claims,
            f.exposure,
            f.frequency,
        ]

    money = ["会费收入（元）", "支付金额（元）", "赔付率", "理赔件数", "暴露（人月）", "出险频率"]
    year = str(analysis.year) if analysis.year else "全部年度"
    sheets = [
        Sheet("按计划", ["计划", *money], [[k[0], *fig(f)] for k, f in analysis.by("plan")]),
        Sheet(
            "按代办处",
            ["代办处", "计划", *money],
            [[*k, *fig(f)] for k, f in analysis.by("office", "plan")],
        ),
        Sheet(
            "明细",
            ["年度", "代办处", "计划", "年龄段", "性别", "行业", *money],
            [
                [c.year, c.office, c.plan, c.band, _sex(c.sex), c.industry, *fig(c.figures)]
                for c in analysis.cells
            ],
        ),
        Sheet(
            "参副不参主",
            ["年度", "代办处", "单位", "副险人数", "无主险人数"],
            [
                [r.year, r.office, r.unit, r.rider_members, r.without_main]
                for r in analysis.rider_alone
            ],
        ),
        Sheet(
            "参老不参少",
            [
                "年度",
                "代办处",
                "单位",
                "单位职工数",
                "在册职工",
                "参保人数",
                "在册平均年龄",
                "参保平均年龄",
                "相差（岁）",
            ],
            [
                [
                    o.year,
                    o.office,
                    o.unit,
                    o.headcount,
                    o.roster,
                    o.enrolled,
                    o.roster_mean_age,
                    o.enrolled_mean_age,
                    o.gap,
                ]
                for o in analysis.older_enrolled
            ],
        ),
        Sheet(
            "参病不参健",
            [
                "年度",
                "代办处",
                "计划",
                "理赔件数",
                f"保障开始{EARLY_DAYS}天内出险",
                "占比",
                "其支付金额（元）",
            ],
            [
                [e.year, e.office, e.plan, e.claims, e.early, e.share, decimal_yuan(e.early_paid)]
                for e in analysis.early_claims
            ],
        ),
        Sheet(
            "月度趋势",
            ["月份", "会费收入（元）", "支付金额（元）", "理赔件数"],
            [
                [m.month, decimal_yuan(m.premium), decimal_yuan(m.paid), m.claims]
                for m in analysis.months
            ],
        ),
    ]
    return write_workbook(path, f"全省互助保障数据分析（{year}）", sheets)


def _sex(code: str) -> str:
    return {"M": "男", "F": "女"}.get(code, code or "")
