"""Member search and the member list's first screen on 200,000 members (docs/design.md §8).

The office is generated once with the demo generator (300 units, ~200k members, bulk inserts)
into bench/work/members-200k and reused while it holds enough members. Each search figure is
the median over SAMPLES different members of `search_members` (the call the search box makes:
one page of 50 masked rows), beside the raw sqlite3 lookup of one row by ID number. The first
screen is the real members model and QTableView, offscreen: count, first page, layout and paint
into a pixmap, median of SCREEN_RUNS fresh model+view pairs. Scrolling is the next page fetched
100,000 rows down the list.

`python -m bench members` runs it alone; `python bench/members.py` too.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import WORK, Row, median

MEMBERS = 200_000
UNITS = 300
SAMPLES = 41
SCREEN_RUNS = 7
SEARCH_BUDGET_S = 0.020
SCREEN_BUDGET_S = 0.200


def prepare(folder: Path = WORK / "members-200k") -> Path:
    """A database with ~MEMBERS members; built once (bulk inserts), then reused."""
    from sqlalchemy import text

    from app.auth import SYSTEM
    from app.db import open_database
    from app.demo.people import add_population
    from app.office import register_self
    from models.enums import OfficeLevel

    path = folder / "huzhu.sqlite3"
    if path.exists() and _count(path) >= MEMBERS * 0.99:
        open_database(path).dispose()  # migrate if the schema moved on
        return path
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("huzhu.sqlite3*"):
        old.unlink()
    db = open_database(path)
    try:
        with db.unit_of_work() as session:
            session.execute(text("PRAGMA cache_size=-262144"))
            register_self(
                session, SYSTEM, code="61020401", name="基准代办处", level=OfficeLevel.COUNTY
            )
            add_population(session, random.Random(2026), "61020401", [MEMBERS // UNITS + 1] * UNITS)
    finally:
        db.dispose()
    return path


def _count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM members").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        con.close()


def _samples(path: Path) -> list[tuple[str, str, str, str]]:
    con = sqlite3.connect(path)
    try:
        total = con.execute("SELECT count(*) FROM members").fetchone()[0]
        rng = random.Random(7)
        return [
            con.execute(
                "SELECT id_number, name, name_initials, phone FROM members LIMIT 1 OFFSET ?",
                (rng.randrange(total),),
            ).fetchone()
            for _ in range(SAMPLES)
        ]
    finally:
        con.close()


def _time(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _raw_lookup(path: Path, numbers: list[str]) -> float:
    con = sqlite3.connect(path)
    try:
        query = "SELECT * FROM members WHERE id_number = ?"
        return median([_time(lambda n=n: con.execute(query, (n,)).fetchall()) for n in numbers])
    finally:
        con.close()


def search_rows(path: Path) -> list[Row]:
    from app.auth import Actor
    from app.db import open_database
    from app.member_search import search_members
    from models.enums import Role

    clerk = Actor("bench", "基准", Role.CLERK)
    samples = _samples(path)
    cases = {
        "member search by full ID number, 200k": [s[0] for s in samples],
        "member search by ID suffix (last 6), 200k": [s[0][-6:] for s in samples],
        "member search by ID suffix (last 4), 200k": [s[0][-4:] for s in samples],
        "member search by name prefix, 200k": [s[1][:2] for s in samples],
        "member search by pinyin initials, 200k": [s[2][:2] for s in samples],
        "member search by phone prefix (7), 200k": [s[3][:7] for s in samples],
    }
    baseline = _raw_lookup(path, [s[0] for s in samples])
    db = open_database(path)
    rows = []
    try:
        with db.reader() as session:
            search_members(session, clerk, text=samples[0][0])  # warm the statement cache
            for work, texts in cases.items():
                times = [
                    _time(lambda t=t: search_members(session, clerk, text=t, limit=50))
                    for t in texts
                ]
                budget = SEARCH_BUDGET_S
                rows.append(
                    Row(
                        work,
                        median(times),
                        budget,
                        baseline,
                        note=f"max {max(times) * 1000:.1f} ms",
                    )
                )
    finally:
        db.dispose()
    return rows


def first_screen_row(path: Path) -> Row:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.auth import Actor
    from app.db import open_database
    from app.member_search import MemberFilter
    from models.enums import Role
    from ui.members.members_model import MembersModel
    from ui.qt import QApplication, QTableView
    from ui.units.page import table_view

    app = QApplication.instance() or QApplication([])
    db = open_database(path)
    clerk = Actor("bench", "基准", Role.CLERK)

    def open_list() -> tuple[MembersModel, QTableView]:
        model = MembersModel(db, clerk)
        model.set_filter(MemberFilter())
        view = table_view(model)  # the members page's own table set-up
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        view.grab()  # lay out and paint the visible rows
        return model, view

    try:
        open_list()[1].close()  # warm-up: imports, statement cache, file cache
        times, fetches = [], 0
        for _ in range(SCREEN_RUNS):
            started = time.perf_counter()
            model, view = open_list()
            times.append(time.perf_counter() - started)
            fetches = model.fetches
            view.close()
            view.deleteLater()
        total = model.total
    finally:
        db.dispose()
    return Row(
        f"member list first screen, {total // 1000}k members (Qt model/view)",
        median(times),
        SCREEN_BUDGET_S,
        note=f"median {median(times) * 1000:.0f} ms; {fetches} page(s) of {model.page_size} rows "
        "loaded for the first screen",
    )


def deep_page_row(path: Path) -> Row:
    """Scrolling: the next page of 200 when the list is already 100,000 rows down."""
    from app.auth import Actor
    from app.db import open_database
    from app.member_search import MemberFilter, next_page
    from models.enums import Role

    con = sqlite3.connect(path)
    keys = con.execute(
        "SELECT name, id_number FROM members ORDER BY name, id_number LIMIT 9 OFFSET 100000"
    ).fetchall()
    con.close()
    db = open_database(path)
    clerk = Actor("bench", "基准", Role.CLERK)
    try:
        with db.reader() as session:
            times = [
                _time(lambda k=tuple(k): next_page(session, clerk, MemberFilter(), after=k))
                for k in keys
            ]
    finally:
        db.dispose()
    return Row(
        "member list, next page of 200 at row 100k (scrolling)",
        median(times),
        SCREEN_BUDGET_S,
        note=f"median {median(times) * 1000:.1f} ms (keyset: an index seek, not an offset)",
    )


def run() -> list[Row]:
    path = prepare()
    return [*search_rows(path), first_screen_row(path), deep_page_row(path)]


if __name__ == "__main__":
    from bench.__main__ import print_table

    print_table(run())
