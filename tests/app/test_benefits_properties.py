"""Properties of the benefit engine that must hold for any input (hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from app.benefits import ClaimFacts, CoverageFacts, EarlierClaim, compute_benefit
from models.enums import ClaimKind as K
from tests.app.test_benefits_table import DEADLINE, RULES

COVER = dict(
    start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31), waiting_until=dt.date(2026, 2, 1)
)
FILED = dt.date(2026, 12, 31)
fen = st.integers(min_value=0, max_value=20_000_000)
shares = st.integers(min_value=1, max_value=4)
earlier_stays = st.lists(st.integers(min_value=0, max_value=3_000_000), max_size=5)


def _zy(self_pay: int, n: int, earlier: list[int]) -> int:
    return compute_benefit(
        RULES["ZY"],
        CoverageFacts(shares=n, **COVER),
        ClaimFacts(
            kind=K.STAY,
            filed_on=FILED,
            admitted=dt.date(2026, 6, 1),
            discharged=dt.date(2026, 6, 9),
            self_pay=self_pay,
        ),
        [EarlierClaim(K.STAY, a) for a in earlier],
        claim_deadline_years=DEADLINE,
    ).amount_fen


@settings(max_examples=300)
@given(fen, shares, earlier_stays)
def test_stay_never_negative_nor_above_remaining_cap(self_pay: int, n: int, earlier: list[int]):
    amount = _zy(self_pay, n, earlier)
    remaining = max(RULES["ZY"]["cap_per_share"] * n - sum(earlier), 0)
    assert 0 <= amount <= remaining
    assert amount <= self_pay


@settings(max_examples=300)
@given(fen, fen, shares, earlier_stays)
def test_stay_monotone_in_eligible_cost(a: int, b: int, n: int, earlier: list[int]):
    low, high = sorted((a, b))
    assert _zy(low, n, earlier) <= _zy(high, n, earlier)


@settings(max_examples=200)
@given(
    st.integers(min_value=0, max_value=400),
    st.integers(min_value=0, max_value=400),
    shares,
    st.lists(st.integers(min_value=0, max_value=200), max_size=4),
)
def test_allowance_monotone_and_within_days(d1: int, d2: int, n: int, paid_days: list[int]):
    rule = RULES["JT"]
    rate = rule["per_day_per_share"] * n
    earlier = [EarlierClaim(K.ALLOWANCE, d * rate) for d in paid_days]

    def pay(days: int) -> int:
        admitted = dt.date(2026, 3, 1)
        facts = ClaimFacts(
            kind=K.ALLOWANCE,
            filed_on=FILED,
            admitted=admitted,
            discharged=admitted + dt.timedelta(days=days),
        )
        cover = CoverageFacts(shares=n, **COVER)
        return compute_benefit(
            rule, cover, facts, earlier, claim_deadline_years=DEADLINE
        ).amount_fen

    low, high = sorted((d1, d2))
    assert 0 <= pay(low) <= pay(high)
    left = max(rule["max_days_per_term"] - sum(paid_days), 0)
    assert pay(high) <= left * rate


lump_kinds = st.sampled_from(
    [("ZJ", K.CRITICAL, "重度"), ("ZJ", K.CRITICAL, "轻度"), ("NZ", K.FEMALE, None)]
)


@settings(max_examples=200)
@given(lump_kinds, shares, st.lists(st.sampled_from(["重度", "轻度"]), max_size=3))
def test_lump_sums_paid_once(kind, n: int, history: list[str]) -> None:
    """Replaying a series of lump-sum claims never pays more than the top amount in a cover."""
    plan, claim_kind, _ = kind
    rule = RULES[plan]
    top = rule.get("severe_per_share", rule.get("per_share")) * n
    earlier: list[EarlierClaim] = []
    total = 0
    for severity in [kind[2], *history]:
        facts = ClaimFacts(
            kind=claim_kind,
            filed_on=FILED,
            diagnosed=dt.date(2026, 6, 1),
            severity=severity if claim_kind is K.CRITICAL else None,
            diagnosis="乳腺癌",
        )
        cover = CoverageFacts(shares=n, **COVER)
        amount = compute_benefit(
            rule, cover, facts, earlier, claim_deadline_years=DEADLINE
        ).amount_fen
        assert amount >= 0
        total += amount
        earlier.append(EarlierClaim(claim_kind, amount, facts.severity))
    assert total <= top
    # the same claim a second time pays nothing
    again = compute_benefit(
        rule, CoverageFacts(shares=n, **COVER), facts, earlier, claim_deadline_years=DEADLINE
    )
    assert again.amount_fen == 0


@settings(max_examples=200)
@given(shares, st.lists(st.integers(min_value=1, max_value=10), max_size=4), st.booleans())
def test_accident_total_never_above_death_sum(n: int, grades: list[int], die: bool) -> None:
    rule = RULES["YW"]
    earlier: list[EarlierClaim] = []
    kinds = [K.ACCIDENT_DISABILITY] * len(grades) + ([K.ACCIDENT_DEATH] if die else [])
    for kind, grade in zip(kinds, [*grades, None], strict=False):
        facts = ClaimFacts(
            kind=kind, filed_on=FILED, accident_date=dt.date(2026, 5, 1), grade=grade
        )
        amount = compute_benefit(
            rule, CoverageFacts(shares=n, **COVER), facts, earlier, claim_deadline_years=DEADLINE
        ).amount_fen
        assert amount >= 0
        earlier.append(EarlierClaim(kind, amount))
    assert sum(c.amount for c in earlier) <= rule["death_per_share"] * n
