"""What the roster import's writes cost SQLite alone: the rows a real import wrote (members, the
enrollment, coverages, the payment, change-journal rows), read back from its database, are
inserted by plain sqlite3 into a fresh copy of the same base database with the office's
pragmas, in one transaction, from tuples already built — no checks, no ORM, no Python beyond
`executemany`. bench/roster.py notes it beside the import's figure: the part of the import that
is the database's own work on this schema.
"""

from __future__ import annotations

import pickle
import shutil
import sqlite3
from pathlib import Path

from bench.common import CHILD_REPORT, median, time_child

TABLES = ("members", "enrollments", "coverages", "payments", "change_journal")

WRITE = """
import pickle, sqlite3, time
with open(PARAMS["rows"], "rb") as f:
    rows = pickle.load(f)
started = time.perf_counter()
conn = sqlite3.connect(PARAMS["db"], isolation_level=None)
for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL"):
    conn.execute("PRAGMA " + pragma)
conn.execute("BEGIN IMMEDIATE")
for table, (columns, data) in rows.items():
    marks = ", ".join("?" * len(columns))
    conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", data)
conn.execute("COMMIT")
conn.close()
_report(elapsed=time.perf_counter() - started)
"""


def _written_rows(imported: Path, base: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Each table's rows that the import added to `base`, with their columns."""
    rows = {}
    conn = sqlite3.connect(imported)
    try:
        conn.execute("ATTACH DATABASE ? AS base", (str(base),))
        for table in TABLES:
            columns = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
            data = conn.execute(
                f"SELECT {', '.join(columns)} FROM main.{table} "
                f"WHERE rowid NOT IN (SELECT rowid FROM base.{table})"
            ).fetchall()
            rows[table] = (columns, data)
    finally:
        conn.close()
    return rows


def bare_write(imported: Path, base: Path, runs: int = 3) -> tuple[float, int]:
    """Median seconds to write the rows `imported` holds beyond `base`, and how many rows."""
    folder = imported.parent.parent / "floor"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    rows = _written_rows(imported, base)
    dump = folder / "rows.pickle"
    dump.write_bytes(pickle.dumps(rows))
    seconds = []
    for _ in range(runs):
        db = folder / "write.sqlite3"
        for old in folder.glob("write.sqlite3*"):
            old.unlink()
        shutil.copyfile(base, db)
        params = {"rows": str(dump), "db": str(db)}
        child = time_child(CHILD_REPORT + f"PARAMS = {params!r}\n" + WRITE, timeout=600)
        seconds.append(float(child.report["elapsed"]))  # type: ignore[arg-type]
    shutil.rmtree(folder)
    return median(seconds), sum(len(data) for _, data in rows.values())
