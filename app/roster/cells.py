"""Cell values as units type them, turned into what the member service expects.

Excel and WPS hand us floats for anything that looks like a number (13812345678.0), dates or
datetimes for date cells, and text with full-width digits, stray spaces and assorted middle dots
in names. An ID number typed into a number cell is the classic loss: Excel keeps 15 significant
digits, so an 18-digit number comes back as 6.10204199001011E+17 and its last digits are gone.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from app.members import ID_TYPE_LABELS
from models.enums import IdType

MAX_EXACT_DIGITS = 15  # Excel stores numbers as doubles shown to 15 significant digits
_SCIENTIFIC = re.compile(r"\d(\.\d+)?E\+?\d+")
_DOTS = str.maketrans({c: "·" for c in "•‧∙⋅・"})
_CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0003ffff·]+")
_SPACES = re.compile(r"\s+")
_SPACED_DOT = re.compile(r"\s*([•‧∙⋅・·])\s*")
_PLAIN_ID = re.compile(r"\d{17}[\dXx]|\d{15}")
_DATE_TEXT = re.compile(r"(\d{4})\D{0,2}?(\d{1,2})\D{0,2}?(\d{1,2})\D?")
ID_TYPE_NAMES: dict[str, IdType] = {
    **{label: id_type for id_type, label in ID_TYPE_LABELS.items()},
    "身份证": IdType.RESIDENT_ID,
    "居民身份证": IdType.RESIDENT_ID,
    "二代身份证": IdType.RESIDENT_ID,
    "护照": IdType.PASSPORT,
    "港澳居民居住证": IdType.HMT_PERMIT,
    "台湾居民居住证": IdType.HMT_PERMIT,
    "港澳台居民居住证": IdType.HMT_PERMIT,
    "港澳台通行证": IdType.HMT_PERMIT,
    "其他": IdType.OTHER,
}


def text_of(value: Any) -> str:
    """Any cell as trimmed text: 13812345678.0 → '13812345678', a date → '1990-01-02'."""
    if type(value) is str:  # the common case first: plain text needs no NFKC
        return value.strip() if value.isascii() else unicodedata.normalize("NFKC", value).strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return unicodedata.normalize("NFKC", str(value)).strip()


def shown_as_excel(value: float) -> str:
    """How Excel shows a large number in a General cell: 6.10204E+17."""
    mantissa, exponent = f"{value:.5E}".split("E")
    return f"{mantissa.rstrip('0').rstrip('.')}E+{int(exponent):02d}"


def id_text(value: Any) -> tuple[str, bool]:
    """(the ID number as text, whether digits were lost because it was stored as a number)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
        if number.is_integer() and abs(number) < 10**MAX_EXACT_DIGITS:
            return str(int(number)), False
        return shown_as_excel(number), True
    if type(value) is str and _PLAIN_ID.fullmatch(value):  # the cell itself, not a copy
        return (value.upper() if value[-1] == "x" else value), False
    text = _SPACES.sub("", unicodedata.normalize("NFKC", str(value or ""))).lstrip("'")
    text = text.upper()
    return text, bool(_SCIENTIFIC.fullmatch(text))


def name_text(value: Any) -> str:
    """A person's name: spaces trimmed, spaces inside a Chinese name dropped ('张 三' → '张三'),
    the middle dots of minority and foreign names made one '·' (阿依古丽·买买提)."""
    if type(value) is str and _CJK.fullmatch(value):
        return value
    text = unicodedata.normalize("NFKC", str(value or "")).strip()
    text = _SPACED_DOT.sub(r"\1", text).translate(_DOTS)
    compact = _SPACES.sub("", text)
    if _CJK.fullmatch(compact.replace(".", "·")):
        return compact.replace(".", "·")
    return _SPACES.sub(" ", text)


def date_of(value: Any) -> dt.date | None:
    """A date cell or text such as 1990-01-02, 1990/1/2, 1990年1月2日, 19900102; None if empty.
    Raises ValueError for text that is not a real date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = text_of(value)
    if not text:
        return None
    if re.fullmatch(r"\d{8}", text):
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    match = _DATE_TEXT.fullmatch(text)
    if match is None:
        raise ValueError(text)
    return dt.date(*(int(g) for g in match.groups()))


def id_type_of(value: Any) -> IdType | None:
    """'居民身份证', '身份证', '护照' … → IdType; empty → resident ID; unknown → None."""
    text = text_of(value)
    if not text:
        return IdType.RESIDENT_ID
    return ID_TYPE_NAMES.get(text) or next((t for t in IdType if t.value == text.lower()), None)
