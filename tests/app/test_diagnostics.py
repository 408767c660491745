"""The support zip: logs, versions, settings, folder listing — never the database or members."""

from __future__ import annotations

import json
import zipfile

from sqlalchemy import select

from app import diagnostics
from app.paths import logs_dir
from models import Member
from tests.cli_runner import huzhu

ID_NUMBER = "610204199001011234"


def _member(demo_db) -> tuple[str, str]:
    with demo_db.reader() as session:
        member = session.scalars(select(Member).limit(1)).one()
        return member.name, member.id_number


def test_zip_holds_logs_versions_settings_and_no_personal_data(demo_data_dir, demo_db):
    name, id_number = _member(demo_db)
    logs_dir(demo_data_dir).mkdir()
    (logs_dir(demo_data_dir) / "huzhu.log").write_text(
        f"2026-01-01 INFO x: lookup {ID_NUMBER} and {id_number}\n", encoding="utf-8"
    )
    out = demo_data_dir.parent / "support" / "diag.zip"
    done = diagnostics.export(demo_data_dir, out)
    with zipfile.ZipFile(out) as z:
        names = set(z.namelist())
        assert names == set(done.entries)
        assert names == {"versions.json", "office.json", "data-folder.json", "logs/huzhu.log"}
        everything = b"".join(z.read(n) for n in names).decode("utf-8")
        office = json.loads(z.read("office.json"))
        versions = json.loads(z.read("versions.json"))
    assert ID_NUMBER not in everything and id_number not in everything
    assert name not in everything
    assert "610204********1234" in everything  # scrubbed, still useful
    assert b"SQLite format 3" not in everything.encode()
    assert office["database"] == "ok" and office["schema"] == office["schema_head"]
    assert office["settings"]["language"] == "zh_CN"
    assert versions["huzhu"] and versions["libraries"]["SQLAlchemy"]


def test_a_missing_or_broken_database_is_reported_not_created(tmp_path):
    done = diagnostics.export(tmp_path / "empty", tmp_path / "a.zip")
    assert not (tmp_path / "empty").exists()
    with zipfile.ZipFile(done.path) as z:
        assert json.loads(z.read("office.json")) == {"database": "missing"}
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "huzhu.sqlite3").write_bytes(b"garbage" * 1000)
    with zipfile.ZipFile(diagnostics.export(broken, tmp_path / "b.zip").path) as z:
        assert json.loads(z.read("office.json"))["database"] == "unreadable"


def test_cli_writes_the_zip(demo_data_dir, tmp_path):
    out = tmp_path / "d.zip"
    run = huzhu("--data", demo_data_dir, "diagnostics", "--out", out)
    assert run.code == 0, run.err
    assert "已导出诊断信息" in run.out
    assert "office.json" in zipfile.ZipFile(out).namelist()
