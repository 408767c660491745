"""The error report the clerk sends back to the unit: their own rows where they were, each bad
cell filled and commented with what is wrong, a 错误原因 column, and a summary sheet.

Rows keep the numbers they have in the unit's file (title rows and blank rows included), so
"第 12 行" in a message, the report and the unit's own file all point at the same line.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.utils import get_column_letter

from app import workbook
from app.roster import xlsx
from app.roster.importer import RosterOutcome
from app.roster.reading import RosterSheet, SourceRow
from app.roster.validate import PROBLEM_LABELS, RowProblem

REASON_HEADER = "错误原因"
COMMENT_AUTHOR = "职工互助保障代办系统"
SHOW_ROWS = 20


def _plain(sheet: Any, value: Any, col: int, id_col: int | None) -> Any:
    if value == "":
        return None
    if col == id_col or isinstance(value, dt.date):
        cell = workbook.text_cell(sheet, value)
        cell.number_format = xlsx.TEXT if col == id_col else xlsx.DATE
        return cell
    return workbook.text_cell(sheet, value) if isinstance(value, str) else value


def _marked(sheet: Any, value: Any, texts: list[str]) -> WriteOnlyCell:
    cell = workbook.text_cell(sheet, None if value == "" else value)
    cell.fill = xlsx.ERROR_FILL
    comment = Comment("\n".join(texts), COMMENT_AUTHOR)
    comment.width, comment.height = 320, 40 + 40 * len(texts)
    cell.comment = comment
    return cell


def _line(sheet: Any, roster: RosterSheet, src: SourceRow, found: list[RowProblem]) -> list[Any]:
    """One data row: the unit's values; bad cells filled and commented; the reasons at the end."""
    by_col: dict[int, list[str]] = defaultdict(list)
    for problem in found:
        col = roster.columns.get(problem.field or "")
        if col is not None:
            by_col[col].append(str(problem.detail))
    id_col = roster.columns.get("id_number")
    values = list(src.cells) + [""] * (len(roster.headers) - len(src.cells))
    line = [
        _marked(sheet, v, by_col[c]) if c in by_col else _plain(sheet, v, c, id_col)
        for c, v in enumerate(values)
    ]
    if found:
        reason = workbook.text_cell(sheet, "；".join(str(p.detail) for p in found))
        reason.fill, reason.alignment = xlsx.ERROR_FILL, xlsx.WRAP
        line.append(reason)
    return line


def _roster_sheet(book: Workbook, roster: RosterSheet, problems: list[RowProblem]) -> None:
    """The unit's rows at the row numbers they have in their file (streamed)."""
    sheet = book.create_sheet("名单（已标出错误）")
    headers = [*roster.headers, REASON_HEADER]
    sample = [headers, *(src.cells for src in roster.rows[:500])]
    widths = xlsx.column_widths(sample, maximum=30)
    widths[len(headers)] = 60
    for col, width in widths.items():
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = f"A{roster.header_row + 1}"
    by_row: dict[int, list[RowProblem]] = defaultdict(list)
    for problem in problems:
        by_row[problem.row].append(problem)
    if roster.header_row > 1:  # the title, and the rows between it and the header
        title = workbook.text_cell(sheet, roster.title or None)
        title.font = xlsx.TITLE_FONT
        sheet.append([title])
        for _ in range(2, roster.header_row):
            sheet.append([])
    sheet.append([xlsx.header_cell(sheet, text) for text in headers])
    at = roster.header_row
    for src in roster.rows:
        for _ in range(at + 1, src.number):  # the blank rows of the unit's file stay blank
            sheet.append([])
        sheet.append(_line(sheet, roster, src, by_row.get(src.number, [])))
        at = src.number


def _summary_sheet(book: Workbook, outcome: RosterOutcome) -> None:
    sheet = book.create_sheet("汇总")
    for col, width in {1: 28, 2: 12, 3: 80}.items():
        sheet.column_dimensions[get_column_letter(col)].width = width
    title = workbook.text_cell(sheet, f"花名册检查结果：{outcome.source}")
    title.font = xlsx.TITLE_FONT
    sheet.append([title])
    sheet.append([])
    facts = [
        ("数据行数", outcome.rows),
        ("有问题的行数", len(outcome.bad_rows)),
        ("可导入的行数", len(outcome.imported_rows)),
        ("不符合的参保规则", len(outcome.failed_rules)),
    ]
    for label, value in facts:
        cell = workbook.text_cell(sheet, label)
        cell.font = xlsx.BOLD
        sheet.append([cell, value])
    sheet.append([])
    sheet.append([xlsx.header_cell(sheet, t) for t in ("问题", "行数", "所在行（如 Excel 所示）")])
    rows_by_code: dict[str, set[int]] = defaultdict(set)
    for problem in outcome.problems:
        rows_by_code[problem.code].add(problem.row)
    counts = Counter({code: len(rows) for code, rows in rows_by_code.items()})
    for code, count in counts.most_common():
        shown = sorted(rows_by_code[code])
        more = f" 等 {len(shown)} 行" if len(shown) > SHOW_ROWS else ""
        where = "、".join(map(str, shown[:SHOW_ROWS])) + more
        workbook.append(sheet, [PROBLEM_LABELS.get(code, code), count, where])
    if outcome.failed_rules:
        sheet.append([])
        sheet.append([xlsx.header_cell(sheet, t) for t in ("参保规则", "结果")])
        for rule in outcome.failed_rules:
            message = workbook.text_cell(sheet, str(rule.message))
            message.alignment = xlsx.WRAP
            workbook.append(sheet, [rule.title, message])


def write_error_report(path: Path, roster: RosterSheet, outcome: RosterOutcome) -> Path:
    """Write the error report for `outcome` of `roster` to `path` (.xlsx) and return the path."""
    book = workbook.new_workbook(write_only=True)
    _roster_sheet(book, roster, outcome.problems)
    _summary_sheet(book, outcome)
    return workbook.save(book, path, option="--errors")
