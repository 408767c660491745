"""GB 11643 resident IDs and GB 32100 credit codes (docs/domain.md §5)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import RejectedInput
from app.ids import (
    age_on,
    id_check_digit,
    normalise,
    parse_resident_id,
    parse_uscc,
    uscc_check_char,
)
from models.enums import Gender

TODAY = dt.date(2026, 11, 28)


def test_known_valid_id_gives_birth_date_and_sex() -> None:
    # 11010519491231002X: the textbook example of GB 11643 (check character X, female)
    rid = parse_resident_id("11010519491231002X", today=TODAY)
    assert rid.birth_date == dt.date(1949, 12, 31)
    assert rid.gender is Gender.FEMALE
    assert rid.region == "110105"


def test_check_digit_by_hand() -> None:
    # 42+9+0+10+0+16+2+9+48+0+0+9+0+5+0+0+2 = 152; 152 % 11 = 9; "10X98765432"[9] = "3"
    assert id_check_digit("61020419800101001") == "3"
    # odd 17th digit: male
    assert parse_resident_id("610204198001010013", today=TODAY).gender is Gender.MALE


def test_lower_case_x_and_full_width_digits_are_normalised() -> None:
    assert parse_resident_id("11010519491231002x", today=TODAY).number == "11010519491231002X"
    assert parse_resident_id("１１０１０５１９４９１２３１００２Ｘ", today=TODAY).number.endswith(
        "2X"
    )
    assert normalise(" 6102 04 ") == "610204"


def test_fifteen_digit_legacy_number_is_converted() -> None:
    rid = parse_resident_id("110105491231002", today=TODAY)
    assert rid.number == "11010519491231002X"
    assert rid.birth_date == dt.date(1949, 12, 31)


@pytest.mark.parametrize(
    ("number", "fragment"),
    [
        ("11010519491231002Y", "18位"),
        ("1101051949123100", "18位"),
        ("110105194912310021", "校验位错误（最后一位应为 X）"),
        ("110105194902300028", "出生日期 19490230 不存在"),
        ("110105209912310023", "不合理"),
    ],
)
def test_invalid_ids_say_what_is_wrong(number: str, fragment: str) -> None:
    first17 = number[:17]
    if fragment == "不合理":
        number = first17 + id_check_digit(first17)
    with pytest.raises(RejectedInput) as info:
        parse_resident_id(number, today=TODAY)
    assert fragment in str(info.value)
    assert info.value.field == "id_number"


def test_retired_region_codes_are_accepted() -> None:
    # 612701 (old 榆林地区) no longer exists; the card is still valid
    first17 = "61270119700101003"
    assert parse_resident_id(first17 + id_check_digit(first17), today=TODAY).region == "612701"


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY),
    st.integers(min_value=0, max_value=999),
    st.from_regex(r"[1-6]\d{5}", fullmatch=True),
)
def test_every_generated_id_round_trips(birth: dt.date, order: int, region: str) -> None:
    first17 = f"{region}{birth:%Y%m%d}{order:03d}"
    rid = parse_resident_id(first17 + id_check_digit(first17), today=TODAY)
    assert rid.birth_date == birth
    assert rid.gender is (Gender.MALE if order % 2 else Gender.FEMALE)


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY),
    st.integers(min_value=0, max_value=999),
    st.integers(min_value=0, max_value=17),
    st.integers(min_value=1, max_value=9),
)
def test_any_single_digit_change_is_caught(
    birth: dt.date, order: int, pos: int, delta: int
) -> None:
    first17 = f"610204{birth:%Y%m%d}{order:03d}"
    good = first17 + id_check_digit(first17)
    chars = list(good)
    if chars[pos] == "X":
        chars[pos] = "0"
    else:
        chars[pos] = str((int(chars[pos]) + delta) % 10)
    bad = "".join(chars)
    try:
        parse_resident_id(bad, today=TODAY)
    except RejectedInput:
        return
    pytest.fail(f"{bad} accepted (changed from {good})")


def test_known_valid_uscc() -> None:
    assert parse_uscc("91350100M000100Y43") == "91350100M000100Y43"
    assert parse_uscc(" 91350100m000100y43 ") == "91350100M000100Y43"


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        ("91350100M000100Y44", "校验位错误（最后一位应为 3）"),
        ("91350100M000100Y4", "18位"),
        ("91350100M0001O0Y43", "不含 I、O、Z、S、V"),
    ],
)
def test_invalid_uscc_says_what_is_wrong(code: str, fragment: str) -> None:
    with pytest.raises(RejectedInput) as info:
        parse_uscc(code)
    assert fragment in str(info.value)


@given(st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXY", min_size=17, max_size=17))
def test_uscc_check_round_trips(first17: str) -> None:
    assert parse_uscc(first17 + uscc_check_char(first17)).startswith(first17)


@pytest.mark.parametrize(
    ("birth", "day", "age"),
    [
        (dt.date(1966, 3, 1), dt.date(2026, 2, 28), 59),
        (dt.date(1966, 3, 1), dt.date(2026, 3, 1), 60),
        (dt.date(1964, 2, 29), dt.date(2025, 2, 28), 60),
        (dt.date(1964, 2, 29), dt.date(2025, 3, 1), 61),
    ],
)
def test_age_on_counts_completed_years(birth: dt.date, day: dt.date, age: int) -> None:
    assert age_on(birth, day) == age
