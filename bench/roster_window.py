"""The 50,000-row roster import in the window (issue 22.1): from the clerk pressing 导入 in the
导入花名册 dialog to the import settled — the same app/ function the command runs, on the
window's writer thread with its progress dialog — in the app as the clerk has it: a fresh
interpreter starts the desktop app (ui.application.start) on a fresh copy of the bench office
(bench/roster.py makes it), the clerk logs in through the login window, and the dialog opens
over the main window as the 导入名册 buttons open it. Its peak memory is the whole app's, main
window included. bench/roster.py runs it beside the command and measures both against the same
bare read.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from app.paths import DB_FILENAME
from bench.common import CHILD_REPORT, ChildRun, time_child

WINDOW = """
import time
from pathlib import Path
from ui.application import start
from ui.qt import QEventLoop, QThreadPool

shell = start(PARAMS["data"])
shell.login.show()
shell.login.username.setText("clerk1")
shell.login.password.setText(PARAMS["password"])
shell.login.login_button.click()
window = shell.main_window
assert window is not None, shell.login.error.text()
# what login starts in the background settles first: the home page's figures, and the day's
# first backup (a fresh office has none yet), which would otherwise share the import's time
window.context.wait_for_work()
QThreadPool.globalInstance().waitForDone()
if window.backups is not None:
    window.backups.pool.waitForDone()

from ui.roster.import_dialog import open_roster_import_dialog

dialog = open_roster_import_dialog(window, window.context, None)
dialog.unit.setCurrentIndex(
    next(i for i, row in enumerate(dialog.units) if row.uscc == PARAMS["uscc"])
)
dialog.path.setText(PARAMS["roster"])
for code, shares in PARAMS["plans"].items():
    dialog.shares[code].setValue(shares)
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
    params = {"data": str(data), "roster": str(roster), "uscc": uscc,
              "plans": plans, "password": password}  # fmt: skip
    code = CHILD_REPORT + f"PARAMS = {params!r}\n" + WINDOW
    child = time_child(code, env={"HUZHU_TODAY": today}, timeout=600)
    return float(child.report["elapsed"]), child  # type: ignore[arg-type]
