"""The 50,000-row roster import in the window (issue 22.1): from the clerk pressing 导入 in the
导入花名册 dialog to the import settled — the same app/ function the command runs, on the
window's writer thread with its progress dialog — in a fresh interpreter on a fresh copy of the
bench office (bench/roster.py makes it), the operator already logged in as at the desk.
bench/roster.py runs it beside the command and measures both against the same bare read.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from app.paths import DB_FILENAME
from bench.common import CHILD_REPORT, ChildRun, time_child

WINDOW = """
import time
from pathlib import Path
from app.auth import authenticate
from app.db import open_database
from ui.qt import QApplication, QEventLoop

app = QApplication([])
from ui.bus import Bus
from ui.context import PageContext
from ui.roster.import_dialog import RosterImportDialog

db = open_database(Path(PARAMS["db"]))
context = PageContext(db=db, actor=authenticate(db, "clerk1", PARAMS["password"]), bus=Bus())
dialog = RosterImportDialog(context, None)
dialog.unit.setCurrentIndex(
    next(i for i, row in enumerate(dialog.units) if row.uscc == PARAMS["uscc"])
)
dialog.path.setText(PARAMS["roster"])
for code, shares in PARAMS["plans"].items():
    dialog.shares[code].setValue(shares)
dialog.show()
app.processEvents()
loop = QEventLoop()
started = time.perf_counter()
dialog.import_button.click()
dialog.op.settled.connect(loop.quit)
loop.exec()
elapsed = time.perf_counter() - started
outcome = dialog.outcome
assert outcome is not None and outcome.enrollment is not None, dialog.summary.text()
_report(elapsed=elapsed, summary=dialog.summary.text())
"""


def import_in_window(
    roster: Path, base: Path, *, uscc: str, plans: dict[str, int], password: str, today: str
) -> tuple[float, ChildRun]:
    """Seconds from pressing 导入 to the import settled, and the child's run (peak memory)."""
    data = base.parent / "run-window"
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir()
    shutil.copyfile(base, data / DB_FILENAME)
    params = {"db": str(data / DB_FILENAME), "roster": str(roster), "uscc": uscc,
              "plans": plans, "password": password}  # fmt: skip
    code = CHILD_REPORT + f"PARAMS = {params!r}\n" + WINDOW
    child = time_child(code, env={"HUZHU_TODAY": today}, timeout=600)
    return float(child.report["elapsed"]), child  # type: ignore[arg-type]
