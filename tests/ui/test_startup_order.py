"""The login window shows before SQLAlchemy, the models and argon2 are imported (issue 22: start-up
to the login window ≤ 3× a bare window), logging in from that window still works, and the main
window with what login starts in the background loads no migrations, encryption, workbook
writers or PDF drawing (the roster import's peak memory in the app).

Run through the real entry point (`huzhu --data DIR`, app.cli.main) in a fresh interpreter, so
what this process has already imported does not hide an import on the start-up path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.demo_accounts import DEMO_PASSWORD

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import json, os, sys
from ui import login_dialog
from ui.qt import QApplication, QThreadPool, QTimer

LOADED_LATE = ("sqlalchemy", "models", "app.db", "app.auth", "argon2", "alembic")
# what the main window and the work login starts (home figures, the day's first backup) do not
# need: migrations, encryption, workbook writers, PDF drawing (issue 22: the import's peak)
LOADED_ON_DEMAND = ("alembic", "mako", "cryptography", "openpyxl", "reportlab")
seen = {}

def log_in(dialog):
    import linecache

    dialog.username.setText("admin")
    dialog.password.setText(PASSWORD)
    dialog.login_button.click()
    seen["source_lines"] = len(linecache.cache)
    seen["logged_in"] = dialog.actor is not None and dialog.actor.username == "admin"
    seen["main_window"] = sorted(
        type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()
    )
    window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
    window.context.wait_for_work()
    QThreadPool.globalInstance().waitForDone()
    if window.backups is not None:
        window.backups.pool.waitForDone()
    seen["after_login"] = sorted(m for m in LOADED_ON_DEMAND if m in sys.modules)
    print(json.dumps(seen), flush=True)
    os._exit(0)

def shown(self, event, _original=login_dialog.LoginDialog.showEvent):
    _original(self, event)
    if "at_show" not in seen:
        seen["at_show"] = sorted(m for m in LOADED_LATE if m in sys.modules)
        seen["office"] = self.findChild(login_dialog.QLabel, "office").text()
        seen["demo_hint"] = self.findChild(login_dialog.QLabel, "demo_hint") is not None
        QTimer.singleShot(0, lambda: log_in(self))

login_dialog.LoginDialog.showEvent = shown
from app.cli import main
sys.exit(main(["--data", DATA_DIR]))
"""


def test_login_window_shows_before_sqlalchemy_and_logging_in_works(demo_data_dir: Path) -> None:
    code = f"DATA_DIR = {str(demo_data_dir)!r}\nPASSWORD = {DEMO_PASSWORD!r}\n" + CHILD
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    assert proc.returncode == 0 and lines, proc.stderr[-3000:]
    seen = json.loads(lines[-1])
    assert seen["at_show"] == []  # none of SQLAlchemy, the models, argon2 … before the window
    assert seen["office"] == "铜川市耀州区代办处"
    assert seen["demo_hint"] is True
    assert seen["logged_in"] is True
    assert "MainWindow" in seen["main_window"]
    assert seen["after_login"] == []
    # PySide6's import hook read the source of every module login imported; the window dropped
    # it (ui/collector.drop_source_lines): hundreds of files otherwise
    assert seen["source_lines"] < 20, seen["source_lines"]
