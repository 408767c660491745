"""Chinese capital amounts (大写) and figures as printed on receipts and notices."""

from __future__ import annotations

import pytest

from app.printing.amounts import capitals, yuan


@pytest.mark.parametrize(
    ("fen", "expected"),
    [
        # acceptance 2
        (1, "壹分"),
        (1000, "壹拾元整"),
        (10050, "壹佰元伍角整"),
        (100500, "壹仟零伍元整"),
        (1000007, "壹万元零柒分"),
        (1234567, "壹万贰仟叁佰肆拾伍元陆角柒分"),
        (10000000000, "壹亿元整"),
        # more edge cases
        (0, "零元整"),
        (5, "伍分"),
        (50, "伍角整"),
        (10000000, "壹拾万元整"),
        (101010, "壹仟零壹拾元壹角整"),
        (1001000, "壹万零壹拾元整"),
        (100010000, "壹佰万零壹佰元整"),
        (10000000100, "壹亿零壹元整"),
        (10001000000, "壹亿零壹万元整"),
        (1000000010, "壹仟万元壹角整"),
        (1900000, "壹万玖仟元整"),
        (2000100, "贰万零壹元整"),
        (99999999999, "玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        (6000000, "陆万元整"),
    ],
)
def test_capitals(fen: int, expected: str) -> None:
    assert capitals(fen) == expected


def test_negative_amount_is_refused() -> None:
    with pytest.raises(ValueError):
        capitals(-1)


@pytest.mark.parametrize(
    ("fen", "expected"),
    [
        (0, "0.00"),
        (1, "0.01"),
        (1234567, "12,345.67"),
        (10000000000, "100,000,000.00"),
        (-250, "-2.50"),
    ],
)
def test_figures(fen: int, expected: str) -> None:
    assert yuan(fen) == expected
