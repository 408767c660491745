"""Issue 20 class 8: a restore replaces nothing unless the backup is this office's own, whole
and as the migrations made it. Every refused case leaves the database byte-for-byte as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app import backup
from app.auth import SYSTEM
from app.db import open_database
from app.errors import RejectedInput
from app.office import register_self
from models.enums import OfficeLevel
from tests.cli_runner import huzhu
from tests.data.hostile import backups


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sealed(demo_db, tmp_path: Path) -> Path:
    made = backup.backup(demo_db.path, tmp_path / "good.hzb").path
    demo_db.dispose()
    return made


def _refused(demo_db, candidate: Path, match: str) -> None:
    before = _digest(demo_db.path)
    with pytest.raises(RejectedInput, match=match):
        backup.restore(demo_db.path, candidate)
    assert _digest(demo_db.path) == before
    assert sorted(p.name for p in demo_db.path.parent.iterdir()) == ["huzhu.sqlite3"]


def test_the_office_own_backup_restores(demo_db, sealed) -> None:
    kept = backup.restore(demo_db.path, sealed)
    assert kept.exists() and backup.inspect(demo_db.path).office_code == "61020401"


@pytest.mark.parametrize("at", [0.2, 0.5, 0.9])
def test_a_flipped_byte_is_refused(demo_db, sealed, tmp_path, at) -> None:
    _refused(demo_db, backups.flipped(sealed, tmp_path / "flip.hzb", at), "校验码不符")


def test_an_injected_trigger_is_refused_even_when_resealed(demo_db, sealed, tmp_path) -> None:
    bad = backups.edited(sealed, tmp_path / "trigger.hzb", backups.TRIGGER, reseal=True)
    _refused(demo_db, bad, "trigger“wipe_payments”多出")


def test_an_injected_view_is_refused(demo_db, sealed, tmp_path) -> None:
    bad = backups.edited(sealed, tmp_path / "view.hzb", "CREATE VIEW v AS SELECT 1", reseal=True)
    _refused(demo_db, bad, "view“v”多出")


def test_an_edited_audit_row_is_refused_even_when_resealed(demo_db, sealed, tmp_path) -> None:
    sql = "UPDATE audit_log SET operator = 'nobody' WHERE seq = 1"
    bad = backups.edited(sealed, tmp_path / "audit.hzb", sql, reseal=True)
    _refused(demo_db, bad, "审计日志哈希链断裂")


def test_edited_names_and_amounts_are_refused(demo_db, sealed, tmp_path) -> None:
    sql = "UPDATE members SET name = '王五', bank_account = '6222000000000000'; UPDATE payments SET amount = 1;"
    _refused(
        demo_db, backups.edited(sealed, tmp_path / "names.hzb", sql, reseal=False), "校验码不符"
    )


def test_another_office_backup_with_its_code_rewritten_is_refused(
    demo_db, sealed, tmp_path
) -> None:
    other = open_database(tmp_path / "other" / "huzhu.sqlite3")
    with other.unit_of_work() as session:
        register_self(
            session, SYSTEM, code="61010201", name="新城区代办处", level=OfficeLevel.COUNTY
        )
    other.dispose()
    theirs = backup.backup(tmp_path / "other" / "huzhu.sqlite3", tmp_path / "theirs.hzb").path
    sql = "UPDATE offices SET code = '61020401' WHERE is_self = 1; UPDATE office_keys SET office_code = '61020401';"
    bad = backups.edited(theirs, tmp_path / "rewritten.hzb", sql, reseal=True)
    _refused(demo_db, bad, "不是本代办处的备份")


def test_an_unsealed_copy_is_refused_once_the_office_seals_its_backups(
    demo_db, sealed, tmp_path
) -> None:
    _refused(
        demo_db, backups.unsealed(sealed, tmp_path / "plain.sqlite3"), "没有本代办处的校验封印"
    )


def test_with_no_database_left_the_backup_is_checked_against_its_own_key(
    demo_db, sealed, tmp_path
) -> None:
    demo_db.path.unlink()
    bad = backups.flipped(sealed, tmp_path / "flip.hzb")
    with pytest.raises(RejectedInput, match="校验码不符"):
        backup.restore(demo_db.path, bad)
    backup.restore(demo_db.path, sealed)
    assert backup.inspect(demo_db.path).office_code == "61020401"


def test_a_restoring_file_left_by_a_kill_is_removed_at_the_next_start(demo_db, sealed) -> None:
    leftover = demo_db.path.with_name(f".{demo_db.path.name}.restoring")
    leftover.write_bytes(sealed.read_bytes()[:5000])
    scratch = demo_db.path.with_name(".restore-abc.sqlite3")
    scratch.write_bytes(b"half")
    open_database(demo_db.path).dispose()
    assert not leftover.exists() and not scratch.exists()


def test_cli_refuses_a_backup_with_an_injected_trigger(demo_data_dir: Path, tmp_path: Path) -> None:
    env = {"HUZHU_PASSWORD": "huzhu-demo"}
    out = tmp_path / "b.hzb"
    args = ("--data", demo_data_dir)
    assert huzhu(*args, "--user", "supervisor1", "backup", "--out", out, env=env).code == 0
    bad = backups.edited(out, tmp_path / "trigger.hzb", backups.TRIGGER, reseal=True)
    before = _digest(demo_data_dir / "huzhu.sqlite3")
    run = huzhu(*args, "--user", "admin", "restore", bad, env=env)
    assert run.code == 1 and "wipe_payments" in run.err
    assert _digest(demo_data_dir / "huzhu.sqlite3") == before
