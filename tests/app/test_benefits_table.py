"""Acceptance 1 (issue 5): the benefit engine against amounts worked out by hand.

The plan rules are read from the shipped catalogue (resources/plans/shaanxi-2026.json), as the
desk does; every expected amount below is computed by hand in the comment beside it from the
numbers of docs/domain.md §4 (ZY: deductible 200元 then 0, 70% then 50%, cap 20000元/份; JT: 40元/天/份,
≥ 2 nights, ≤ 180 days; ZJ: 重度 10000元/份, 轻度 3000元/份; NZ: 8000元/份; YW: death 15000元/份,
grade g → (110 − 10g)%, 意外住院 20元/天/份 ≤ 180 days). Amounts are in fen.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.benefits import ClaimFacts, CoverageFacts, EarlierClaim, add_years, compute_benefit
from models.enums import ClaimKind as K

CATALOGUE = json.loads(
    (Path(__file__).parents[2] / "resources/plans/shaanxi-2026.json").read_text("utf-8")
)
RULES = {p["code"]: p["benefit"] for p in CATALOGUE["plans"]}
DEADLINE = CATALOGUE["rules"]["claim_deadline_years"]

D = dt.date
# A 2026 cover: ZY/JT wait 30 days (events from 31 January count), ZJ/NZ 90 days, YW none.
COVER_30 = dict(start=D(2026, 1, 1), end=D(2026, 12, 31), waiting_until=D(2026, 1, 31))
COVER_90 = dict(start=D(2026, 1, 1), end=D(2026, 12, 31), waiting_until=D(2026, 4, 1))
COVER_NZ = dict(start=D(2026, 1, 1), end=D(2027, 12, 31), waiting_until=D(2026, 4, 1))
COVER_YW = dict(start=D(2026, 1, 1), end=D(2026, 12, 31), waiting_until=D(2026, 1, 1))
# a cover over a leap day, for the 29 February deadline edge
COVER_LEAP = dict(start=D(2027, 6, 1), end=D(2028, 5, 31), waiting_until=D(2027, 7, 1))
FILED = D(2026, 12, 1)
MAR_1, MAR_10, MAY_10, JUN_1 = D(2026, 3, 1), D(2026, 3, 10), D(2026, 5, 10), D(2026, 6, 1)


def fen(yuan: str) -> int:
    return int(Decimal(yuan) * 100)


def stay(self_pay_yuan: str, admitted=MAR_1, discharged=MAR_10, **kw: Any):
    return dict(
        kind=K.STAY,
        admitted=admitted,
        discharged=discharged,
        settled=kw.pop("settled", discharged),
        self_pay=fen(self_pay_yuan),
        **kw,
    )


def jt(admitted: dt.date, discharged: dt.date, **kw: Any):
    return dict(kind=K.ALLOWANCE, admitted=admitted, discharged=discharged, **kw)


def zj(severity: str, diagnosed=MAY_10, **kw: Any):
    return dict(kind=K.CRITICAL, severity=severity, diagnosed=diagnosed, **kw)


def nz(diagnosis: str, diagnosed=MAY_10, **kw: Any):
    return dict(kind=K.FEMALE, diagnosis=diagnosis, diagnosed=diagnosed, **kw)


def yw(kind: K, accident=JUN_1, **kw: Any):
    return dict(kind=kind, accident_date=accident, **kw)


def e(kind: K, yuan: str, severity: str | None = None) -> EarlierClaim:
    return EarlierClaim(kind=kind, amount=fen(yuan), severity=severity)


# (case id, plan, shares, cover, claim, earlier claims of the same cover, expected fen)
CASES: list[tuple[str, str, int, dict, dict, list[EarlierClaim], int]] = [
    # ---- ZY reimbursement ---------------------------------------------------------------
    # (5000 − 200) × 70% = 3360.00
    ("zy-first-stay", "ZY", 1, COVER_30, stay("5000"), [], 336000),
    # earlier paid stay → no deductible, 50%: 5000 × 50% = 2500.00
    ("zy-later-stay", "ZY", 1, COVER_30, stay("5000"), [e(K.STAY, "3360")], 250000),
    # 150 − 200 < 0 → base 0 → 0
    ("zy-below-deductible", "ZY", 1, COVER_30, stay("150"), [], 0),
    # 200 − 200 = 0 → 0
    ("zy-exactly-deductible", "ZY", 1, COVER_30, stay("200"), [], 0),
    # (200.01 − 200) × 70% = 0.007元 = 0.7分 → half up → 0.01
    ("zy-round-up-small", "ZY", 1, COVER_30, stay("200.01"), [], 1),
    # (200.05 − 200) × 70% = 3.5分 → half up → 4分
    ("zy-round-half-up", "ZY", 1, COVER_30, stay("200.05"), [], 4),
    # later stay: 0.01 × 50% = 0.5分 → half up → 1分
    ("zy-later-half-fen", "ZY", 1, COVER_30, stay("0.01"), [e(K.STAY, "100")], 1),
    # (5000.03 − 200) × 70% = 4800.03 × 0.7 = 3360.021 → 3360.02
    ("zy-round-down", "ZY", 1, COVER_30, stay("5000.03"), [], 336002),
    # cap 20000 × 1 − 18000 paid = 2000 left; 10000 × 50% = 5000 → min → 2000.00
    ("zy-cap-across-stays", "ZY", 1, COVER_30, stay("10000"), [e(K.STAY, "18000")], 200000),
    # cap used up: 20000 − 20000 = 0 → 0
    ("zy-cap-exhausted", "ZY", 1, COVER_30, stay("10000"), [e(K.STAY, "20000")], 0),
    # 3 shares: cap 60000 − 55000 = 5000; 20000 × 50% = 10000 → 5000.00
    (
        "zy-cap-3-shares",
        "ZY",
        3,
        COVER_30,
        stay("20000"),
        [e(K.STAY, "30000"), e(K.STAY, "25000")],
        500000,
    ),
    # one stay above the cap: (40000 − 200) × 70% = 27860 > 20000 → 20000.00
    ("zy-single-stay-capped", "ZY", 1, COVER_30, stay("40000"), [], 2000000),
    # 2 shares: cap 40000 ≥ 27860 → 27860.00
    ("zy-2-shares-not-capped", "ZY", 2, COVER_30, stay("40000"), [], 2786000),
    # an earlier stay that paid 0 is not a paid stay: (1000 − 200) × 70% = 560.00
    ("zy-zero-stay-not-first", "ZY", 1, COVER_30, stay("1000"), [e(K.STAY, "0")], 56000),
    # third stay: 1000 × 50% = 500.00 (cap 20000 − 5860 left)
    (
        "zy-third-stay",
        "ZY",
        1,
        COVER_30,
        stay("1000"),
        [e(K.STAY, "3360"), e(K.STAY, "2500")],
        50000,
    ),
    # other kinds of claims do not make a stay "later": (1000 − 200) × 70% = 560.00
    ("zy-other-kind-ignored", "ZY", 1, COVER_30, stay("1000"), [e(K.ALLOWANCE, "400")], 56000),
    # admitted inside cover, discharged after its end: counts → 560.00
    (
        "zy-discharge-after-end",
        "ZY",
        1,
        COVER_30,
        stay("1000", D(2026, 12, 28), D(2027, 1, 5)),
        [],
        56000,
    ),
    # admitted the day before the cover starts → not covered → 0
    (
        "zy-admitted-before-start",
        "ZY",
        1,
        COVER_30,
        stay("1000", D(2025, 12, 31), D(2026, 1, 5)),
        [],
        0,
    ),
    # admitted the day after the end → 0
    (
        "zy-admitted-after-end",
        "ZY",
        1,
        COVER_30,
        stay("1000", D(2027, 1, 1), D(2027, 1, 5)),
        [],
        0,
    ),
    # waiting period: events from 31 January count; 30 January → 0
    (
        "zy-waiting-last-day",
        "ZY",
        1,
        COVER_30,
        stay("1000", D(2026, 1, 30), D(2026, 2, 5)),
        [],
        0,
    ),
    # admitted on the first day after the wait → (1000 − 200) × 70% = 560.00
    (
        "zy-waiting-over",
        "ZY",
        1,
        COVER_30,
        stay("1000", D(2026, 1, 31), D(2026, 2, 5)),
        [],
        56000,
    ),
    # filed exactly 2 years after settlement (10 Mar 2026 → 10 Mar 2028) → in time → 560.00
    (
        "zy-deadline-last-day",
        "ZY",
        1,
        COVER_30,
        stay("1000", filed_on=D(2028, 3, 10)),
        [],
        56000,
    ),
    # one day later → too late → 0
    ("zy-deadline-missed", "ZY", 1, COVER_30, stay("1000", filed_on=D(2028, 3, 11)), [], 0),
    # the period runs from settlement when it is later than discharge: settled 20 Mar 2026,
    # filed 15 Mar 2028 → in time → 560.00
    (
        "zy-deadline-from-settlement",
        "ZY",
        1,
        COVER_30,
        stay("1000", settled=D(2026, 3, 20), filed_on=D(2028, 3, 15)),
        [],
        56000,
    ),
    # settled 29 Feb 2028: two years later has no 29 Feb → last day 28 Feb 2030 → 560.00
    (
        "zy-deadline-leap-day-ok",
        "ZY",
        1,
        COVER_LEAP,
        stay("1000", D(2028, 2, 20), D(2028, 2, 29), filed_on=D(2030, 2, 28)),
        [],
        56000,
    ),
    # ... and 1 March 2030 is too late → 0
    (
        "zy-deadline-leap-day-late",
        "ZY",
        1,
        COVER_LEAP,
        stay("1000", D(2028, 2, 20), D(2028, 2, 29), filed_on=D(2030, 3, 1)),
        [],
        0,
    ),
    # ---- JT allowance ------------------------------------------------------------------
    # 1 → 2 March = 1 night < 2 → 0
    ("jt-one-night", "JT", 1, COVER_30, jt(D(2026, 3, 1), D(2026, 3, 2)), [], 0),
    # same-day discharge = 0 nights → 0
    ("jt-same-day", "JT", 1, COVER_30, jt(D(2026, 3, 1), D(2026, 3, 1)), [], 0),
    # 2 nights × 40 × 1 = 80.00
    ("jt-two-nights", "JT", 1, COVER_30, jt(D(2026, 3, 1), D(2026, 3, 3)), [], 8000),
    # 10 nights × 40 × 3 = 1200.00
    ("jt-ten-nights-3-shares", "JT", 3, COVER_30, jt(D(2026, 3, 1), D(2026, 3, 11)), [], 120000),
    # 170 days paid (170 × 40 = 6800); 20 nights → min(20, 180 − 170) = 10 × 40 = 400.00
    (
        "jt-180-day-limit",
        "JT",
        1,
        COVER_30,
        jt(D(2026, 9, 1), D(2026, 9, 21)),
        [e(K.ALLOWANCE, "6800")],
        40000,
    ),
    # 180 days paid (7200) → 0 left → 0
    (
        "jt-180-days-used",
        "JT",
        1,
        COVER_30,
        jt(D(2026, 9, 1), D(2026, 9, 21)),
        [e(K.ALLOWANCE, "7200")],
        0,
    ),
    # 2 shares, 100 days paid (100 × 40 × 2 = 8000); 100 nights → 80 × 40 × 2 = 6400.00
    (
        "jt-limit-2-shares",
        "JT",
        2,
        COVER_30,
        jt(D(2026, 7, 1), D(2026, 10, 9)),
        [e(K.ALLOWANCE, "8000")],
        640000,
    ),
    # admitted inside the waiting period (30 January) → 0
    ("jt-waiting", "JT", 1, COVER_30, jt(D(2026, 1, 30), D(2026, 2, 9)), [], 0),
    # ---- ZJ critical illness -----------------------------------------------------------
    # 重度 10000 × 1 = 10000.00
    ("zj-severe", "ZJ", 1, COVER_90, zj("重度"), [], 1000000),
    # 轻度 3000 × 2 = 6000.00
    ("zj-mild-2-shares", "ZJ", 2, COVER_90, zj("轻度"), [], 600000),
    # 轻度 then 重度: 10000 × 2 − 6000 = 14000.00
    (
        "zj-mild-then-severe",
        "ZJ",
        2,
        COVER_90,
        zj("重度"),
        [e(K.CRITICAL, "6000", "轻度")],
        1400000,
    ),
    # at most one 重度 per cover → 0
    ("zj-severe-twice", "ZJ", 1, COVER_90, zj("重度"), [e(K.CRITICAL, "10000", "重度")], 0),
    # only the first diagnosis counts: a second 轻度 → 0
    ("zj-mild-twice", "ZJ", 1, COVER_90, zj("轻度"), [e(K.CRITICAL, "3000", "轻度")], 0),
    # 轻度 after 重度 → 0
    ("zj-mild-after-severe", "ZJ", 1, COVER_90, zj("轻度"), [e(K.CRITICAL, "10000", "重度")], 0),
    # 90-day wait: diagnosed 31 March, events count from 1 April → 0
    ("zj-waiting-edge", "ZJ", 1, COVER_90, zj("重度", D(2026, 3, 31)), [], 0),
    # diagnosed 1 April → 10000.00
    ("zj-waiting-over", "ZJ", 1, COVER_90, zj("重度", D(2026, 4, 1)), [], 1000000),
    # diagnosed 10 May 2026, filed 10 May 2028 → in time → 10000.00
    (
        "zj-deadline-last-day",
        "ZJ",
        1,
        COVER_90,
        zj("重度", filed_on=D(2028, 5, 10)),
        [],
        1000000,
    ),
    # filed 11 May 2028 → too late → 0
    ("zj-deadline-missed", "ZJ", 1, COVER_90, zj("重度", filed_on=D(2028, 5, 11)), [], 0),
    # ---- NZ women's special diseases ---------------------------------------------------
    # 8000 × 1 = 8000.00
    ("nz-first", "NZ", 1, COVER_NZ, nz("乳腺癌（右）"), [], 800000),
    # once per cover → 0
    ("nz-second", "NZ", 1, COVER_NZ, nz("宫颈癌"), [e(K.FEMALE, "8000")], 0),
    # a disease outside the plan's list → 0
    ("nz-other-disease", "NZ", 1, COVER_NZ, nz("肺癌"), [], 0),
    # second year of a 24-month cover → 8000.00
    ("nz-second-year", "NZ", 1, COVER_NZ, nz("卵巢癌", D(2027, 6, 1)), [], 800000),
    # waiting: diagnosed 31 March (waiting until 1 April) → 0
    ("nz-waiting-edge", "NZ", 1, COVER_NZ, nz("乳腺癌", D(2026, 3, 31)), [], 0),
    # ---- YW accident -------------------------------------------------------------------
    # death: 15000 × 4 = 60000.00
    ("yw-death-4-shares", "YW", 4, COVER_YW, yw(K.ACCIDENT_DEATH), [], 6000000),
    # grade 1: (110 − 10·1)% = 100% × 15000 × 1 = 15000.00
    ("yw-disability-grade-1", "YW", 1, COVER_YW, yw(K.ACCIDENT_DISABILITY, grade=1), [], 1500000),
    # grade 10: (110 − 100)% = 10% × 30000 (2 shares) = 3000.00
    ("yw-disability-grade-10", "YW", 2, COVER_YW, yw(K.ACCIDENT_DISABILITY, grade=10), [], 300000),
    # grade 3: (110 − 30)% = 80% × 60000 (4 shares) = 48000.00
    ("yw-disability-grade-3", "YW", 4, COVER_YW, yw(K.ACCIDENT_DISABILITY, grade=3), [], 4800000),
    # grade 7, 3 shares: (110 − 70)% = 40% × 45000 = 18000.00
    ("yw-disability-grade-7", "YW", 3, COVER_YW, yw(K.ACCIDENT_DISABILITY, grade=7), [], 1800000),
    # disability then death: 60000 − 48000 = 12000.00
    (
        "yw-disability-then-death",
        "YW",
        4,
        COVER_YW,
        yw(K.ACCIDENT_DEATH),
        [e(K.ACCIDENT_DISABILITY, "48000")],
        1200000,
    ),
    # death paid once → 0
    (
        "yw-death-twice",
        "YW",
        1,
        COVER_YW,
        yw(K.ACCIDENT_DEATH),
        [e(K.ACCIDENT_DEATH, "15000")],
        0,
    ),
    # nothing for disability after death → 0
    (
        "yw-disability-after-death",
        "YW",
        1,
        COVER_YW,
        yw(K.ACCIDENT_DISABILITY, grade=5),
        [e(K.ACCIDENT_DEATH, "15000")],
        0,
    ),
    # a second disability: grade 1 = 30000 but only 30000 − 3000 paid = 27000 left → 27000.00
    (
        "yw-second-disability-capped",
        "YW",
        2,
        COVER_YW,
        yw(K.ACCIDENT_DISABILITY, grade=1),
        [e(K.ACCIDENT_DISABILITY, "3000")],
        2700000,
    ),
    # accidents have no waiting period: accident on the cover's first day, even with a
    # waiting date on the cover → 15000.00
    (
        "yw-no-waiting",
        "YW",
        1,
        COVER_30,
        yw(K.ACCIDENT_DEATH, accident=D(2026, 1, 1)),
        [],
        1500000,
    ),
    # accident the day after the cover ends → 0
    ("yw-after-end", "YW", 1, COVER_YW, yw(K.ACCIDENT_DEATH, accident=D(2027, 1, 1)), [], 0),
    # 意外住院 10 days × 20 × 2 = 400.00
    ("yw-stay-10-days", "YW", 2, COVER_YW, yw(K.ACCIDENT_STAY, days=10), [], 40000),
    # 意外住院 from dates when no day count: 5 → 12 June = 7 nights × 20 × 1 = 140.00
    (
        "yw-stay-from-dates",
        "YW",
        1,
        COVER_YW,
        yw(K.ACCIDENT_STAY, admitted=D(2026, 6, 5), discharged=D(2026, 6, 12)),
        [],
        14000,
    ),
    # 175 days paid (175 × 20 = 3500); 10 days → min(10, 5) = 5 × 20 = 100.00
    (
        "yw-stay-180-limit",
        "YW",
        1,
        COVER_YW,
        yw(K.ACCIDENT_STAY, days=10),
        [e(K.ACCIDENT_STAY, "3500")],
        10000,
    ),
    # 180 days paid (3600) → 0
    (
        "yw-stay-days-used",
        "YW",
        1,
        COVER_YW,
        yw(K.ACCIDENT_STAY, days=10),
        [e(K.ACCIDENT_STAY, "3600")],
        0,
    ),
    # death: the period runs from the accident (1 June 2026); filed 1 June 2028 → 15000.00
    (
        "yw-deadline-last-day",
        "YW",
        1,
        COVER_YW,
        yw(K.ACCIDENT_DEATH, filed_on=D(2028, 6, 1)),
        [],
        1500000,
    ),
    # filed 2 June 2028 → 0
    (
        "yw-deadline-missed",
        "YW",
        1,
        COVER_YW,
        yw(K.ACCIDENT_DEATH, filed_on=D(2028, 6, 2)),
        [],
        0,
    ),
]


@pytest.mark.parametrize(
    ("plan", "shares", "cover", "claim", "earlier", "expected"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_benefit_table(
    plan: str,
    shares: int,
    cover: dict,
    claim: dict,
    earlier: list[EarlierClaim],
    expected: int,
) -> None:
    facts = ClaimFacts(**{"filed_on": FILED, **claim})
    result = compute_benefit(
        RULES[plan],
        CoverageFacts(shares=shares, **cover),
        facts,
        earlier,
        claim_deadline_years=DEADLINE,
    )
    assert result.amount_fen == expected, "\n".join(result.text)
    assert result.lines, "every result carries its working"


def test_table_is_big_enough() -> None:
    assert len(CASES) >= 40
    assert len({c[0] for c in CASES}) == len(CASES)


def test_first_stay_working_reads_like_the_notice() -> None:
    result = compute_benefit(
        RULES["ZY"],
        CoverageFacts(shares=1, **COVER_30),
        ClaimFacts(**{"filed_on": FILED, **stay("5000")}),
        [],
        claim_deadline_years=DEADLINE,
    )
    assert result.text[:2] == [
        "政策内个人自付 5,000.00 元 − 起付额 200.00 元 = 4,800.00 元",
        "× 70%（本保障期首次住院）= 3,360.00 元",
    ]
    assert "剩余限额 20,000.00 元，给付 3,360.00 元" in result.text


def test_ineligible_claim_says_why() -> None:
    result = compute_benefit(
        RULES["ZY"],
        CoverageFacts(shares=1, **COVER_30),
        ClaimFacts(**{"filed_on": FILED, **stay("1000", D(2026, 1, 30), D(2026, 2, 5))}),
        [],
        claim_deadline_years=DEADLINE,
    )
    assert not result.eligible
    assert any("观察期" in p for p in result.problems)
    assert result.text[-1] == "给付互助金 0.00 元"


def test_add_years_leap_day() -> None:
    assert add_years(D(2028, 2, 29), 2) == D(2030, 2, 28)
    assert add_years(D(2026, 3, 10), 2) == D(2028, 3, 10)


def test_kind_outside_the_rule_is_a_bug() -> None:
    with pytest.raises(ValueError):
        compute_benefit(
            RULES["ZY"],
            CoverageFacts(shares=1, **COVER_30),
            ClaimFacts(**{"filed_on": FILED, **zj("重度")}),
            [],
            claim_deadline_years=DEADLINE,
        )
