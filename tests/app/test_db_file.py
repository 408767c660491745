"""What start-up reads with plain sqlite3 before the login window, and when it leaves the file
to `open_database` instead (first run, damage, upgrade, a newer release, no office)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app import settings
from app.auth import SYSTEM
from app.db import open_database
from app.db_file import LoginFacts, head_revision, login_facts


def _copy(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "huzhu.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


def _execute(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(sql)
    finally:
        conn.close()


def test_demo_database_gives_office_name_demo_flag_and_no_language(
    demo_template: Path, tmp_path: Path
) -> None:
    assert login_facts(_copy(demo_template, tmp_path)) == LoginFacts(
        office_name="铜川市耀州区代办处", demo=True, language=None
    )


def test_the_office_language_is_read(demo_template: Path, tmp_path: Path) -> None:
    path = _copy(demo_template, tmp_path)
    db = open_database(path)
    with db.unit_of_work() as session:
        settings.put(session, SYSTEM, "language", "en")
    db.dispose()
    facts = login_facts(path)
    assert facts is not None and facts.language == "en"


def test_an_office_other_than_the_demo_is_not_demo(demo_template: Path, tmp_path: Path) -> None:
    path = _copy(demo_template, tmp_path)
    # foreign keys are off on a plain sqlite3 connection: the office's own rows keep the old code
    _execute(path, "UPDATE offices SET code = '61020402', name = '某县代办处' WHERE is_self = 1")
    facts = login_facts(path)
    assert facts == LoginFacts(office_name="某县代办处", demo=False, language=None)


def test_files_that_need_open_database_first_give_none(demo_template: Path, tmp_path: Path) -> None:
    assert login_facts(tmp_path / "missing.sqlite3") is None
    (tmp_path / "empty.sqlite3").touch()
    assert login_facts(tmp_path / "empty.sqlite3") is None
    (tmp_path / "broken.sqlite3").write_bytes(b"SQLite format 3\0" + b"\xff" * 5000)
    assert login_facts(tmp_path / "broken.sqlite3") is None

    older = _copy(demo_template, tmp_path)  # an older schema: the upgrade and its backup come first
    _execute(older, "UPDATE alembic_version SET version_num = '0001'")
    assert head_revision() != "0001" and login_facts(older) is None
    _execute(older, "UPDATE alembic_version SET version_num = '9999'")  # a newer release's file
    assert login_facts(older) is None

    fresh = tmp_path / "fresh" / "huzhu.sqlite3"  # schema made, no office yet: the first run
    open_database(fresh).dispose()
    assert login_facts(fresh) is None
