"""Reading rosters as units make them: header found anywhere near the top, tolerant column
names in any order, blank rows skipped, Excel row numbers kept, xls/xlsx/csv in any encoding."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from app.errors import RejectedInput
from app.ids import id_check_digit
from app.roster import cells
from app.roster.reading import match_header, read_roster
from app.roster.validate import check_row
from tests.app.roster_factories import person, write_csv, write_xlsx

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("姓名", "name"),
        ("名字", "name"),
        ("职工姓名", "name"),
        ("身份证号", "id_number"),
        ("身份证号码", "id_number"),
        ("证件号码", "id_number"),
        ("公民身份号码", "id_number"),
        ("* 身份证号码（18位）", "id_number"),
        ("性别", "gender"),
        ("手机", "phone"),
        ("手机号", "phone"),
        ("联系电话", "phone"),
        ("电话", "phone"),
        ("人员类别", "group_tag"),
        ("群体类别", "group_tag"),
        ("证件类型", "id_type"),
        ("出生日期", "birth_date"),
        ("序号", None),
        ("备注", None),
    ],
)
def test_headers_are_matched_tolerantly(header: str, field: str | None) -> None:
    assert match_header(header) == field


def test_old_excel_file_keeps_excel_row_numbers() -> None:
    sheet = read_roster(DATA / "roster_wps.xls")
    assert sheet.header_row == 3 and sheet.title.startswith("耀州测试单位")
    assert sheet.columns == {"name": 1, "gender": 2, "id_number": 3, "phone": 4, "group_tag": 5}
    assert [r.number for r in sheet.rows] == [4, 5, 6, 8, 9]  # row 7 is blank in the file
    assert isinstance(sheet.cell(sheet.rows[3], "id_number"), float)  # typed as a number


def test_title_rows_blank_rows_and_any_column_order(tmp_path: Path) -> None:
    p, q = person(1), person(2)
    rows = [["13800000001", p.id_number, p.name], [], ["", "", ""], [None, q.id_number, q.name]]
    path = write_xlsx(
        tmp_path / "r.xlsx",
        rows,
        headers=("联系电话", "身份证号码", "名字"),
        title="某某公司职工名单",
    )
    sheet = read_roster(path)
    assert sheet.header_row == 3 and sheet.title == "某某公司职工名单"
    assert [r.number for r in sheet.rows] == [4, 7]
    assert sheet.cell(sheet.rows[1], "name") == q.name


def test_header_below_empty_rows_and_columns_keeps_excel_numbers(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["B3"], sheet["C3"] = "姓名", "身份证号码"
    sheet["B6"], sheet["C6"] = "张三", person(1).id_number
    book.save(tmp_path / "offset.xlsx")
    roster = read_roster(tmp_path / "offset.xlsx")
    assert roster.header_row == 3 and [r.number for r in roster.rows] == [6]
    assert roster.cell(roster.rows[0], "name") == "张三"


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-8"])
def test_csv_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    p = person(3)
    path = write_csv(
        tmp_path / "r.csv", [[1, "欧阳·娜", p.id_number, "女", "", "快递员"]], encoding=encoding
    )
    sheet = read_roster(path)
    assert sheet.cell(sheet.rows[0], "name") == "欧阳·娜"
    assert sheet.cell(sheet.rows[0], "group_tag") == "快递员"
    assert sheet.rows[0].number == 2


def test_files_that_cannot_be_read_are_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(RejectedInput, match="不支持"):
        read_roster(tmp_path / "r.docx")
    with pytest.raises(RejectedInput, match="找不到文件"):
        read_roster(tmp_path / "missing.xlsx")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(RejectedInput, match="无法读取"):
        read_roster(broken)
    book = openpyxl.Workbook()
    book.active.append(["编号", "单位", "金额"])
    book.save(tmp_path / "other.xlsx")
    with pytest.raises(RejectedInput, match="没有找到表头"):
        read_roster(tmp_path / "other.xlsx")


def test_cells_are_normalised_as_clerks_expect() -> None:
    assert cells.name_text(" 张 三 ") == "张三"
    assert cells.name_text("阿依古丽 ・ 买买提") == "阿依古丽·买买提"
    assert cells.name_text("阿依古丽.买买提") == "阿依古丽·买买提"
    assert cells.name_text("John  Smith") == "John Smith"
    assert cells.id_text("６１０２０４１９９００１０１１２３ｘ") == ("61020419900101123X", False)
    assert cells.id_text("'610204199001011234 ") == ("610204199001011234", False)
    assert cells.id_text(6.10204199001011e17) == ("6.10204E+17", True)
    assert cells.id_text(610204199001011000) == ("6.10204E+17", True)
    assert cells.id_text("6.10204E+17") == ("6.10204E+17", True)
    assert cells.id_text(610204900101123.0) == ("610204900101123", False)  # 15 digits survive
    assert cells.text_of(13800001111.0) == "13800001111"
    assert cells.date_of("1990年1月2日") == dt.date(1990, 1, 2)
    assert cells.date_of("1990/1/2") == cells.date_of("19900102") == dt.date(1990, 1, 2)
    assert cells.date_of(dt.datetime(1990, 1, 2, 0, 0)) == dt.date(1990, 1, 2)
    with pytest.raises(ValueError):
        cells.date_of("1990-02-30")


def test_an_id_ending_in_000_with_a_wrong_check_digit_is_called_lost_digits(tmp_path: Path) -> None:
    first17 = next(
        f"610204{d}100"
        for d in ("19700101", "19700102", "19700103")
        if id_check_digit(f"610204{d}100") != "0"
    )
    path = write_xlsx(tmp_path / "r.xlsx", [[1, "王芳", first17 + "0", "女", "", ""]])
    sheet = read_roster(path)
    candidate, problems = check_row(sheet, sheet.rows[0], dt.date(2026, 3, 10))
    assert candidate is None and [p.code for p in problems] == ["id_check"]
    assert "以 000 结尾" in str(problems[0].message) and str(problems[0].message).startswith(
        "第 2 行："
    )


def test_a_wide_roster_is_read_and_a_far_one_refused(tmp_path: Path) -> None:
    """Columns past Z are fine; a sheet whose extent is absurd is refused before calamine."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["姓名", "身份证号码", *[f"备注{i}" for i in range(40)]])
    sheet.append([person(1).name, person(1).id_number, *["x"] * 40])
    book.save(tmp_path / "wide.xlsx")
    assert len(read_roster(tmp_path / "wide.xlsx").rows) == 1

    sheet["ZZ300000"] = "stray"
    book.save(tmp_path / "far.xlsx")
    with pytest.raises(RejectedInput, match="表格范围"):
        read_roster(tmp_path / "far.xlsx")
