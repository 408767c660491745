"""Report sheets laid out like the paper forms: title, office, period and units of measure,
boxed table with a 合计 row, 制表人/审核人/单位盖章 lines; A4 landscape, fit to one page wide,
the header row repeated on every printed page. Money is written in yuan (Decimal) with a
#,##0.00 format, counts with #,##0, rates as fractions with 0.0%."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from app import clock
from app import workbook as workbook_out
from app.roster.xlsx import BOLD, BOX, TITLE_FONT, TOTAL_FILL, fit_widths, write_header

MONEY, COUNT, RATE, TEXT, DATE, DAYS = "#,##0.00", "#,##0", "0.0%", "@", "yyyy-mm-dd", "0.0"
HEADER_ROW = 4
SIGNATURE = "制表人：              审核人：              单位盖章："


def rate(value: Decimal | None) -> Decimal | None:
    """A percentage figure (35.2) as the fraction Excel formats as 35.2%."""
    return None if value is None else value / 100


@dataclass
class Table:
    """One form: a title, the column titles with their number formats, rows, and which
    columns the 合计 row adds up (none: no totals row)."""

    title: str
    columns: Sequence[tuple[str, str]]  # (title, number format)
    rows: list[list[Any]]
    measure: str = "单位：元/人/人次"
    totals: Sequence[int] = field(default_factory=tuple)  # 0-based columns to add up
    chart: str | None = None  # "bar" | "line": a chart of column `chart_column` by column 0
    chart_column: int = 1

    def totals_row(self) -> list[Any]:
        row: list[Any] = ["合计"] + [None] * (len(self.columns) - 1)
        for col in self.totals:
            row[col] = sum((r[col] or 0) for r in self.rows)
        return row


def _heading(sheet: Worksheet, table: Table, office: str, period: str) -> None:
    width = len(table.columns)
    workbook_out.put(sheet, 1, 1, table.title).font = TITLE_FONT
    sheet.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(width, 1))
    workbook_out.put(sheet, 2, 1, f"填报单位：{office}")
    workbook_out.put(sheet, 2, max(width // 2, 2), f"统计期间：{period}")
    # a narrow form puts its units of measure on the next row, inside its own columns
    place = (2, width) if width >= 3 else (3, width)
    cell = workbook_out.put(sheet, place[0], place[1], table.measure)
    cell.alignment = Alignment(horizontal="right")


def _body(sheet: Worksheet, table: Table) -> int:
    write_header(sheet, HEADER_ROW, [title for title, _ in table.columns])
    rows = table.rows + ([table.totals_row()] if table.totals else [])
    for r, values in enumerate(rows, start=HEADER_ROW + 1):
        for c, (value, (_, number_format)) in enumerate(zip(values, table.columns, strict=True)):
            cell = workbook_out.put(sheet, r, c + 1, value)
            cell.border, cell.number_format = BOX, number_format
            if table.totals and r == HEADER_ROW + len(rows):
                cell.font, cell.fill = BOLD, TOTAL_FILL
    return HEADER_ROW + len(rows)


def _print_setup(sheet: Worksheet) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_options.horizontalCentered = True
    sheet.oddFooter.center.text = "第 &P 页 共 &N 页"


def _chart(sheet: Worksheet, table: Table, last: int) -> None:
    chart = BarChart() if table.chart == "bar" else LineChart()
    chart.title = table.columns[table.chart_column][0]
    chart.legend = None
    first, end = HEADER_ROW + 1, HEADER_ROW + len(table.rows)
    data = Reference(sheet, min_col=table.chart_column + 1, min_row=first, max_row=end)
    chart.add_data(data)
    chart.set_categories(Reference(sheet, min_col=1, min_row=first, max_row=end))
    chart.height, chart.width = 7, 16
    sheet.add_chart(chart, f"B{last + 6}")


def add_form(workbook: Workbook, name: str, table: Table, office: str, period: str) -> Worksheet:
    """A sheet `name` holding `table` as a paper form (see the module doc)."""
    sheet = workbook.create_sheet(name)
    _heading(sheet, table, office, period)
    last = _body(sheet, table)
    workbook_out.put(sheet, last + 2, 1, SIGNATURE)
    workbook_out.put(sheet, last + 3, 1, f"制表日期：{clock.today().isoformat()}")
    sheet.cell(row=last + 2, column=1).font = Font(size=11)
    fit_widths(sheet, [[t for t, _ in table.columns], *table.rows], minimum=8, maximum=40)
    _print_setup(sheet)
    if table.chart and table.rows:
        _chart(sheet, table, last)
    return sheet
