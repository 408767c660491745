"""Reading the rosters units send: .xlsx, .xls (old Excel and WPS) and .csv, as they come.

Sheets are read with python-calamine (Rust; xlsx and xls alike), which measured ~10× faster
than openpyxl's read-only mode on a 50,000-row roster (docs/decisions.md). CSV files are decoded
by their byte-order mark, else as UTF-8 if they decode cleanly, else as GB18030 (a superset of
GBK, which Chinese Excel writes). The header row is found wherever it is in the first rows
(units put a title above it), columns are matched by name in any order and under the names
units actually use, blank rows are skipped, and every row keeps the number Excel shows for it.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.collector import cycle_collector_paused
from app.errors import RejectedInput
from app.i18n import msg
from app.roster import guard

HEADER_SCAN_ROWS = 20
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")

# field -> the names units give the column (compared after `header_key`), preferred name first
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "职工姓名", "会员姓名", "员工姓名", "人员姓名", "参保人姓名"),
    "id_number": (
        "身份证号码",
        "身份证号",
        "证件号码",
        "证件号",
        "公民身份号码",
        "身份证件号码",
        "身份证",
    ),
    "id_type": ("证件类型", "证件种类", "证件名称"),
    "gender": ("性别",),
    "birth_date": ("出生日期", "出生年月日", "出生年月", "生日"),
    "phone": ("手机号码", "手机号", "手机", "联系电话", "电话号码", "电话", "联系方式"),
    "group_tag": ("人员类别", "群体类别", "人员类型", "群体", "八大群体"),
    "bank_name": ("开户银行", "开户行"),
    "bank_account": ("银行账号", "银行卡号", "银行帐号", "账号"),
}
FIELD_LABELS = {field: names[0] for field, names in HEADER_ALIASES.items()}
_ALIAS_TO_FIELD = {name: field for field, names in HEADER_ALIASES.items() for name in names}
_SHARED_FIELDS = ("gender", "id_type", "group_tag", "bank_name")
_NOISE = re.compile(r"[\s*＊:：]|[（(][^）)]*[）)]")


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One non-blank row below the header: its number as Excel shows it, and its cells."""

    number: int
    cells: tuple[Any, ...]


@dataclass(frozen=True)
class RosterSheet:
    """A roster as read: the header found, which column holds which field, the data rows."""

    source: str  # file name, for messages
    sheet_name: str
    header_row: int  # as Excel shows it
    headers: tuple[str, ...]  # the header cells as written
    columns: dict[str, int]  # field -> 0-based column index
    rows: list[SourceRow]
    title: str  # text above the header (e.g. the unit's name in our template)
    hidden_rows: tuple[int, ...] = ()  # data rows hidden in the file: left out, reported

    def values(self, row: SourceRow) -> dict[str, Any]:
        """The row's cells by field (fields the sheet lacks are absent)."""
        cells, width = row.cells, len(row.cells)
        return {f: cells[i] for f, i in self.columns.items() if i < width}

    def cell(self, row: SourceRow, field: str) -> Any:
        index = self.columns.get(field)
        if index is None or index >= len(row.cells):
            return None
        return row.cells[index]


def header_key(text: Any) -> str:
    """A header cell reduced for matching: no spaces, asterisks, colons or (notes)."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", str(text or "")))


def match_header(text: Any) -> str | None:
    """The field a header names ('公民身份号码' → 'id_number'), or None."""
    key = header_key(text)
    if not key:
        return None
    if key in _ALIAS_TO_FIELD:
        return _ALIAS_TO_FIELD[key]
    for alias in sorted(_ALIAS_TO_FIELD, key=len, reverse=True):
        if len(alias) >= 2 and alias in key:  # '职工身份证号码' contains '身份证号码'
            return _ALIAS_TO_FIELD[alias]
    return None


def _columns(cells: Iterable[Any]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        field = match_header(cell)
        if field is not None and field not in found:
            found[field] = index
    return found


def _blank(cells: Iterable[Any]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _data_rows(rows: Iterator[list[Any]], first: int, columns: dict[str, int]) -> list[SourceRow]:
    """The non-blank rows from Excel row `first` on. The text of a column of few distinct values
    (男/女, a document type, a group, a bank) is kept once per value, not once per row."""
    shared = [columns[f] for f in _SHARED_FIELDS if f in columns]
    seen: dict[str, str] = {}
    data = []
    for number, values in enumerate(rows, start=first):
        if _blank(values):
            continue
        for i in shared:
            if i < len(values) and type(values[i]) is str:
                values[i] = seen.setdefault(values[i], values[i])
        data.append(SourceRow(number, tuple(values)))
    return data


def _from_rows(source: str, sheet_name: str, rows: Iterator[list[Any]]) -> RosterSheet | None:
    """Find the header in the first rows and collect the data rows below it (None: no header)."""
    title: list[str] = []
    for index, cells in enumerate(rows):
        if index >= HEADER_SCAN_ROWS:
            return None
        columns = _columns(cells)
        if "name" in columns and "id_number" in columns:
            data = _data_rows(rows, index + 2, columns)
            headers = tuple("" if c is None else str(c).strip() for c in cells)
            return RosterSheet(
                source, sheet_name, index + 1, headers, columns, data, " ".join(title)
            )
        title.extend(str(c).strip() for c in cells if c not in (None, "") and str(c).strip())
    return None


def _no_header(source: str) -> RejectedInput:
    return RejectedInput(
        msg(
            "“{f}”的前 {n} 行中没有找到表头：表头行须同时有“姓名”和“身份证号码”（或“证件号码”）两列。",
            f=source,
            n=HEADER_SCAN_ROWS,
        ),
        field="file",
    )


def _sheet_order(book: Any) -> list[str]:
    """The sheets a roster may be on: visible ones only, in the workbook's order. A hidden
    sheet (often last year's list, or a lookup table) is never read in place of what the
    clerk and the unit see."""
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    return [
        m.name
        for m in book.sheets_metadata
        if m.visible == SheetVisibleEnum.Visible and m.typ == SheetTypeEnum.WorkSheet
    ]


def _without_hidden_rows(sheet: RosterSheet, rows: tuple[int, ...]) -> RosterSheet:
    """Leave out the data rows hidden in the file (.xlsx), keeping their numbers to report:
    the unit signs and stamps the list it sees, so hidden rows are not enrolled silently."""
    hidden = set(rows)
    kept = [row for row in sheet.rows if row.number not in hidden]
    if len(kept) == len(sheet.rows):
        return sheet
    left_out = tuple(row.number for row in sheet.rows if row.number in hidden)
    return dataclasses.replace(sheet, rows=kept, hidden_rows=left_out)


def _hidden_only(source: str, book: Any) -> RejectedInput | None:
    from python_calamine import SheetVisibleEnum

    hidden = [m.name for m in book.sheets_metadata if m.visible != SheetVisibleEnum.Visible]
    if not hidden:
        return None
    return RejectedInput(
        msg(
            "“{f}”的可见工作表中没有找到表头（“姓名”和“身份证号码”两列）；隐藏的工作表“{s}”"
            "不会被读取：如名单在隐藏表中，请在 Excel 中取消隐藏并删去其他表后再导入。",
            f=source,
            s="、".join(hidden),
        ),
        field="file",
    )


def _read_workbook(path: Path) -> RosterSheet:
    from python_calamine import CalamineError, CalamineWorkbook

    hidden = guard.check_xlsx(path) if path.suffix.lower() in (".xlsx", ".xlsm") else {}
    try:
        with CalamineWorkbook.from_path(str(path)) as book:
            for name in _sheet_order(book):
                sheet = book.get_sheet_by_name(name)
                # iter_rows streams from row 1 (empty leading rows included), so numbers match
                # what Excel shows and the whole sheet is never held twice
                rows = guard.check_rows(path.name, sheet.iter_rows())
                found = _from_rows(path.name, name, iter(rows))
                if found is not None:
                    return _without_hidden_rows(found, hidden.get(name, ()))
            hidden_only = _hidden_only(path.name, book)
    except CalamineError as exc:
        raise RejectedInput(
            msg("无法读取“{f}”：文件已损坏、有密码或不是 Excel 文件（{e}）。", f=path.name, e=exc),
            field="file",
        ) from None
    raise hidden_only or _no_header(path.name)


MAX_CSV_BYTES = 256 << 20


def _undecodable(source: str) -> RejectedInput:
    return RejectedInput(
        msg(
            "无法识别“{f}”的文字编码（不是 UTF-8、GB18030/GBK 或 UTF-16 文本，或含有二进制内容）："
            "请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx 后再导入。",
            f=source,
        ),
        field="file",
    )


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit in the odd/even places ASCII characters
    (commas, digits, line ends) leave in UTF-16; None when the text has no such pattern."""
    sample = data[:65536]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd + even < len(sample) // 16:
        return None
    return "utf-16-le" if odd > even else "utf-16-be"


def decode_csv(data: bytes, source: str = "CSV") -> str:
    """Text of a CSV file: by its BOM (UTF-8, UTF-16 LE/BE); UTF-16 without a BOM by its NUL
    pattern; else UTF-8 if valid, else GB18030 (GBK as Excel writes). RejectedInput when none
    fits or the text holds NUL characters (a binary file)."""
    if data.startswith(codecs.BOM_UTF8):
        encodings: tuple[str, ...] = ("utf-8",)
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        wide = _utf16_without_bom(data)
        encodings = (wide,) if wide else ("utf-8", "gb18030")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text
    raise _undecodable(source)


def _read_csv(path: Path) -> RosterSheet:
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise guard.refusal(path.name, "bytes", size)
    text = decode_csv(path.read_bytes(), path.name)
    sample = text[:8192]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    rows = guard.check_rows(path.name, csv.reader(io.StringIO(text), delimiter=delimiter))
    try:
        found = _from_rows(path.name, path.stem, iter(rows))
    except csv.Error:  # a field past the csv module's own limit (131,072 characters)
        raise guard.refusal(path.name, "cell", csv.field_size_limit() + 1) from None
    if found is None:
        raise _no_header(path.name)
    return found


def read_roster(path: Path) -> RosterSheet:
    """Read a roster file. RejectedInput says what is wrong with the file itself (type,
    damage, no header); problems in the rows are for `app.roster.validate`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise RejectedInput(
            msg("不支持“{f}”的文件类型：请使用 .xlsx、.xls 或 .csv 文件。", f=path.name),
            field="file",
        )
    if not path.is_file():
        raise RejectedInput(msg("找不到文件“{f}”。", f=str(path)), field="file")
    with cycle_collector_paused():  # a row object or three for each of 50,000 rows
        return _read_csv(path) if suffix == ".csv" else _read_workbook(path)
