"""Pinyin initials for search as you type ("张三" -> "zs", "欧阳·娜" -> "oyn").

Names are read one character at a time from pypinyin's single-character table: a name's reading
does not depend on phrase context, so this is ~20x faster than asking pypinyin for every whole
name (1.4 s for 50k names). The table (pinyin_dict.json) is read directly, reduced to each
character's first letter: importing pypinyin itself would also load its phrase dictionary and copy
both, ~50 MB that initials never use, held for the rest of the session. The first character is
read as a surname, where common polyphonic surnames differ from the everyday reading (曾 zeng,
单 shan, 解 xie, 仇 qiu, 区 ou …). A run of Latin letters counts as one word.
"""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from functools import cache
from pathlib import Path

_SURNAME_INITIALS = {
    "曾": "z",
    "单": "s",
    "解": "x",
    "仇": "q",
    "区": "o",
    "朴": "p",
    "查": "z",
    "乐": "y",
    "覃": "q",
    "缪": "m",
    "翟": "z",
    "盖": "g",
    "尉": "y",
    "长": "c",
    "秘": "b",
    "种": "c",
    "员": "y",
    "召": "s",
}


@cache
def _letters() -> dict[int, str]:
    """Code point → first letter of its first reading, from pypinyin's own data file (found
    without importing the package)."""
    spec = importlib.util.find_spec("pypinyin")
    assert spec is not None and spec.origin is not None, "pypinyin is a runtime dependency"
    readings = json.loads(Path(spec.origin).with_name("pinyin_dict.json").read_text("utf-8"))
    table = {}
    for code, reading in readings.items():
        letter = unicodedata.normalize("NFD", reading)[:1].lower()  # ǎ → a, ḿ → m
        if letter.isascii() and letter.isalpha():
            table[int(code)] = letter
    return table


def _char_initial(ch: str) -> str:
    return _letters().get(ord(ch), "")


def initials(name: str) -> str:
    out: list[str] = []
    in_latin = False
    for index, ch in enumerate(name):
        if ch.isascii():
            if ch.isalpha() and not in_latin:
                out.append(ch.lower())
            in_latin = ch.isalpha()
            continue
        in_latin = False
        if index == 0 and ch in _SURNAME_INITIALS:
            out.append(_SURNAME_INITIALS[ch])
        else:
            out.append(_char_initial(ch))
    return "".join(out)
