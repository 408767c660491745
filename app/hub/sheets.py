"""The hub's workbooks: one titled table per sheet, in the look every spreadsheet of the product
shares (app/roster/xlsx.py: bold shaded header frozen below it, widths fitting Chinese text).

Text is always stored as text: a value such as "=HYPERLINK(…)" that an office typed into a unit
name reaches the sheet as a string cell, never as a formula. Money arrives as Decimal yuan
(never float) and is formatted with two decimals; ratios with four.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.roster.xlsx import BOX, MONEY, TEXT, column_widths, write_header, write_title
from app.workbook import new_workbook, put, save

HEADER_ROW = 3
RATIO = "0.0000"


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: Sequence[str]
    rows: list[list[Any]]


def _format(title: str, value: Any) -> str | None:
    if isinstance(value, str):
        return TEXT
    if isinstance(value, Decimal):
        return MONEY if "元" in title else RATIO if ("率" in title or "占比" in title) else "0.0#"
    return None


def write_cell(sheet: Any, row: int, col: int, value: Any, title: str = "") -> Any:
    """One boxed cell; text is always text (app/workbook.py)."""
    cell = put(sheet, row, col, value)
    number_format = _format(title, value)
    if number_format:
        cell.number_format = number_format
    cell.border = BOX
    return cell


def write_workbook(path: Path, title: str, sheets: list[Sheet]) -> Path:
    """Write `sheets` to `path` (replaced atomically through a `.part` file); returns `path`."""
    from openpyxl.utils import get_column_letter

    workbook = new_workbook(keep_first_sheet=False)
    for spec in sheets:
        sheet = workbook.create_sheet(spec.name[:31])
        write_title(sheet, f"{title} — {spec.name}", len(spec.columns))
        write_header(sheet, HEADER_ROW, list(spec.columns))
        for r, values in enumerate(spec.rows, start=HEADER_ROW + 1):
            for c, (value, column) in enumerate(zip(values, spec.columns, strict=True), start=1):
                write_cell(sheet, r, c, value, column)
        for col, width in column_widths([spec.columns, *spec.rows[:200]]).items():
            sheet.column_dimensions[get_column_letter(col)].width = width
    return save(workbook, path)
