"""Generators of hostile roster files (nothing large is committed: everything is made in tmp)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl

from tests.app.roster_factories import HEADERS, people, write_xlsx


def renamed(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def docx_like(path: Path) -> Path:
    """A valid ZIP that is not a workbook (a Word file renamed)."""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    return path


def truncated(path: Path, tmp: Path) -> Path:
    whole = write_xlsx(tmp / "whole.xlsx", [p.row(i + 1) for i, p in enumerate(people(20))])
    data = whole.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def zip_bomb(path: Path, tmp: Path, megabytes: int = 400) -> Path:
    """A 2 MB .xlsx whose sheet XML inflates to `megabytes` of whitespace."""
    base = write_xlsx(tmp / "base.xlsx", [p.row(i + 1) for i, p in enumerate(people(2))])
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:  # fmt: skip
        for info in src.infolist():
            data = src.read(info.filename)
            if not info.filename.startswith("xl/worksheets/sheet"):
                dst.writestr(info, data)
                continue
            head, tail = data.split(b"</sheetData>")
            with dst.open(info.filename, "w", force_zip64=True) as out:
                out.write(head)
                chunk = b" " * (1 << 20)
                for _ in range(megabytes):
                    out.write(chunk)
                out.write(b"</sheetData>" + tail)
    return path


def far_cell(path: Path) -> Path:
    """A header, one person and one stray cell at the last row and column Excel has."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(HEADERS))
    sheet.append(people(1)[0].row(1))
    sheet["XFD1048576"] = "x"
    book.save(path)
    return path


def many_rows(path: Path, rows: int) -> Path:
    """A sheet far longer than any unit: `rows` rows of one repeated person (all duplicates)."""
    one = people(1)[0].row(1)
    return write_xlsx(path, [one] * rows)


def formulas(path: Path) -> Path:
    """ID numbers and names written as formulas (no cached values, as some tools save them)."""
    staff = people(3)
    rows = [
        [i + 1, f'="{p.name}"', f'="{p.id_number}"', p.sex, "", ""] for i, p in enumerate(staff)
    ]
    rows.append([4, '=HYPERLINK("http://x","点我")', "=1+1", "男", "", ""])
    return write_xlsx(path, rows)


def merged(path: Path) -> Path:
    """Names merged over two rows, as units sometimes lay out families or teams."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(HEADERS))
    staff = people(4)
    for i, p in enumerate(staff):
        sheet.append(p.row(i + 1))
    sheet.merge_cells("B2:B3")
    sheet.merge_cells("C4:C5")
    book.save(path)
    return path


FIVE_DATES = (
    dt.date(1990, 1, 2),
    "1990-01-02",
    "1990/1/2",
    "1990年1月2日",
    "19900102",
)


def passports_with_dates(path: Path, *, bad: str | None = None) -> Path:
    """Passport holders whose birth dates come in five formats (and one bad one if asked)."""
    headers = ("序号", "姓名", "证件类型", "证件号码", "性别", "出生日期")
    dates = [*FIVE_DATES, *([bad] if bad else [])]
    rows = [
        [i + 1, f"JOHN SMITH {i}", "护照", f"E{12345670 + i}", "男", d] for i, d in enumerate(dates)
    ]
    return write_xlsx(path, rows, headers=headers)


def ids_as_numbers(path: Path, digits: int) -> Path:
    """ID numbers typed into number cells: 15-digit old numbers survive, 18-digit ones lose
    their last digits (and the X check digit cannot be a number at all)."""
    staff = people(3, first=7000)
    if digits == 15:
        numbers = [int(p.id_number[:6] + p.id_number[8:17]) for p in staff]
    else:
        numbers = [float(int(p.id_number[:17] + "0")) for p in staff]
    rows = [
        [i + 1, p.name, n, p.sex, "", ""]
        for i, (p, n) in enumerate(zip(staff, numbers, strict=True))
    ]
    return write_xlsx(path, rows)


def bad_utf8_csv(path: Path) -> Path:
    """A CSV that claims nothing, mixes UTF-8 with bytes valid in no encoding."""
    p = people(1)[0]
    body = (
        "序号,姓名,身份证号码,性别\r\n".encode()
        + b"1,\xff\xfe\xfa\xfb,"
        + p.id_number.encode()
        + b",\xc0\r\n"
    )
    path.write_bytes(body)
    return path
