"""bench/results.json keeps each figure with the versions and load it was measured at, and the
README's bench table is generated from it (`python -m bench.table`)."""

from __future__ import annotations

import json

from bench import table

V1 = {"Python": "3.11.7", "SQLite": "3.40.1", "PySide6": "6.12.0", "SQLAlchemy": "2.1.9"}


def _row(work: str, figure: float, load: float, versions: dict[str, str] = V1) -> dict:
    return {
        "work": work,
        "figure_s": figure,
        "baseline_s": 0.1,
        "ratio": figure / 0.1,
        "budget_s": 1.0,
        "peak_mb": None,
        "budget_mb": None,
        "pass": figure <= 1.0,
        "note": "",
        "versions": versions,
        "load_avg": [load, 1.0, 1.0],
    }


def test_conditions_name_every_version_and_the_load() -> None:
    now = table.conditions()
    assert set(now["versions"]) == {"Python", "SQLite", "PySide6", "SQLAlchemy", "python-calamine"}
    assert now["versions"]["PySide6"] != "—" and now["versions"]["python-calamine"] != "—"
    assert len(now["load_avg"]) == 3 and now["cpus"] >= 1


def test_a_partial_run_replaces_its_rows_and_keeps_the_others(tmp_path) -> None:
    path = tmp_path / "results.json"
    table.save([_row("start-up", 0.5, 2.0), _row("import", 3.0, 2.0)], path)
    table.save([_row("start-up", 0.3, 0.4), _row("  of which new", 0.2, 0.4)], path)
    table.save([_row("sync", 1.0, 0.5)], path)
    rows = json.loads(path.read_text(encoding="utf-8"))["rows"]
    assert [(r["work"], r["figure_s"], r["load_avg"][0]) for r in rows] == [
        ("start-up", 0.3, 0.4),
        ("  of which new", 0.2, 0.4),  # a new row stays under the row measured before it
        ("import", 3.0, 2.0),
        ("sync", 1.0, 0.5),  # a new run's first new row goes at the end
    ]


def test_budgets_show_three_significant_figures() -> None:
    assert table.budget_text(1.86515, 200.0) == "≤ 1.87 s, ≤ 200 MB"
    assert table.budget_text(14.5834, None) == "≤ 14.6 s"
    assert table.budget_text(0.005, None) == "≤ 0.005 s"


def test_the_table_shows_load_and_versions(tmp_path) -> None:
    rows = [_row("start-up", 0.3, 0.42), _row("  of which the shell", 0.2, 0.42)]
    text = table.markdown({"rows": [*rows, _row("import", 3.0, 0.9)]})
    assert "| ↳ of which the shell | 0.200 s |" in text
    assert text.startswith("Measured with Python 3.11.7, SQLite 3.40.1, PySide6 6.12.0")
    assert "| start-up | 0.300 s | 0.100 s | 3.0× | ≤ 1 s | — | pass | 0.42 |" in text
    assert "| import | 3.000 s | 0.100 s | 30.0× | ≤ 1 s | — | FAIL | 0.90 |" in text
    mixed = table.markdown(
        {"rows": [_row("a", 0.3, 0.4), _row("b", 0.3, 0.4, {**V1, "SQLAlchemy": "2.0.30"})]}
    )
    assert "Measured with" not in mixed and "SQLAlchemy 2.0.30 |" in mixed


def test_the_readme_table_is_replaced_and_the_prose_kept(tmp_path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(
        "# Title\n\n## Latest bench table\n\nProse about the run.\n\n"
        "| work | figure |\n|---|---|\n| old | 9 s |\n\n## After\n\nmore\n",
        encoding="utf-8",
    )
    new = table.markdown({"rows": [_row("start-up", 0.3, 0.42)]})
    table.replace_in_readme(new, readme)
    text = readme.read_text(encoding="utf-8")
    assert "| old |" not in text and "Prose about the run." in text
    assert "| start-up | 0.300 s |" in text and text.endswith("## After\n\nmore\n")
    table.replace_in_readme(new, readme)
    assert readme.read_text(encoding="utf-8") == text  # idempotent
