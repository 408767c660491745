"""Money, the one place it is read and written. An amount is always an integer number of fen;
this module turns a clerk's yuan text into fen and fen into the forms the desk shows: figures
with thousands separators (`12,345.67`), plain figures (`12345.67`), Chinese capitals (大写) and
Decimal yuan for workbook cells. No float ever holds money.

The capital form follows the People's Bank rules for filling in vouchers: 壹 before 拾
(壹拾元), one 零 for any run of zeros inside the number or between 万/亿 sections, 整 after an
amount that ends in 元 or 角, none after 分; the optional 零 after a zero 元 digit is not written
(1010.10 → 壹仟零壹拾元壹角整).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import overload

from app.errors import RejectedInput
from app.i18n import msg

MAX_FEN = 100_000_000 * 100
"""The largest amount a clerk may type: 1 亿元. Anything larger is a slip of the keyboard."""

_FIGURES = re.compile(r"(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<cents>\d{1,2}))?")
_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("", "拾", "佰", "仟")
_SECTIONS = ("", "万", "亿", "万亿")


def parse_yuan(text: str, *, field: str = "amount", label: str | None = None) -> int:
    """A clerk's yuan text → fen: "1234.5" → 123450, "12,345.67" → 1234567.

    Full-width digits and punctuation are read as their ASCII forms; thousands separators must
    stand between groups of three. Refused with a Chinese message naming the text (and
    `label`, the form field or command-line option, when given) and the allowed range: blanks,
    negatives, more than two decimals, anything but figures (1e309, NaN), over 1 亿元."""
    name = label or msg("金额")
    plain = unicodedata.normalize("NFKC", text).strip()
    if plain.startswith("-") and _FIGURES.fullmatch(plain[1:].strip()):
        raise RejectedInput(msg("{n}“{t}”不能为负数。", n=name, t=text), field=field)
    found = _FIGURES.fullmatch(plain) if len(plain) <= 40 else None
    if found is None:
        raise RejectedInput(
            msg(
                "{n}“{t}”应为不小于 0、最多两位小数的元数，如 1234.50（0 到 1 亿元）。",
                n=name,
                t=text,
            ),
            field=field,
        )
    fen = int(found["whole"].replace(",", "")) * 100 + int((found["cents"] or "0").ljust(2, "0"))
    if fen > MAX_FEN:
        raise RejectedInput(
            msg("{n}“{t}”超过 1 亿元，请核对（0 到 1 亿元）。", n=name, t=text), field=field
        )
    return fen


def yuan(fen: int) -> str:
    """Fen → figures with thousands separators: 1234567 → "12,345.67", -250 → "-2.50"."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}"


def plain_yuan(fen: int) -> str:
    """Fen → figures without separators: 1234567 → "12345.67" (text a clerk may edit and
    `parse_yuan` reads back)."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole}.{cents:02d}"


@overload
def decimal_yuan(fen: int) -> Decimal: ...
@overload
def decimal_yuan(fen: None) -> None: ...
@overload
def decimal_yuan(fen: int | None) -> Decimal | None: ...
def decimal_yuan(fen: int | None) -> Decimal | None:
    """Fen → exact Decimal yuan for a workbook cell (12345 → Decimal("123.45")); None stays
    None (an empty cell)."""
    return None if fen is None else Decimal(fen).scaleb(-2)


def _section(value: int) -> str:
    """Capitals of 1..9999 without leading zero; inner zeros collapse to one 零."""
    out: list[str] = []
    zero_pending = False
    for place in range(3, -1, -1):
        digit = value // 10**place % 10
        if digit == 0:
            zero_pending = bool(out)
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        out.append(_DIGITS[digit] + _PLACES[place])
    return "".join(out)


def _whole(value: int) -> str:
    groups = []
    while value:
        value, group = divmod(value, 10_000)
        groups.append(group)
    if len(groups) > len(_SECTIONS):
        raise ValueError("amount too large for Chinese capitals")
    out: list[str] = []
    zero_pending = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            zero_pending = bool(out)
            continue
        if out and (zero_pending or group < 1000):
            out.append("零")
        zero_pending = False
        out.append(_section(group) + _SECTIONS[index])
    return "".join(out)


def capitals(fen: int) -> str:
    """Chinese capital amount of `fen`: 1234567 → 壹万贰仟叁佰肆拾伍元陆角柒分.

    Raises ValueError for negative amounts (refunds print their own wording)."""
    if fen < 0:
        raise ValueError("negative amounts have no capital form")
    whole, cents = divmod(fen, 100)
    jiao, fen_digit = divmod(cents, 10)
    head = _whole(whole) + "元" if whole else ""
    if not cents:
        return (head or "零元") + "整"
    if not jiao:
        return head + ("零" if head else "") + _DIGITS[fen_digit] + "分"
    tail = _DIGITS[jiao] + "角"
    return head + tail + (_DIGITS[fen_digit] + "分" if fen_digit else "整")
