"""Roster import of 50,000 rows: read + validate + register + enrol, in one transaction
(docs/design.md §8: ≤ 4 s, peak memory ≤ 300 MB), beside the bare read of the same file.

The roster (.xlsx, IDs as text, like the template) and an office database holding the plan
catalogue and one unit of 50,000 are made once in bench/work/roster-50k; every run imports into
a fresh copy of that database, in a fresh interpreter whose peak RSS is the memory figure.
The import's progress ticks give the time of each phase (read, row checks, look-ups, member
registration, enrolment), so a slow figure says whose code to look at. openpyxl's read-only
mode is timed on the same file for the record (docs/decisions.md).

`python -m bench roster` runs it alone; `python bench/roster.py` too.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import CHILD_REPORT, WORK, Row, median, time_child

ROWS = 50_000
RUNS = 3
BUDGET_S = 4.0
BUDGET_MB = 300.0
TODAY = "2026-03-10"
FOLDER = WORK / "roster-50k"


def prepare() -> tuple[Path, Path]:
    """The roster file and the base database (made once, reused)."""
    import openpyxl

    from tests.app.roster_factories import HEADERS, make_unit, people, setup_office
    from tests.conftest import ACTORS

    roster, base = FOLDER / "roster.xlsx", FOLDER / "base.sqlite3"
    if roster.exists() and base.exists():
        return roster, base
    FOLDER.mkdir(parents=True, exist_ok=True)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("参保人员名单")
    sheet.append(["耀州基准单位 职工互助保障参保人员名单"])
    sheet.append(list(HEADERS))
    for i, person in enumerate(people(ROWS), start=1):
        sheet.append(person.row(i))
    book.save(roster)
    from app.db import open_database

    for old in FOLDER.glob("base.sqlite3*"):
        old.unlink()
    db = open_database(base)
    setup_office(db)
    make_unit(db, ACTORS["clerk1"], headcount=ROWS, serial=1, name="耀州基准单位")
    db.dispose()
    return roster, base


BARE_READ = """
import time
from python_calamine import CalamineWorkbook
started = time.perf_counter()
with CalamineWorkbook.from_path(PARAMS["path"]) as book:
    rows = book.get_sheet_by_index(0).to_python()
_report(elapsed=time.perf_counter() - started, rows=len(rows))
"""

OPENPYXL_READ = """
import time, openpyxl
started = time.perf_counter()
book = openpyxl.load_workbook(PARAMS["path"], read_only=True)
rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
book.close()
_report(elapsed=time.perf_counter() - started, rows=rows)
"""

IMPORT = """
import datetime as dt, time
from pathlib import Path
from app.db import open_database
from app.roster.importer import ImportOptions, import_roster
from app.roster.reading import read_roster
from app.units import find_unit
from tests.conftest import ACTORS

db = open_database(Path(PARAMS["db"]))
with db.reader() as session:
    unit = find_unit(session, PARAMS["uscc"]).uuid
marks = {}
def progress(done, total):
    for name, at in (("checked", 400), ("looked_up", 500), ("registered", 750), ("done", 1000)):
        if done >= at and name not in marks:
            marks[name] = time.perf_counter()
started = time.perf_counter()
sheet = read_roster(Path(PARAMS["path"]))
marks["read"] = time.perf_counter()
with db.unit_of_work() as session:
    outcome = import_roster(
        session, ACTORS["clerk1"], sheet=sheet, progress=progress,
        options=ImportOptions(unit, {"ZY": 1, "ZJ": 1}, dt.date(2026, 3, 11)),
    )
finished = time.perf_counter()
marks["commit"] = finished
assert outcome.ok and outcome.enrollment.coverages == 2 * PARAMS["rows"], outcome.failed_rules
order = ["read", "checked", "looked_up", "registered", "done", "commit"]
phases, last = {}, started
for name in order:
    phases[name] = round(marks[name] - last, 3)
    last = marks[name]
_report(elapsed=finished - started, phases=phases)
"""


def _code(body: str, **params: object) -> str:
    return CHILD_REPORT + f"PARAMS = {params!r}\n" + body


def _import_once(roster: Path, base: Path, uscc: str) -> tuple[float, float, dict]:
    target = FOLDER / "run.sqlite3"
    for old in FOLDER.glob("run.sqlite3*"):
        old.unlink()
    shutil.copyfile(base, target)
    code = _code(IMPORT, db=str(target), path=str(roster), uscc=uscc, rows=ROWS)
    child = time_child(code, env={"HUZHU_TODAY": TODAY}, timeout=600)
    return float(child.report["elapsed"]), child.peak_mb, dict(child.report["phases"])


def run() -> list[Row]:
    from tests.app.roster_factories import uscc

    roster, base = prepare()
    bare = median(
        [
            float(time_child(_code(BARE_READ, path=str(roster))).report["elapsed"])
            for _ in range(RUNS)
        ]
    )
    slow = float(time_child(_code(OPENPYXL_READ, path=str(roster)), timeout=600).report["elapsed"])
    runs = [_import_once(roster, base, uscc(1)) for _ in range(RUNS)]
    runs.sort(key=lambda r: r[0])
    elapsed, _, phases = runs[len(runs) // 2]
    peak = max(r[1] for r in runs)
    where = ", ".join(f"{name} {seconds:.2f}" for name, seconds in phases.items())
    note = (
        f"{ROWS:,} rows, ZY+ZJ → {2 * ROWS:,} coverages; phases (s): {where}; "
        f"bare read = calamine; openpyxl read-only reads the same file in {slow:.2f} s"
    )
    return [
        Row(
            "roster import 50k (validate + enrol)",
            elapsed,
            BUDGET_S,
            baseline=bare,
            peak_mb=peak,
            budget_mb=BUDGET_MB,
            note=note,
        )
    ]


if __name__ == "__main__":
    from bench.__main__ import print_table

    print_table(run())
