"""The one list export (issue 18.2): masked by role, every value text unless a number column,
never a formula; the member list exports its whole filtered query."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from app import list_export
from app.list_export import Column
from app.member_search import MemberFilter, count_members

COLUMNS = (Column("姓名"), Column("证件号码", personal="id_number"), Column("金额", kind="money"))
ROWS = [
    ("=1+1", "610204199001011234", "1,234.50"),
    ("@SUM(A1)", "610204199202021111", "12"),
    ("+cmd", "610204199303033333", "—"),
    ("a\x07b", "610204199404044444", "1.234"),
]


def _data(path: Path, columns: int) -> list[list]:
    sheet = load_workbook(path).active
    rows = [[c for c in row[:columns]] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(rows) if row[0].value == "姓名")
    return rows[header + 1 :]


def test_clerk_sees_masked_ids_and_text_never_a_formula(tmp_path, actors) -> None:
    out = tmp_path / "x.xlsx"
    result = list_export.export_rows(
        actors["clerk1"], title="测试", columns=COLUMNS, rows=ROWS, path=out, info=["条件：全部"]
    )
    assert result.rows == 4 and result.masked
    cells = _data(out, 3)
    assert [c.value for c in cells[0]] == ["=1+1", "610204********1234", Decimal("1234.5")]
    assert [c.data_type for c in cells[0][:2]] == ["s", "s"]
    assert [c.value for c in cells[1]] == ["@SUM(A1)", "610204********1111", 12]
    assert cells[2][2].value == "—"  # a money column keeps what is not an amount as text
    assert [c.value for c in cells[3]] == [
        "ab",
        "610204********4444",
        "1.234",
    ]  # a control character dropped
    sheet = load_workbook(out).active
    assert not [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert any("个人信息已按操作员权限隐藏" in str(r[0].value) for r in sheet.iter_rows())


def test_reviewer_sees_full_ids(tmp_path, actors) -> None:
    out = tmp_path / "x.xlsx"
    result = list_export.export_rows(
        actors["reviewer1"], title="测试", columns=COLUMNS, rows=ROWS, path=out
    )
    assert not result.masked
    assert _data(out, 3)[0][1].value == "610204199001011234"


def test_member_list_exports_the_whole_filtered_query(demo_db, tmp_path, actors) -> None:
    filt = MemberFilter(include_left=False)
    seen: list[tuple[int, int]] = []
    out = tmp_path / "m.xlsx"
    with demo_db.reader() as session:
        total = count_members(session, filt)
        result = list_export.export_members(
            session, actors["clerk1"], filt=filt, path=out,
            progress=lambda d, t: seen.append((d, t)),
        )  # fmt: skip
    assert result.rows == total > 0 and seen[-1] == (total, total)
    cells = _data(out, 8)
    assert len(cells) == total
    assert all("*" in row[2].value for row in cells)  # ID numbers masked for a clerk
    assert all(row[7].value == "在职" for row in cells)
