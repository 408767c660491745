"""What every command shares: data folder, database, acting operator, output."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict, dataclass, field, is_dataclass
from pathlib import Path
from typing import Any

from app import auth, paths
from app.db import Database, open_database
from app.errors import HuzhuError, ValidationFailed

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_FAILURE = 0, 1, 2, 3


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
