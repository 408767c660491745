"""Issue 20 classes 1–3: roster files built to crash, exhaust or mislead the reader.

Far cells (the abort of class 1) are read in a child process so that, were the guard to fail,
the child dies and the test fails — the test run itself survives."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.db import Database
from app.errors import RejectedInput
from app.roster import guard
from app.roster.importer import ImportOptions, import_roster
from app.roster.reading import read_roster
from tests.app.roster_factories import START, TODAY, make_unit, setup_office
from tests.cli_runner import REPO
from tests.data.hostile import rosters


@pytest.mark.parametrize("variant", sorted(rosters.FAR_CELLS))
def test_a_far_cell_is_refused_before_the_reader_allocates(tmp_path: Path, variant: str) -> None:
    path = rosters.far_cell(tmp_path / f"{variant}.xlsx", variant)
    child = textwrap.dedent(
        f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
        from app.errors import RejectedInput
        from app.roster.reading import read_roster
        try:
            read_roster({str(path)!r})
        except RejectedInput as refused:
            print(refused.message)
            sys.exit(1)
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", child], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 1, (run.returncode, run.stderr[-500:])
    assert "超过花名册上限" in run.stdout


def test_the_guard_counts_cells_with_content_only(tmp_path: Path) -> None:
    """A styled but empty cell far away (Excel leaves these) does not refuse a real roster."""
    styled = b'<row r="3"><c r="XFD3" s="1"/></row>'
    rosters.FAR_CELLS["styled_empty"] = styled
    try:
        path = rosters.far_cell(tmp_path / "styled.xlsx", "styled_empty")
    finally:
        del rosters.FAR_CELLS["styled_empty"]
    assert [r.cells[1] for r in read_roster(path).rows] == ["张三"]


@pytest.mark.parametrize("make", [rosters.huge_cell_xlsx, rosters.huge_cell_csv])
def test_a_cell_over_the_limit_is_refused(tmp_path: Path, make) -> None:
    suffix = ".xlsx" if make is rosters.huge_cell_xlsx else ".csv"
    with pytest.raises(RejectedInput, match="单元格字数"):
        read_roster(make(tmp_path / f"big{suffix}"))


def test_a_csv_cell_just_over_the_csv_module_limit_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RejectedInput, match="32767"):
        read_roster(rosters.huge_cell_csv(tmp_path / "edge.csv", 131_073))


def test_a_csv_over_the_row_limit_is_refused_while_read(tmp_path: Path) -> None:
    path = rosters.many_rows_csv(tmp_path / "many.csv", guard.MAX_ROWS + 1)
    with pytest.raises(RejectedInput, match="行数"):
        read_roster(path)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", False), ("utf-8", True), ("gb18030", False), ("utf-16-le", True),
     ("utf-16-le", False), ("utf-16-be", True), ("utf-16-be", False)],
)  # fmt: skip
def test_csv_encodings_are_detected(tmp_path: Path, encoding: str, bom: bool) -> None:
    sheet = read_roster(rosters.csv_file(tmp_path / "r.csv", encoding, bom=bom))
    assert [r.cells[1] for r in sheet.rows] == ["张三"]


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe\x00\x00garbage", b"\x00\x01\x02\x03" * 100, b"\x81\x30" * 10 + b"\xff"],
)
def test_undecodable_csv_is_refused_with_a_message(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(content)
    with pytest.raises(RejectedInput, match=r"文字编码|表头"):
        read_roster(path)


def test_the_visible_sheet_is_read_not_the_hidden_first_one(tmp_path: Path) -> None:
    sheet = read_roster(rosters.hidden_first_sheet(tmp_path / "h.xlsx"))
    assert sheet.sheet_name == "本次名单"
    assert [r.cells[1] for r in sheet.rows] == ["王五", "赵六", "孙七"]


def test_a_roster_only_on_a_hidden_sheet_is_refused_naming_it(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["说明"])
    hidden = book.create_sheet("名单")
    hidden.append(rosters.HEADER)
    hidden.append(rosters.ROW)
    hidden.sheet_state = "hidden"
    book.save(tmp_path / "only-hidden.xlsx")
    with pytest.raises(RejectedInput, match="隐藏的工作表“名单”"):
        read_roster(tmp_path / "only-hidden.xlsx")


@pytest.fixture
def office(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    setup_office(db)
    return db


def test_hidden_rows_are_left_out_and_reported(tmp_path: Path, office, actors) -> None:
    """Choice: rows hidden in the file are not imported (the unit signs the list it sees);
    the dry run and the import say which rows were left out."""
    unit = make_unit(office, actors["clerk1"], headcount=3)
    sheet = read_roster(rosters.hidden_first_sheet(tmp_path / "h.xlsx", hidden_rows=(3,)))
    assert sheet.hidden_rows == (3,)
    with office.unit_of_work() as session:
        outcome = import_roster(
            session,
            actors["clerk1"],
            sheet=sheet,
            options=ImportOptions(unit_uuid=unit.uuid, plans={"ZY": 1}, start=START, dry_run=True),
        )
    assert outcome.rows == 2 and outcome.hidden_rows == (3,)
    assert [str(w) for w in outcome.warnings] == [
        "第 3 行在文件中被隐藏，未导入：如需导入，请在 Excel 中取消隐藏后重新导入。"
    ]


def test_more_rows_than_the_unit_has_staff_is_refused(tmp_path: Path, office, actors) -> None:
    unit = make_unit(office, actors["clerk1"], headcount=1)
    sheet = read_roster(rosters.many_rows_csv(tmp_path / "two.csv", 2))
    with office.unit_of_work() as session, pytest.raises(RejectedInput, match="职工人数 1"):
        import_roster(
            session,
            actors["clerk1"],
            sheet=sheet,
            options=ImportOptions(
                unit_uuid=unit.uuid, plans={"ZY": 1}, start=START, skip_invalid=True
            ),
        )


def _corpus(tmp: Path) -> list[Path]:
    files = [rosters.far_cell(tmp / f"far-{v}.xlsx", v) for v in ("spaced", "row_only")]
    files += [
        rosters.huge_cell_xlsx(tmp / "huge.xlsx"),
        rosters.huge_cell_csv(tmp / "huge.csv"),
        rosters.many_rows_csv(tmp / "rows.csv", 5),
        rosters.hidden_first_sheet(tmp / "hidden.xlsx", hidden_rows=(2, 3)),
    ]
    files += [
        rosters.csv_file(tmp / f"{enc}-{bom}.csv", enc, bom=bom)
        for enc in ("utf-8", "gb18030", "utf-16-le", "utf-16-be")
        for bom in (False, True)
        if not (enc == "gb18030" and bom)
    ]
    odd = tmp / "binary.csv"
    odd.write_bytes(bytes(range(256)) * 40)
    return [*files, odd]


def test_every_hostile_roster_exits_0_or_1_and_writes_nothing(
    demo_data_dir: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    import hashlib
    import sqlite3

    from app.cli import main

    monkeypatch.setenv("HUZHU_PASSWORD", "huzhu-demo")
    db = demo_data_dir / "huzhu.sqlite3"
    with sqlite3.connect(db) as conn:
        unit = conn.execute("SELECT uscc FROM units ORDER BY headcount DESC LIMIT 1").fetchone()[0]
    for path in _corpus(tmp_path):
        before = hashlib.sha256(db.read_bytes()).hexdigest()
        argv = ["--data", str(demo_data_dir), "--user", "clerk1", "roster", "import", str(path),
                "--unit", unit, "--plans", "ZY:1", "--start", "2026-12-01", "--dry-run"]  # fmt: skip
        code = main(argv)
        err = capsys.readouterr().err
        assert code in (0, 1), (path.name, err)
        assert "意外错误" not in err, (path.name, err)
        try:
            read_roster(path)
        except RejectedInput:  # refused as a file: refused before the login, nothing written
            assert code == 1 and hashlib.sha256(db.read_bytes()).hexdigest() == before
