"""The province's figures from the hub's PostgreSQL tables (what the offices sent): per office
and for the province, offices ranked by coverage and by growth, and the province workbook.

The hub does not know an area's workforce (a desk setting), so its coverage is the share of the
enrolled units' own staff (Σ units.headcount) that is covered — 单位职工参保率; growth compares
the members covered with the same period a year before. Definitions otherwise as in
app/reports/figures.py (active covers of confirmed enrollments starting in the period, premium
net of refunds by paid_on, claims by intake date, benefits by payment date). Hub functions take a
Core Connection; rows marked deleted are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, text

from app.money import decimal_yuan
from app.reports.figures import Period, percent

LIVE = "NOT c.deleted AND NOT e.deleted AND c.status = 'active' AND e.status = 'confirmed'"
COVERS = f"""
SELECT e.office_code AS office, COUNT(DISTINCT e.unit_uuid) AS units,
       COUNT(DISTINCT c.member_uuid) AS members, COUNT(*) AS person_times
FROM coverages c JOIN enrollments e ON e.uuid = c.enrollment_uuid
WHERE {LIVE} AND c.start_date BETWEEN :start AND :end GROUP BY e.office_code"""
STAFF = """
SELECT u.office_code, SUM(u.headcount) FROM units u WHERE NOT u.deleted AND u.uuid IN (
  SELECT e.unit_uuid FROM enrollments e WHERE NOT e.deleted AND e.status = 'confirmed'
  AND e.start_date BETWEEN :start AND :end) GROUP BY u.office_code"""
PREMIUM = """
SELECT p.office_code, SUM(CASE WHEN p.kind = 'refund' THEN -p.amount ELSE p.amount END)
FROM payments p WHERE NOT p.deleted AND p.paid_on BETWEEN :start AND :end GROUP BY 1"""
CLAIMS = """
SELECT office_code, COUNT(*) FILTER (WHERE received_on BETWEEN :start AND :end),
       COALESCE(SUM(paid_amount) FILTER (WHERE status = 'paid'
                                         AND paid_on BETWEEN :start AND :end), 0)
FROM claims WHERE NOT deleted GROUP BY 1"""


@dataclass(frozen=True)
class OfficeFigures:
    code: str
    name: str
    units: int
    members: int
    person_times: int
    staff: int  # headcount of the units enrolled in the period
    premium: int  # fen
    claims: int
    benefits_paid: int  # fen
    members_before: int  # same period a year earlier

    @property
    def coverage(self) -> Decimal | None:
        return percent(self.members, self.staff)

    @property
    def growth(self) -> Decimal | None:
        if not self.members_before:
            return None
        return percent(self.members - self.members_before, self.members_before)


@dataclass(frozen=True)
class ProvinceFigures:
    period: Period
    offices: list[OfficeFigures]  # ranked by coverage, best first
    total: OfficeFigures

    def by_growth(self) -> list[OfficeFigures]:
        return sorted(self.offices, key=lambda o: (o.growth is None, -(o.growth or 0), o.code))


def _by_office(conn: Connection, sql: str, period: Period) -> dict[str, tuple]:
    return {r[0]: tuple(r[1:]) for r in conn.execute(text(sql), period.params())}


def province_figures(conn: Connection, period: Period) -> ProvinceFigures:
    """Every registered office's figures for `period` and the province's sums. Read-only."""
    before = Period(
        period.start.replace(year=period.start.year - 1),
        period.end.replace(year=period.end.year - 1),
    )
    covers, earlier = _by_office(conn, COVERS, period), _by_office(conn, COVERS, before)
    staff, premium = _by_office(conn, STAFF, period), _by_office(conn, PREMIUM, period)
    claims = _by_office(conn, CLAIMS, period)
    names = dict(conn.execute(text("SELECT code, name FROM hub_offices")).all())
    offices = [
        OfficeFigures(
            code,
            names.get(code, code),
            *covers.get(code, (0, 0, 0)),
            int(staff.get(code, (0,))[0] or 0),
            int(premium.get(code, (0,))[0] or 0),
            *(int(v) for v in claims.get(code, (0, 0))),
            earlier.get(code, (0, 0, 0))[1],
        )
        for code in sorted(set(names) | set(covers) | set(claims))
    ]
    offices.sort(key=lambda o: (o.coverage is None, -(o.coverage or 0), o.code))
    sums = [
        sum(getattr(o, f) for o in offices)
        for f in (
            "units",
            "members",
            "person_times",
            "staff",
            "premium",
            "claims",
            "benefits_paid",
            "members_before",
        )
    ]
    return ProvinceFigures(period, offices, OfficeFigures("", "全省", *sums))


def _row(o: OfficeFigures) -> list[object]:
    from app.reports.xlsx import rate

    return [
        o.code,
        o.name,
        o.units,
        o.members,
        o.person_times,
        o.staff,
        rate(o.coverage),
        o.members_before,
        rate(o.growth),
        decimal_yuan(o.premium),
        o.claims,
        decimal_yuan(o.benefits_paid),
    ]


def write_province_report(conn: Connection, path: Path, period: Period) -> ProvinceFigures:
    """The province workbook: offices ranked by coverage (with the province's 合计 row) and by
    growth, as paper forms (app/reports/xlsx.py). Replaces `path` atomically."""
    from app.reports.xlsx import COUNT, MONEY, RATE, TEXT, Table, add_form
    from app.workbook import new_workbook, save

    figures = province_figures(conn, period)
    cols = [
        ("代办处代码", TEXT),
        ("代办处", TEXT),
        ("参保单位", COUNT),
        ("参保人数", COUNT),
        ("参保人次", COUNT),
        ("单位职工数", COUNT),
        ("单位职工参保率", RATE),
        ("上年同期人数", COUNT),
        ("人数增长率", RATE),
        ("会费收入（元）", MONEY),
        ("受理理赔", COUNT),
        ("支付金额（元）", MONEY),
    ]
    total = _row(figures.total)
    workbook = new_workbook(keep_first_sheet=False)
    for sheet, title, offices in (
        ("按覆盖率", "各代办处参保覆盖情况（按单位职工参保率排名）", figures.offices),
        ("按增长", "各代办处参保增长情况（按人数增长率排名）", figures.by_growth()),
    ):
        table = Table(
            title,
            cols,
            [_row(o) for o in offices] + [["", *total[1:]]],
            measure="单位：家/人/人次/元",
        )
        table.rows[-1][1] = "全省合计"
        add_form(workbook, sheet, table, "省总工会职工互助保障办事处", period.label())
    save(workbook, path)
    return figures
