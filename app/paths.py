"""Where an office's data lives: one folder holding the database, backups, scans and logs."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

DB_FILENAME = "huzhu.sqlite3"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data` wins, then `HUZHU_DATA`, then the platform's per-user data folder."""
    chosen = explicit or os.environ.get("HUZHU_DATA") or user_data_dir("HuzhuDesk", "Huzhu")
    return Path(chosen).expanduser().resolve()


def database_path(folder: Path) -> Path:
    return folder / DB_FILENAME


def backups_dir(folder: Path) -> Path:
    return folder / "backups"


def documents_dir(folder: Path) -> Path:
    return folder / "documents"


def logs_dir(folder: Path) -> Path:
    return folder / "logs"
