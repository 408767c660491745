"""Hostile roster files: each ends in a clear Chinese message and leaves the database as it was.

The files are generated here (tests/reliability/hostile.py); nothing large is committed. Files
that could exhaust memory (a zip bomb, a stray cell at XFD1048576 — both aborted calamine until
the reader learnt to refuse them) are read in a child process under a 1.2 GB address-space limit, so a
failure shows as a refusal, never as a dead test machine.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.errors import HuzhuError, ValidationFailed
from app.roster.importer import ImportOptions, import_roster
from app.roster.reading import read_roster
from app.units import find_unit
from models import AuditRecord, JournalEntry, Member
from tests.app.roster_factories import uscc
from tests.reliability import hostile, scenario

REPO = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")


def _state(db: Database) -> tuple[int, int, int]:
    with db.reader() as session:
        return (
            session.scalar(select(func.count()).select_from(Member)) or 0,
            session.scalar(select(func.max(AuditRecord.seq))) or 0,
            session.scalar(select(func.max(JournalEntry.seq))) or 0,
        )


def _import(db: Database, path: Path) -> HuzhuError:
    """Import `path` into unit B as a clerk; return the refusal (the test fails if none)."""
    with pytest.raises(HuzhuError) as refused:
        sheet = read_roster(path)
        with db.unit_of_work() as session:
            unit = find_unit(session, uscc(scenario.UNITS["B"][0]))
            import_roster(
                session, scenario.CLERK, sheet=sheet,
                options=ImportOptions(unit_uuid=unit.uuid, plans={"ZY": 1}, start=scenario.START),
            )  # fmt: skip
    return refused.value


def _texts(error: HuzhuError) -> list[str]:
    problems = error.problems if isinstance(error, ValidationFailed) else []
    return [str(error.message), *(str(p.message) for p in problems)]


MAKERS: dict[str, Callable[[Path, Path], Path]] = {
    "pdf-renamed": lambda p, t: hostile.renamed(p, hostile.PDF),
    "png-renamed": lambda p, t: hostile.renamed(p, hostile.PNG),
    "text-renamed": lambda p, t: hostile.renamed(p, "姓名,身份证号码\n张三,1\n".encode()),
    "empty": lambda p, t: hostile.renamed(p, b""),
    "docx-renamed": lambda p, t: hostile.docx_like(p),
    "truncated": hostile.truncated,
    "formulas": lambda p, t: hostile.formulas(p),
    "merged-cells": lambda p, t: hostile.merged(p),
    "id-18-as-number": lambda p, t: hostile.ids_as_numbers(p, 18),
    "bad-date": lambda p, t: hostile.passports_with_dates(p, bad="1990.13.45"),
    "many-duplicate-rows": lambda p, t: hostile.many_rows(p, 3000),
}
EXPECTED = {
    "pdf-renamed": "无法读取",
    "png-renamed": "无法读取",
    "text-renamed": "无法读取",
    "empty": "无法读取",
    "docx-renamed": "无法读取",
    "truncated": "无法读取",
    "formulas": "未导入",
    "merged-cells": "未导入",
    "id-18-as-number": "数字",
    "bad-date": "出生日期",
    # 3,000 rows for a unit of 400: refused on the headcount before the duplicates are looked at
    "many-duplicate-rows": "职工人数",
}


@pytest.mark.parametrize("case", sorted(MAKERS))
def test_hostile_roster_is_refused_in_chinese_and_changes_nothing(
    office_db, tmp_path, case
) -> None:
    path = MAKERS[case](tmp_path / f"{case}.xlsx", tmp_path)
    before = _state(office_db)
    error = _import(office_db, path)
    texts = _texts(error)
    assert all(CJK.search(t) for t in texts), texts
    assert any(EXPECTED[case] in t for t in texts), texts[:5]
    assert _state(office_db) == before


def test_invalid_utf8_csv_is_refused_in_chinese(office_db, tmp_path) -> None:
    before = _state(office_db)
    error = _import(office_db, hostile.bad_utf8_csv(tmp_path / "bad.csv"))
    assert all(CJK.search(t) for t in _texts(error))
    assert _state(office_db) == before


def test_five_date_formats_read_as_the_same_day(tmp_path) -> None:
    from app.roster import cells

    sheet = read_roster(hostile.passports_with_dates(tmp_path / "dates.xlsx"))
    column = sheet.columns["birth_date"]
    dates = {cells.date_of(row.cells[column]) for row in sheet.rows}
    assert len(sheet.rows) == 5 and dates == {hostile.FIVE_DATES[0]}


def test_15_digit_ids_stored_as_numbers_are_recovered(office_db, tmp_path) -> None:
    sheet = read_roster(hostile.ids_as_numbers(tmp_path / "old.xlsx", 15))
    with office_db.unit_of_work() as session:
        unit = find_unit(session, uscc(scenario.UNITS["B"][0]))
        outcome = import_roster(
            session, scenario.CLERK, sheet=sheet,
            options=ImportOptions(
                unit_uuid=unit.uuid, plans={"ZY": 1}, start=scenario.START, dry_run=True
            ),
        )  # fmt: skip
    assert outcome.problems == []
    assert outcome.new_members == 3


def _read_limited(path: Path) -> subprocess.CompletedProcess[str]:
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1_200_000_000, 1_200_000_000))\n"
        "from pathlib import Path\n"
        "from app.errors import RejectedInput\n"
        "from app.roster.reading import read_roster\n"
        "try:\n"
        "    sheet = read_roster(Path(sys.argv[1]))\n"
        "    print('ROWS', len(sheet.rows))\n"
        "except RejectedInput as exc:\n"
        "    print('REFUSED', exc)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=300,
    )  # fmt: skip


@pytest.mark.slow
def test_zip_bomb_is_refused_without_exhausting_memory(tmp_path) -> None:
    result = _read_limited(hostile.zip_bomb(tmp_path / "bomb.xlsx", tmp_path))
    assert result.returncode == 0 and result.stdout.startswith("REFUSED"), result.stderr[-500:]
    assert CJK.search(result.stdout)


def test_a_stray_cell_at_the_end_of_the_sheet_does_not_exhaust_memory(tmp_path) -> None:
    result = _read_limited(hostile.far_cell(tmp_path / "far.xlsx"))
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.startswith(("ROWS 1", "REFUSED"))
