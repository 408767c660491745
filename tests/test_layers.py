"""The core never imports the GUI: import every app/ and models/ module with PySide6 blocked."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_PROBE = r"""
import importlib, pkgutil, sys

class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name == "ui" or name.startswith("ui."):
            raise ImportError(f"core module imported {name}")
        return None

sys.meta_path.insert(0, Block())
import app, models
count = 0
for package in (app, models):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if info.name.endswith("__main__"):
            continue  # entry points run on import; they only call main()
        importlib.import_module(info.name)
        count += 1
print(count)
"""


def test_app_and_models_import_without_pyside6_or_ui() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout.strip()) > 10


def test_only_ui_qt_imports_pyside6() -> None:
    pyside_import = re.compile(r"^\s*(from|import)\s+PySide6\b", re.MULTILINE)
    offenders = [
        str(path.relative_to(REPO))
        for path in (REPO / "ui").rglob("*.py")
        if path.name != "qt.py" and pyside_import.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
