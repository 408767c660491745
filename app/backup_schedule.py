"""Scheduled backups: one at start-up when the newest is more than a day old, one on exit, and
rotation that keeps the newest backup of each of the last 7 days, 4 weeks and 12 months.

Backups live in the office's backup folder (setting `backup_dir`, default `<data>/backups`) under
names that carry their time, `huzhu-<office>-YYYYMMDD-HHMMSS-<reason>.sqlite3` (`.hzbk` when
encrypted), so the schedule and the rotation need nothing but the file names — a folder copied to
another disk keeps working. Time comes from app.clock (`HUZHU_NOW` in tests).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app import backup, clock, paths, settings
from app.db import Database
from models import Office

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
DUE_AFTER = dt.timedelta(days=1)
_NAME = re.compile(
    r"^huzhu-(?P<office>\w*)-(?P<stamp>\d{8}-\d{6})-(?P<why>[a-z]+\d*)\.(sqlite3|hzbk)$"
)


@dataclass(frozen=True)
class Scheduled:
    path: Path
    taken_at: dt.datetime


def backup_folder(db: Database, data_dir: Path) -> Path:
    """The folder scheduled backups go to: the `backup_dir` setting, else `<data>/backups`."""
    with db.reader() as session:
        chosen = settings.get(session, "backup_dir")
    return Path(chosen) if chosen else paths.backups_dir(data_dir)


def scheduled_backups(folder: Path) -> list[Scheduled]:
    """Backups in `folder` named by the schedule, oldest first (other files are ignored)."""
    found = []
    for path in folder.glob("huzhu-*") if folder.is_dir() else []:
        match = _NAME.match(path.name)
        if match:
            at = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            found.append(Scheduled(path, at))
    return sorted(found, key=lambda s: (s.taken_at, s.path.name))


def to_keep(found: list[Scheduled]) -> set[Path]:
    """Grandfather-father-son: the newest backup of each of the last 7 days that have one, of
    the last 4 ISO weeks and of the last 12 months."""
    keep: set[Path] = set()
    for periods, key in (
        (KEEP_DAILY, lambda t: t.date()),
        (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda t: (t.year, t.month)),
    ):
        newest: dict[object, Scheduled] = {}
        for item in found:  # oldest first, so the last one seen per period is the newest
            newest[key(item.taken_at)] = item
        for period in sorted(newest, reverse=True)[:periods]:
            keep.add(newest[period].path)
    return keep


def rotate(folder: Path) -> list[Path]:
    """Delete scheduled backups the rotation no longer keeps; returns what was deleted."""
    found = scheduled_backups(folder)
    keep = to_keep(found)
    removed = [s.path for s in found if s.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def take(db: Database, data_dir: Path, *, reason: str, passphrase: str | None = None) -> Path:
    """Take one scheduled backup now (named by the clock), then rotate the folder."""
    assert db.path is not None, "scheduled backups are for an office database on disk"
    folder = backup_folder(db, data_dir)
    with db.reader() as session:
        office = session.scalar(select(Office.code).where(Office.is_self)) or ""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    suffix = "hzbk" if passphrase else "sqlite3"
    out = folder / f"huzhu-{office}-{stamp}-{reason}.{suffix}"
    n = 1
    while out.exists():  # two desks, same second
        n += 1
        out = folder / f"huzhu-{office}-{stamp}-{reason}{n}.{suffix}"
    backup.backup(db.path, out, passphrase=passphrase)
    rotate(folder)
    return out


def backup_if_due(db: Database, data_dir: Path, *, passphrase: str | None = None) -> Path | None:
    """At start-up: back up when the newest scheduled backup is older than a day (or missing).

    Returns the new file, or None when none was due. Errors (disk full, folder missing) raise
    the backup's own RejectedInput/OSError; the caller shows them and carries on.
    """
    found = scheduled_backups(backup_folder(db, data_dir))
    if found and clock.now() - found[-1].taken_at < DUE_AFTER:
        return None
    return take(db, data_dir, reason="daily", passphrase=passphrase)


def backup_on_exit(db: Database, data_dir: Path, *, passphrase: str | None = None) -> Path:
    """On exit: always back up, so the day's work is never only in the live file."""
    return take(db, data_dir, reason="exit", passphrase=passphrase)
