"""Pinyin initials read from pypinyin's character table agree with pypinyin itself."""

from __future__ import annotations

from pypinyin import Style, lazy_pinyin

from app import pinyin
from app.pinyin import initials


def test_every_character_reads_as_pypinyin_reads_it() -> None:
    table = pinyin._letters()
    assert len(table) > 40_000
    for code in [*range(0x4E00, 0xA000), *range(0x3400, 0x3500), *range(0xFF00, 0xFF60)]:
        letters = lazy_pinyin(chr(code), style=Style.FIRST_LETTER, errors="ignore")
        first = letters[0][:1].lower() if letters and letters[0] else ""
        assert pinyin._char_initial(chr(code)) == first, hex(code)


def test_names_surnames_and_latin_words() -> None:
    assert initials("张三") == "zs"
    assert initials("欧阳·娜") == "oyn"
    assert initials("曾小贤") == "zxx"  # surname reading, not ceng
    assert initials("单田芳") == "stf"
    assert initials("Tom李") == "tl"
    assert initials("阿依古丽·买买提") == "aygl" + "mmt"
