"""Personal data stays masked for a clerk: a demo run of the CLI as `clerk1` (lists, exports,
PDFs, errors) leaves no full ID number in its output, its files or the log; no password is
ever logged."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from app.db import open_database
from tests.app.roster_factories import people, uscc
from tests.cli_runner import Run, huzhu
from tests.reliability import scenario

FULL_ID = re.compile(r"(?<![0-9])\d{17}[\dXx](?![0-9])")


def _text_of(path: Path) -> str:
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        try:
            return "\n".join(
                str(v)
                for sheet in book
                for row in sheet.iter_rows(values_only=True)
                for v in row
                if v
            )
        finally:
            book.close()  # read-only workbooks keep the file open until closed
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return path.read_text(encoding="utf-8", errors="replace")


@pytest.fixture
def clerk_run(office_dir: Path, tmp_path: Path):
    env = {"HUZHU_PASSWORD": scenario.PASSWORD, "HUZHU_TODAY": scenario.CLAIM_DAY}
    runs: list[tuple[str, Run]] = []

    def run(*args: str | Path, user: str = "clerk1") -> Run:
        result = huzhu("--data", office_dir, "--user", user, *args, env=env)
        runs.append((" ".join(map(str, args)), result))
        return result

    run.runs = runs  # type: ignore[attr-defined]
    return run


def test_a_clerk_never_sees_a_full_id_number(clerk_run, office_dir, tmp_path) -> None:
    db = open_database(office_dir / "huzhu.sqlite3")
    with db.reader() as session:
        from sqlalchemy import text

        ids = {r[0] for r in session.execute(text("SELECT id_number FROM members"))}
        number = session.execute(text("SELECT number FROM enrollments LIMIT 1")).scalar_one()
    db.dispose()
    unit, someone = uscc(scenario.UNITS["A"][0]), people(1)[0]
    out = tmp_path / "out"
    out.mkdir()
    clerk_run("--json", "member", "search", someone.name[:1])
    clerk_run("--json", "member", "show", someone.id_number)
    clerk_run("member", "show", someone.id_number)
    clerk_run("--json", "unit", "show", unit)
    clerk_run("roster", "export", "members", "--unit", unit, "--out", out / "members.xlsx")
    clerk_run("roster", "export", "statement", number, "--out", out / "statement.xlsx")
    clerk_run("print", "certificate", "--unit", unit, "--out", out / "unit-cert.pdf")
    # a refused registration names the person: the message and the log must stay masked
    clerk_run("member", "add", "--id", someone.id_number, "--name", someone.name, "--unit", unit)
    produced = sorted(out.iterdir())
    assert [p.name for p in produced] == ["members.xlsx", "statement.xlsx", "unit-cert.pdf"], [
        (a, r.code, r.err[-300:]) for a, r in clerk_run.runs
    ]
    leaks = []
    for args, result in clerk_run.runs:  # echoing back the number the clerk typed is no leak
        shown = FULL_ID.findall(result.out + result.err)
        leaks += [(args, m) for m in shown if m in ids and m not in args]
    for path in [*produced, *sorted((office_dir / "logs").glob("*.log*"))]:
        leaks += [(path.name, m) for m in FULL_ID.findall(_text_of(path)) if m in ids]
    assert leaks == []


def test_passwords_are_never_logged(clerk_run, office_dir) -> None:
    clerk_run("backup", "--out", office_dir / "b.sqlite3", user="supervisor1")
    bad = huzhu(
        "--data", office_dir, "--user", "clerk1", "backup", "--out", office_dir / "c.sqlite3",
        env={"HUZHU_PASSWORD": "wrong-secret-123"},
    )  # fmt: skip
    assert bad.code == 1
    logs = "".join(_text_of(p) for p in (office_dir / "logs").glob("*.log*"))
    assert logs  # the CLI logged something
    assert scenario.PASSWORD not in logs and "wrong-secret-123" not in logs
