"""Where an office's data lives: one folder holding the database, backups, scans and logs."""

from __future__ import annotations

import contextlib
import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

from platformdirs import user_data_dir

from app.errors import RejectedInput
from app.i18n import msg

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


def check_output(path: str | os.PathLike[str], *, option: str = "--out") -> Path:
    """The file the operator chose to write, if it may be written: its folder exists and is
    writable, and the file either does not exist yet or is a regular file (never a device such
    as /dev/full, a folder, a pipe or a symbolic link). RejectedInput naming `option` otherwise.
    Nothing is created here."""
    target = Path(path).expanduser()
    if target.name in ("", ".", ".."):
        raise RejectedInput(msg("{o} 应是一个文件名，而不是文件夹“{p}”。", o=option, p=str(path)))
    folder = target.parent
    if not folder.is_dir():
        raise RejectedInput(
            msg(
                "{o} 所在的文件夹“{d}”不存在：请先建好文件夹，或换一个位置。",
                o=option,
                d=str(folder),
            ),
            field=option,
        )
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise RejectedInput(
            msg("{o} 指定的“{p}”无法使用（{e}）。", o=option, p=str(target), e=exc.strerror),
            field=option,
        ) from None
    if mode is not None and not stat.S_ISREG(mode):
        raise RejectedInput(
            msg(
                "{o} 指定的“{p}”不是普通文件（是设备、文件夹或链接），不会覆盖它：请换一个文件名。",
                o=option,
                p=str(target),
            ),
            field=option,
        )
    if not os.access(folder, os.W_OK):
        raise RejectedInput(
            msg("没有权限写入 {o} 所在的文件夹“{d}”。", o=option, d=str(folder)), field=option
        )
    return target


@contextlib.contextmanager
def output_file(path: str | os.PathLike[str], *, option: str = "--out") -> Iterator[Path]:
    """The one way a file the operator chose is written: `check_output`, then the caller writes
    the yielded temporary file beside it, which replaces the target only when the block ends
    without error (so a failed or refused write leaves the old file, or no file, in place)."""
    target = check_output(path, option=option)
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        yield partial
        check_output(target, option=option)  # still a regular file (or absent) at the end
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
