"""The look every spreadsheet we write shares: bold shaded header, frozen below it, column
widths that fit Chinese text, ID columns as text. openpyxl does the writing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app import workbook

TEXT = "@"
DATE = "yyyy-mm-dd"
MONEY = "#,##0.00"
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
ERROR_FILL = PatternFill("solid", fgColor="FFC7CE")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def display_width(value: Any) -> int:
    """Columns a value needs: CJK characters count twice."""
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10
    text = str(value)
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def write_header(sheet: Worksheet, row: int, titles: Sequence[str]) -> None:
    """A bold, shaded, boxed header row; the sheet scrolls under it (frozen)."""
    for col, title in enumerate(titles, start=1):
        cell = workbook.put(sheet, row, col, title)
        cell.font, cell.fill, cell.border = BOLD, HEADER_FILL, BOX
        cell.alignment = Alignment(horizontal="center", vertical="center")
    sheet.freeze_panes = sheet.cell(row=row + 1, column=1)


def write_title(sheet: Worksheet, text: str, columns: int) -> None:
    """A title across the first row (merged over `columns` columns)."""
    workbook.put(sheet, 1, 1, text).font = TITLE_FONT
    if columns > 1:
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)


def header_cell(sheet: Worksheet, text: str) -> Any:
    """A header cell for a write-only sheet, styled like `write_header`."""
    cell = workbook.text_cell(sheet, text)
    cell.font, cell.fill, cell.border = BOLD, HEADER_FILL, BOX
    cell.alignment = Alignment(horizontal="center", vertical="center")
    return cell


def column_widths(
    rows: Iterable[Sequence[Any]], *, minimum: int = 6, maximum: int = 60
) -> dict[int, int]:
    """Width of each column (1-based) from the widest value in `rows`."""
    widths: dict[int, int] = {}
    for row in rows:
        for col, value in enumerate(row, start=1):
            widths[col] = max(widths.get(col, 0), display_width(value))
    return {col: min(max(width + 2, minimum), maximum) for col, width in widths.items()}


def fit_widths(
    sheet: Worksheet,
    rows: Iterable[Sequence[Any]],
    *,
    minimum: int = 6,
    maximum: int = 60,
    fixed: dict[int, int] | None = None,
) -> None:
    """Set each column's width from the widest value in `rows` (headers included by the caller);
    `fixed` gives some columns (1-based) a width outright."""
    widths = column_widths(rows, minimum=minimum, maximum=maximum)
    for col, width in {**widths, **(fixed or {})}.items():
        sheet.column_dimensions[get_column_letter(col)].width = width


def text_column(sheet: Worksheet, col: int) -> None:
    """Format a whole column as text so Excel keeps 18-digit numbers as typed."""
    sheet.column_dimensions[get_column_letter(col)].number_format = TEXT
