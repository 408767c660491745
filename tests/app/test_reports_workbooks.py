"""Acceptance 2: each report opens in openpyxl with the expected sheets, headers, totals and
number formats, and prints A4 landscape fitted to one page wide with the header repeated; its
numbers are the independent counts. Also the CLI (`report`, `targets`) end to end."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from app.db import Database, open_database
from app.errors import RejectedInput
from app.reports.figures import Period
from app.reports.workbooks import write_report
from app.reports.xlsx import HEADER_ROW, MONEY, SIGNATURE
from tests.app.reports_factories import grow_office
from tests.cli_runner import huzhu
from tests.conftest import ACTORS

YEAR = Period.year(2026)
SHEETS = {
    "enrollment": ["按单位", "按计划", "缴费来源"],
    "claims": ["汇总", "按计划", "按月份", "按状态"],
    "unit-statement": ["参保", "缴费"],
    "gift": ["按群体", "目标完成"],
    "work": ["目标完成", "覆盖率", "同比", "增值服务"],
    "ledger": ["理赔台账"],
    "health": ["汇总", "按合作机构", "按活动类别"],
}


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("workbooks") / "huzhu.sqlite3"
    shutil.copy(demo_template, path)
    database = open_database(path)
    grow_office(database, units=12, claims=120)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def books(grown: Database, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("books")
    with grown.reader() as session:
        return {
            name: write_report(
                session,
                ACTORS["clerk1"],
                name,
                folder / f"{name}.xlsx",
                YEAR,
                unit_uscc="91610204TST0000000",
            ).path
            for name in SHEETS
        }


def _table(sheet) -> tuple[list[str], list[list], list | None]:
    header = [c.value for c in sheet[HEADER_ROW]]
    rows, total = [], None
    for row in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True):
        if row[0] is None:
            break
        if row[0] == "合计":
            total = list(row)
        else:
            rows.append(list(row))
    return header, rows, total


@pytest.mark.parametrize("name", list(SHEETS))
def test_every_report_is_a_printable_form(books: dict[str, Path], name: str) -> None:
    book = openpyxl.load_workbook(books[name])
    assert book.sheetnames == SHEETS[name]
    for sheet in book:
        assert sheet["A1"].value and sheet["A2"].value == "填报单位：铜川市耀州区代办处"
        assert any("单位：" in str(c.value) for c in (*sheet[2], *sheet[3]) if c.value)
        assert "统计期间：2026-01-01 至 2026-12-31" in [c.value for c in sheet[2]]
        assert sheet.page_setup.orientation == "landscape"
        assert int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
        assert SIGNATURE in [c.value for c in sheet["A"]]
        header, rows, total = _table(sheet)
        assert all(header)
        if total is not None:
            for col, value in enumerate(total[1:], start=1):
                if value is not None:
                    assert value == sum((r[col] or 0) for r in rows), (sheet.title, header[col])
        for col, title in enumerate(header, start=1):
            if "（元）" in title and rows:
                assert sheet.cell(row=HEADER_ROW + 1, column=col).number_format == MONEY


def _scalar(database: Database, sql: str, **params: object) -> object:
    with database.reader() as session:
        return session.execute(text(sql), params).scalar()


def test_enrollment_report_numbers(books: dict[str, Path], grown: Database) -> None:
    sheet = openpyxl.load_workbook(books["enrollment"])["按单位"]
    header, rows, total = _table(sheet)
    assert header == [
        "单位名称",
        "统一社会信用代码",
        "参保单数",
        "参保人数",
        "参保人次",
        "会费（元）",
    ]
    covers = (
        "FROM coverages c JOIN enrollments e ON e.uuid = c.enrollment_uuid WHERE "
        "c.status = 'active' AND e.status = 'confirmed' AND c.start_date LIKE '2026-%'"
    )
    assert total[4] == _scalar(grown, "SELECT COUNT(*) " + covers)
    assert total[5] == Decimal(_scalar(grown, "SELECT SUM(c.premium) " + covers)) / 100
    assert len(rows) == _scalar(grown, "SELECT COUNT(DISTINCT e.unit_uuid) " + covers)
    payers = _table(openpyxl.load_workbook(books["enrollment"])["缴费来源"])
    net = _scalar(
        grown,
        "SELECT SUM(CASE kind WHEN 'refund' THEN -amount ELSE amount END) "
        "FROM payments WHERE paid_on LIKE '2026-%'",
    )
    assert payers[2][1] == Decimal(net) / 100
    assert openpyxl.load_workbook(books["enrollment"])["按计划"]._charts


def test_claims_and_ledger_numbers(books: dict[str, Path], grown: Database) -> None:
    taken = _scalar(grown, "SELECT COUNT(*) FROM claims WHERE received_on LIKE '2026-%'")
    for sheet in ("按计划", "按月份", "按状态"):
        _, _, total = _table(openpyxl.load_workbook(books["claims"])[sheet])
        assert total[1] == taken
    _, rows, total = _table(openpyxl.load_workbook(books["ledger"])["理赔台账"])
    assert len(rows) == taken
    paid = _scalar(grown, "SELECT SUM(paid_amount) FROM claims WHERE received_on LIKE '2026-%'")
    assert total[10] == Decimal(paid) / 100
    assert all("*" in r[2] for r in rows)  # a clerk gets masked ID numbers
    assert isinstance(rows[0][7], dt.datetime)  # dates are dates, not text


def test_unit_statement_numbers(books: dict[str, Path], grown: Database) -> None:
    book = openpyxl.load_workbook(books["unit-statement"])
    _, rows, total = _table(book["参保"])
    assert "测试单位000" in book["参保"]["A1"].value
    expected = _scalar(
        grown,
        "SELECT SUM(premium_total) FROM enrollments e JOIN units u ON "
        "u.uuid = e.unit_uuid WHERE u.uscc = '91610204TST0000000' AND "
        "e.status = 'confirmed' AND e.start_date LIKE '2026-%'",
    )
    assert (total[4] if rows else None) == (None if expected is None else Decimal(expected) / 100)


def test_refusals(grown: Database, tmp_path: Path) -> None:
    with grown.reader() as session:
        with pytest.raises(RejectedInput, match="统一社会信用代码"):
            write_report(session, ACTORS["clerk1"], "unit-statement", tmp_path / "u.xlsx", YEAR)
        with pytest.raises(RejectedInput, match="没有名为"):
            write_report(session, ACTORS["clerk1"], "nope", tmp_path / "n.xlsx", YEAR)
        with pytest.raises(RejectedInput, match="结束日早于开始日"):
            write_report(
                session,
                ACTORS["clerk1"],
                "claims",
                tmp_path / "c.xlsx",
                Period(dt.date(2026, 2, 1), dt.date(2026, 1, 1)),
            )
    assert not list(tmp_path.glob("*.xlsx"))


def test_cli_report_and_targets(demo_data_dir: Path, demo_password: str, tmp_path: Path) -> None:
    env = {"HUZHU_PASSWORD": demo_password}
    data = ("--data", str(demo_data_dir))
    done = huzhu(
        "targets",
        "set",
        "--members",
        "900",
        "--area-workforce",
        "3000",
        "--year",
        "2026",
        *data,
        "--user",
        "supervisor1",
        "--json",
        env=env,
    )
    assert done.code == 0 and json.loads(done.out)["targets"]["members"] == 900
    out = tmp_path / "work.xlsx"
    run = huzhu(
        "report",
        "work",
        "--out",
        out,
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        *data,
        "--user",
        "clerk1",
        "--json",
        env=env,
    )
    assert run.code == 0, run.err
    figures = json.loads(run.out)["figures"]
    assert figures["targets"]["members"] == 900
    _, rows, _ = _table(openpyxl.load_workbook(out)["目标完成"])
    assert rows[2][:3] == ["参保人数（人）", 900, figures["members"]]
