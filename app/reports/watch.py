"""Adverse-selection watch (逆选择监测): what a supervisor should look at, each with its reason.

- a unit whose enrolled members are much older than its registered staff (mean age gap, or the
  share over 50 much higher) — the young stay out, the old come in;
- riders held without their main plan in the same enrollment (the rules forbid it: if the data
  shows it, it is listed);
- enrollments let through below the participation ratio on a supervisor's override;
- claims whose event falls within 30 days after the waiting period ended.
Ages are taken on the coverage start (enrolled) and on the period's end (staff). Read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.auth import Action, Actor, require
from app.reports.figures import Period

AGE = "((julianday({on}) - julianday(m.birth_date)) / 365.25)"
DEFAULT_AGE_GAP = Decimal(8)
DEFAULT_OVER50_GAP = Decimal(20)  # percentage points
AFTER_WAITING_DAYS = 30


@dataclass(frozen=True)
class WatchItem:
    kind: str  # age | rider | override | early_claim
    subject: str  # unit name, enrollment or claim number
    reason: str  # Chinese, for the supervisor


def _age_profile(session: Session, period: Period, gap: Decimal, over50: Decimal) -> list:
    p = period.params()
    rows = session.execute(
        text(
            f"""
            WITH staff AS (
              SELECT m.unit_uuid, AVG({AGE.format(on=":end")}) AS age,
                     AVG({AGE.format(on=":end")} >= 50) * 100 AS over50
              FROM members m WHERE m.status = 'active' GROUP BY m.unit_uuid),
            enrolled AS (
              SELECT e.unit_uuid, AVG(a) AS age, AVG(a >= 50) * 100 AS over50 FROM (
                SELECT DISTINCT e.unit_uuid, c.member_uuid,
                       {AGE.format(on="c.start_date")} AS a
                FROM coverages c JOIN enrollments e ON e.uuid = c.enrollment_uuid
                JOIN members m ON m.uuid = c.member_uuid
                WHERE c.status = 'active' AND e.status = 'confirmed'
                  AND c.start_date BETWEEN :start AND :end) e GROUP BY e.unit_uuid)
            SELECT u.name, enrolled.age, staff.age, enrolled.over50, staff.over50
            FROM enrolled JOIN staff USING (unit_uuid) JOIN units u ON u.uuid = unit_uuid
            WHERE enrolled.age - staff.age >= :gap OR enrolled.over50 - staff.over50 >= :over50
            ORDER BY enrolled.age - staff.age DESC"""
        ),
        {**p, "gap": float(gap), "over50": float(over50)},
    )
    return [
        WatchItem(
            "age",
            name,
            f"参保人员平均年龄 {e_age:.1f} 岁，单位在职职工平均 {s_age:.1f} 岁（高 {e_age - s_age:.1f}"
            f" 岁）；50 岁以上占比 {e50:.0f}%，单位为 {s50:.0f}%",
        )
        for name, e_age, s_age, e50, s50 in rows
    ]


def _riders_without_main(session: Session, period: Period) -> list[WatchItem]:
    rows = session.execute(
        text(
            """
            SELECT e.number, c.plan_code, COUNT(*) FROM coverages c
            JOIN enrollments e ON e.uuid = c.enrollment_uuid
            JOIN plans p ON p.catalogue_version = e.catalogue_version AND p.code = c.plan_code
            WHERE p.kind = 'rider' AND c.status = 'active' AND e.status = 'confirmed'
              AND c.start_date BETWEEN :start AND :end
              AND NOT EXISTS (SELECT 1 FROM coverages m, json_each(p.requires) r
                              WHERE m.enrollment_uuid = c.enrollment_uuid
                                AND m.member_uuid = c.member_uuid AND m.plan_code = r.value
                                AND m.status = 'active')
            GROUP BY e.number, c.plan_code ORDER BY e.number"""
        ),
        period.params(),
    )
    return [
        WatchItem(
            "rider", number, f"{n} 人只参加附加计划 {plan}，未参加其主险（规则不允许，请核查）"
        )
        for number, plan, n in rows
    ]


def _overrides(session: Session, period: Period) -> list[WatchItem]:
    rows = session.execute(
        text(
            "SELECT e.number, u.name, e.override_by, e.override_reason FROM enrollments e "
            "JOIN units u ON u.uuid = e.unit_uuid WHERE e.override_reason IS NOT NULL "
            "AND e.status = 'confirmed' AND e.start_date BETWEEN :start AND :end ORDER BY e.number"
        ),
        period.params(),
    )
    return [
        WatchItem("override", number, f"{unit}：参保比例未达要求，由主管 {by} 例外批准（{why}）")
        for number, unit, by, why in rows
    ]


def _early_claims(session: Session, period: Period) -> list[WatchItem]:
    rows = session.execute(
        text(
            "SELECT cl.number, cl.event_date, c.waiting_until, "
            "CAST(julianday(cl.event_date) - julianday(c.waiting_until) AS INTEGER) "
            "FROM claims cl JOIN coverages c ON c.uuid = cl.coverage_uuid "
            "WHERE c.waiting_until > c.start_date AND cl.received_on BETWEEN :start AND :end "
            "AND cl.event_date >= c.waiting_until "
            "AND julianday(cl.event_date) - julianday(c.waiting_until) <= :days "
            "ORDER BY cl.number"
        ),
        {**period.params(), "days": AFTER_WAITING_DAYS},
    )
    return [
        WatchItem("early_claim", number, f"出险日 {event} 在观察期满（{until}）后第 {n} 天")
        for number, event, until, n in rows
    ]


def watch_list(
    session: Session,
    actor: Actor,
    period: Period,
    *,
    age_gap: Decimal = DEFAULT_AGE_GAP,
    over50_gap: Decimal = DEFAULT_OVER50_GAP,
) -> list[WatchItem]:
    """Every flagged unit, enrollment and claim of the period, each with why (supervisor's
    list: needs OVERRIDE_RULES)."""
    require(actor, Action.OVERRIDE_RULES)
    return (
        _age_profile(session, period, age_gap, over50_gap)
        + _riders_without_main(session, period)
        + _overrides(session, period)
        + _early_claims(session, period)
    )
