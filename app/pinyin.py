"""Pinyin initials for search as you type ("张三" -> "zs", "欧阳·娜" -> "oyn")."""

from __future__ import annotations

from pypinyin import Style, lazy_pinyin


def initials(name: str) -> str:
    letters = lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore")
    return "".join(p[:1] for p in letters if p and p[0].isascii() and p[0].isalpha()).lower()
