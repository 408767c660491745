"""The seal that binds a backup file to the office that wrote it (docs/decisions.md).

A sealed backup is `HZSL\\x01`, a 32-byte HMAC-SHA256 tag, then the backup itself (a plain
SQLite file, or the encrypted `HZBK` stream). The tag covers every byte after it, under the
office's backup key: 32 random bytes made at the office's first backup and kept in its own
database (`office_keys`, purpose "backup", never synced). A restore checks the tag with the key
of the database it replaces, so a backup of another office — even with its office code
rewritten — or a backup altered after it was written (a flipped byte, an injected trigger,
edited names or amounts) is refused before anything is replaced. With no usable database to
compare with (the disk died), the tag must verify under the key the backup itself carries,
which still catches every change made without recomputing the tag.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from app import clock

SEAL_MAGIC = b"HZSL\x01"
TAG_BYTES = 32
BACKUP_PURPOSE = "backup"
_BLOCK = 1 << 20


def is_sealed(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(len(SEAL_MAGIC)) == SEAL_MAGIC


def _key_id(key: bytes) -> bytes:
    return hashlib.sha256(b"huzhu backup key id" + key).digest()


def office_backup_key(db_path: Path, *, create: bool) -> bytes | None:
    """The backup key kept in the database at `db_path` for its own office; with `create`, one
    is made and stored the first time (a plain INSERT: the backup copy made right after holds
    it). None when the file has none (or is not an office database)."""
    # a read-write connection even to read: as the last one to close it folds and removes the
    # -wal/-shm files a read-only look at a WAL database would leave behind
    conn = sqlite3.connect(db_path)
    try:
        office = conn.execute("SELECT code FROM offices WHERE is_self = 1").fetchone()
        if office is None:
            return None
        row = conn.execute(
            "SELECT private_key FROM office_keys WHERE office_code = ? AND purpose = ? "
            "ORDER BY id LIMIT 1",
            (office[0], BACKUP_PURPOSE),
        ).fetchone()
        if row is not None or not create:
            return bytes(row[0]) if row and row[0] else None
        key = os.urandom(32)
        with conn:
            conn.execute(
                "INSERT INTO office_keys (office_code, purpose, private_key, public_key, "
                "created_at) VALUES (?, ?, ?, ?, ?)",
                (office[0], BACKUP_PURPOSE, key, _key_id(key), clock.real_now()),
            )
        return key
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def _mac(key: bytes) -> hmac.HMAC:
    return hmac.new(key, b"huzhu-backup-v1\n", hashlib.sha256)


def _tag(key: bytes, path: Path, offset: int) -> bytes:
    mac = _mac(key)
    with path.open("rb") as f:
        f.seek(offset)
        while block := f.read(_BLOCK):
            mac.update(block)
    return mac.digest()


@contextlib.contextmanager
def sealed(out: Path, key: bytes | None) -> Iterator[Callable[[bytes], object]]:
    """Write a backup into `out` (a new file) through the function this yields, sealed under
    `key`: the tag is made as the bytes pass and written in front of them at the end, so the
    backup is written once and never read back for it. With no key (a database that is not an
    office's yet) the file is written unsealed."""
    with out.open("wb") as dst:
        if key is None:
            yield dst.write
            return
        mac = _mac(key)
        dst.write(SEAL_MAGIC + bytes(TAG_BYTES))

        def write(data: bytes) -> None:
            mac.update(data)
            dst.write(data)

        yield write
        dst.seek(len(SEAL_MAGIC))
        dst.write(mac.digest())


def seal(payload: Path, out: Path, key: bytes) -> None:
    """Write `payload` to `out` (a new file) with the seal in front."""
    with payload.open("rb") as src, sealed(out, key) as write:
        while block := src.read(_BLOCK):
            write(block)


def stored_tag(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(len(SEAL_MAGIC) + TAG_BYTES)[len(SEAL_MAGIC) :]


def verifies(path: Path, key: bytes) -> bool:
    """Whether the sealed file at `path` carries the tag `key` makes over its payload."""
    return hmac.compare_digest(stored_tag(path), _tag(key, path, len(SEAL_MAGIC) + TAG_BYTES))


TEMP_PREFIX = ".restore-"


@contextlib.contextmanager
def payload(path: Path, folder: Path | None = None) -> Iterator[Path]:
    """The backup inside `path` (after the seal, if sealed) as a private temporary copy in
    `folder` (removed afterwards): checks open the copy, never the operator's own file."""
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".sqlite3", dir=folder)
    try:
        with path.open("rb") as src, os.fdopen(handle, "wb") as dst:
            if is_sealed(path):
                src.seek(len(SEAL_MAGIC) + TAG_BYTES)
            shutil.copyfileobj(src, dst, _BLOCK)
        yield Path(name)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{name}{suffix}").unlink(missing_ok=True)
