"""Schema life cycle: one migration head, migrations equal the models, old files upgrade in place."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.db import _alembic_config, head_revision, open_database
from app.errors import DatabaseProblem
from models import Base

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_migrations_have_a_single_head() -> None:
    assert len(ScriptDirectory.from_config(_alembic_config()).get_heads()) == 1


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_migrated_schema_equals_the_models(db) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        # Alembic cannot compare expression indexes; check the one we have by its SQL.
        tail = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_members_id_tail'"
        ).scalar_one()
    assert diff == []
    assert "substr(id_number, -4)" in tail


def test_schema_constraints_reach_the_database(db) -> None:
    with db.engine.connect() as conn:
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'enrollments'"
        ).scalar_one()
    assert "pay_unit + pay_union + pay_individual + pay_gift = premium_total" in sql


def test_first_release_database_upgrades_in_place_and_leaves_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "huzhu.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", path)

    database = open_database(path)
    with database.engine.connect() as conn:
        revision = MigrationContext.configure(conn).get_current_revision()
        member = conn.exec_driver_sql("SELECT name, name_initials FROM members").one()
        unit = conn.exec_driver_sql("SELECT female_headcount FROM units").one()
    database.dispose()

    assert revision == head_revision()
    assert tuple(member) == ("张三", "")
    assert tuple(unit) == (0,)
    backups = list(tmp_path.glob("huzhu.sqlite3.before-*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert old.execute("SELECT count(*) FROM members").fetchone() == (1,)
    old.close()


def test_current_database_opens_without_a_new_backup(db) -> None:
    assert db.path is not None
    db.dispose()
    open_database(db.path).dispose()
    assert list(db.path.parent.glob("*.bak")) == []


def test_database_from_a_newer_release_is_refused(db) -> None:
    assert db.path is not None
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    db.dispose()
    with pytest.raises(DatabaseProblem, match="更新版本"):
        open_database(db.path)


def test_corrupt_file_fails_quick_check_with_a_way_out(tmp_path: Path) -> None:
    path = tmp_path / "huzhu.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", path)
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem) as info:
        open_database(path)
    assert "备份" in str(info.value) and "huzhu restore" in str(info.value)
    assert path.read_bytes() == before


def test_sqlite_pragmas_are_set(db) -> None:
    with db.engine.connect() as conn:
        values = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
        }
    assert values == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": 2,
        "busy_timeout": 10000,
    }
