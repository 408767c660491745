"""What every command shares: data folder, database, acting operator, output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any, TypeVar

from app import auth, paths
from app.db import Database, open_database
from app.errors import HuzhuError, RejectedInput, ValidationFailed
from app.i18n import msg
from app.texts import check_text

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_FAILURE = 0, 1, 2, 3

T = TypeVar("T")


class CliUsageError(Exception):
    """Wrong words on the command line (exit code 2)."""


@dataclass
class Context:
    data_dir: Path
    as_json: bool
    username: str | None
    _db: Database | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        return cls(
            data_dir=paths.data_dir(getattr(args, "data", None)),
            as_json=getattr(args, "json", False),
            username=getattr(args, "user", None),
        )

    @property
    def db_path(self) -> Path:
        return paths.database_path(self.data_dir)

    def db(self) -> Database:
        if self._db is None:
            self._db = open_database(self.db_path)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None

    def credentials(self) -> tuple[str, str]:
        """The `--user` name and its password (HUZHU_PASSWORD or stdin) of a command that
        changes data, on the desk or at the hub."""
        if not self.username:
            raise CliUsageError("此命令需要 --user 用户名（密码取自 HUZHU_PASSWORD 或标准输入）")
        return self.username, read_password("HUZHU_PASSWORD")

    def actor(self) -> auth.Actor:
        """Log in the `--user` operator exactly as the GUI would (lockout and audit included)."""
        return auth.authenticate(self.db(), *self.credentials())

    def emit(self, data: Any, text: str | list[str]) -> None:
        """Print `data` as JSON with --json, otherwise the human-readable `text`."""
        if self.as_json:
            print(json.dumps(_plain(data), ensure_ascii=False, indent=2, default=str))
        else:
            print(text if isinstance(text, str) else "\n".join(text))


# Option values are typed and bounded here, once, for every command. A converter raises
# RejectedInput (exit 1, nothing written) naming the option and what it allows; argparse lets
# that through, and `app.cli.main` reports it like any refused input.
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2099, 12, 31)
_INTEGER = re.compile(r"[0-9]{1,18}")


def integer(option: str, low: int, high: int) -> Callable[[str], int]:
    """A whole number from `low` to `high` (plain digits: no signs, exponents or decimals)."""

    def convert(text: str) -> int:
        plain = text.strip()
        if not _INTEGER.fullmatch(plain) or not low <= int(plain) <= high:
            raise RejectedInput(
                msg(
                    "{o} 应为 {lo} 到 {hi} 之间的整数，而不是“{t}”。",
                    o=option,
                    lo=low,
                    hi=high,
                    t=text,
                ),
                field=option,
            )
        return int(plain)

    return convert


def day(
    option: str, earliest: dt.date = EARLIEST_DATE, latest: dt.date = LATEST_DATE
) -> Callable[[str], dt.date]:
    """A date written YYYY-MM-DD, from `earliest` to `latest`."""

    def convert(text: str) -> dt.date:
        try:
            value = dt.date.fromisoformat(text.strip())
        except ValueError:
            value = None
        if value is None or not earliest <= value <= latest:
            raise RejectedInput(
                msg(
                    "{o} 应为 {a} 到 {b} 之间的日期（YYYY-MM-DD），而不是“{t}”。",
                    o=option,
                    a=earliest.isoformat(),
                    b=latest.isoformat(),
                    t=text,
                ),
                field=option,
            )
        return value

    return convert


def person_text(option: str, *, multiline: bool = False) -> Callable[[str], str]:
    """A person's text (name, address, reason …) without control, zero-width or bidi
    characters (`app.texts.check_text`, the check every entry shares), refused before anyone
    is logged in; the service checks it again."""

    def convert(value: str) -> str:
        return check_text(value, field=option, label=option, multiline=multiline)

    return convert


def out_file(option: str = "--out") -> Callable[[str], Path]:
    """A file to write: its folder must exist, and it must be new or a regular file
    (`app.paths.check_output`); the writer still goes through `app.paths.output_file`."""

    def convert(text: str) -> Path:
        return paths.check_output(text, option=option)

    return convert


def read_password(env_name: str) -> str:
    value = os.environ.get(env_name)
    if value is not None:
        return value
    if sys.stdin is None or sys.stdin.closed:
        raise CliUsageError(f"需要密码：请设置 {env_name} 或从标准输入提供")
    line = sys.stdin.readline()
    if not line:
        raise CliUsageError(f"需要密码：请设置 {env_name} 或从标准输入提供")
    return line.rstrip("\r\n")


def _plain(data: Any) -> Any:
    if is_dataclass(data) and not isinstance(data, type):
        return _plain(asdict(data))
    if isinstance(data, dict):
        return {str(k): _plain(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [_plain(v) for v in data]
    if isinstance(data, Path):
        return str(data)
    return data


def report_error(ctx: Context, exc: Exception) -> None:
    problems = [str(p.message) for p in exc.problems] if isinstance(exc, ValidationFailed) else []
    text = str(exc.message) if isinstance(exc, HuzhuError) else f"意外错误：{exc}（详情见日志）"
    if ctx.as_json:
        print(json.dumps({"ok": False, "error": text, "problems": problems}, ensure_ascii=False))
    print(f"错误：{text}", file=sys.stderr)
    for line in problems:
        print(f"  - {line}", file=sys.stderr)


def command_group(
    commands: argparse._SubParsersAction, name: str, shared: argparse.ArgumentParser, help: str
) -> argparse._SubParsersAction:
    """`huzhu NAME …`: a command whose subcommands the caller adds (one is required; the one
    chosen is `args.NAME_command`)."""
    return commands.add_parser(name, parents=[shared], help=help).add_subparsers(
        dest=f"{name}_command", required=True
    )


def from_args(kind: type[T], args: argparse.Namespace) -> T:
    """A dataclass of what the clerk typed, each field read from the option of the same name."""
    return kind(**{f.name: getattr(args, f.name) for f in fields(kind)})  # type: ignore[arg-type]
