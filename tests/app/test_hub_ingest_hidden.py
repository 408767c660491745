"""The hub's raw search for hidden characters (app/hub/ingest.py `_MAYBE_HIDDEN`) finds every
way a refused character can be written in JSON, so that PostgreSQL's exact check is only
skipped for text that cannot hold one."""

from __future__ import annotations

import json

import pytest

from app.hub.ingest import _MAYBE_HIDDEN, _may_hide

REFUSED = [
    *map(chr, range(0x7F, 0xA0)),
    "\xad",
    *map(chr, range(0x200B, 0x2010)),
    *map(chr, range(0x202A, 0x202F)),
    *map(chr, range(0x2060, 0x206A)),
    "\ufeff",
    "\u2028",
    "\u2029",
    *(chr(c) for c in range(0x01, 0x20) if c != 0x0A),  # a line break may stay
]


def _forms(char: str) -> list[bytes]:
    literal = json.dumps({"name": f"王{char}芳"}, ensure_ascii=False).encode()
    escaped = json.dumps({"name": f"王{char}芳"}).encode()
    upper = f'{{"name": "王\\u{ord(char):04X}芳"}}'.encode()
    return [literal, escaped, upper]


@pytest.mark.parametrize("char", REFUSED, ids=lambda c: f"U+{ord(c):04X}")
def test_every_refused_character_is_found_however_written(char: str) -> None:
    for raw in _forms(char):
        assert _MAYBE_HIDDEN.search(raw) and _may_hide(raw), raw


def test_backslash_sequences_that_read_as_escapes_are_found() -> None:
    for raw in (rb'{"a": "x\\b"}', rb'{"a": "\\u005cb"}', rb'{"a": "\\u005Cu0001"}'):
        assert _MAYBE_HIDDEN.search(raw) and _may_hide(raw), raw


def test_plain_rows_are_not_sent_to_the_exact_check() -> None:
    row = {"name": "阿依古丽·买买提", "note": "line\nbreak", "quote": 'say "hi"', "n": 1}
    assert _MAYBE_HIDDEN.search(json.dumps(row, ensure_ascii=False).encode()) is None
    assert _MAYBE_HIDDEN.search(json.dumps(row).encode()) is None  # \\u escapes of CJK
    assert not _may_hide(json.dumps(row, ensure_ascii=False).encode())
