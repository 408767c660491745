"""Money as printed: figures (`12,345.67`) and Chinese capitals (大写) for receipts and notices.

The capital form follows the People's Bank rules for filling in vouchers: 壹 before 拾
(壹拾元), one 零 for any run of zeros inside the number or between 万/亿 sections, 整 after an
amount that ends in 元 or 角, none after 分; the optional 零 after a zero 元 digit is not written
(1010.10 → 壹仟零壹拾元壹角整).
"""

from __future__ import annotations

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("", "拾", "佰", "仟")
_SECTIONS = ("", "万", "亿", "万亿")


def yuan(fen: int) -> str:
    """12345 fen -> '123.45'; thousands separated: 1234567 -> '12,345.67'."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}"


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
    """Chinese capital amount of `fen`: 1234567 -> 壹万贰仟叁佰肆拾伍元陆角柒分.

    Raises ValueError for negative amounts (refunds print their own wording).
    """
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
