"""Template and exports, written and read back: text-formatted ID column, drop-downs, frozen
header, the unit's name; member lists masked by role; the statement's premiums and totals."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from app.db import Database
from app.member_search import MemberFilter
from app.members import GROUP_TAGS, OTHER_TAG
from app.roster import exports, template
from app.roster.importer import ImportOptions, import_roster
from app.roster.reading import read_roster
from tests.app.roster_factories import START, TODAY, make_unit, people, setup_office, write_xlsx


def test_template_guards_the_id_column_and_offers_drop_downs(
    db: Database, actors, tmp_path: Path
) -> None:
    setup_office(db)
    unit = make_unit(db, actors["clerk1"], headcount=3, name="耀州区家政服务协会")
    with db.reader() as session:
        path = template.unit_template(session, unit_uuid=unit.uuid, path=tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["参保人员名单", "填写说明"]
    ws = book["参保人员名单"]
    assert ws["A1"].value == "耀州区家政服务协会 职工互助保障参保人员名单"
    assert unit.uscc in ws["A2"].value
    assert [c.value for c in ws[3]] == list(template.COLUMNS)
    assert ws.freeze_panes == "A4"
    assert ws.column_dimensions["D"].number_format == "@"  # 证件号码 stays text
    assert ws.column_dimensions["D"].width >= 20
    lists = {str(v.sqref): v.formula1 for v in ws.data_validations.dataValidation}
    assert lists["E4:E5003"] == '"男,女"'
    assert lists["C4:C5003"].startswith('"居民身份证,护照')
    assert lists["H4:H5003"] == '"' + ",".join([*GROUP_TAGS, OTHER_TAG]) + '"'
    assert "6.10204E+17" in " ".join(str(c.value) for c in book["填写说明"]["A"])
    sheet = read_roster(path)  # the template reads back through the importer's reader
    assert sheet.header_row == 3 and set(sheet.columns) == {
        "name", "id_type", "id_number", "gender", "birth_date", "phone", "group_tag",
    }  # fmt: skip
    assert sheet.rows == []


@pytest.fixture
def enrolled(db: Database, actors, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple:
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    setup_office(db)
    clerk = actors["clerk1"]
    unit = make_unit(db, clerk, headcount=5)
    crowd = people(5)
    path = write_xlsx(tmp_path / "r.xlsx", [p.row(i) for i, p in enumerate(crowd, 1)])
    with db.unit_of_work() as session:
        outcome = import_roster(
            session, clerk, sheet=read_roster(path),
            options=ImportOptions(unit.uuid, {"ZY": 2, "ZJ": 1}, START),
        )  # fmt: skip
    return unit, crowd, outcome.enrollment.number


def values(path: Path) -> list[list]:
    return [list(r) for r in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]


def test_member_list_is_masked_for_a_clerk_and_full_for_a_reviewer(
    db: Database, actors, tmp_path: Path, enrolled: tuple
) -> None:
    unit, crowd, _ = enrolled
    with db.reader() as session:
        clerk = exports.export_unit_members(
            session, actors["clerk1"], unit_uuid=unit.uuid, path=tmp_path / "c.xlsx"
        )
        full = exports.export_unit_members(
            session, actors["reviewer1"], unit_uuid=unit.uuid, path=tmp_path / "r.xlsx"
        )
    assert (clerk.rows, clerk.masked, full.rows, full.masked) == (5, True, 5, False)
    masked_rows, full_rows = values(clerk.path), values(full.path)
    header = masked_rows.index(list(exports.MEMBER_COLUMNS))
    top = full_rows.index(list(exports.MEMBER_COLUMNS))
    numbers = {p.id_number for p in crowd}
    assert {r[3] for r in full_rows[top + 1 : top + 6]} == numbers
    assert all("*" in r[3] and r[3] not in numbers for r in masked_rows[header + 1 : header + 6])
    assert masked_rows[-1][:2] == ["合计", "5 人，其中在职 5 人"]
    ws = openpyxl.load_workbook(clerk.path).active
    assert ws.freeze_panes == f"A{header + 2}"
    assert any("隐藏" in str(r[0]) for r in masked_rows[:header])


def test_statement_lists_premiums_per_plan_with_totals(
    db: Database, actors, tmp_path: Path, enrolled: tuple
) -> None:
    _, crowd, number = enrolled
    with db.reader() as session:
        result = exports.export_enrollment_statement(
            session, actors["supervisor1"], number=number, path=tmp_path / "s.xlsx"
        )
    rows = values(result.path)
    header = next(i for i, r in enumerate(rows) if r[0] == "序号")
    assert rows[header] == [
        "序号",
        "姓名",
        "证件号码",
        "性别",
        "ZY（元）",
        "ZJ（元）",
        "合计（元）",
    ]
    lines = rows[header + 1 : header + 6]
    assert {r[2] for r in lines} == {p.id_number for p in crowd}
    assert all(r[4:] == [120, 30, 150] for r in lines)
    assert rows[header + 6] == ["合计", "5 人", None, None, 600, 150, 750]
    assert any(number in str(r[0]) for r in rows[:header])
    ws = openpyxl.load_workbook(result.path).active
    assert ws.cell(row=header + 7, column=7).number_format == "#,##0.00"
    assert ws.cell(row=header + 7, column=1).font.bold
    assert Decimal(str(ws.cell(row=header + 2, column=5).value)) == Decimal("120")


def test_search_result_export_names_the_unit(
    db: Database, actors, tmp_path: Path, enrolled: tuple
) -> None:
    unit, crowd, _ = enrolled
    with db.reader() as session:
        result = exports.export_member_search(
            session,
            actors["clerk1"],
            filt=MemberFilter(text=crowd[0].name),
            path=tmp_path / "q.xlsx",
        )
    rows = values(result.path)
    assert result.rows >= 1 and result.masked
    header = rows.index([*exports.MEMBER_COLUMNS, "所属单位"])
    assert rows[header + 1][1] == crowd[0].name and rows[header + 1][9] == unit.name
