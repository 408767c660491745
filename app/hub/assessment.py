"""Each office against the targets the province set it (纳入年度目标责任考核), and the offices
overview of the hub window: last package, gaps, refusals, alerts, coverage against target.

Actual figures for a year, from the rows the office sent (live rows of confirmed enrollments,
as app/reports/figures.py counts them on the desk):
- 参保人数: distinct members with an active cover starting in the year;
- 新增参保单位: units whose first confirmed enrollment ever starts in the year;
- 八大群体赠送: distinct members of gift enrollments starting in the year;
- 职工覆盖率: 参保人数 ÷ the office's 辖区职工总数 (the `area_workforce` the hub set), percent.
A target is 达标 when the actual figure reaches it, 未达标 otherwise; targets not set are not
assessed. Read-only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, select, text

from app.hub.schema import hub_targets
from app.reports.figures import percent
from app.reports.targets import TARGET_LABELS

MET, NOT_MET = "达标", "未达标"
ASSESSED = ("coverage_rate", "new_units", "members", "gift_members")

ACTUALS = """
WITH cover AS (
    SELECT e.office_code, c.member_uuid, e.is_gift
    FROM coverages c JOIN enrollments e ON e.uuid = c.enrollment_uuid
    WHERE NOT c.deleted AND NOT e.deleted AND c.status = 'active' AND e.status = 'confirmed'
      AND c.start_date BETWEEN :start AND :end
), firsts AS (
    SELECT office_code, unit_uuid, MIN(start_date) AS first FROM enrollments
    WHERE NOT deleted AND status = 'confirmed' GROUP BY 1, 2
), offices AS (SELECT code AS office_code FROM hub_offices)
SELECT o.office_code,
       (SELECT COUNT(DISTINCT member_uuid) FROM cover c WHERE c.office_code = o.office_code),
       (SELECT COUNT(DISTINCT member_uuid) FROM cover c
        WHERE c.office_code = o.office_code AND c.is_gift),
       (SELECT COUNT(*) FROM firsts f
        WHERE f.office_code = o.office_code AND f.first BETWEEN :start AND :end)
FROM offices o ORDER BY 1
"""


@dataclass(frozen=True)
class Actual:
    members: int
    gift_members: int
    new_units: int


@dataclass(frozen=True)
class AssessmentLine:
    office: str
    name: str
    target: str  # key of TARGET_LABELS
    label: str
    goal: Decimal | int
    actual: Decimal | int | None  # None: the coverage rate without an area workforce

    @property
    def met(self) -> bool:
        return self.actual is not None and self.actual >= self.goal

    @property
    def verdict(self) -> str:
        return MET if self.met else NOT_MET


def actuals(conn: Connection, year: int) -> dict[str, Actual]:
    params = {"start": dt.date(year, 1, 1), "end": dt.date(year, 12, 31)}
    return {
        r[0]: Actual(int(r[1]), int(r[2]), int(r[3])) for r in conn.execute(text(ACTUALS), params)
    }


def year_targets(conn: Connection, year: int) -> dict[str, dict[str, object]]:
    """office → the targets set for `year` (wire form: coverage rate as text, counts as int)."""
    rows = conn.execute(
        select(hub_targets.c.office_code, hub_targets.c.targets).where(hub_targets.c.year == year)
    )
    return {office: dict(values) for office, values in rows}


def _goal(key: str, value: object) -> Decimal | int:
    return Decimal(str(value)) if key == "coverage_rate" else int(str(value))


def assess(conn: Connection, year: int) -> list[AssessmentLine]:
    """One line per office and target set for `year`, in office order."""
    names = dict(conn.execute(text("SELECT code, name FROM hub_offices")).all())
    done = actuals(conn, year)
    lines = []
    for office, values in sorted(year_targets(conn, year).items()):
        actual = done.get(office, Actual(0, 0, 0))
        workforce = values.get("area_workforce")
        measured: dict[str, Decimal | int | None] = {
            "coverage_rate": percent(actual.members, int(str(workforce)) if workforce else None),
            "new_units": actual.new_units,
            "members": actual.members,
            "gift_members": actual.gift_members,
        }
        for key in ASSESSED:
            if values.get(key) in (None, ""):
                continue
            lines.append(
                AssessmentLine(
                    office, names.get(office, office), key, TARGET_LABELS[key],
                    _goal(key, values[key]), measured[key],
                )
            )  # fmt: skip
    return lines


OVERVIEW = """
SELECT o.code, o.name, o.last_seq, o.last_received_at, o.registered_at,
       (SELECT COUNT(*) FROM hub_refusals r WHERE r.filename LIKE o.code || '-%'
          AND r.code IN ('sequence_gap', 'chain_broken', 'replay')),
       (SELECT COUNT(*) FROM hub_refusals r WHERE r.filename LIKE o.code || '-%'),
       (SELECT COUNT(*) FROM hub_alerts a WHERE a.office_code = o.code),
       (SELECT COUNT(*) FROM hub_alerts a WHERE a.office_code = o.code
          AND a.returned_seq IS NULL),
       (SELECT COUNT(*) FROM hub_decisions d WHERE d.office_code = o.code
          AND d.status = 'pending')
FROM hub_offices o ORDER BY o.code
"""


@dataclass(frozen=True)
class OfficeLine:
    code: str
    name: str
    last_seq: int
    last_received: dt.datetime | None
    gaps: int  # refused for a missing, broken or replayed package sequence
    refusals: int  # every refused package of the office
    alerts: int
    alerts_unsent: int
    pending_claims: int
    members: int  # covered in the year
    coverage: Decimal | None  # percent of the area workforce
    coverage_target: Decimal | None


def office_overview(conn: Connection, year: int) -> list[OfficeLine]:
    """Every registered office with its package, problem and coverage figures for `year`.

    Refusals are matched to an office by the package's file name (`<office>-<seq>.hzp`): a
    refused file could not be trusted to say more.
    """
    done = actuals(conn, year)
    goals = year_targets(conn, year)
    out = []
    for r in conn.execute(text(OVERVIEW)):
        values = goals.get(r[0], {})
        workforce = values.get("area_workforce")
        members = done.get(r[0], Actual(0, 0, 0)).members
        target = values.get("coverage_rate")
        out.append(
            OfficeLine(
                r[0], r[1], r[2], r[3], int(r[5]), int(r[6]), int(r[7]), int(r[8]), int(r[9]),
                members, percent(members, int(str(workforce)) if workforce else None),
                Decimal(str(target)) if target not in (None, "") else None,
            )
        )  # fmt: skip
    return out
