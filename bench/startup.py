"""Start-up to the login window (budget ≤ 1.0 s) beside a bare PySide6 window.

Each run is a fresh interpreter, timed from just before the process is created to the login
dialog's show event, on a demo database prepared beforehand. The app runs its real entry point
(`huzhu --data DIR`, i.e. app.cli.main); the baseline imports PySide6 and shows an empty QWidget
the same way. Median of RUNS after one discarded warm-up each (file cache), interleaved so both
see the same machine load.
"""

from __future__ import annotations

from pathlib import Path

from bench.common import CHILD_REPORT, WORK, ChildRun, Row, median, time_child

RUNS = 5
BUDGET_S = 1.0

APP_CHILD = (
    CHILD_REPORT
    + """
import sys
from ui import login_dialog

def _shown(self, event, _original=login_dialog.LoginDialog.showEvent):
    _original(self, event)
    _report(modules=len(sys.modules), heavy=sorted(
        m for m in ("reportlab", "openpyxl", "pypinyin", "cryptography", "sqlalchemy", "argon2")
        if m in sys.modules))

login_dialog.LoginDialog.showEvent = _shown
ENTRY
"""
)
# The real entry point: `huzhu --data DIR` with no command.
CLI_ENTRY = 'from app.cli import main\nsys.exit(main(["--data", DATA_DIR]))'
# The shell alone (ui.application), without the CLI's command modules: shows what the CLI's
# eager imports cost on top of the GUI's own start-up.
SHELL_ENTRY = "from ui.application import start\nstart(DATA_DIR).app.exec()"

BARE_CHILD = (
    CHILD_REPORT
    + """
from PySide6.QtWidgets import QApplication, QWidget

class Window(QWidget):
    def showEvent(self, event):
        super().showEvent(event)
        _report()

app = QApplication([])
window = Window()
window.show()
app.exec()
"""
)


def prepare_demo(folder: Path) -> Path:
    from app.db import open_database
    from app.demo import build_demo

    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(folder / "huzhu.sqlite3")
    try:
        build_demo(db)
    finally:
        db.dispose()
    return folder


def run() -> list[Row]:
    data_dir = prepare_demo(WORK / "startup-demo")
    codes = {
        "start-up to login window (huzhu)": CLI_ENTRY,
        "  of which the shell alone (ui.application)": SHELL_ENTRY,
    }
    codes = {
        work: f"DATA_DIR = {str(data_dir)!r}\n" + APP_CHILD.replace("ENTRY", entry)
        for work, entry in codes.items()
    }
    for code in (*codes.values(), BARE_CHILD):
        time_child(code)  # warm-up: file cache, .pyc files
    runs: dict[str, list[ChildRun]] = {work: [] for work in (*codes, "bare")}
    for _ in range(RUNS):
        for work, code in codes.items():
            runs[work].append(time_child(code))
        runs["bare"].append(time_child(BARE_CHILD))
    baseline = median([r.seconds for r in runs["bare"]])
    return [_row(work, runs[work], baseline) for work in codes]


def _row(work: str, runs: list[ChildRun], baseline: float) -> Row:
    last = runs[-1].report
    note = f"{last['modules']} modules loaded"
    if last.get("heavy"):
        note += "; heavy imports at start-up: " + ", ".join(map(str, last["heavy"]))
    return Row(
        work=work,
        figure=median([r.seconds for r in runs]),
        baseline=baseline,
        budget=BUDGET_S,
        peak_mb=max(r.peak_mb for r in runs),
        note=note,
    )
