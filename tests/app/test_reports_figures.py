"""Acceptance 1: every home-page figure and each report's numbers equal an independent count
over generated data (the demo office grown to ~4,300 members, ~6,000 covers, ~400 claims).

The expected values are computed here in Python from the raw rows (not with the module's SQL)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import Database, open_database
from app.reports.figures import Period, office_figures, percent
from app.reports.home import home_data
from app.reports.targets import set_targets
from app.reports.watch import watch_list
from tests.app.reports_factories import OLD_UNIT, RIDER_ONLY, grow_office
from tests.conftest import ACTORS

PERIODS = [Period.year(2026), Period.year(2025), Period(dt.date(2025, 10, 1), dt.date(2026, 3, 31))]


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("reports") / "huzhu.sqlite3"
    shutil.copy(demo_template, path)
    database = open_database(path)
    grow_office(database)
    with database.unit_of_work() as session:
        set_targets(
            session,
            ACTORS["supervisor1"],
            2026,
            members=5000,
            area_workforce=9000,
            coverage_rate="40",
            new_units=30,
            gift_members=200,
        )
    yield database
    database.dispose()


def _raw(database: Database, sql: str) -> list[tuple]:
    with database.reader() as session:
        return [tuple(r) for r in session.execute(text(sql))]


def _d(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _covers(database: Database, period: Period) -> list[tuple]:
    rows = _raw(
        database,
        "SELECT c.member_uuid, c.plan_code, c.shares, c.premium, c.start_date, c.status, "
        "e.uuid, e.unit_uuid, e.status, e.is_gift FROM coverages c, enrollments e "
        "WHERE e.uuid = c.enrollment_uuid",
    )
    return [
        r
        for r in rows
        if r[5] == "active" and r[8] == "confirmed" and period.start <= _d(r[4]) <= period.end
    ]


@pytest.mark.parametrize("period", PERIODS, ids=str)
def test_enrollment_figures_match_independent_count(grown: Database, period: Period) -> None:
    covers = _covers(grown, period)
    with grown.reader() as session:
        f = office_figures(session, period)
    assert covers, "the generated data must reach this period"
    assert f.members == len({r[0] for r in covers})
    assert f.person_times == len(covers)
    assert f.units_enrolled == len({r[7] for r in covers})
    assert f.enrollments == len({r[6] for r in covers})
    assert f.gift_members == len({r[0] for r in covers if r[9]})
    by_plan = {p.plan_code: (p.members, p.person_times, p.shares, p.premium) for p in f.by_plan}
    expected = defaultdict(lambda: [set(), 0, 0, 0])
    for member, plan, shares, premium, *_ in covers:
        expected[plan][0].add(member)
        expected[plan][1] += 1
        expected[plan][2] += shares
        expected[plan][3] += premium
    assert by_plan == {k: (len(v[0]), v[1], v[2], v[3]) for k, v in expected.items()}
    months = defaultdict(set)
    for r in covers:
        months[r[4][:7]].add(r[0])
    assert f.members_by_month == {k: len(v) for k, v in sorted(months.items())}


@pytest.mark.parametrize("period", PERIODS, ids=str)
def test_money_and_claims_match_independent_count(grown: Database, period: Period) -> None:
    with grown.reader() as session:
        f = office_figures(session, period)
    payments = [
        r
        for r in _raw(grown, "SELECT payer, kind, amount, paid_on FROM payments")
        if period.start <= _d(r[3]) <= period.end
    ]
    income = Counter()
    for payer, kind, amount, _ in payments:
        income[payer] += -amount if kind == "refund" else amount
    assert f.premium_by_payer == {p: income[p] for p in ("unit", "union", "individual", "gift")}
    assert f.premium_income == sum(income.values())
    claims = _raw(
        grown,
        "SELECT plan_code, status, received_on, paid_on, approved_amount, "
        "computed_benefit, paid_amount FROM claims",
    )
    taken = [c for c in claims if period.start <= _d(c[2]) <= period.end]
    paid = [c for c in claims if c[1] == "paid" and period.start <= _d(c[3]) <= period.end]
    assert f.claims_count == len(taken)
    assert f.claims_amount == sum(c[4] if c[4] is not None else c[5] for c in taken)
    assert {g.key: g.count for g in f.claims_by_status} == Counter(c[1] for c in taken)
    assert {g.key: g.count for g in f.claims_by_month} == Counter(c[2][:7] for c in taken)
    assert sum(g.paid for g in f.claims_by_plan) == sum(c[6] or 0 for c in taken)
    assert f.paid_count == len(paid)
    assert f.benefits_paid == sum(c[6] for c in paid)
    days = [(_d(c[3]) - _d(c[2])).days for c in paid]
    expected_days = Decimal(sum(days)) / len(days) if days else None
    assert f.average_days_to_pay == (expected_days and expected_days.quantize(Decimal("0.1")))
    assert f.loss_ratio == percent(f.benefits_paid, f.premium_income)


def test_targets_coverage_and_new_units(grown: Database) -> None:
    period = Period.year(2026)
    with grown.reader() as session:
        f = office_figures(session, period)
    firsts: dict[str, dt.date] = {}
    for unit, start in _raw(
        grown, "SELECT unit_uuid, start_date FROM enrollments WHERE status = 'confirmed'"
    ):
        firsts[unit] = min(firsts.get(unit, _d(start)), _d(start))
    assert f.new_units == sum(1 for d in firsts.values() if d.year == 2026)
    assert f.targets.members == 5000 and f.targets.coverage_rate == Decimal("40.0")
    assert f.coverage == (Decimal(f.members) * 100 / 9000).quantize(Decimal("0.1"))
    rows = {label: (target, actual) for label, target, actual in f.target_rows()}
    assert rows["参保人数（人）"] == (5000, f.members)
    assert rows["八大群体赠送（人）"] == (200, f.gift_members)


def test_home_data_matches_figures_and_queue(grown: Database, monkeypatch) -> None:
    monkeypatch.setenv("HUZHU_TODAY", "2026-11-20")
    with grown.reader() as session:
        home = home_data(session, ACTORS["supervisor1"])
        again = home_data(session, ACTORS["supervisor1"])  # the cached coverage group
        fresh = office_figures(session, Period.year(2026))
    assert home.figures == fresh == again.figures
    claims = _raw(
        grown, "SELECT status, intake_operator, needs_hub_approval, hub_decision FROM claims"
    )
    queue = {q.key: q.count for q in home.queue}
    assert queue["review"] == sum(1 for c in claims if c[0] in ("received", "reviewing"))
    assert queue["approve"] == sum(
        1 for c in claims if c[0] == "awaiting_approval" and c[1] != "supervisor1"
    )
    assert queue["pay"] == sum(
        1 for c in claims if c[0] == "approved" and (not c[2] or c[3] == "approved")
    )
    today = dt.date(2026, 11, 20)
    enrollments = _raw(grown, "SELECT uuid, end_date, status, renewal_of FROM enrollments")
    renewed = {e[3] for e in enrollments if e[2] == "confirmed"}
    for days in (30, 60):
        assert home.renewals_due[days] == sum(
            1
            for e in enrollments
            if e[2] == "confirmed"
            and e[0] not in renewed
            and today <= _d(e[1]) <= today + dt.timedelta(days=days)
        )


def test_home_cache_follows_a_coverage_change(grown: Database, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(grown.path, copy)
    database = open_database(copy)
    try:
        with database.reader() as session:
            before = home_data(session, ACTORS["clerk1"], year=2026).figures.person_times
        with database.unit_of_work() as session:
            session.execute(
                text(
                    "UPDATE coverages SET status = 'cancelled' WHERE uuid IN "
                    "(SELECT uuid FROM coverages WHERE status = 'active' "
                    "AND start_date >= '2026-01-01' AND start_date <= '2026-12-31' LIMIT 3)"
                )
            )
            session.execute(
                text(
                    "INSERT INTO change_journal (entity, uuid, op, at) "
                    "VALUES ('coverages', 'x', 'update', '2026-11-20 00:00:00')"
                )
            )
        with database.reader() as session:
            after = home_data(session, ACTORS["clerk1"], year=2026).figures.person_times
        assert after == before - 3
    finally:
        database.dispose()


def test_watch_flags_each_case_with_its_reason(grown: Database) -> None:
    with grown.reader() as session:
        items = watch_list(
            session, ACTORS["supervisor1"], Period(dt.date(2025, 1, 1), dt.date(2026, 12, 31))
        )
    kinds = defaultdict(list)
    for item in items:
        kinds[item.kind].append(item)
    assert kinds["age"][0].subject == OLD_UNIT
    assert "平均年龄" in kinds["age"][0].reason and "50 岁以上占比" in kinds["age"][0].reason
    assert [i.subject for i in kinds["rider"]] == [RIDER_ONLY]
    assert "2 人只参加附加计划 ZJ" in kinds["rider"][0].reason
    assert {"BD-TEST-000003", "BD-61020401-2026-000010"} <= {i.subject for i in kinds["override"]}
    early = _raw(
        grown,
        "SELECT cl.number FROM claims cl JOIN coverages c ON c.uuid = "
        "cl.coverage_uuid WHERE c.waiting_until > c.start_date AND "
        "julianday(cl.event_date) - julianday(c.waiting_until) BETWEEN 0 AND 30 "
        "AND cl.received_on BETWEEN '2025-01-01' AND '2026-12-31'",
    )
    assert sorted(i.subject for i in kinds["early_claim"]) == sorted(r[0] for r in early)
    assert early


def test_watch_is_for_supervisors(grown: Database) -> None:
    from app.errors import PermissionDenied

    with grown.reader() as session, pytest.raises(PermissionDenied):
        watch_list(session, ACTORS["clerk1"], Period.year(2026))
