"""Backups (SQLite online-backup API) and checked restores.

A restore never overwrites blindly: the candidate file must pass `quick_check`, carry a schema
this release knows, and belong to the same office as the database it replaces. The replaced
database is kept aside next to it, never deleted.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic.script import ScriptDirectory

from app import clock
from app.db import _alembic_config, online_backup, quick_check
from app.errors import DatabaseProblem, RejectedInput
from app.i18n import msg


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    office_code: str | None
    revision: str | None
    size: int


def backup(db_path: Path, out: Path) -> BackupInfo:
    """Write a consistent copy of the live database to `out`."""
    if out.exists():
        raise RejectedInput(msg("文件 {p} 已存在，请换一个文件名。", p=out), field="out")
    online_backup(db_path, out)
    return inspect(out)


def inspect(path: Path) -> BackupInfo:
    """Read the office code and schema revision of a database file without changing it."""
    if not path.is_file():
        raise RejectedInput(msg("找不到文件 {p}。", p=path))
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


def restore(db_path: Path, candidate: Path) -> Path:
    """Replace the database at `db_path` with `candidate`; returns where the old one was kept.

    The caller must have closed every connection to `db_path`.
    """
    info = inspect(candidate)
    known = {s.revision for s in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}
    if info.revision not in known:
        raise RejectedInput(
            msg(
                "备份 {p} 的结构版本（{r}）不被本程序识别，可能来自更新的版本，已拒绝恢复。",
                p=candidate.name,
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
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    try:
        shutil.copyfile(candidate, db_path)
    except OSError as exc:
        raise DatabaseProblem(msg("恢复失败：{e}。原数据库保存在 {k}。", e=exc, k=kept)) from exc
    return kept
