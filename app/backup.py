"""Backups (SQLite online-backup API), optionally encrypted, sealed to their office, and
checked restores.

Every backup is sealed (`app.backup_seal`): an HMAC over the whole file under the office's own
backup key. A restore never overwrites blindly. Before anything is replaced, the candidate must
carry the seal of the office whose database it replaces (or, with no usable database here, its
own); pass SQLite's full `integrity_check`; carry a schema this release knows, holding exactly
the tables, indexes, triggers and views the migrations make at its revision (nothing injected);
have an intact audit chain (`app.audit.verify`); and belong to the same office. The replaced
database is kept aside next to it, never deleted; a restore killed half-way leaves a
`.restoring` file that the next start removes (`app.db.open_database`).

An encrypted backup (`HZBK` format) is the plain backup streamed through AES-256-GCM in 1 MiB
chunks under a key derived from a passphrase with scrypt. Each chunk's nonce carries its index
and the associated data marks the last chunk, so chunks cannot be reordered, dropped or cut off
unnoticed. A key-check block right after the header tells a wrong passphrase from a damaged file.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from app import audit, backup_seal, clock
from app.db import online_backup, quick_check, upgrade
from app.db_file import revisions
from app.errors import DatabaseProblem, RejectedInput
from app.i18n import msg

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# cryptography loads with the first encrypted backup, not with the daily plain one (~7 MB).

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
    """Whether `path` is an encrypted backup (by its first bytes, after the seal if sealed)."""
    with path.open("rb") as f:
        head = f.read(len(backup_seal.SEAL_MAGIC) + backup_seal.TAG_BYTES + len(MAGIC))
    if head.startswith(backup_seal.SEAL_MAGIC):
        head = head[len(backup_seal.SEAL_MAGIC) + backup_seal.TAG_BYTES :]
    return head.startswith(MAGIC)


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
    key = backup_seal.office_backup_key(db_path, create=True)
    try:
        with _plain_copy(db_path, out.parent) as plain, ThreadPoolExecutor(1) as checking:
            # SQLite checks the copy on a second core while it is sealed (and encrypted) into
            # place; a copy that fails the check is refused and the sealed file removed
            checked = checking.submit(_inspect_plain, plain, plain.name)
            with backup_seal.sealed(partial, key) as write:
                if passphrase is None:
                    with plain.open("rb") as src:
                        while block := src.read(CHUNK):
                            write(block)
                else:
                    encrypt_file(plain, write, passphrase)
            info = checked.result()
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
        online_backup(db_path, plain, scratch=True)
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
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if not passphrase:
        raise RejectedInput(msg("备份口令不能为空。"), field="passphrase")
    return AESGCM(Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode()))


def _opened(aes: AESGCM, nonce: bytes, data: bytes, associated: bytes) -> bytes | None:
    """The plain bytes, or None where AES-GCM refuses them (another key, or changed bytes)."""
    from cryptography.exceptions import InvalidTag

    try:
        return aes.decrypt(nonce, data, associated)
    except InvalidTag:
        return None


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


def encrypt_file(source: Path, write: Callable[[bytes], object], passphrase: str) -> None:
    """Stream `source` through `write` in the encrypted backup format."""
    salt, prefix = os.urandom(16), os.urandom(8)
    header = _HEADER.pack(MAGIC, SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, prefix)
    aes = _key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    with source.open("rb") as src:
        write(header)
        write(aes.encrypt(_nonce(prefix, 0), _KEY_CHECK, header))
        index, chunk = 1, src.read(CHUNK)
        while True:
            following = src.read(CHUNK)
            last = b"L" if not following else b"M"
            sealed = aes.encrypt(_nonce(prefix, index), chunk, header + last)
            write(struct.pack(">I", len(sealed)) + last + sealed)
            if not following:
                break
            index, chunk = index + 1, following


def decrypt_file(source: Path, target: Path, passphrase: str, *, shown: str | None = None) -> None:
    """Stream an encrypted backup back to its plain database file.

    Raises RejectedInput naming the cause: a wrong passphrase, or a damaged/truncated file.
    """
    shown = shown or source.name
    damaged = RejectedInput(msg("加密备份 {p} 已损坏或不完整，无法解密，已拒绝恢复。", p=shown))
    with source.open("rb") as src, target.open("wb") as dst:
        header = src.read(_HEADER.size)
        if len(header) < _HEADER.size:
            raise damaged
        magic, n, r, p, salt, prefix = _HEADER.unpack(header)
        if magic != MAGIC or not _sane_cost(n, r, p):
            raise damaged
        aes = _key(passphrase, salt, n, r, p)
        if _opened(aes, _nonce(prefix, 0), src.read(len(_KEY_CHECK) + 16), header) is None:
            raise RejectedInput(
                msg("备份口令不正确，无法解密 {p}。请核对口令后重试。", p=shown),
                field="passphrase",
            )
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
        body = src.read(size)
        if len(body) != size:  # a length raised in a flipped byte: the file ends too soon
            raise damaged
        plain = _opened(aes, _nonce(prefix, index), body, header + last)
        if plain is None:
            raise damaged
        dst.write(plain)
        if last == b"L":
            if src.read(1):
                raise damaged
            return
        index += 1


def inspect(path: Path, *, passphrase: str | None = None) -> BackupInfo:
    """Read the office code and schema revision of a backup without changing it (it is read
    through a private temporary copy). An encrypted backup needs its passphrase."""
    if not path.is_file():
        raise RejectedInput(msg("找不到文件 {p}。", p=path))
    with backup_seal.payload(path) as inner:
        if inner.read_bytes()[: len(MAGIC)] == MAGIC:
            with decrypted(inner, passphrase, shown=path.name) as plain:
                info = _inspect_plain(plain, path.name)
        else:
            info = _inspect_plain(inner, path.name)
    return BackupInfo(
        path, info.office_code, info.revision, path.stat().st_size, is_encrypted(path)
    )


def _inspect_plain(path: Path, shown: str, *, full: bool = False) -> BackupInfo:
    check = quick_check(path, full=full)
    if check != "ok":
        raise RejectedInput(
            msg("文件 {p} 不是完好的数据库备份（{d}），已拒绝恢复。", p=shown, d=check[:120])
        )
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        office = conn.execute("SELECT code FROM offices WHERE is_self = 1").fetchone()
    except sqlite3.DatabaseError:
        raise RejectedInput(
            msg("文件 {p} 不是互助保障代办系统的数据库备份，已拒绝恢复。", p=shown)
        ) from None
    finally:
        conn.close()
    return BackupInfo(
        path, office[0] if office else None, revision[0] if revision else None, path.stat().st_size
    )


@contextlib.contextmanager
def decrypted(
    path: Path, passphrase: str | None, folder: Path | None = None, *, shown: str | None = None
) -> Iterator[Path]:
    """The plain database inside an encrypted backup (sealed or not), as a temporary file
    (removed afterwards)."""
    if passphrase is None:
        raise RejectedInput(
            msg("备份 {p} 已加密，请提供备份口令。", p=shown or path.name), field="passphrase"
        )
    with backup_seal.payload(path, folder) as inner:
        fd, name = tempfile.mkstemp(prefix=backup_seal.TEMP_PREFIX, suffix=".sqlite3", dir=folder)
        os.close(fd)
        plain = Path(name)
        try:
            decrypt_file(inner, plain, passphrase, shown=shown or path.name)
            yield plain
        finally:
            _remove_database_files(plain)


def restore(db_path: Path, candidate: Path, *, passphrase: str | None = None) -> Path:
    """Replace the database at `db_path` with `candidate`; returns where the old one was kept.

    The caller must have closed every connection to `db_path`. An encrypted candidate needs
    its passphrase. Nothing is touched unless every check passes (see the module doc);
    RejectedInput names the check that failed.
    """
    with _checked(db_path, candidate, passphrase) as plain:
        return _replace(db_path, plain)


def check_restore(db_path: Path, candidate: Path, *, passphrase: str | None = None) -> BackupInfo:
    """Every check `restore` makes, writing nothing (so a command can refuse a backup before
    it logs anyone in); the backup's office and revision when it would be restored."""
    with _checked(db_path, candidate, passphrase) as plain:
        info = _inspect_plain(plain, candidate.name)
    return BackupInfo(
        candidate, info.office_code, info.revision, candidate.stat().st_size,
        is_encrypted(candidate),
    )  # fmt: skip


@contextlib.contextmanager
def _checked(db_path: Path, candidate: Path, passphrase: str | None) -> Iterator[Path]:
    """The candidate's plain database (a private temporary copy) once every check passed."""
    if not candidate.is_file():
        raise RejectedInput(msg("找不到文件 {p}。", p=candidate))
    _check_seal(db_path, candidate, passphrase)
    with backup_seal.payload(candidate, db_path.parent) as inner:
        if inner.read_bytes()[: len(MAGIC)] == MAGIC:
            with decrypted(inner, passphrase, db_path.parent, shown=candidate.name) as plain:
                _check_plain(db_path, plain, candidate.name)
                yield plain
        else:
            _check_plain(db_path, inner, candidate.name)
            yield inner


def _live_key(db_path: Path) -> bytes | None:
    if not db_path.exists() or quick_check(db_path) != "ok":
        return None
    return backup_seal.office_backup_key(db_path, create=False)


def _check_seal(db_path: Path, candidate: Path, passphrase: str | None) -> None:
    """The candidate is sealed by the office whose database it replaces; with no usable
    database (or one that never made a backup), by the key it carries itself."""
    live = _live_key(db_path)
    altered = RejectedInput(
        msg(
            "备份 {p} 不是本代办处的备份，或写出后被改动过（校验码不符），已拒绝恢复。",
            p=candidate.name,
        )
    )
    if not backup_seal.is_sealed(candidate):
        if live is not None:
            raise RejectedInput(
                msg(
                    "备份 {p} 没有本代办处的校验封印（可能被改动，或来自其他代办处），已拒绝恢复。",
                    p=candidate.name,
                )
            )
        return
    key = live
    if key is None:
        with backup_seal.payload(candidate, db_path.parent) as inner:
            if inner.read_bytes()[: len(MAGIC)] == MAGIC:
                with decrypted(inner, passphrase, db_path.parent, shown=candidate.name) as plain:
                    key = _carried_key(plain)
            else:
                key = _carried_key(inner)
    if key is None or not backup_seal.verifies(candidate, key):
        raise altered


def _carried_key(plain: Path) -> bytes | None:
    if quick_check(plain) != "ok":
        return None
    return backup_seal.office_backup_key(plain, create=False)


def _schema_objects(path: Path) -> set[tuple[str, str, str, str]]:
    """(type, name, table, SQL for triggers and views) of every schema object but SQLite's own."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    finally:
        conn.close()
    return {
        (kind, name, table, " ".join((sql or "").split()) if kind in ("trigger", "view") else "")
        for kind, name, table, sql in rows
        if not name.startswith("sqlite_")
    }


@functools.cache
def expected_schema(revision: str) -> frozenset[tuple[str, str, str, str]]:
    """The schema objects the migrations make, from nothing, up to `revision`."""
    with tempfile.TemporaryDirectory(prefix="huzhu-schema-") as folder:
        fresh = Path(folder) / "fresh.sqlite3"
        engine = create_engine(f"sqlite:///{fresh}")
        try:
            upgrade(engine, revision)
        finally:
            engine.dispose()
        return frozenset(_schema_objects(fresh))


def _check_contents(plain: Path, shown: str, revision: str) -> None:
    extra = sorted(_schema_objects(plain) - expected_schema(revision))
    missing = sorted(expected_schema(revision) - _schema_objects(plain))
    if extra or missing:
        found = extra[0] if extra else missing[0]
        raise RejectedInput(
            msg(
                "备份 {p} 的数据库结构与本程序建立的不同（{what}“{name}”{how}），"
                "可能被植入了触发器或视图，已拒绝恢复。",
                p=shown,
                what=found[0],
                name=found[1],
                how=msg("多出") if extra else msg("缺少或被改动"),
            )
        )
    engine = create_engine(f"sqlite:///file:{plain}?mode=ro&uri=true")
    try:
        with Session(engine) as session:
            chain = audit.verify(session)
    finally:
        engine.dispose()
    if not chain.ok:
        raise RejectedInput(
            msg(
                "备份 {p} 的审计日志哈希链断裂（{d}）：记录被改动过，已拒绝恢复。",
                p=shown,
                d=chain.reason,
            )
        )


def _check_plain(db_path: Path, candidate: Path, shown: str) -> None:
    info = _inspect_plain(candidate, shown, full=True)
    if info.revision not in revisions():  # the scripts' headers: no Alembic loaded for it
        raise RejectedInput(
            msg(
                "备份 {p} 的结构版本（{r}）不被本程序识别，可能来自更新的版本，已拒绝恢复。",
                p=shown,
                r=info.revision,
            )
        )
    assert info.revision is not None
    _check_contents(candidate, shown, info.revision)
    if db_path.exists() and quick_check(db_path) == "ok":
        current = _inspect_plain(db_path, db_path.name)
        if current.office_code and current.office_code != info.office_code:
            raise RejectedInput(
                msg(
                    "备份属于代办处 {theirs}，本机数据属于代办处 {ours}，不能恢复他处的备份。",
                    theirs=info.office_code,
                    ours=current.office_code,
                )
            )


def _replace(db_path: Path, candidate: Path) -> Path:
    kept = db_path.with_name(f"{db_path.name}.replaced-{clock.now():%Y%m%d-%H%M%S}")
    if db_path.exists():
        healthy = quick_check(db_path) == "ok"
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
