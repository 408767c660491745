"""bench/results.json and the README's bench table made from it.

Every row of results.json carries, next to its figure, what it was measured with: the versions
of Python, SQLite, PySide6, SQLAlchemy and python-calamine, the machine's load average (1, 5,
15 min) just after the row's bench module ran, the CPU count and the time. A partial run
(`python -m bench startup`) replaces its own rows and keeps the others, each with its own record.

    python -m bench.table            # print the README's table (Markdown) from results.json
    python -m bench.table --readme   # and put it in README.md under "## Latest bench table"
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import sqlite3
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results.json"
README_HEADING = "## Latest bench table"
DISTRIBUTIONS = {
    "PySide6": "PySide6-Essentials",
    "SQLAlchemy": "SQLAlchemy",
    "python-calamine": "python-calamine",
}


def versions() -> dict[str, str]:
    found = {"Python": platform.python_version(), "SQLite": sqlite3.sqlite_version}
    for label, dist in DISTRIBUTIONS.items():
        try:
            found[label] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found[label] = "—"
    return found


def conditions() -> dict[str, Any]:
    """What a figure measured now is measured under."""
    return {
        "versions": versions(),
        "load_avg": [round(x, 2) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def merge(previous: list[dict[str, Any]], fresh: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The previous rows with those measured again replaced in place; a new one right after
    the row measured before it in the same run (so a sub-row stays under its row), or at the
    end."""
    by_work = {row["work"]: row for row in fresh}
    merged = [by_work.get(row["work"], row) for row in previous]
    held = {row["work"] for row in previous}
    for before, row in zip([None, *fresh], fresh, strict=False):
        if row["work"] in held:
            continue
        works = [r["work"] for r in merged]
        at = works.index(before["work"]) + 1 if before is not None else len(merged)
        merged.insert(at, row)
    return merged


def budget_text(seconds: float, megabytes: float | None) -> str:
    """A row's budget as the tables show it: three significant figures."""
    return f"≤ {seconds:.3g} s" + (f", ≤ {megabytes:.3g} MB" if megabytes else "")


def load(path: Path = RESULTS) -> dict[str, Any]:
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"rows": []}
    return (
        found if isinstance(found, dict) and isinstance(found.get("rows"), list) else {"rows": []}
    )


def save(rows: list[dict[str, Any]], path: Path = RESULTS) -> dict[str, Any]:
    results = {"rows": merge(load(path)["rows"], rows)}
    path.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return results


def _s(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f} s"


def _version_text(v: dict[str, str]) -> str:
    return ", ".join(f"{name} {version}" for name, version in v.items())


def markdown(results: dict[str, Any]) -> str:
    """The table: one row per figure with its ratio, budget, the load it was measured at, and
    the versions (once above the table when every row shares them, else per row)."""
    rows = results["rows"]
    shared = {json.dumps(r.get("versions"), sort_keys=True) for r in rows}
    per_row = len(shared) > 1
    header = ["work", "figure", "baseline", "ratio", "budget", "peak MB", "result", "load (1 min)"]
    header += ["versions"] if per_row else []
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        budget = budget_text(r["budget_s"], r.get("budget_mb"))
        load_avg = r.get("load_avg")
        cells = [
            "↳ " + r["work"].strip() if r["work"].startswith("  ") else r["work"],
            _s(r["figure_s"]),
            _s(r.get("baseline_s")),
            "—" if r.get("ratio") is None else f"{r['ratio']:.1f}×",
            budget,
            "—" if r.get("peak_mb") is None else f"{r['peak_mb']:.1f}",
            "pass" if r["pass"] else "FAIL",
            "—" if not load_avg else f"{load_avg[0]:.2f}",
        ]
        cells += [_version_text(r.get("versions") or {})] if per_row else []
        lines.append("| " + " | ".join(cells) + " |")
    if rows and not per_row and rows[0].get("versions"):
        lines.insert(0, f"Measured with {_version_text(rows[0]['versions'])}.\n")
    return "\n".join(lines) + "\n"


def replace_in_readme(table: str, readme: Path) -> None:
    """Put `table` in place of the table (and its versions line) under README_HEADING."""
    text = readme.read_text(encoding="utf-8")
    start = text.index(README_HEADING)
    end = text.find("\n## ", start + len(README_HEADING))
    end = len(text) if end < 0 else end + 1
    section = text[start:end].splitlines(keepends=True)
    kept = [
        line
        for line in section
        if not line.startswith("|") and not line.startswith("Measured with ")
    ]
    while kept and not kept[-1].strip():
        kept.pop()
    new = "".join(kept) + "\n" + table + ("\n" if end < len(text) else "")
    readme.write_text(text[:start] + new + text[end:], encoding="utf-8")


def main(argv: list[str]) -> int:
    results = load()
    if not results["rows"]:
        print(f"no figures in {RESULTS}: run `make bench` first", file=sys.stderr)
        return 1
    table = markdown(results)
    print(table, end="")
    if argv == ["--readme"]:
        replace_in_readme(table, REPO / "README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
