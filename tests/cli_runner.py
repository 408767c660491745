"""Run the `huzhu` command as a batch job or an acceptance check would.

`huzhu(...)` calls `app.cli.main(argv)` in this process — the same parser, handlers and exit
codes as the installed command, at a fraction of a new interpreter's start-up — with its own
environment (no HUZHU_* variable leaks in from the test process), standard input, captured
standard output and error, and the working directory of a real run. What one call leaves behind
in the process (environment, log handlers, the logging level, the current directory) is undone
before it returns; each call opens and disposes its own database engine (`Context.close`).

`huzhu_process(...)` runs the real `python -m app.cli` in a subprocess, for the few tests that
must prove the process itself: its exit code after a crash, signals, `--selftest`.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import subprocess
import sys
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def _environment(env: dict[str, str] | None) -> dict[str, str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("HUZHU_")}
    full.update(env or {})
    return full


@contextlib.contextmanager
def _isolated(
    env: dict[str, str], stdin: str
) -> Iterator[tuple[io.TextIOWrapper, io.TextIOWrapper]]:
    """Environment, standard streams, current directory and logging as a fresh process has
    them for the duration of one call; everything restored afterwards."""
    saved_env = dict(os.environ)
    saved_cwd = os.getcwd()
    saved_streams = (sys.stdin, sys.stdout, sys.stderr)
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    try:
        os.environ.clear()
        os.environ.update(env)
        os.chdir(REPO)
        sys.stdin = io.StringIO(stdin)
        sys.stdout, sys.stderr = out, err
        yield out, err
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
        for handler in root.handlers:
            if handler not in saved_handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(saved_level)


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]


def huzhu(*args: str | Path, env: dict[str, str] | None = None, stdin: str = "") -> Run:
    """`huzhu ARGS` in this process; exit code as the real command's (argparse's SystemExit
    included; an exception escaping main is a traceback and exit code 1, as in a process)."""
    from app import cli

    argv = [str(a) for a in args]
    if cli._gui_only(argv) is not None:  # the window's event loop would block this process
        raise ValueError(f"huzhu {argv} starts the window: use huzhu_process")
    with _isolated(_environment(env), stdin) as (out, err):
        try:
            code = cli.main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            if exc.code is not None and not isinstance(exc.code, int):
                print(exc.code, file=sys.stderr)
        except Exception:
            traceback.print_exc()
            code = 1
        return Run(code, _text(out), _text(err))


def huzhu_process(
    *args: str | Path, env: dict[str, str] | None = None, stdin: str = "", timeout: float = 120
) -> Run:
    """`python -m app.cli ARGS` as a real subprocess."""
    full_env = _environment(env)
    full_env["PYTHONPATH"] = str(REPO)
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        cwd=REPO,
        timeout=timeout,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)
