"""`huzhu roster …` as a batch job runs it (tests/cli_runner.py): template, dry run, a refused import that writes the
error report and exit code 1, a good import with progress on stderr, exports."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from app.catalogue import ensure_catalogue
from app.db import Database, open_database
from app.demo import DEMO_PASSWORD
from tests.app.roster_factories import TODAY, make_unit, people, uscc, write_xlsx
from tests.cli_runner import huzhu

ENV = {"HUZHU_TODAY": TODAY, "HUZHU_PASSWORD": DEMO_PASSWORD}


def test_roster_commands_end_to_end(tmp_path: Path, demo_data_dir: Path, actors) -> None:
    data = ["--data", str(demo_data_dir)]
    db = open_database(demo_data_dir / "huzhu.sqlite3")
    try:
        setup_office_catalogue(db)
        make_unit(db, actors["clerk1"], headcount=6, serial=77, name="命令行测试单位")
    finally:
        db.dispose()
    code = uscc(77)

    run = huzhu(*data, "roster", "template", tmp_path / "t.xlsx", "--unit", code, env=ENV)
    assert run.code == 0, run.err
    assert (
        openpyxl.load_workbook(tmp_path / "t.xlsx").active["A1"].value.startswith("命令行测试单位")
    )

    rows = [p.row(i) for i, p in enumerate(people(6, first=700), start=1)]
    good = write_xlsx(tmp_path / "good.xlsx", rows)
    rows[2][2] = "610204"
    bad = write_xlsx(tmp_path / "bad.xlsx", rows)
    common = ["--user", "clerk1", "--unit", code, "--plans", "ZY:1,ZJ:1", "--start", "2026-03-11"]

    run = huzhu(*data, "roster", "import", bad, *common, "--errors", tmp_path / "e.xlsx", env=ENV)
    assert run.code == 1
    assert "第 4 行" in run.err and "未写入任何数据" in run.err
    report = openpyxl.load_workbook(tmp_path / "e.xlsx").active
    assert report["C4"].comment is not None and report["G4"].value

    run = huzhu(*data, "--json", "roster", "import", good, *common, "--dry-run", env=ENV)
    assert run.code == 0, run.err
    assert run.json()["ok"] and run.json()["dry_run"] and run.json()["enrollment"] is None

    run = huzhu(*data, "--json", "roster", "import", good, *common, env=ENV)
    assert run.code == 0, run.err
    result = run.json()
    assert result["new_members"] == 6 and result["premium_total"] == 6 * 9000
    assert "导入进度 100%" in run.err

    run = huzhu(*data, "roster", "export", "statement", result["enrollment"], "--user", "clerk1",
                "--out", tmp_path / "s.xlsx", env=ENV)  # fmt: skip
    assert run.code == 0 and "已隐藏" in run.out
    run = huzhu(*data, "roster", "export", "members", "--unit", code, "--user", "supervisor1",
                "--out", tmp_path / "m.xlsx", env=ENV)  # fmt: skip
    assert run.code == 0 and "6 行" in run.out and "隐藏" not in run.out


def setup_office_catalogue(db: Database) -> None:
    """The demo office may not hold the plan catalogue yet; load the shipped one (idempotent)."""
    with db.unit_of_work() as session:
        ensure_catalogue(session)
