"""The error report, read back: the unit's rows where they were, bad cells filled and commented,
a 错误原因 column, and a summary sheet counting problems by kind."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.db import Database
from app.roster.importer import ImportOptions, RosterRejected, import_roster
from app.roster.reading import read_roster
from app.roster.report import REASON_HEADER, write_error_report
from tests.app.roster_factories import START, TODAY, make_unit, people, setup_office, write_xlsx

RED = "00FFC7CE"


def test_error_report_marks_the_bad_cells_where_excel_shows_them(
    db: Database, actors, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    setup_office(db)
    clerk = actors["clerk1"]
    unit = make_unit(db, clerk, headcount=8)
    rows = [p.row(i) for i, p in enumerate(people(8), start=1)]
    rows[1][2] = float(rows[1][2])  # Excel row 5 (title, blank, header above): digits lost
    rows[3][3] = "女" if rows[3][3] == "男" else "男"  # row 7: sex against the ID
    rows[3][4] = "123"  # row 7: phone too
    rows[5][2] = rows[6][2]  # rows 9 and 10: the same person twice
    rows[5][3] = rows[6][3]
    source = write_xlsx(tmp_path / "unit.xlsx", rows, title="耀州测试单位 花名册")
    sheet = read_roster(source)
    with pytest.raises(RosterRejected) as caught, db.unit_of_work() as session:
        import_roster(
            session, clerk, sheet=sheet, options=ImportOptions(unit.uuid, {"ZY": 1}, START)
        )
    outcome = caught.value.outcome
    report = write_error_report(tmp_path / "errors.xlsx", sheet, outcome)

    book = openpyxl.load_workbook(report)
    names = book.sheetnames
    assert names == ["名单（已标出错误）", "汇总"]
    ws = book[names[0]]
    assert ws["A1"].value == "耀州测试单位 花名册"
    assert [c.value for c in ws[3]] == [
        "序号",
        "姓名",
        "身份证号码",
        "性别",
        "手机号",
        "人员类别",
        REASON_HEADER,
    ]
    assert ws.freeze_panes == "A4"
    assert ws["B4"].value == rows[0][1] and ws["G4"].value is None  # a good row: untouched
    assert ws["C4"].fill.fgColor.rgb != RED and ws["C4"].comment is None

    lost = ws["C5"]
    assert lost.fill.fgColor.rgb == RED and "无法修复" in lost.comment.text
    assert lost.value == rows[1][2]  # the unit's own value, as they typed it
    assert "“文本”格式" in ws["G5"].value and "第 5 行" not in ws["G5"].value

    assert ws["D7"].fill.fgColor.rgb == RED and "性别填写为" in ws["D7"].comment.text
    assert ws["E7"].fill.fgColor.rgb == RED and "电话" in ws["E7"].comment.text
    assert ws["C7"].comment is None
    assert ws["G7"].value.count("；") == 1  # both problems of the row in its reason cell

    for line, other in ((9, 10), (10, 9)):
        assert f"与第 {other} 行重复" in ws[f"C{line}"].comment.text

    summary = book["汇总"]
    facts = {
        summary.cell(row=r, column=1).value: summary.cell(row=r, column=2).value
        for r in range(3, 7)
    }
    assert facts == {"数据行数": 8, "有问题的行数": 4, "可导入的行数": 4, "不符合的参保规则": 1}
    table = {
        summary.cell(row=r, column=1).value: (
            summary.cell(row=r, column=2).value,
            summary.cell(row=r, column=3).value,
        )
        for r in range(9, 14)
        if summary.cell(row=r, column=1).value
    }
    assert table == {
        "证件号码被存成数字、末位丢失": (1, "5"),
        "性别与身份证不符": (1, "7"),
        "电话格式不对": (1, "7"),
        "文件内重复": (2, "9、10"),
    }
    rules = [summary.cell(row=r, column=1).value for r in range(14, summary.max_row + 1)]
    assert "主险参保率" in rules
