"""Limits a roster file must keep before any reader allocates memory for it.

calamine (Rust) holds a sheet's whole used range in memory and aborts the process — no except
clause can catch it — when one stray cell at XFD1048576 declares a range of 17 billion cells. So
an .xlsx is checked first by a bounded, streaming scan of its own: every sheet's XML is
decompressed in blocks (declared sizes may lie) and its row and cell tags are read however
their attributes are ordered, quoted, spaced or prefixed. The common case — every cell carries
its reference, as Excel and WPS write — is scanned with byte patterns (a 50,000-row roster in a
fraction of a second); a sheet with any cell lacking its reference is scanned again with expat,
which places such cells by position as readers do. The check stops at the first limit broken and
never holds more than a block. A CSV, and calamine's rows of an .xls, are measured as they are
read (`check_rows`).

The limits are the roster limits for every format: MAX_ROWS data rows, MAX_COLUMNS columns
with content, MAX_CELLS for their product (the range a reader holds), MAX_CELL_CHARS characters
in a cell (Excel's own limit), MAX_BOOK_BYTES of XML.
"""

from __future__ import annotations

import re
import xml.parsers.expat
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from app.errors import RejectedInput
from app.i18n import msg

MAX_ROWS = 300_000  # data rows of one roster (a large employer has ~50,000)
MAX_COLUMNS = 1_000  # columns holding content
MAX_CELL_CHARS = 32_767  # characters in one cell: Excel's own limit
MAX_CELLS = 20_000_000  # rows × columns of the range a reader holds (~0.6 GB in calamine)
MAX_BOOK_BYTES = 256 << 20  # decompressed XML of the whole workbook
_BLOCK = 1 << 20
_CELL_REF = re.compile(r"\s*([A-Za-z]{1,8})\s*([0-9]{1,12})?\s*")
_VALUE_TAGS = frozenset({"v", "t", "f"})


class _TooBig(Exception):
    """One limit broken (the kind, the amount found)."""

    def __init__(self, what: str, found: int) -> None:
        super().__init__(what)
        self.what, self.found = what, found


def refusal(source: str, what: str, found: int) -> RejectedInput:
    """The clerk's message for a broken limit, naming it and the file."""
    limits = {
        "rows": (msg("行数"), MAX_ROWS),
        "columns": (msg("有内容的列数"), MAX_COLUMNS),
        "cell": (msg("单元格字数"), MAX_CELL_CHARS),
        "cells": (msg("表格范围（行数×列数）"), MAX_CELLS),
        "bytes": (msg("解压后的大小（字节）"), MAX_BOOK_BYTES),
    }
    label, limit = limits[what]
    hint = (
        msg("请检查过长的单元格（可能粘贴了整段文字）后再导入。")
        if what == "cell"
        else msg("可能在很远的行列有多余内容，或文件已损坏：请把名单复制到新的工作簿再导入。")
    )
    return RejectedInput(
        msg(
            "“{f}”的{what}达到 {n}，超过花名册上限 {limit}。{hint}",
            f=source,
            what=label,
            n=found,
            limit=limit,
            hint=hint,
        ),
        field="file",
    )


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


class _SheetScan:
    """expat handlers tracking where content sits in one worksheet (or the shared strings)."""

    def __init__(self) -> None:
        self.row = 0  # current row number
        self.col = 0  # current column number
        self.text = 0  # characters in the current value element
        self.has_value = False
        self.last_row = self.widest = 0  # the extent of the cells with content
        self.hidden: list[int] = []  # rows marked hidden

    def start(self, name: str, attrs: dict[str, str]) -> None:
        tag = name.rpartition(":")[2]
        self.text = 0
        if tag == "row":
            ref = attrs.get("r", "").strip()
            self.row = int(ref) if ref.isdigit() else self.row + 1
            self.col = 0
            if attrs.get("hidden", "").strip() in ("1", "true"):
                self.hidden.append(self.row)
            if self.row > MAX_ROWS + 1:
                raise _TooBig("rows", self.row)
        elif tag == "c":
            match = _CELL_REF.fullmatch(attrs.get("r", ""))
            if match:
                self.col = _column_number(match.group(1))
                if match.group(2):
                    self.row = max(self.row, int(match.group(2)))
            else:
                self.col += 1
            self.has_value = False
        elif tag in _VALUE_TAGS or tag == "is":
            self.has_value = True
        elif tag == "dimension":
            self._dimension(attrs.get("ref", ""))

    def _dimension(self, ref: str) -> None:
        # the declared range: some readers size their grid by it before reading a cell
        last = ref.rpartition(":")[2]
        match = _CELL_REF.fullmatch(last)
        if match and match.group(2):
            if int(match.group(2)) > MAX_ROWS + 1:
                raise _TooBig("rows", int(match.group(2)))
            if _column_number(match.group(1)) > MAX_COLUMNS:
                raise _TooBig("columns", _column_number(match.group(1)))
            if int(match.group(2)) * _column_number(match.group(1)) > MAX_CELLS:
                raise _TooBig("cells", int(match.group(2)) * _column_number(match.group(1)))

    def end(self, name: str) -> None:
        tag = name.rpartition(":")[2]
        self.text = 0
        if tag == "c" and self.has_value:
            if self.col > MAX_COLUMNS:
                raise _TooBig("columns", self.col)
            if self.row > MAX_ROWS + 1:
                raise _TooBig("rows", self.row)
            self.last_row, self.widest = max(self.last_row, self.row), max(self.widest, self.col)
            if self.last_row * self.widest > MAX_CELLS:
                raise _TooBig("cells", self.last_row * self.widest)

    def chars(self, data: str) -> None:
        self.text += len(data)
        if self.text > MAX_CELL_CHARS:
            raise _TooBig("cell", self.text)


_PENDING_CAP = 4 * MAX_CELL_CHARS + 1024  # bytes of one text run (4 per character at most)
# The form Excel, WPS and openpyxl write: `<c r="B7" …>`, `<row r="7" …>`, no prefixes. A sheet
# whose every cell and row tag is in this form is measured with byte counts and a few patterns
# that only match the rare far references; any other form goes to expat (`_scan`).
_ODD_TAG = re.compile(rb"<(?:c|row)[\t\r\n>/]|:(?:c|row)[\s>/]")  # bare, tab-spaced or prefixed
# (an empty cell written `<c r="XFD3" s="1"/>` — formatting only — holds no content: skipped)
_WIDE_CELL = re.compile(rb'<c r="([A-Z]{2,3})[0-9]{1,12}"[^>]*?(/?)>')  # columns past Z
_FAR_CELL = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{6,12})"[^>]*?(/?)>')  # rows from 100,000
_FAR_ROW = re.compile(rb'<row r="([0-9]{6,12})"')
_ROW_NUMBER = re.compile(rb'<row r="([0-9]{1,12})"')
_DIMENSION = re.compile(rb"""<dimension\s+ref\s*=\s*["']([^"']{0,40})["']""")
_LONG_TEXT = re.compile(rb">([^<]{%d,})<" % (MAX_CELL_CHARS + 1))
_NEAR_ROWS = 99_999  # rows a sheet without a 6-digit reference can reach
_HIDDEN_ROW = re.compile(rb'<row r="([0-9]{1,12})"[^>]*?\shidden="(?:1|true)"')


class _NeedsPositions(Exception):
    """A cell without its reference: only a real parser can place it."""


def _fast_scan(entry: IO[bytes], budget: list[int]) -> list[int]:
    scan, pending = _SheetScan(), b""
    while chunk := entry.read(_BLOCK):
        budget[0] += len(chunk)
        if budget[0] > MAX_BOOK_BYTES:
            raise _TooBig("bytes", budget[0])
        window = pending + chunk
        cut = window.rfind(b">") + 1
        if cut == 0 or len(window) - cut > _PENDING_CAP:
            if len(window) > _PENDING_CAP:  # a text run no cell may hold
                raise _TooBig("cell", len(window) - cut)
            pending = window
            continue
        # whole tags only; the last '>' is kept so a text cut by the block keeps its start
        part, pending = window[:cut], window[cut - 1 :]
        _fast_part(scan, part)
    return scan.hidden


def _fast_part(scan: _SheetScan, part: bytes) -> None:
    if (
        part.count(b"<c ") != part.count(b'<c r="')
        or part.count(b"<row ") != part.count(b'<row r="')
        or _ODD_TAG.search(part)
        or (b"<dimension" in part and not _DIMENSION.search(part))
    ):
        raise _NeedsPositions  # not the plain form: measure it with a real parser
    for letters in {c for c, empty in _WIDE_CELL.findall(part) if not empty}:  # few, if any
        scan.widest = max(scan.widest, _column_number(letters.decode()))
    far = [int(r) for r, empty in _FAR_CELL.findall(part) if not empty]
    far += map(int, _FAR_ROW.findall(part))
    scan.last_row = max([scan.last_row, *far])
    for ref in _DIMENSION.findall(part):
        scan._dimension(ref.decode("ascii", "replace"))
    scan.hidden += map(int, _HIDDEN_ROW.findall(part))
    for text in _LONG_TEXT.findall(part):
        if len(text.decode("utf-8", "replace")) > MAX_CELL_CHARS:
            raise _TooBig("cell", len(text.decode("utf-8", "replace")))
    widest = max(scan.widest, 26)
    if widest > MAX_COLUMNS:
        raise _TooBig("columns", widest)
    if scan.last_row > MAX_ROWS + 1:
        raise _TooBig("rows", scan.last_row)
    if max(scan.last_row, _NEAR_ROWS) * widest > MAX_CELLS:
        # wide: the exact last row decides (rows are numbered in order, so the last tag's)
        numbers = _ROW_NUMBER.findall(part)
        scan.last_row = max(scan.last_row, int(numbers[-1]) if numbers else 0)
        if scan.last_row * widest > MAX_CELLS:
            raise _TooBig("cells", scan.last_row * widest)


def _scan(entry: IO[bytes], budget: list[int]) -> list[int]:
    scan = _SheetScan()
    parser = xml.parsers.expat.ParserCreate()
    parser.StartElementHandler = scan.start
    parser.EndElementHandler = scan.end
    parser.CharacterDataHandler = scan.chars
    while chunk := entry.read(_BLOCK):
        budget[0] += len(chunk)
        if budget[0] > MAX_BOOK_BYTES:
            raise _TooBig("bytes", budget[0])
        parser.Parse(chunk, False)
    parser.Parse(b"", True)
    return scan.hidden


def check_xlsx(path: Path) -> dict[str, tuple[int, ...]]:
    """Refuse an .xlsx whose sheets or shared strings break a roster limit (see the module
    doc); returns the rows marked hidden in each sheet, by sheet name. A file that is not a
    readable zip or not well-formed XML passes (with no hidden rows known): the reader says
    what is wrong with it in its own words."""
    budget = [0]
    hidden: dict[str, tuple[int, ...]] = {}
    try:
        with zipfile.ZipFile(path) as book:
            for info in book.infolist():
                name = info.filename
                if not name.endswith(".xml") or not (
                    name.startswith("xl/worksheets/") or name == "xl/sharedStrings.xml"
                ):
                    continue
                spent = budget[0]
                try:
                    with book.open(info) as entry:
                        rows = _fast_scan(entry, budget)
                except _NeedsPositions:
                    budget[0] = spent
                    with book.open(info) as entry:
                        rows = _scan(entry, budget)
                hidden[name] = tuple(rows)
            return _by_sheet_name(book, hidden)
    except _TooBig as big:
        raise refusal(path.name, big.what, big.found) from None
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, xml.parsers.expat.ExpatError):
        return {}
    except (NotImplementedError, RuntimeError, ValueError, KeyError):  # odd zips, no workbook
        return {}


def _by_sheet_name(book: zipfile.ZipFile, by_part: dict[str, tuple[int, ...]]) -> dict:
    sheets = _elements(book.read("xl/workbook.xml"), "sheet")
    rels = _elements(book.read("xl/_rels/workbook.xml.rels"), "Relationship")
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    named = {}
    for sheet in sheets:
        target = targets.get(sheet.get("id"), "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        named[sheet.get("name", "")] = by_part.get(part, ())
    return named


def check_rows(source: str, rows: Iterable[list[Any]]) -> Iterable[list[Any]]:
    """`rows` passed through, refused (RejectedInput) past MAX_ROWS or MAX_COLUMNS, or at a
    cell over MAX_CELL_CHARS — for readers that hand over rows as they parse them."""
    for number, row in enumerate(rows, start=1):
        if number > MAX_ROWS + 1:
            raise refusal(source, "rows", number)
        if len(row) > MAX_COLUMNS and any(c not in (None, "") for c in row[MAX_COLUMNS:]):
            raise refusal(source, "columns", len(row))
        for cell in row:
            if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
                raise refusal(source, "cell", len(cell))
        yield row


def _elements(data: bytes, wanted: str) -> list[dict[str, str]]:
    """The attributes of every `wanted` element (any prefix) in a small XML part."""
    found: list[dict[str, str]] = []
    parser = xml.parsers.expat.ParserCreate()

    def start(name: str, attrs: dict[str, str]) -> None:
        if name.rpartition(":")[2] == wanted:
            found.append({k.rpartition(":")[2]: v for k, v in attrs.items()})

    parser.StartElementHandler = start
    parser.Parse(data, True)
    return found
