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
from openpyxl.comments import Comment
from openpyxl.worksheet.worksheet import Worksheet

from app.roster import xlsx
from app.roster.importer import RosterOutcome
from app.roster.reading import RosterSheet
from app.roster.validate import PROBLEM_LABELS, RowProblem

REASON_HEADER = "错误原因"
COMMENT_AUTHOR = "职工互助保障代办系统"
SHOW_ROWS = 20


def _cell_value(value: Any) -> Any:
    return None if value == "" else value


def _write_rows(sheet: Worksheet, roster: RosterSheet, problems: list[RowProblem]) -> None:
    reason_col = len(roster.headers) + 1
    by_row: dict[int, list[RowProblem]] = defaultdict(list)
    for problem in problems:
        by_row[problem.row].append(problem)
    id_col = roster.columns.get("id_number")
    for src in roster.rows:
        for col, value in enumerate(src.cells, start=1):
            cell = sheet.cell(row=src.number, column=col, value=_cell_value(value))
            if col - 1 == id_col:
                cell.number_format = xlsx.TEXT
            elif isinstance(value, dt.date):
                cell.number_format = xlsx.DATE
        found = by_row.get(src.number)
        if not found:
            continue
        reason = sheet.cell(
            row=src.number, column=reason_col, value="；".join(str(p.detail) for p in found)
        )
        reason.fill, reason.alignment = xlsx.ERROR_FILL, xlsx.WRAP
        _mark_cells(sheet, roster, src.number, found)


def _mark_cells(sheet: Worksheet, roster: RosterSheet, row: int, found: list[RowProblem]) -> None:
    by_col: dict[int, list[str]] = defaultdict(list)
    for problem in found:
        col = roster.columns.get(problem.field or "")
        if col is not None:
            by_col[col + 1].append(str(problem.detail))
    for col, texts in by_col.items():
        cell = sheet.cell(row=row, column=col)
        cell.fill = xlsx.ERROR_FILL
        comment = Comment("\n".join(texts), COMMENT_AUTHOR)
        comment.width, comment.height = 320, 40 + 40 * len(texts)
        cell.comment = comment


def _roster_sheet(book: Workbook, roster: RosterSheet, problems: list[RowProblem]) -> None:
    sheet = book.active
    sheet.title = "名单（已标出错误）"
    if roster.title:
        sheet.cell(row=1, column=1, value=roster.title).font = xlsx.TITLE_FONT
    headers = [*roster.headers, REASON_HEADER]
    xlsx.write_header(sheet, roster.header_row, headers)
    sample = [headers, *(src.cells for src in roster.rows[:500])]
    xlsx.fit_widths(sheet, sample, maximum=30, fixed={len(headers): 60})
    if "id_number" in roster.columns:
        xlsx.text_column(sheet, roster.columns["id_number"] + 1)
    _write_rows(sheet, roster, problems)


def _summary_sheet(book: Workbook, outcome: RosterOutcome) -> None:
    sheet = book.create_sheet("汇总")
    xlsx.write_title(sheet, f"花名册检查结果：{outcome.source}", 3)
    facts = [
        ("数据行数", outcome.rows),
        ("有问题的行数", len(outcome.bad_rows)),
        ("可导入的行数", len(outcome.imported_rows)),
        ("不符合的参保规则", len(outcome.failed_rules)),
    ]
    for offset, (label, value) in enumerate(facts, start=3):
        sheet.cell(row=offset, column=1, value=label).font = xlsx.BOLD
        sheet.cell(row=offset, column=2, value=value)
    top = len(facts) + 4
    xlsx.write_header(sheet, top, ["问题", "行数", "所在行（如 Excel 所示）"])
    sheet.freeze_panes = None
    rows_by_code: dict[str, set[int]] = defaultdict(set)
    for problem in outcome.problems:
        rows_by_code[problem.code].add(problem.row)
    counts = Counter({code: len(rows) for code, rows in rows_by_code.items()})
    line = top
    for line, (code, count) in enumerate(counts.most_common(), start=top + 1):
        shown = sorted(rows_by_code[code])
        more = f" 等 {len(shown)} 行" if len(shown) > SHOW_ROWS else ""
        sheet.cell(row=line, column=1, value=PROBLEM_LABELS.get(code, code))
        sheet.cell(row=line, column=2, value=count)
        sheet.cell(row=line, column=3, value="、".join(map(str, shown[:SHOW_ROWS])) + more)
    line += 2
    if outcome.failed_rules:
        xlsx.write_header(sheet, line, ["参保规则", "结果", ""])
        sheet.freeze_panes = None
        for at, rule in enumerate(outcome.failed_rules, start=line + 1):
            sheet.cell(row=at, column=1, value=rule.title)
            cell = sheet.cell(row=at, column=2, value=str(rule.message))
            cell.alignment = xlsx.WRAP
            sheet.merge_cells(start_row=at, start_column=2, end_row=at, end_column=3)
    xlsx.fit_widths(sheet, [], fixed={1: 28, 2: 12, 3: 80})


def write_error_report(path: Path, roster: RosterSheet, outcome: RosterOutcome) -> Path:
    """Write the error report for `outcome` of `roster` to `path` (.xlsx) and return the path."""
    book = Workbook()
    _roster_sheet(book, roster, outcome.problems)
    _summary_sheet(book, outcome)
    path = Path(path)
    book.save(path)
    return path
