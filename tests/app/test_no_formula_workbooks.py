"""Issue 20 class 5: no workbook the product writes has a formula cell, whatever text the
office, units and members carry and whatever the uploaded roster held. Every writer is driven
through the command line with hostile names; each file is checked twice — openpyxl's view of
every cell (data_type "f") and the raw sheet XML (<f> elements) — and hostile text must come
back exactly as it was stored (as text, not a formula and not altered)."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook import Workbook

from app import workbook
from app.cli import main
from app.reports import REPORT_LABELS
from app.reports.xlsx import TEXT, Table, add_form
from tests.app.roster_factories import people
from tests.data.hostile.formulas import FORMULA_TEXTS, roster_with_formulas

PASSWORD = {"HUZHU_PASSWORD": "huzhu-demo"}


def formula_cells(path: Path) -> list[str]:
    """Every formula in the workbook at `path`, by both readings."""
    found = []
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                found += [f"{name}: <f>" for _ in re.finditer(rb"<f[ >/]", zf.read(name))]
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            found += [f"{sheet.title}!{c.coordinate}" for c in row if c.data_type == "f"]
    return found


def texts(path: Path) -> set[str]:
    book = openpyxl.load_workbook(path)
    return {
        c.value
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, str)
    }


def _poison(db_file: Path) -> dict[str, str]:
    """Give the office, every unit and every member a formula-like name (bypassing the entry
    checks, as a restored or old database might hold them)."""
    with sqlite3.connect(db_file) as conn:
        conn.execute("UPDATE offices SET name = ?", (FORMULA_TEXTS[0],))
        units = conn.execute("SELECT uuid FROM units ORDER BY uscc").fetchall()
        for i, (key,) in enumerate(units):
            conn.execute("UPDATE units SET name = ? WHERE uuid = ?", (FORMULA_TEXTS[i % 11], key))
        members = conn.execute("SELECT uuid FROM members").fetchall()
        for i, (key,) in enumerate(members):
            text = FORMULA_TEXTS[i % len(FORMULA_TEXTS)]
            conn.execute(
                "UPDATE members SET name = ?, bank_name = ? WHERE uuid = ?", (text, text, key)
            )
        uscc = conn.execute("SELECT uscc FROM units ORDER BY uscc LIMIT 1").fetchone()[0]
        number = conn.execute(
            "SELECT e.number FROM enrollments e JOIN coverages c ON c.enrollment_uuid = e.uuid "
            "GROUP BY e.number ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        approved = [r[0] for r in conn.execute("SELECT number FROM claims WHERE status='approved'")]
    return {"uscc": uscc, "number": number, "approved": approved}


def _run(capsys, folder: Path, *args: str) -> None:
    code = main(["--data", str(folder), "--user", "supervisor1", *args])
    captured = capsys.readouterr()
    assert code in (0, 1), captured.err
    return None


@pytest.fixture
def hostile_outputs(demo_data_dir: Path, tmp_path: Path, capsys, monkeypatch) -> list[Path]:
    for name, value in PASSWORD.items():
        monkeypatch.setenv(name, value)
    facts = _poison(demo_data_dir / "huzhu.sqlite3")
    out = tmp_path / "out"
    out.mkdir()
    runs = {
        "members.xlsx": ["roster", "export", "members", "--unit", facts["uscc"]],
        "search.xlsx": ["roster", "export", "search", ""],
        "statement.xlsx": ["roster", "export", "statement", facts["number"]],
    }
    for number in facts["approved"]:  # some may wait for the hub's approval: those are refused
        runs[f"paylist-{number}.xlsx"] = ["claim", "paylist", number]
    for name, argv in runs.items():
        _run(capsys, demo_data_dir, *argv, "--out", str(out / name))
    for name in REPORT_LABELS:
        unit = ["--unit", facts["uscc"]] if name == "unit-statement" else []
        _run(
            capsys, demo_data_dir, "report", name, "--out", str(out / f"report-{name}.xlsx"), *unit
        )
    _run(
        capsys,
        demo_data_dir,
        "roster",
        "template",
        str(out / "template.xlsx"),
        "--unit",
        facts["uscc"],
    )
    _run(
        capsys,
        demo_data_dir,
        "roster",
        "template",
        str(out / "renewal.xlsx"),
        "--renewal",
        facts["number"],
    )
    uploaded = roster_with_formulas(
        tmp_path / "uploaded.xlsx", [list(p.row(i + 1)) for i, p in enumerate(people(12))]
    )
    _run(
        capsys, demo_data_dir, "roster", "import", str(uploaded), "--unit", facts["uscc"],
        "--plans", "ZY:1", "--start", "2026-12-01", "--dry-run", "--errors", str(out / "errors.xlsx"),
    )  # fmt: skip
    return sorted(out.iterdir())


def test_every_workbook_the_desk_writes_is_formula_free(hostile_outputs: list[Path]) -> None:
    names = {p.name for p in hostile_outputs}
    expected = {
        "members.xlsx", "search.xlsx", "statement.xlsx", "template.xlsx",
        "renewal.xlsx", "errors.xlsx", *(f"report-{n}.xlsx" for n in REPORT_LABELS),
    }  # fmt: skip
    assert expected <= names, expected - names
    paylists = [p for p in hostile_outputs if p.name.startswith("paylist-")]
    assert paylists
    for path in hostile_outputs:
        assert formula_cells(path) == [], path.name
    # the hostile names are there, as the very text stored
    assert FORMULA_TEXTS[0] in texts(hostile_outputs[0].parent / "members.xlsx")
    assert any(FORMULA_TEXTS[0] in t for t in texts(paylists[0]))
    assert "＝1+1" in texts(hostile_outputs[0].parent / "errors.xlsx")


def test_the_form_writer_under_the_hub_report_keeps_text_as_text(tmp_path: Path) -> None:
    """The hub's province report is `add_form` + `workbook.save`, like the desk reports."""
    book: Workbook = workbook.new_workbook(keep_first_sheet=False)
    rows = [[t, t] for t in FORMULA_TEXTS]
    add_form(book, "按覆盖率", Table("=1+1", [("代码", TEXT), ("代办处", TEXT)], rows), "@x", "-1")
    path = workbook.save(book, tmp_path / "hub.xlsx")
    assert formula_cells(path) == []
    assert set(FORMULA_TEXTS) <= texts(path)


def test_risky_text_carries_the_quote_prefix_style(tmp_path: Path) -> None:
    book = workbook.new_workbook()
    for row, text in enumerate([*FORMULA_TEXTS, "张三", "1990-01-02"], start=1):
        workbook.put(book.active, row, 1, text)
    path = workbook.save(book, tmp_path / "q.xlsx")
    sheet = openpyxl.load_workbook(path).active
    prefixed = [sheet.cell(row=r, column=1).quotePrefix for r in range(1, len(FORMULA_TEXTS) + 3)]
    assert prefixed == [True] * len(FORMULA_TEXTS) + [False, False]
