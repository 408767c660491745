"""Encrypted backups: round trip, wrong passphrase, tampering, truncation, checked restore."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app import backup, backup_seal
from app.db import online_backup
from app.errors import RejectedInput
from tests.cli_runner import huzhu

PASS = "correct horse battery"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def encrypted(demo_db, tmp_path: Path) -> Path:
    return backup.backup(demo_db.path, tmp_path / "b.hzbk", passphrase=PASS).path


def test_encrypted_backup_hides_the_content_and_round_trips(demo_db, encrypted, tmp_path) -> None:
    raw = encrypted.read_bytes()
    assert raw.startswith(backup_seal.SEAL_MAGIC) and backup.is_encrypted(encrypted)
    assert b"SQLite format 3" not in raw and "铜川".encode() not in raw
    info = backup.inspect(encrypted, passphrase=PASS)
    assert (info.office_code, info.encrypted) == ("61020401", True)
    with backup.decrypted(encrypted, PASS, tmp_path) as plain:
        assert backup.inspect(plain).office_code == "61020401"
    assert list(tmp_path.glob(".restore-*")) == []


def test_encryption_streams_many_chunks(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(backup, "CHUNK", 1000)
    source = tmp_path / "s.bin"
    source.write_bytes(bytes(range(256)) * 40)  # 10 240 bytes -> 11 chunks
    with (tmp_path / "e").open("wb") as out:
        backup.encrypt_file(source, out.write, PASS)
    backup.decrypt_file(tmp_path / "e", tmp_path / "d", PASS)
    assert (tmp_path / "d").read_bytes() == source.read_bytes()


def test_wrong_or_missing_passphrase_says_so(encrypted) -> None:
    with pytest.raises(RejectedInput, match="备份口令不正确"):
        backup.inspect(encrypted, passphrase="wrong passphrase")
    with pytest.raises(RejectedInput, match="已加密，请提供备份口令"):
        backup.inspect(encrypted)


@pytest.mark.parametrize("how", ["flip", "truncate", "append", "drop-header"])
def test_tampered_encrypted_backup_is_refused_and_nothing_changes(demo_db, encrypted, how) -> None:
    data = bytearray(encrypted.read_bytes())
    if how == "flip":
        data[len(data) // 2] ^= 0x40
    elif how == "truncate":
        del data[-100:]
    elif how == "append":
        data += b"extra"
    else:
        del data[:10]
    encrypted.write_bytes(bytes(data))
    demo_db.dispose()
    before = _digest(demo_db.path)
    with pytest.raises(RejectedInput, match=r"已损坏|不是完好的数据库备份|校验"):
        backup.restore(demo_db.path, encrypted, passphrase=PASS)
    assert _digest(demo_db.path) == before
    assert sorted(p.name for p in demo_db.path.parent.iterdir()) == ["huzhu.sqlite3"]


def test_encrypted_restore_of_another_office_is_refused(demo_db, tmp_path) -> None:
    backup.backup(demo_db.path, tmp_path / "first.hzbk", passphrase=PASS)  # the office's key
    plain = online_backup(demo_db.path, tmp_path / "other.sqlite3")
    conn = sqlite3.connect(plain)
    conn.execute("UPDATE offices SET code = '61010201' WHERE is_self = 1")
    conn.commit()
    conn.close()
    other = tmp_path / "other.hzbk"
    with other.open("wb") as out:
        backup.encrypt_file(plain, out.write, PASS)
    demo_db.dispose()
    before = _digest(demo_db.path)
    with pytest.raises(RejectedInput, match="没有本代办处的校验封印"):
        backup.restore(demo_db.path, other, passphrase=PASS)
    assert _digest(demo_db.path) == before


def test_encrypted_restore_replaces_and_keeps_the_old_database(demo_db, encrypted) -> None:
    demo_db.dispose()
    conn = sqlite3.connect(demo_db.path)
    conn.execute("UPDATE offices SET name = '改过的名字' WHERE is_self = 1")
    conn.commit()
    conn.close()
    kept = backup.restore(demo_db.path, encrypted, passphrase=PASS)
    conn = sqlite3.connect(kept)
    assert conn.execute("SELECT name FROM offices WHERE is_self = 1").fetchone() == ("改过的名字",)
    conn.close()
    conn = sqlite3.connect(demo_db.path)
    assert conn.execute("SELECT name FROM offices WHERE is_self = 1").fetchone()[0] != "改过的名字"
    conn.close()


def test_cli_encrypted_backup_and_restore(demo_data_dir: Path, tmp_path: Path) -> None:
    env = {"HUZHU_PASSWORD": "huzhu-demo", "BK": PASS}
    out = tmp_path / "e.hzbk"
    args = ("--data", demo_data_dir, "--json")
    run = huzhu(
        *args, "--user", "supervisor1", "backup", "--out", out, "--passphrase-env", "BK", env=env
    )
    assert run.code == 0, run.err
    assert run.json()["encrypted"] is True and backup.is_encrypted(out)
    run = huzhu(*args, "--user", "admin", "restore", out, env=env)
    assert run.code == 1 and "已加密，请提供备份口令" in run.err
    run = huzhu(
        *args,
        "--user",
        "admin",
        "restore",
        out,
        "--passphrase-env",
        "BK",
        env={**env, "BK": "nope nope"},
    )
    assert run.code == 1 and "备份口令不正确" in run.err
    run = huzhu(*args, "--user", "admin", "restore", out, "--passphrase-env", "BK", env=env)
    assert run.code == 0, run.err
    assert Path(run.json()["kept"]).is_file()


def test_a_chunk_length_raised_past_the_end_is_damage(tmp_path: Path) -> None:
    """The length in front of the last chunk is outside what AES-GCM checks: one raised by a
    flipped bit once read the rest of the file as the chunk and decrypted it."""
    source = tmp_path / "s.bin"
    source.write_bytes(bytes(range(256)) * 64)  # one 16 KiB chunk
    encrypted = tmp_path / "e"
    with encrypted.open("wb") as out:
        backup.encrypt_file(source, out.write, PASS)
    data = bytearray(encrypted.read_bytes())
    length_at = backup._HEADER.size + len(backup._KEY_CHECK) + 16
    data[length_at + 1] ^= 1  # 16,400 -> 81,936 bytes announced
    encrypted.write_bytes(bytes(data))
    with pytest.raises(RejectedInput, match="已损坏"):
        backup.decrypt_file(encrypted, tmp_path / "d", PASS)
