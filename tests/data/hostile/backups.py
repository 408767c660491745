"""Hostile backups made from a real one (issue 20 class 8): each takes a sealed backup and
writes a changed copy. `reseal` plays an attacker who read the backup key out of a plain
backup and sealed the changed file again, so the checks behind the seal are tested too."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from app import backup_seal

TRIGGER = "CREATE TRIGGER wipe_payments AFTER INSERT ON members BEGIN DELETE FROM payments; END"


def unsealed(sealed: Path, out: Path) -> Path:
    """The plain database inside a sealed backup."""
    with backup_seal.payload(sealed, out.parent) as inner:
        shutil.copyfile(inner, out)
    return out


def edited(
    sealed: Path, out: Path, sql: str | Callable[[sqlite3.Connection], None], *, reseal: bool
) -> Path:
    """`sealed` with `sql` run on its database; sealed again with the key it carries when
    `reseal`, else left with its original (now wrong) seal."""
    plain = unsealed(sealed, out.with_suffix(".plain"))
    conn = sqlite3.connect(plain)
    try:
        if callable(sql):
            sql(conn)
        else:
            conn.executescript(sql)
        conn.commit()
    finally:
        conn.close()
    if reseal:
        key = backup_seal.office_backup_key(plain, create=False)
        assert key is not None
        backup_seal.seal(plain, out, key)
    else:
        tag = backup_seal.stored_tag(sealed)
        out.write_bytes(backup_seal.SEAL_MAGIC + tag + plain.read_bytes())
    plain.unlink()
    return out


def flipped(sealed: Path, out: Path, at: float = 0.6) -> Path:
    data = bytearray(sealed.read_bytes())
    data[int(len(data) * at)] ^= 0x10
    out.write_bytes(bytes(data))
    return out
