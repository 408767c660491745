"""The one check for characters a person's text must not hold, at every entry: forms and the
command line (through the services), rosters (app/roster/validate.py) and sync packages.

Names, unit names, addresses, bank names and reasons are printed on certificates, sent to banks
and compared for duplicates. Characters nobody can see corrupt all three: control characters
and NUL (C0/C1, DEL), zero-width characters (U+200B–U+200D, U+2060, U+FEFF), bidi controls that
reorder what is shown (U+200E/F, U+202A–U+202E, U+2066–U+2069), other format characters
(Unicode category Cf, e.g. U+00AD), line and paragraph separators, surrogates and private-use
characters. They are refused, not silently stripped, naming the character and its position, so
the clerk can see what the unit's file or a pasted text carried. Free text written over several
lines (a reason, a diagnosis) may keep its line breaks.
"""

from __future__ import annotations

import unicodedata

from app.errors import RejectedInput
from app.i18n import Message, msg

_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
_NAMES = {
    "\x00": "NUL 空字符",
    "\t": "制表符",
    "\n": "换行符",
    "\r": "回车符",
    "\u200b": "零宽空格",
    "\u200c": "零宽不连字",
    "\u200d": "零宽连字",
    "\u200e": "从左至右标记",
    "\u200f": "从右至左标记",
    "\u202a": "从左至右嵌入",
    "\u202b": "从右至左嵌入",
    "\u202c": "方向格式结束",
    "\u202d": "从左至右覆盖",
    "\u202e": "从右至左覆盖",
    "\u2060": "零宽不换行",
    "\u2066": "从左至右隔离",
    "\u2067": "从右至左隔离",
    "\u2068": "方向隔离",
    "\u2069": "方向隔离结束",
    "\ufeff": "字节顺序标记/零宽不换行空格",
    "\u00ad": "软连字符",
}


def first_hidden(text: str, *, multiline: bool = False) -> tuple[int, str] | None:
    """(1-based position, character) of the first character `text` must not hold, or None."""
    if text.isprintable():  # the common case, decided in C: no Cc/Cf/Z*/Cs/Co/Cn at all
        return None
    for index, char in enumerate(text):
        if char.isprintable() or char == " ":
            continue  # the common case: isprintable is False exactly for Cc/Cf/Z*/Cs/Co/Cn
        if multiline and char in "\r\n":
            continue
        if unicodedata.category(char) in _REFUSED_CATEGORIES or char in _NAMES:
            return index + 1, char
    return None


def describe(char: str) -> str:
    """'U+202E（从右至左覆盖）' — how a message names the character."""
    name = _NAMES.get(char) or unicodedata.name(char, "") or msg("控制字符")
    return f"U+{ord(char):04X}（{name}）"


def hidden_message(label: str | Message, position: int, char: str) -> Message:
    return msg(
        "{label}的第 {pos} 个字符是看不见的字符 {char}，不能保存：请删去它后重新输入"
        "（复制粘贴或单位的文件常会带入这类字符）。",
        label=label,
        pos=position,
        char=describe(char),
    )


def check_text(
    value: str | None,
    *,
    field: str,
    label: str | Message,
    multiline: bool = False,
    row: int | None = None,
) -> str:
    """`value` unchanged if it holds no refused character (see the module doc); otherwise
    RejectedInput naming the field, the character (U+XXXX) and its position."""
    if not value:
        return value or ""
    found = first_hidden(value, multiline=multiline)
    if found is not None:
        raise RejectedInput(hidden_message(label, *found), field=field, row=row)
    return value
