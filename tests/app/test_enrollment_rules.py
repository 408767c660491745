"""Acceptance 1: every rule of docs/domain.md §3 passes and fails at its exact boundary."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app import settings
from app.auth import SYSTEM
from app.enrollment import PaymentSplit, RuleResult, enrol, preview_enrollment
from app.enrollment.periods import end_of_term, months_remaining
from app.enrollment.premiums import pro_rata
from models import Coverage, Member
from models.enums import Gender, MemberStatus
from tests.app.enrollment_factories import (
    Scene,
    make_member,
    make_unit,
    request,
    scene,
    setup_office,
)

START = dt.date(2026, 3, 1)


@pytest.fixture
def office(db):
    setup_office(db)
    return db


def check(db, req) -> dict[str, RuleResult]:
    with db.reader() as session:
        return {r.code: r for r in preview_enrollment(session, request=req).results}


def failed(results: dict[str, RuleResult]) -> set[str]:
    return {code for code, r in results.items() if not r.passed}


# rule 1 ----------------------------------------------------------------------------------------
def test_unit_based_members_must_be_active_staff_of_the_unit(office) -> None:
    sc = scene(office, headcount=5)
    other = scene(office, headcount=1)
    with office.unit_of_work() as session:
        session.get(Member, sc.members[0]).status = MemberStatus.LEFT
    results = check(office, request(sc, members=[*sc.members, *other.members]))
    message = str(results["unit_based"].message)
    assert "不属于单位" in message and "已离职" in message
    assert (
        check(office, request(sc, members=[*sc.members, sc.members[1]]))["unit_based"].passed
        is False
    )
    ok = check(office, request(sc, members=sc.members[1:]))["unit_based"]
    assert ok.passed


# rule 2 ----------------------------------------------------------------------------------------
def test_ratio_message_in_the_programme_words(office) -> None:
    sc = scene(office, headcount=120, staff=85)
    result = check(office, request(sc))["participation_ratio"]
    assert not result.passed and result.needs_override
    assert str(result.message) == (
        "单位在职职工 120 人，本次参保 85 人（70.8%），主险参保率须达到 80%，请补充 11 人或由主管审批"
    )


def test_ratio_boundary_79_9_vs_80_0(office) -> None:
    sc = scene(office, headcount=1000, staff=800)
    low = check(office, request(sc, members=sc.members[:799]))["participation_ratio"]
    assert not low.passed and "（79.9%）" in str(low.message) and "补充 1 人" in str(low.message)
    assert check(office, request(sc))["participation_ratio"].passed


def test_small_unit_enrols_everyone_98_vs_99(office) -> None:
    sc = scene(office, headcount=99)
    low = check(office, request(sc, members=sc.members[:98]))["participation_ratio"]
    assert not low.passed and "不足 100 人须全员参保" in str(low.message)
    assert check(office, request(sc))["participation_ratio"].passed
    hundred = scene(office, headcount=100, staff=80)
    assert check(office, request(hundred))["participation_ratio"].passed


def test_ratio_override_needs_a_supervisor_with_a_reason(office, actors) -> None:
    sc = scene(office, headcount=10)
    few = sc.members[:5]
    by_clerk = check(
        office, request(sc, members=few, override_reason="新建单位", override_by=actors["clerk1"])
    )
    assert not by_clerk["participation_ratio"].passed
    blank = check(
        office, request(sc, members=few, override_reason=" ", override_by=actors["supervisor1"])
    )
    assert not blank["participation_ratio"].passed
    ok = check(
        office,
        request(sc, members=few, override_reason="新建单位", override_by=actors["supervisor1"]),
    )
    assert ok["participation_ratio"].passed and ok["participation_ratio"].overridden
    assert "新建单位" in str(ok["participation_ratio"].message)


def test_gift_programme_is_exempt_from_the_ratio(office) -> None:
    sc = scene(office, headcount=50)
    gift = request(sc, members=sc.members[:10], is_gift=True, payment=PaymentSplit(gift=60000))
    results = check(office, gift)
    assert failed(results) == set()
    assert "赠送" in str(results["participation_ratio"].message)


def test_female_ratio_counts_women_against_female_headcount(office) -> None:
    sc = scene(office, headcount=20, women=10)
    plans = {"ZY": 1, "NZ": 1}
    seven = [*sc.members[:7], *sc.members[10:]]
    low = check(office, request(sc, plans=plans, members=seven))
    assert failed(low) == {"female_ratio", "participation_ratio"}
    assert "单位女职工 10 人，本次参保 NZ 7 人（70.0%）" in str(low["female_ratio"].message)
    eight = check(office, request(sc, plans=plans, members=[*sc.members[:8], *sc.members[10:]]))
    assert "female_ratio" not in failed(eight)


# rule 3 ----------------------------------------------------------------------------------------
def test_rider_needs_the_main_plan(office) -> None:
    sc = scene(office, headcount=5)
    alone = check(office, request(sc, plans={"JT": 1}))["rider_needs_main"]
    assert not alone.passed and "不能单独参保副险" in str(alone.message)
    assert check(office, request(sc, plans={"ZY": 1, "JT": 2}))["rider_needs_main"].passed
    narrowed = request(sc, plans={"ZY": 1, "JT": 1}, plan_members={"ZY": frozenset(sc.members[:4])})
    orphan = check(office, narrowed)["rider_needs_main"]
    assert not orphan.passed and "未参保主险" in str(orphan.message)


# rule 4 ----------------------------------------------------------------------------------------
def test_same_shares_and_max_shares(office) -> None:
    sc = scene(office, headcount=3)
    assert check(office, request(sc, plans={"ZY": 3}))["same_shares"].passed
    over = check(office, request(sc, plans={"ZY": 4}))["same_shares"]
    assert not over.passed and "1–3 份" in str(over.message)
    mixed = request(sc, plans={"ZY": 1}, member_shares={sc.members[0]: {"ZY": 2}})
    assert not check(office, mixed)["same_shares"].passed


# rule 5 ----------------------------------------------------------------------------------------
def _one(office, birth: dt.date, gender: Gender = Gender.MALE) -> Scene:
    with office.unit_of_work() as session:
        unit = make_unit(session, headcount=1, female_headcount=int(gender is Gender.FEMALE))
        return Scene(unit.uuid, [make_member(session, unit, birth=birth, gender=gender).uuid])


def test_age_60_on_the_start_date_passes_61_fails(office) -> None:
    sixty = _one(office, START.replace(year=START.year - 60))  # 60th birthday on the start
    assert check(office, request(sixty))["age_sex"].passed
    turns_61_on_start = _one(office, START.replace(year=START.year - 61))
    result = check(office, request(turns_61_on_start))["age_sex"]
    assert not result.passed and "61周岁" in str(result.message)
    turns_61_next_day = _one(office, (START + dt.timedelta(days=1)).replace(year=START.year - 61))
    assert check(office, request(turns_61_next_day))["age_sex"].passed


def test_age_16_passes_15_fails(office) -> None:
    assert check(office, request(_one(office, START.replace(year=START.year - 16))))[
        "age_sex"
    ].passed
    young = _one(office, (START + dt.timedelta(days=1)).replace(year=START.year - 16))
    assert not check(office, request(young))["age_sex"].passed


def test_sex_limited_plan_goes_to_women_only(office, actors) -> None:
    sc = scene(office, headcount=4, women=2)
    with office.unit_of_work() as session:
        result = enrol(session, actors["clerk1"], request=request(sc, plans={"ZY": 1, "NZ": 1}))
        nz = session.scalars(select(Coverage.member_uuid).where(Coverage.plan_code == "NZ")).all()
    assert set(nz) == set(sc.members[:2])
    assert result.premium_total == 4 * 6000 + 2 * 3600
    men = _one(office, dt.date(1990, 1, 1))
    assert "名单中没有女职工" in str(
        check(office, request(men, plans={"ZY": 1, "NZ": 1}))["age_sex"].message
    )


# rules 6 and 8 ---------------------------------------------------------------------------------
def _covered_until(office, actors, end: dt.date) -> Scene:
    """A 3-person unit whose 12-month ZY cover ends on `end`."""
    sc = scene(office, headcount=3)
    start = end + dt.timedelta(days=1)
    start = start.replace(year=start.year - 1)
    with office.unit_of_work() as session:
        enrol(
            session,
            actors["clerk1"],
            request=request(sc, start=start, paid_on=start - dt.timedelta(days=1)),
        )
    with office.reader() as session:
        assert session.scalar(select(Coverage.end_date).limit(1)) == end
    return sc


def test_double_cover_overlapping_by_one_day_fails(office, actors) -> None:
    sc = _covered_until(office, actors, dt.date(2026, 2, 28))
    overlap = check(office, request(sc, start=dt.date(2026, 2, 28), paid_on=dt.date(2026, 2, 20)))
    assert not overlap["no_double_cover"].passed
    assert "同一计划同一天只能参保一次" in str(overlap["no_double_cover"].message)
    assert check(office, request(sc, start=dt.date(2026, 3, 1)))["no_double_cover"].passed


@pytest.mark.parametrize(("gap", "renewal"), [(30, True), (31, False)])
def test_renewal_gap_30_vs_31_days(office, actors, gap: int, renewal: bool) -> None:
    old_end = dt.date(2026, 2, 28)
    sc = _covered_until(office, actors, old_end)
    start = old_end + dt.timedelta(days=gap)
    with office.unit_of_work() as session:
        enrol(
            session,
            actors["clerk1"],
            request=request(sc, start=start, paid_on=start - dt.timedelta(days=1)),
        )
        new = session.scalars(select(Coverage).where(Coverage.start_date == start)).all()
    assert {c.is_renewal for c in new} == {renewal}
    assert {c.waiting_until for c in new} == {start if renewal else start + dt.timedelta(days=30)}


# rule 7 ----------------------------------------------------------------------------------------
def _policy(office, policy: str, fixed: str | None = None) -> None:
    with office.unit_of_work() as session:
        settings.put(session, SYSTEM, "effective_date_policy", policy)
        if fixed:
            settings.put(session, SYSTEM, "fixed_start_date", fixed)


def test_effective_date_day_after_payment(office) -> None:
    sc = scene(office, headcount=2)
    same_day = check(office, request(sc, start=START, paid_on=START))["effective_date"]
    assert not same_day.passed and "最早于 2026-03-02 生效" in str(same_day.message)
    assert check(office, request(sc, start=START, paid_on=START - dt.timedelta(days=1)))[
        "effective_date"
    ].passed


def test_effective_date_first_of_next_month_and_fixed(office) -> None:
    sc = scene(office, headcount=2)
    _policy(office, "first_of_next_month")
    assert not check(office, request(sc, start=dt.date(2026, 3, 2)))["effective_date"].passed
    assert check(office, request(sc, start=dt.date(2026, 3, 1)))["effective_date"].passed
    _policy(office, "fixed_date", "2026-04-01")
    assert not check(office, request(sc, start=dt.date(2026, 3, 1)))["effective_date"].passed
    assert check(office, request(sc, start=dt.date(2026, 4, 1)))["effective_date"].passed


def test_end_is_start_plus_term_minus_one_day() -> None:
    assert end_of_term(dt.date(2026, 3, 1), 12) == dt.date(2027, 2, 28)
    assert end_of_term(dt.date(2026, 3, 1), 24) == dt.date(2028, 2, 29)
    assert end_of_term(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 27)


# rule 9 ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (dt.date(2026, 3, 1), dt.date(2026, 12, 31), 10),  # whole months
        (dt.date(2026, 3, 2), dt.date(2026, 12, 31), 10),  # a part month counts as one
        (dt.date(2026, 12, 31), dt.date(2026, 12, 31), 1),
        (dt.date(2026, 2, 28), dt.date(2027, 2, 27), 12),
        (dt.date(2026, 3, 1), dt.date(2026, 3, 31), 1),
        (dt.date(2026, 3, 1), dt.date(2026, 4, 1), 2),
    ],
)
def test_remaining_months_round_up(start, end, months) -> None:
    assert months_remaining(start, end) == months


def test_pro_rata_rounds_fen_half_up() -> None:
    assert pro_rata(6, 1, 12) == 1  # 0.5 fen → 1
    assert pro_rata(5, 1, 12) == 0  # 0.4166 → 0
    assert pro_rata(18, 1, 12) == 2  # 1.5 → 2
    assert pro_rata(3200, 7, 12) == 1867  # 1866.67
    assert pro_rata(6000, 12, 12) == 6000


# rule 10 ---------------------------------------------------------------------------------------
def test_payment_split_must_add_up_to_the_fen(office) -> None:
    sc = scene(office, headcount=3)  # premium 180.00 yuan
    off = check(office, request(sc, payment=PaymentSplit(unit=10000, individual=7999)))[
        "payment_split"
    ]
    assert not off.passed and "相差 0.01 元" in str(off.message)
    exact = PaymentSplit(unit=10000, union=2000, individual=5999, gift=1)
    assert check(office, request(sc, payment=exact))["payment_split"].passed
    gift = request(sc, is_gift=True, payment=PaymentSplit(unit=100, gift=17900))
    assert "全部由“赠送”承担" in str(check(office, gift)["payment_split"].message)


def test_dry_run_returns_every_rule_at_once(office) -> None:
    sc = scene(office, headcount=120, staff=85)
    results = check(
        office,
        request(
            sc,
            plans={"ZY": 4, "JT": 1},
            plan_members={"ZY": frozenset(sc.members[:80])},
            start=START,
            paid_on=START,
            payment=PaymentSplit(unit=1),
        ),
    )
    assert len(results) == 11
    assert {
        "participation_ratio",
        "rider_needs_main",
        "same_shares",
        "effective_date",
        "payment_split",
    } <= failed(results)
