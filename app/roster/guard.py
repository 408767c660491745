"""Limits a roster file must keep before any reader allocates memory for it.

calamine (Rust) holds a sheet's whole used range in memory and aborts the process — no except
clause can catch it — when one stray cell at XFD1048576 declares a range of 17 billion cells. So
an .xlsx is checked first by a bounded, streaming parse of its own: every sheet's XML is
decompressed in blocks (declared sizes may lie) and fed to expat, which sees each row and cell
however its attributes are ordered, quoted, spaced or prefixed; cells without a reference are
counted by position, as readers place them. The check stops at the first limit broken, so it
never holds more than one block. A CSV is measured as it is read (`check_rows`, `check_cell`).

The limits are the roster limits for every format: MAX_ROWS data rows, MAX_COLUMNS columns
with content, MAX_CELL_CHARS characters in a cell (Excel's own limit), MAX_BOOK_BYTES of XML.
"""

from __future__ import annotations

import re
import xml.parsers.expat
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from app.errors import RejectedInput
from app.i18n import msg

MAX_ROWS = 300_000  # data rows of one roster (a large employer has ~50,000)
MAX_COLUMNS = 1_000  # columns holding content
MAX_CELL_CHARS = 32_767  # characters in one cell: Excel's own limit
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

    def start(self, name: str, attrs: dict[str, str]) -> None:
        tag = name.rpartition(":")[2]
        self.text = 0
        if tag == "row":
            ref = attrs.get("r", "").strip()
            self.row = int(ref) if ref.isdigit() else self.row + 1
            self.col = 0
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

    def end(self, name: str) -> None:
        tag = name.rpartition(":")[2]
        self.text = 0
        if tag == "c" and self.has_value:
            if self.col > MAX_COLUMNS:
                raise _TooBig("columns", self.col)
            if self.row > MAX_ROWS + 1:
                raise _TooBig("rows", self.row)

    def chars(self, data: str) -> None:
        self.text += len(data)
        if self.text > MAX_CELL_CHARS:
            raise _TooBig("cell", self.text)


def _scan(entry: IO[bytes], budget: list[int]) -> None:
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


# The quick pass (`_quick_scan`): the same limits read off the raw bytes by C-speed regular
# expressions, for the plain XML every spreadsheet writer emits. It only ever answers "within
# the limits": anything it does not fully understand, and any figure near a limit, sends the
# part to the exact expat scan above, which then decides (and names the limit). Its figures are
# upper bounds of the exact ones — every cell counts as holding a value, a text run is measured
# in bytes between any two tags (a character is at least one byte; an entity is longer than
# what it stands for) — so "within" there means within here.
_QUICK_CELLS = 20_000_000  # rows × columns: at most the range the exact scan lets through
_ATTRS = rb'(?:\s+[A-Za-z_][\w.:-]*="[^"<>&]*")*'  # double-quoted, plain: unambiguous
_PLAIN_CELL = re.compile(rb'<c\s+r="([A-Z]{1,3})([0-9]{1,7})"' + _ATTRS + rb"\s*/?>")
_PLAIN_ROW = re.compile(rb'<row\s+r="([0-9]{1,7})"(' + _ATTRS + rb")\s*/?>")
_ROW_HIDDEN = re.compile(rb'\shidden="\s*(?:1|true)\s*"')
_PLAIN_DIMENSION = re.compile(rb'<dimension\s+ref="([^"<&]*)"\s*/>')
# what the quick pass leaves to expat: prefixed cells/rows, declarations, CDATA and comments
# (`<!`), processing instructions past the XML declaration, and long text runs (measured from
# each `<`, so the search never starts twice inside one run)
_UNUSUAL = re.compile(
    rb"</?[^\s<>/!?:]+:(?:c|row|dimension)[\s/>]|<!|<\?(?!xml\s)|<[^<]{%d}" % MAX_CELL_CHARS
)
_XML_DECLARATION = re.compile(rb'<\?xml[^>]*?encoding\s*=\s*["\']([^"\']*)["\']')


_STARTS = {name: re.compile(rb"<%s[\s/>]" % name) for name in (b"c", b"row", b"dimension")}


def _starts(data: bytes, name: bytes) -> int:
    """How many start tags of element `name` (unprefixed) `data` holds."""
    return len(_STARTS[name].findall(data))


class _Unusual(Exception):
    """The quick pass cannot vouch for a part: the exact scan decides."""


class _QuickScan:
    """The quick pass over one part, fed in blocks; `rows` and `hidden` as the part lists them."""

    def __init__(self) -> None:
        self.carry, self.first = b"", True
        self.last_row = self.widest = 0
        self.hidden: list[int] = []

    def feed(self, chunk: bytes, final: bool = False) -> None:
        data = self.carry + chunk
        if self.first:
            self._opening(data)
        cut = len(data) if final else data.rfind(b"<")
        if cut < 0:  # no tag in a whole block: a text run longer than any cell allows
            cut = 0
        self.carry = data[cut:]
        if len(self.carry) > _BLOCK:
            raise _Unusual
        self._segment(data[:cut])

    def _opening(self, data: bytes) -> None:
        self.first = False
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        declared = _XML_DECLARATION.match(data)
        if not data.startswith(b"<") or (
            declared is not None and declared.group(1).lower() not in (b"utf-8", b"utf8")
        ):
            raise _Unusual  # another encoding (UTF-16 …): the exact scan reads it as declared

    def _segment(self, data: bytes) -> None:
        if b"\x00" in data or _UNUSUAL.search(data):
            raise _Unusual
        cells = _PLAIN_CELL.findall(data)
        rows = _PLAIN_ROW.findall(data)
        dimensions = _PLAIN_DIMENSION.findall(data)
        if (
            len(cells) != _starts(data, b"c")
            or len(rows) != _starts(data, b"row")
            or len(dimensions) != _starts(data, b"dimension")
        ):
            raise _Unusual  # a cell without its reference, single quotes, …
        for ref in dimensions:
            _SheetScan()._dimension(ref.decode("ascii", "replace"))
        # every row carries its number first (else the counts differ: the exact scan numbers
        # rows by position); the attributes after it are searched only where one is `hidden`
        if rows:
            self.last_row = max(self.last_row, max(map(int, {number for number, _ in rows})))
        self.hidden += [
            int(n) for n, attrs in rows if b"hidden" in attrs and _ROW_HIDDEN.search(attrs)
        ]
        if cells:
            self.widest = max(self.widest, max(map(_column_number_bytes, {c for c, _ in cells})))
            self.last_row = max(self.last_row, max(map(int, {r for _, r in cells})))
        if (
            self.last_row > MAX_ROWS + 1
            or self.widest > MAX_COLUMNS
            or self.last_row * self.widest > _QUICK_CELLS
        ):
            raise _Unusual  # near or past a limit: the exact scan says which


def _column_number_bytes(letters: bytes) -> int:
    return _column_number(letters.decode("ascii"))


def _quick_scan(entry: IO[bytes], budget: list[int]) -> _QuickScan:
    """The quick pass over one part (see `_QuickScan`); _TooBig for the byte budget,
    _Unusual when the exact scan must decide."""
    quick = _QuickScan()
    while chunk := entry.read(_BLOCK):
        budget[0] += len(chunk)
        if budget[0] > MAX_BOOK_BYTES:
            raise _TooBig("bytes", budget[0])
        quick.feed(chunk)
    quick.feed(b"", final=True)
    return quick


def _check_part(
    book: zipfile.ZipFile, info: zipfile.ZipInfo, budget: list[int]
) -> tuple[int, ...] | None:
    """One part within the limits, by the quick pass where it can vouch (returning the rows
    it lists as hidden), else by expat (None)."""
    spent = budget[0]
    try:
        with book.open(info) as entry:
            return tuple(_quick_scan(entry, budget).hidden)
    except _Unusual:
        budget[0] = spent  # the exact scan counts the part's bytes again, from its start
    with book.open(info) as entry:
        _scan(entry, budget)
    return None


def check_xlsx(path: Path) -> dict[str, tuple[int, ...]]:
    """Refuse an .xlsx whose sheets or shared strings break a roster limit (see the module
    doc). A file that is not a readable zip or not well-formed XML passes: the reader says
    what is wrong with it in its own words. Returns the hidden rows of the parts the quick
    pass read (part name → row numbers), for `hidden_rows` not to read them again."""
    budget, hidden = [0], {}
    try:
        with zipfile.ZipFile(path) as book:
            for info in book.infolist():
                name = info.filename
                if not name.endswith(".xml") or not (
                    name.startswith("xl/worksheets/") or name == "xl/sharedStrings.xml"
                ):
                    continue
                rows = _check_part(book, info, budget)
                if rows is None:
                    hidden.pop(name, None)
                else:
                    hidden[name] = rows
    except _TooBig as big:
        raise refusal(path.name, big.what, big.found) from None
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, xml.parsers.expat.ExpatError):
        return {}
    except (NotImplementedError, RuntimeError, ValueError):  # odd zip flags, encrypted entries
        return {}
    return hidden


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


def _sheet_part(book: zipfile.ZipFile, sheet_name: str) -> str | None:
    sheets = _elements(book.read("xl/workbook.xml"), "sheet")
    rels = _elements(book.read("xl/_rels/workbook.xml.rels"), "Relationship")
    rel_id = next((s.get("id") for s in sheets if s.get("name") == sheet_name), None)
    target = next((r.get("Target", "") for r in rels if r.get("Id") == rel_id), None)
    if not target:
        return None
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


def hidden_rows(
    path: Path, sheet_name: str, known: Mapping[str, tuple[int, ...]] | None = None
) -> tuple[int, ...]:
    """Excel numbers of the rows hidden in sheet `sheet_name` of the .xlsx at `path` (read
    after `check_xlsx`, so the part is known to be within the limits); () if none or unknown.
    `known`: what `check_xlsx` returned, so that a part its quick pass read is not read again."""
    rows: list[int] = []
    scan = _SheetScan()

    def start(name: str, attrs: dict[str, str]) -> None:
        scan.start(name, attrs)
        if name.rpartition(":")[2] == "row" and attrs.get("hidden", "").strip() in ("1", "true"):
            rows.append(scan.row)

    try:
        with zipfile.ZipFile(path) as book:
            part = _sheet_part(book, sheet_name)
            if part is None:
                return ()
            if known is not None and part in known:
                return known[part]
            try:  # the quick pass where it can vouch for the part (see `_QuickScan`)
                with book.open(part) as entry:
                    return tuple(_quick_scan(entry, [0]).hidden)
            except (_Unusual, _TooBig):
                pass
            parser = xml.parsers.expat.ParserCreate()
            parser.StartElementHandler = start
            with book.open(part) as entry:
                while chunk := entry.read(_BLOCK):
                    parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except (KeyError, zipfile.BadZipFile, OSError, zlib.error, xml.parsers.expat.ExpatError):
        return ()
    return tuple(rows)
