"""The desk locks itself after the idle time set in 设置 (idle_lock_minutes, default 15): a lock
dialog over the window asks the same operator for the password (checked by app.auth.authenticate,
lockout and audit included, as at login) or offers 切换用户.

Idle means no key press, mouse click, wheel or mouse move anywhere in the app; an application-wide
event filter restarts the timer on each.
"""

from __future__ import annotations

from app import auth
from app.auth import Actor
from app.db import Database
from app.errors import HuzhuError, LoginFailed
from ui.i18n import error_text
from ui.login_dialog import password_fields
from ui.qt import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QLabel,
    QObject,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }
)


class LockDialog(QDialog):
    """Modal over the whole app until the operator's password is typed or 切换用户 is chosen."""

    switch_user = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("已锁定 — 职工互助保障代办系统"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        text = QLabel(
            self.tr("桌面已锁定。{name}（{user}），请输入密码继续；其他人请点“切换用户”。")
            .replace("{name}", actor.display_name)
            .replace("{user}", actor.username)
        )
        text.setWordWrap(True)
        self.password, self.error = password_fields()
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(
            self.tr("解锁"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        self.switch_button = buttons.addButton(
            self.tr("切换用户"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button.clicked.connect(self._switch)
        form = QFormLayout()
        form.addRow(self.tr("密码"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.password.setFocus()

    REFUSALS: tuple[type[HuzhuError], ...] = (LoginFailed,)  # shown under the password

    def try_unlock(self) -> None:
        try:
            self._authenticate(self.password.text())
        except self.REFUSALS as exc:
            self.error.setText(error_text(exc))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()

    def _authenticate(self, password: str) -> None:
        auth.authenticate(self.db, self.actor.username, password)

    def _switch(self) -> None:
        self.switch_user.emit()
        self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        """Esc and the close button do not unlock."""


class IdleLock(QObject):
    """Watches the app's input; after `minutes` without any, emits `idle` once and waits until
    `resume()` (the lock was lifted)."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._expired)
        self.locked = False
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval(minutes * 60_000)

    def set_interval(self, milliseconds: int) -> None:
        self.timer.setInterval(milliseconds)
        if not self.locked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked and event.type() in ACTIVITY:
            self.timer.start()
        return False

    def _expired(self) -> None:
        self.locked = True
        self.idle.emit()

    def resume(self) -> None:
        self.locked = False
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
