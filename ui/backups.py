"""The shell's scheduled backups (app/backup_schedule.py): one after login when due, one on exit.

After login `start_due()` runs `backup_if_due` on the object's own worker thread, so the clerk
never waits and the pages' readers are not held up; the window shows the outcome in its status
bar. On exit `run_on_exit()` waits for that one, then takes the exit backup behind a small busy
dialog. A failure is logged and reported through `failed` (and, on exit, a message box); it never
stops the window from closing. Scheduled backups are not encrypted (no passphrase is stored).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from app.db import Database
from app.errors import HuzhuError
from ui.i18n import error_text
from ui.qt import (
    QCoreApplication,
    QEventLoop,
    QMessageBox,
    QObject,
    QProgressDialog,
    QRunnable,
    Qt,
    QThreadPool,
    QWidget,
    Signal,
)

log = logging.getLogger(__name__)
WAIT_SLICE_MS = 30


class _Signals(QObject):
    done = Signal(object)  # Path | None
    failed = Signal(str)


class _Task(QRunnable):
    """Takes one backup; `outcome` is then the new file (or None) or the error's text."""

    def __init__(self, take: Callable[[], Path | None], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the exit backup reads `outcome` after the pool is done
        self.take, self.signals = take, signals
        self.outcome: Path | str | None = None

    def run(self) -> None:
        try:
            self.outcome = self.take()
        except HuzhuError as exc:
            log.warning("scheduled backup failed: %s", exc)
            self.outcome = error_text(exc)
        except Exception as exc:  # disk full, folder gone, no permission: say it, keep working
            log.exception("scheduled backup failed")
            self.outcome = str(exc)
        if isinstance(self.outcome, str):
            self.signals.failed.emit(self.outcome)
        else:
            self.signals.done.emit(self.outcome)


class ShellBackups(QObject):
    """Scheduled backups for one logged-in session. `finished(path or None)` after a backup
    (None: none was due), `failed(text)` when one could not be taken."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, db: Database, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.data_dir = db, data_dir
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.last: Path | None = None
        self.error: str | None = None
        self._exit_done = False
        self._tasks: list[_Task] = []

    def _run(self, take: Callable[[], Path | None]) -> _Task:
        signals = _Signals(self)
        signals.done.connect(self._on_done)
        signals.failed.connect(self._on_failed)
        task = _Task(take, signals)
        self._tasks.append(task)  # not auto-deleted: kept alive here (two a session)
        self.pool.start(task)
        return task

    def _on_done(self, made: Path | None) -> None:
        if made is not None:
            self.last, self.error = made, None
        self.finished.emit(made)

    def _on_failed(self, text: str) -> None:
        self.error = text
        self.failed.emit(text)

    def start_due(self) -> None:
        """Back up in the background if the newest scheduled backup is more than a day old."""
        from app import backup_schedule  # cryptography and alembic load off the login path

        self._run(lambda: backup_schedule.backup_if_due(self.db, self.data_dir))

    def run_on_exit(self, parent: QWidget | None) -> Path | None:
        """Take the exit backup (once), showing a busy dialog; None if it failed (shown)."""
        if self._exit_done:
            return None
        self._exit_done = True
        self.pool.waitForDone()
        dialog = QProgressDialog(
            QCoreApplication.translate("backups", "正在备份数据，请稍候…"), "", 0, 0, parent
        )
        dialog.setWindowTitle(QCoreApplication.translate("backups", "退出前备份"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        from app import backup_schedule

        task = self._run(lambda: backup_schedule.backup_on_exit(self.db, self.data_dir))
        # Events are processed so the dialog paints, but no nested event loop is started: one
        # would also run the deferred deletions of widgets being closed around this window.
        while not self.pool.waitForDone(WAIT_SLICE_MS):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, WAIT_SLICE_MS)
        dialog.close()
        dialog.deleteLater()
        if not isinstance(task.outcome, str):
            return task.outcome
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("backups", "退出前备份失败"),
            QCoreApplication.translate(
                "backups", "退出前的自动备份没有完成：{e}\n数据库本身没有受影响；请检查备份文件夹。"
            ).format(e=task.outcome),
        )
        return None
