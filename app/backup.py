"""Backups (SQLite online-backup API), optionally encrypted, and checked restores.

A restore never overwrites blindly: the candidate file must pass `quick_check`, carry a schema
this release knows, and belong to the same office as the database it replaces. The replaced
database is kept aside next to it, never deleted.

An encrypted backup (`HZBK` format) is the plain backup streamed through AES-256-GCM in 1 MiB
chunks under a key derived from a passphrase with scrypt. Each chunk's nonce carries its index
and the associated data marks the last chunk, so chunks cannot be reordered, dropped or cut off
unnoticed. A key-check block right after the header tells a wrong passphrase from a damaged file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from alembic.script import ScriptDirectory
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app import clock
from app.db import _alembic_config, online_backup, quick_check
from app.errors import DatabaseProblem, RejectedInput
from app.i18n import msg

MAGIC = b"HZBK\x01"
CHUNK = 1 << 20
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1
_HEADER = struct.Struct(">5sIII16s8s")  # magic, n, r, p, salt, nonce prefix
_KEY_CHECK = b"huzhu-backup-key-check"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    office_code: str | None
    revision: str | None
    size: int
    encrypted: bool = False


def is_encrypted(path: Path) -> bool:
    """Whether `path` is an encrypted backup (by its first bytes)."""
    with path.open("rb") as f:
        return f.read(len(MAGIC)) == MAGIC


def backup(db_path: Path, out: Path, *, passphrase: str | None = None) -> BackupInfo:
    """Write a consistent copy of the live database to `out`, encrypted if a passphrase is given.

    The copy is written to a temporary name and renamed into place, so a crash never leaves a
    half-written file under the final name. Raises RejectedInput if `out` already exists.
    """
    if out.exists():
        raise RejectedInput(msg("文件 {p} 已存在，请换一个文件名。", p=out), field="out")
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        if passphrase is None:
            online_backup(db_path, partial)
            info = inspect(partial)
        else:
            with _plain_copy(db_path, out.parent) as plain:
                info = inspect(plain)
                encrypt_file(plain, partial, passphrase)
        _durable_rename(partial, out)
    finally:
        _remove_database_files(partial)
    return BackupInfo(
        out, info.office_code, info.revision, out.stat().st_size, passphrase is not None
    )


@contextlib.contextmanager
def _plain_copy(db_path: Path, folder: Path) -> Iterator[Path]:
    fd, name = tempfile.mkstemp(prefix=".plain-", suffix=".sqlite3", dir=folder)
    os.close(fd)
    plain = Path(name)
    try:
        plain.unlink()
        online_backup(db_path, plain)
        yield plain
    finally:
        _remove_database_files(plain)


def _remove_database_files(path: Path) -> None:
    # even a read-only look at a WAL-mode file leaves -wal/-shm beside it
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _durable_rename(source: Path, target: Path) -> None:
    with source.open("rb+") as f:
        os.fsync(f.fileno())
    os.replace(source, target)


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> AESGCM:
    if not passphrase:
        raise RejectedInput(msg("备份口令不能为空。"), field="passphrase")
    return AESGCM(Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode()))


def _sane_cost(n: int, r: int, p: int) -> bool:
    """Scrypt parameters a genuine backup could carry (a damaged header must not make the
    key derivation fail oddly or ask for gigabytes)."""
    power_of_two = n >= 2 and n & (n - 1) == 0
    return (
        power_of_two
        and 1 << 10 <= n <= 1 << 20
        and 1 <= r <= 16
        and 1 <= p <= 4
        and 128 * n * r <= 1 << 30
    )


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def encrypt_file(source: Path, target: Path, passphrase: str) -> None:
    """Stream `source` into `target` in the encrypted backup format."""
    salt, prefix = os.urandom(16), os.urandom(8)
    header = _HEADER.pack(MAGIC, SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, prefix)
    aes = _key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    with source.open("rb") as src, target.open("wb") as dst:
        dst.write(header)
        dst.write(aes.encrypt(_nonce(prefix, 0), _KEY_CHECK, header))
        index, chunk = 1, src.read(CHUNK)
        while True:
            following = src.read(CHUNK)
            last = b"L" if not following else b"M"
            sealed = aes.encrypt(_nonce(prefix, index), chunk, header + last)
            dst.write(struct.pack(">I", len(sealed)) + last + sealed)
            if not following:
                break
            index, chunk = index + 1, following


def decrypt_file(source: Path, target: Path, passphrase: str) -> None:
    """Stream an encrypted backup back to its plain database file.

    Raises RejectedInput naming the cause: a wrong passphrase, or a damaged/truncated file.
    """
    damaged = RejectedInput(
        msg("加密备份 {p} 已损坏或不完整，无法解密，已拒绝恢复。", p=source.name)
    )
    with source.open("rb") as src, target.open("wb") as dst:
        header = src.read(_HEADER.size)
        if len(header) < _HEADER.size:
            raise damaged
        magic, n, r, p, salt, prefix = _HEADER.unpack(header)
        if magic != MAGIC or not _sane_cost(n, r, p):
            raise damaged
        aes = _key(passphrase, salt, n, r, p)
        try:
            aes.decrypt(_nonce(prefix, 0), src.read(len(_KEY_CHECK) + 16), header)
        except InvalidTag:
            raise RejectedInput(
                msg("备份口令不正确，无法解密 {p}。请核对口令后重试。", p=source.name),
                field="passphrase",
            ) from None
        _decrypt_chunks(src, dst, aes, header, prefix, damaged)


def _decrypt_chunks(
    src: BinaryIO, dst: BinaryIO, aes: AESGCM, header: bytes, prefix: bytes, damaged: Exception
) -> None:
    index = 1
    while True:
        head = src.read(5)
        if len(head) < 5:
            raise damaged
        (size,), last = struct.unpack(">I", head[:4]), head[4:5]
        if size > CHUNK + 16 or last not in (b"L", b"M"):
            raise damaged
        try:
            dst.write(aes.decrypt(_nonce(prefix, index), src.read(size), header + last))
        except InvalidTag:
            raise damaged from None
        if last == b"L":
            if src.read(1):
                raise damaged
            return
        index += 1


def inspect(path: Path, *, passphrase: str | None = None) -> BackupInfo:
    """Read the office code and schema revision of a backup without changing it.

    An encrypted backup needs its passphrase; it is decrypted to a temporary file that is
    removed again.
    """
    if not path.is_file():
        raise RejectedInput(msg("找不到文件 {p}。", p=path))
    if is_encrypted(path):
        with decrypted(path, passphrase) as plain:
            info = inspect(plain)
        return BackupInfo(path, info.office_code, info.revision, path.stat().st_size, True)
    check = quick_check(path)
    if check != "ok":
        raise RejectedInput(
            msg("文件 {p} 不是完好的数据库备份（{d}），已拒绝恢复。", p=path.name, d=check[:120])
        )
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        office = conn.execute("SELECT code FROM offices WHERE is_self = 1").fetchone()
    except sqlite3.DatabaseError:
        raise RejectedInput(
            msg("文件 {p} 不是互助保障代办系统的数据库备份，已拒绝恢复。", p=path.name)
        ) from None
    finally:
        conn.close()
    return BackupInfo(
        path, office[0] if office else None, revision[0] if revision else None, path.stat().st_size
    )


@contextlib.contextmanager
def decrypted(path: Path, passphrase: str | None, folder: Path | None = None) -> Iterator[Path]:
    """The plain database inside an encrypted backup, as a temporary file (removed afterwards)."""
    if passphrase is None:
        raise RejectedInput(
            msg("备份 {p} 已加密，请提供备份口令。", p=path.name), field="passphrase"
        )
    fd, name = tempfile.mkstemp(prefix=".restore-", suffix=".sqlite3", dir=folder)
    os.close(fd)
    plain = Path(name)
    try:
        decrypt_file(path, plain, passphrase)
        yield plain
    finally:
        _remove_database_files(plain)


def restore(db_path: Path, candidate: Path, *, passphrase: str | None = None) -> Path:
    """Replace the database at `db_path` with `candidate`; returns where the old one was kept.

    The caller must have closed every connection to `db_path`. An encrypted candidate needs
    its passphrase. Nothing is touched unless every check passes.
    """
    if candidate.is_file() and is_encrypted(candidate):
        with decrypted(candidate, passphrase, db_path.parent) as plain:
            return _restore_plain(db_path, plain, candidate.name)
    return _restore_plain(db_path, candidate, candidate.name)


def _restore_plain(db_path: Path, candidate: Path, shown: str) -> Path:
    info = inspect(candidate)
    known = {s.revision for s in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}
    if info.revision not in known:
        raise RejectedInput(
            msg(
                "备份 {p} 的结构版本（{r}）不被本程序识别，可能来自更新的版本，已拒绝恢复。",
                p=shown,
                r=info.revision,
            )
        )
    kept = db_path.with_name(f"{db_path.name}.replaced-{clock.now():%Y%m%d-%H%M%S}")
    if db_path.exists():
        healthy = quick_check(db_path) == "ok"
        current = inspect(db_path) if healthy else None
        if current and current.office_code and current.office_code != info.office_code:
            raise RejectedInput(
                msg(
                    "备份属于代办处 {theirs}，本机数据属于代办处 {ours}，不能恢复他处的备份。",
                    theirs=info.office_code,
                    ours=current.office_code,
                )
            )
        if healthy:
            online_backup(db_path, kept)
        else:  # a damaged file is kept byte for byte, for whoever tries to rescue it
            shutil.copyfile(db_path, kept)
    incoming = db_path.with_name(f".{db_path.name}.restoring")
    try:
        shutil.copyfile(candidate, incoming)
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        _durable_rename(incoming, db_path)  # a crash leaves the old file or the new, never half
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        raise DatabaseProblem(msg("恢复失败：{e}。原数据库保存在 {k}。", e=exc, k=kept)) from exc
    return kept
