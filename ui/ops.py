"""The one way the UI runs a service call: off the GUI thread, in its own unit of work.

    run_op(context, self, title=self.tr("导入花名册"),
           work=lambda job: roster.import_roster(job.session, job.actor, ...,
                                                 progress=job.progress, cancelled=job.cancelled),
           on_done=self.show_result)

- The work gets a `Job`: a fresh session inside `db.unit_of_work()` (write ops queue on the
  context's single writer thread; `write=False` runs in a read-only session on its reader pool),
  the actor, `progress(done, total)` and `cancelled()`.
- A progress dialog appears only if the work is still running after PROGRESS_DELAY_MS; its
  Cancel button sets the cancel flag. Work that runs while the clerk keeps typing (a scanner's
  queue of sign-ins, the refresh that follows) passes `show_progress=False`: a window-modal
  dialog popping up between two scans would take the scanner's keystrokes. Once it is set, the next `progress()` call raises
  OperationCancelled (a service may also poll `cancelled()` and raise); either way the
  exception leaves the unit of work and the transaction rolls back.
- Errors take one path, `report_error`: a HuzhuError shows its Chinese message (translated in
  context "app"); anything else is logged with its traceback and shown as a generic message.
- On success the bus emits `changed` on the GUI thread with what the unit of work reports it
  wrote (`app.db.changed_tables`, as `bus.entities`), then `on_done(result)` runs. Nobody
  declares what an operation changes: a failed form save (rolled-back savepoint) or a read-only
  op reports nothing.
- `hold=` a button (or several) disables it while the work runs and enables it again once the
  op has settled, however it ended: a second press cannot start the same work twice.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from app.auth import Actor
from app.db import changed_tables
from app.errors import HuzhuError
from ui import bus
from ui.context import PageContext, read
from ui.i18n import error_text
from ui.qt import (
    QCoreApplication,
    QMessageBox,
    QObject,
    QProgressDialog,
    QRunnable,
    Qt,
    QTimer,
    QWidget,
    Signal,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
PROGRESS_DELAY_MS = 300
PROGRESS_INTERVAL_S = 0.05  # at most ~20 progress updates a second cross to the GUI thread


class OperationCancelled(Exception):
    """Raised inside the work once the clerk has pressed Cancel; it rolls the work back."""


@dataclass(frozen=True)
class Job:
    """What the work function gets. Pass `progress` and `cancelled` on to the service."""

    session: Session
    actor: Actor
    progress: Callable[[int, int], None]
    cancelled: Callable[[], bool]


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object, frozenset)
    failed = Signal(object, str)
    cancelled = Signal()


class _Worker(QRunnable):
    def __init__(self, op: Op[Any]) -> None:
        super().__init__()
        self.op = op
        self.signals = op._signals
        self._last_emit = 0.0

    def progress(self, done: int, total: int) -> None:
        if self.op.token.is_set():
            raise OperationCancelled
        now = time.monotonic()
        if done >= total or now - self._last_emit >= PROGRESS_INTERVAL_S:
            self._last_emit = now
            self.signals.progressed.emit(done, total)

    def run(self) -> None:
        op = self.op
        db = op.context.db
        changed: frozenset[str] = frozenset()
        try:
            if op.write:
                with db.unit_of_work() as session:
                    result = op.work(self._job(session))
                changed = changed_tables(session)
            else:
                result = read(db, lambda session: op.work(self._job(session)))
        except BaseException as exc:
            if op.token.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.failed.emit(exc, traceback.format_exc())
            return
        self.signals.succeeded.emit(result, changed)

    def _job(self, session: Session) -> Job:
        return Job(session, self.op.context.actor, self.progress, self.op.token.is_set)


class Op(QObject, Generic[T]):
    """One running operation. Signals: progressed, done(result), failed(error), cancelled,
    and `settled` whichever way it ended (the `hold` widgets are enabled again first)."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    settled = Signal()

    def __init__(
        self,
        context: PageContext,
        parent: QWidget,
        *,
        title: str,
        work: Callable[[Job], T],
        on_done: Callable[[T], None] | None = None,
        write: bool = True,
        cancellable: bool = True,
        show_progress: bool = True,
        hold: QWidget | Sequence[QWidget] = (),
    ) -> None:
        super().__init__(parent)
        self.hold = (hold,) if isinstance(hold, QWidget) else tuple(hold)
        self.context, self.parent_widget, self.title = context, parent, title
        self.work, self.on_done = work, on_done
        self.write, self.cancellable, self.show_progress = write, cancellable, show_progress
        self.token = threading.Event()
        self.dialog: QProgressDialog | None = None
        self.running = False
        self._last: tuple[int, int] = (0, 0)
        self._signals = _Signals()
        self._signals.progressed.connect(self._on_progress)
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)

    def start(self) -> Op[T]:
        self.running = True
        for widget in self.hold:
            widget.setEnabled(False)
        self.settled.connect(self._release)
        self._worker = _Worker(self)
        pool = self.context.writer if self.write else self.context.reader
        pool.start(self._worker)
        if self.show_progress:
            self._timer.start(PROGRESS_DELAY_MS)
        return self

    def _release(self) -> None:
        for widget in self.hold:
            widget.setEnabled(True)

    def cancel(self) -> None:
        """Ask the work to stop; it rolls back at its next progress report or cancel check."""
        self.token.set()
        if self.dialog is not None:
            self.dialog.setLabelText(
                QCoreApplication.translate("ops", "正在取消，已做的修改将全部撤销…")
            )

    def _show_dialog(self) -> None:
        if not self.running:
            return
        dialog = QProgressDialog(self.parent_widget)
        dialog.setWindowTitle(self.title)
        dialog.setLabelText(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        if self.cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("ops", "取消"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        self.dialog = dialog
        self._apply_progress()
        dialog.show()

    def _on_progress(self, done: int, total: int) -> None:
        self._last = (done, total)
        self._apply_progress()
        self.progressed.emit(done, total)

    def _apply_progress(self) -> None:
        if self.dialog is not None:
            done, total = self._last
            self.dialog.setMaximum(max(total, 0))  # 0 → a busy indicator until totals are known
            self.dialog.setValue(min(done, total))

    def _finish(self) -> None:
        self.running = False
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _on_succeeded(self, result: T, changed: frozenset[str]) -> None:
        self._finish()
        changes = bus.entities(changed)
        if changes:
            self.context.bus.changed.emit(changes)
        if self.on_done is not None:
            self.on_done(result)
        self.done.emit(result)
        self.settled.emit()

    def _on_failed(self, error: BaseException, trace: str) -> None:
        self._finish()
        report_error(self.parent_widget, self.title, error, trace)
        self.failed.emit(error)
        self.settled.emit()

    def _on_cancelled(self) -> None:
        self._finish()
        self.cancelled.emit()
        self.settled.emit()


def run_op(
    context: PageContext, parent: QWidget, *, title: str, work: Callable[[Job], T], **options: Any
) -> Op[T]:
    """Start `work` on a worker thread; see the module docstring and `Op` for the options."""
    return Op(context, parent, title=title, work=work, **options).start()


def file_error_text(error: OSError) -> str:
    """A file the work could not read or write, named, with what the clerk can do about it
    (Windows keeps a workbook open in Excel locked; a USB stick fills up or is pulled out)."""
    return (
        QCoreApplication.translate(
            "ops",
            "无法读写文件 {path}（{reason}）。操作没有完成，数据未作修改。"
            "请关闭正在使用该文件的程序（如 Excel），确认磁盘有空间、U 盘仍已插好，"
            "或换一个位置后重试。",
        )
        .replace("{path}", str(error.filename))
        .replace("{reason}", error.strerror or type(error).__name__)
    )


def report_error(
    parent: QWidget | None, title: str, error: BaseException, trace: str | None = None
) -> None:
    """The one error path: a domain error's own message, or a logged bug and a generic message."""
    if isinstance(error, HuzhuError):
        QMessageBox.warning(parent, title, error_text(error))
        return
    if isinstance(error, OSError) and error.filename:
        log.warning("%s: file error %s (errno %s)", title, type(error).__name__, error.errno)
        QMessageBox.warning(parent, title, file_error_text(error))
        return
    log.error("unexpected failure in %s:\n%s", title, trace or traceback.format_exc())
    QMessageBox.critical(
        parent,
        title,
        QCoreApplication.translate(
            "ops",
            "发生了意外错误，操作没有完成，数据未作修改。详情已写入日志文件，请交给技术支持。",
        ),
    )
