"""Identity numbers: resident ID (GB 11643-1999), unified social credit code (GB 32100-2015).

Both checks are pure functions returning the normalised value or raising RejectedInput with a
message that tells the clerk what is wrong. Region codes are never checked against a list:
retired codes are still valid on old cards.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from operator import mul

from app.errors import RejectedInput
from app.i18n import msg
from models.enums import Gender

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID_ZEROS = ord("0") * sum(_ID_WEIGHTS)  # what the ASCII codes of 17 digits add over their values
_ID_15 = re.compile(r"\d{15}")
_ID_18 = re.compile(r"\d{17}[\dX]")
_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


@dataclass(frozen=True)
class ResidentId:
    number: str  # 18 characters, upper-case X
    birth_date: dt.date
    gender: Gender
    region: str


def normalise(text: str) -> str:
    """Full-width digits and letters to ASCII, spaces removed, upper case."""
    if text.isascii() and text.isalnum():  # the usual case: nothing to convert or remove
        return text if text.isdigit() else text.upper()
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).upper()


def id_check_digit(first17: str) -> str:
    if len(first17) == 17 and first17.isascii() and first17.isdigit():  # a roster's 50k rows
        return _ID_CHECK[(sum(map(mul, first17.encode(), _ID_WEIGHTS)) - _ID_ZEROS) % 11]
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


def parse_resident_id(text: str, *, today: dt.date | None = None) -> ResidentId:
    """Validate an 18-digit ID (or convert a 15-digit legacy one) and read birth date and sex."""
    number = normalise(text)
    if _ID_15.fullmatch(number):
        first17 = number[:6] + "19" + number[6:]
        number = first17 + id_check_digit(first17)
    elif not _ID_18.fullmatch(number):
        raise RejectedInput(
            msg("身份证号码“{n}”应为18位（最后一位可为X）或15位旧号码，请核对。", n=text),
            field="id_number",
        )
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise RejectedInput(
            msg("身份证号码“{n}”中的出生日期 {d} 不存在，请核对。", n=text, d=number[6:14]),
            field="id_number",
        ) from None
    if birth > (today or dt.date.today()) or birth.year < 1900:
        raise RejectedInput(
            msg("身份证号码“{n}”中的出生日期 {d} 不合理，请核对。", n=text, d=birth.isoformat()),
            field="id_number",
        )
    expected = id_check_digit(number[:17])
    if number[17] != expected:
        raise RejectedInput(
            msg(
                "身份证号码“{n}”校验位错误（最后一位应为 {c}），请核对是否抄错。",
                n=text,
                c=expected,
            ),
            field="id_number",
        )
    gender = Gender.MALE if int(number[16]) % 2 else Gender.FEMALE
    return ResidentId(number, birth, gender, number[:6])


def uscc_check_char(first17: str) -> str:
    total = sum(_USCC_ALPHABET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return _USCC_ALPHABET[(31 - total % 31) % 31]


def parse_uscc(text: str) -> str:
    """Validate a unified social credit code and return it normalised."""
    code = normalise(text)
    if len(code) != 18 or any(c not in _USCC_ALPHABET for c in code):
        raise RejectedInput(
            msg(
                "统一社会信用代码“{c}”应为18位数字或大写字母（不含 I、O、Z、S、V），请核对。",
                c=text,
            ),
            field="uscc",
        )
    expected = uscc_check_char(code[:17])
    if code[17] != expected:
        raise RejectedInput(
            msg(
                "统一社会信用代码“{c}”校验位错误（最后一位应为 {e}），请核对。", c=text, e=expected
            ),
            field="uscc",
        )
    return code


def age_on(birth: dt.date, day: dt.date) -> int:
    """Completed years on `day` (a person born on 29 Feb ages on 1 Mar in common years)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
