"""The 工作台 on the shared 200k-member office (bench/office.py): data load + first paint.

- cold: the first load in a process, which reads every coverage of the year (the coverage group
  of app/reports/figures.py: ~400k rows with COUNT(DISTINCT member));
- warm: what every later load costs while no coverage or enrollment changed (the group is kept
  by the change journal's newest seq) — the page as it is opened and refreshed;
- page: HomePage built, its read-only job done on the worker and the first paint, warm.
The start-up checks the page also shows are timed by `bench office` (they run once per session).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Row
from bench.office import office

TODAY = "2026-11-20"


def _load(db: object, actor: object) -> object:
    from app.reports.home import home_data

    with db.reader() as session:  # type: ignore[attr-defined]
        return home_data(session, actor)  # type: ignore[arg-type]


def _page_seconds(db: object, actor: object) -> tuple[float, float, float]:
    """(first paint, every figure shown, CPU to the first paint — all threads, steadier than
    the wall clock on a shared machine) of a new HomePage, seconds from its creation."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.bus import Bus
    from ui.context import PageContext
    from ui.home.page import HomePage
    from ui.qt import QApplication, QPixmap

    app = QApplication.instance() or QApplication([])
    started, cpu = time.perf_counter(), time.process_time()
    page = HomePage(PageContext(db, actor, Bus()))  # type: ignore[arg-type]
    page.resize(1100, 720)
    page.show()
    painted = painted_cpu = None
    while not page.loaded:
        app.processEvents()
        if painted is None and page.painted:
            page.render(QPixmap(page.size()))
            painted = time.perf_counter() - started
            painted_cpu = time.process_time() - cpu
        time.sleep(0.002)
    page.render(QPixmap(page.size()))
    loaded = time.perf_counter() - started
    page.close()
    page.deleteLater()
    app.processEvents()
    if painted is None:  # every figure came with the first read
        painted, painted_cpu = loaded, time.process_time() - cpu
    return painted, loaded, painted_cpu


def run() -> list[Row]:
    from app.auth import Actor
    from app.db import open_database
    from models.enums import Role

    os.environ["HUZHU_TODAY"] = TODAY
    db = open_database(office())
    actor = Actor("supervisor1", "主管", Role.SUPERVISOR)
    try:
        first_paint, cold, first_cpu = _page_seconds(db, actor)  # nothing counted yet
        warm = min(_page_seconds(db, actor)[1] for _ in range(2))
        data = min(_timed(lambda: _load(db, actor)) for _ in range(3))
    finally:
        db.dispose()
    note = f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    return [
        Row(
            "home page first paint, cold (coverage figures follow), 200k members",
            first_paint,
            0.5,
            note=note,
        ),
        Row(
            "home page first paint, cold, CPU seconds (all threads), 200k members",
            first_cpu,
            0.5,
            note="with the queue, renewals, sync, alerts, health numbers and start-up checks",
        ),
        Row(
            "home page every figure shown, cold (400k covers counted), 200k members",
            cold,
            15.0,
            note="in the background: the page is usable from its first paint",
        ),
        Row("home page data + first paint, warm (no cover changed), 200k members", warm, 0.5),
        Row("home page data alone, warm, 200k members", data, 0.5),
    ]


def _timed(work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - started


if __name__ == "__main__":
    from bench.__main__ import print_table

    print_table(run())
