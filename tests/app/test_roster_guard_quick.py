"""The roster guard's quick pass (app/roster/guard.py): it vouches only for plain XML within
the limits, and every other form reaches the exact expat scan, which decides as before."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from app.errors import RejectedInput
from app.roster import guard

HEAD = b'<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>'
TAIL = b"</sheetData></worksheet>"


def _quick(xml: bytes) -> guard._QuickScan:
    return guard._quick_scan(io.BytesIO(xml), [0])


def _book(path: Path, sheet: bytes) -> Path:
    with zipfile.ZipFile(path, "w") as book:
        book.writestr(
            "xl/workbook.xml", '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>'
        )
        book.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        book.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def test_plain_rows_are_vouched_for_with_their_hidden_rows() -> None:
    rows = b"".join(
        b'<row r="%d"%s><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>'
        % (n, b' hidden="1"' if n in (3, 5) else b"", n)
        for n in range(1, 8)
    )
    quick = _quick(HEAD + rows + TAIL)
    assert quick.hidden == [3, 5] and quick.last_row == 7 and quick.widest == 1


@pytest.mark.parametrize(
    "cell",
    [
        b'<x:c r="A1"><v>1</v></x:c>',  # a prefixed cell
        b"<c><v>1</v></c>",  # placed by position
        b"<c r='A1'><v>1</v></c>",  # single quotes
        b'<c t="n" r="A1"><v>1</v></c>',  # the reference not first
        b'<c r="&#65;1"><v>1</v></c>',  # an entity in the reference
        b'<c r="A1"><v><![CDATA[1]]></v></c>',  # CDATA
        b'<c r="A1"><v>' + b"9" * (guard.MAX_CELL_CHARS + 1) + b"</v></c>",  # a long run
        b'<c r="ALM1"><v>1</v></c>',  # past the column limit: the exact scan names it
    ],
)
def test_anything_unusual_goes_to_the_exact_scan(cell: bytes) -> None:
    with pytest.raises(guard._Unusual):
        _quick(HEAD + b'<row r="1">' + cell + b"</row>" + TAIL)


def test_a_row_numbered_by_position_or_hidden_by_an_entity_goes_to_the_exact_scan() -> None:
    for row in (
        b'<row><c r="A1"/></row>',
        b'<row r="1" hidden="&#49;"><c r="A1"/></row>',
        b'<row spans="1:1" r="1"><c r="A1"/></row>',  # the number not first
        b'<row r="1" x=">" hidden="1"><c r="A1"/></row>',  # ">" inside a value
    ):
        with pytest.raises(guard._Unusual):
            _quick(HEAD + row + TAIL)


def test_a_utf16_part_goes_to_the_exact_scan() -> None:
    xml = (HEAD + b'<row r="1"><c r="A1"/></row>' + TAIL).decode().replace("UTF-8", "UTF-16")
    with pytest.raises(guard._Unusual):
        _quick(xml.encode("utf-16"))


def test_a_far_cell_written_unusually_is_still_refused(tmp_path: Path) -> None:
    far = HEAD + b'<row r="1"><x:c xmlns:x="urn:x" r="A400000"><x:v>1</x:v></x:c></row>' + TAIL
    with pytest.raises(RejectedInput, match="行数"):
        guard.check_xlsx(_book(tmp_path / "far.xlsx", far))


def test_check_and_hidden_rows_agree_whichever_scan_reads_the_part(tmp_path: Path) -> None:
    plain = HEAD + b'<row r="1"><c r="A1"/></row><row r="2" hidden="1"><c r="A2"/></row>' + TAIL
    unusual = plain.replace(b'<row r="1">', b"<row r='1'>")
    for name, sheet in (("plain", plain), ("unusual", unusual)):
        path = _book(tmp_path / f"{name}.xlsx", sheet)
        known = guard.check_xlsx(path)
        assert (name == "plain") == ("xl/worksheets/sheet1.xml" in known)
        assert guard.hidden_rows(path, "S", known) == guard.hidden_rows(path, "S") == (2,)
