"""The product's one xlsx writer: every workbook the desk or the hub writes is made by
`new_workbook`, filled through `put` / `append` / `text_cell`, and written by `save`.

User text never becomes a formula. openpyxl takes any string starting with "=" as a formula;
Excel, LibreOffice and WPS also act on text that starts with the other formula triggers (+, -,
@, full-width ＝＋－＠, a tab, or spaces before any of them) when a cell is edited or the sheet is
saved as CSV. Such text is written as a string cell (data_type "s") carrying Excel's quotePrefix
style, which keeps it text when the clerk edits the cell, without changing the characters the
cell holds (a visible leading apostrophe would corrupt names and amounts read back in). `save`
then walks every cell of an in-memory workbook and turns anything openpyxl still took for a
formula into text: the product writes no formulas of its own, so the check is total.
Files are written through `app.paths.output_file` (regular files only, replaced atomically).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.worksheet.worksheet import Worksheet

from app import paths

FORMULA_TRIGGERS = frozenset("=+-@＝＋－＠\t\r\n")
_LEADING = " \u3000\t\r\n"


def risky(text: str) -> bool:
    """Whether a spreadsheet could take `text` for a formula (see the module doc)."""
    if not text:
        return False
    first = text[0]
    if first in FORMULA_TRIGGERS:
        return True
    return first in _LEADING and text.lstrip(_LEADING)[:1] in FORMULA_TRIGGERS


def _as_text(cell: Cell) -> None:
    if isinstance(cell.value, str) and (cell.data_type == "f" or risky(cell.value)):
        cell.data_type = "s"
        cell.quotePrefix = True


def new_workbook(*, write_only: bool = False, keep_first_sheet: bool = True) -> Workbook:
    """A workbook to fill; write-only ones stream rows to disk (large exports)."""
    book = Workbook(write_only=write_only)
    if not write_only and not keep_first_sheet:
        book.remove(book.active)
    return book


def put(sheet: Worksheet, row: int, column: int, value: Any) -> Cell:
    """Set one cell of an in-memory sheet; text is always text."""
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    _as_text(cell)
    return cell


def text_cell(sheet: Any, value: Any) -> Cell:
    """A cell for a write-only sheet's row (to style it); text is always text."""
    cell = WriteOnlyCell(sheet, value)
    _as_text(cell)
    return cell


def row_values(sheet: Any, values: Iterable[Any]) -> list[Any]:
    """A row ready for `sheet.append`: risky text becomes a text cell, cells made elsewhere
    are checked too; numbers, dates and plain text pass as they are (no cost per cell)."""
    out: list[Any] = []
    for value in values:
        if isinstance(value, Cell):
            _as_text(value)
        elif isinstance(value, str) and risky(value):
            value = text_cell(sheet, value)
        out.append(value)
    return out


def append(sheet: Any, values: Iterable[Any]) -> None:
    """Append one row (in-memory or write-only sheet); text is always text."""
    sheet.append(row_values(sheet, values))


def _no_formulas(book: Workbook) -> None:
    for sheet in book.worksheets:
        if isinstance(sheet, Worksheet):
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.data_type == "f" or (isinstance(cell.value, str) and risky(cell.value)):
                        _as_text(cell)


def save(book: Workbook, path: str | os.PathLike[str], *, option: str = "--out") -> Path:
    """Write `book` to `path` (a new or regular file, replaced atomically; RejectedInput naming
    `option` otherwise) after making sure no cell is a formula. Returns the path written."""
    if not book.write_only:
        _no_formulas(book)
    with paths.output_file(path, option=option) as partial:
        book.save(partial)
    return Path(path)
