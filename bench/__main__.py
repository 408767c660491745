"""`make bench`: run the bench modules, print a table, write bench/results.json (each row with
the versions and load it was measured at; `python -m bench.table` makes the README's table).

Exits 1 when any figure is over its budget. `python -m bench startup` runs only the named
modules. Each area adds its bench by one line in MODULES: a module with `run() -> list[Row]`.
"""

from __future__ import annotations

import importlib
import sys
import time

from bench import table
from bench.common import Row

MODULES = {
    "startup": "bench.startup",
    "sync": "bench.sync",
    "printing": "bench.printing",
    "members": "bench.members",
    "roster": "bench.roster",
    "office": "bench.office",
    "home": "bench.home",
    "hub_analysis": "bench.hub_analysis",
}


def _cell(value: float | None, unit: str = "") -> str:
    return "—" if value is None else f"{value:.3f}{unit}" if unit == " s" else f"{value:.1f}{unit}"


def print_table(rows: list[Row]) -> None:
    header = ("work", "figure", "baseline", "ratio", "budget", "peak MB", "result")
    lines = [
        (
            row.work,
            _cell(row.figure, " s"),
            _cell(row.baseline, " s"),
            "—" if row.ratio is None else f"{row.ratio:.1f}×",
            table.budget_text(row.budget, row.budget_mb),
            _cell(row.peak_mb),
            "pass" if row.passed else "FAIL",
        )
        for row in rows
    ]
    widths = [max(len(str(c)) for c in column) for column in zip(header, *lines, strict=False)]
    for line in (header, *lines):
        print("  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)))
    for row in rows:
        if row.note:
            print(f"  {row.work}: {row.note}")


def main(argv: list[str]) -> int:
    chosen = argv or list(MODULES)
    unknown = [name for name in chosen if name not in MODULES]
    if unknown:
        print(f"unknown bench module(s): {', '.join(unknown)}; known: {', '.join(MODULES)}")
        return 2
    rows: list[Row] = []
    records: list[dict[str, object]] = []  # each row with the versions and load it was measured at
    for name in chosen:
        started = time.perf_counter()
        measured = importlib.import_module(MODULES[name]).run()
        print(f"[{name}: {time.perf_counter() - started:.1f} s]", file=sys.stderr)
        rows.extend(measured)
        under = table.conditions()
        records += [{**row.as_dict(), **under} for row in measured]
    print_table(rows)
    table.save(records)  # rows of modules not run this time are kept with their own record
    return 0 if all(row.passed for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
