"""`make run` and `make test` where there is no make (Windows PowerShell): the same steps as the
Makefile, in the same order, from the same lock.

    py -3.11 tools\\make.py run     # .venv from requirements.lock, translations, demo office, the app
    py -3.11 tools\\make.py test    # .venv, translations, lint, the tests but the slow ones

The virtual environment is (re)made when requirements.lock or pyproject.toml is newer than its
stamp, exactly as the Makefile's $(STAMP) rule does.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".installed-stamp"
DEMO = ".demo-data"


def tool(name: str) -> str:
    return str(BIN / (f"{name}.exe" if os.name == "nt" else name))


def install_steps() -> list[list[str]]:
    """The Makefile's $(STAMP) recipe."""
    python = tool("python")
    return [
        [sys.executable, "-m", "venv", str(VENV)],
        [python, "-m", "pip", "install", "--quiet", "--require-hashes", "-r", "requirements.lock"],
        [python, "-m", "pip", "install", "--quiet", "--no-deps", "-e", "."],
    ]


def i18n_steps() -> list[list[str]]:
    return [
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))]
        for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    ]


def steps(target: str) -> list[list[str]]:
    stale = not STAMP.exists() or any(
        (ROOT / name).stat().st_mtime > STAMP.stat().st_mtime
        for name in ("requirements.lock", "pyproject.toml")
    )
    before = (install_steps() if stale else []) + i18n_steps()
    if target == "run":
        return [
            *before,
            [tool("python"), "tools/check_system.py"],
            [tool("huzhu"), "--data", DEMO, "init", "--demo"],
            [tool("huzhu"), "--data", DEMO],
        ]
    return [
        *before,
        [tool("ruff"), "check", "."],
        [tool("ruff"), "format", "--check", "."],
        [tool("python"), "-m", "pytest", "-q", "--durations=10", "-m", "not slow"],
    ]


def main(argv: list[str]) -> int:
    if argv not in (["run"], ["test"]):
        print(__doc__, file=sys.stderr)
        return 2
    env = dict(os.environ)
    if argv == ["test"]:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for step in steps(argv[0]):
        done = subprocess.run(step, cwd=ROOT, env=env)
        if done.returncode:
            return done.returncode
        if step[1:3] == ["-m", "pip"] and "-e" in step:
            STAMP.touch()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
