"""Backups are consistent copies; a restore checks the file before replacing anything."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app import backup
from app.auth import SYSTEM
from app.db import open_database
from app.errors import RejectedInput
from app.office import register_self
from models.enums import OfficeLevel


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_carries_office_and_schema(demo_db, tmp_path: Path) -> None:
    info = backup.backup(demo_db.path, tmp_path / "b.sqlite3")
    assert info.office_code == "61020401"
    assert info.revision is not None and info.size > 0
    with pytest.raises(RejectedInput, match="已存在"):
        backup.backup(demo_db.path, tmp_path / "b.sqlite3")


def test_restore_of_another_office_is_refused_and_nothing_changes(demo_db, tmp_path) -> None:
    other = open_database(tmp_path / "other" / "huzhu.sqlite3")
    with other.unit_of_work() as session:
        register_self(
            session, SYSTEM, code="61010201", name="西安市新城区代办处", level=OfficeLevel.COUNTY
        )
    other.dispose()
    demo_db.dispose()
    before = _digest(demo_db.path)
    with pytest.raises(RejectedInput, match="备份属于代办处 61010201"):
        backup.restore(demo_db.path, tmp_path / "other" / "huzhu.sqlite3")
    assert _digest(demo_db.path) == before
    assert list(demo_db.path.parent.glob("*.replaced-*")) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a database at all" * 100, "不是完好的数据库备份"),
        (b"SQLite format 3\x00" + b"\x00" * 100, "不是完好的数据库备份"),
    ],
)
def test_restore_of_a_corrupt_file_is_refused(demo_db, tmp_path, content, message) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    demo_db.dispose()
    before = _digest(demo_db.path)
    with pytest.raises(RejectedInput, match=message):
        backup.restore(demo_db.path, bad)
    assert _digest(demo_db.path) == before


def test_restore_of_a_foreign_sqlite_file_is_refused(demo_db, tmp_path) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    demo_db.dispose()
    with pytest.raises(RejectedInput, match="不是互助保障代办系统的数据库备份"):
        backup.restore(demo_db.path, foreign)


def test_restore_over_a_damaged_database_keeps_the_damaged_file(demo_db, tmp_path) -> None:
    good = backup.backup(demo_db.path, tmp_path / "good.sqlite3").path
    demo_db.dispose()
    damaged = bytearray(demo_db.path.read_bytes())
    damaged[4096 * 2 : 4096 * 2 + 300] = b"\xee" * 300
    demo_db.path.write_bytes(bytes(damaged))
    kept = backup.restore(demo_db.path, good)
    assert kept.read_bytes() == bytes(damaged)
    assert backup.inspect(demo_db.path).office_code == "61020401"
