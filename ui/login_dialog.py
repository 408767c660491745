"""The login dialog: username and password, Enter logs in, refusals shown inline.

Lockout is `app.auth.authenticate`'s business (5 strikes, 15 minutes); the dialog shows exactly
the refusal the CLI prints. On the demo database it names the demo operators and their password.

The dialog is built before the office database is open (start-up shows it first and opens the
database while the clerk types; issue 22): it gets the database through `database`, called
only when the clerk presses 登录, and imports the login service (argon2, SQLAlchemy) only then.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.demo_accounts import DEMO_PASSWORD, DEMO_USERNAMES
from app.errors import LoginFailed
from ui import collector
from ui.bus import Bus
from ui.i18n import error_text
from ui.qt import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from app.auth import Actor
    from app.db import Database


class LoginDialog(QDialog):
    """Emits `logged_in(actor)` and accepts once an operator has logged in."""

    logged_in = Signal(object)

    def __init__(
        self,
        database: Callable[[], Database] | None,
        *,
        office_name: str,
        demo: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("登录 — 职工互助保障代办系统"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password, self.error = password_fields()
        self.error.hide()
        buttons = QDialogButtonBox()
        self.login_button = buttons.addButton(
            self.tr("登录"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setDefault(True)
        buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        layout = QVBoxLayout(self)
        heading = QLabel(office_name)
        heading.setObjectName("office")
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        if demo:
            layout.addWidget(self._demo_hint())
        layout.addWidget(buttons)
        # a fixed width lets the wrapped labels (error, demo hint) take the height they need;
        # the dialog grows downwards when an error appears instead of squeezing them together
        self.setFixedWidth(max(self.sizeHint().width(), 400))
        self.username.setFocus()

    def _demo_hint(self) -> QLabel:
        names = "、".join(DEMO_USERNAMES)
        hint = QLabel(
            self.tr("这是演示数据库。演示操作员：{names}；密码均为 {password}。").format(
                names=names, password=DEMO_PASSWORD
            )
        )
        hint.setObjectName("demo_hint")
        hint.setWordWrap(True)
        return hint

    REFUSALS: tuple[type[Exception], ...] = (LoginFailed,)  # shown beside the fields

    def try_login(self) -> None:
        username = self.username.text().strip()
        if not username:
            self._show_error(self.tr("请输入用户名。"))
            self.username.setFocus()
            return
        try:
            who = self._authenticate(username, self.password.text())
        except self.REFUSALS as exc:
            self._show_error(error_text(exc))  # type: ignore[arg-type]
            self.password.selectAll()
            self.password.setFocus()
            return
        self._remember(who)
        self.logged_in.emit(who)
        self.accept()

    def _authenticate(self, username: str, password: str) -> object:
        assert self.database is not None
        db = self.database()  # waits for start-up to finish opening the database, if need be
        from app import auth

        return auth.authenticate(db, username, password)

    def _remember(self, who: object) -> None:
        self.actor = who  # type: ignore[assignment]  # an Actor: _authenticate returned it

    def reset(self) -> None:
        """Empty, for the next operator (切换用户)."""
        self.actor = None
        self.username.clear()
        self.password.clear()
        self.error.clear()
        self.error.hide()
        self.username.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.layout().activate()
        self.adjustSize()


@dataclass
class OperatorWindows(ABC):
    """What the desk's and the hub's shells share: the application, the data folder, the login
    window and the bus; the operator's window shown after login, and 切换用户 — the login window
    again, emptied; the operator's window closes; the app stays open (the desk's exit backup
    waits for the real exit); closing both windows at the end. A shell adds what it opened
    (keyword-only) and how to let go of it (`_dispose`)."""

    app: QApplication
    data_dir: Path
    login: LoginDialog
    bus: Bus = field(default_factory=Bus)
    main_window: Any = None

    def show_operator_window(self, window: Any) -> None:
        self.main_window = window
        window.switch_user_requested.connect(self.switch_user)
        window.show()
        collector.drop_source_lines()  # the sources of all it imported (ui/collector.py)

    def switch_user(self) -> None:
        window, self.main_window = self.main_window, None
        self.login.reset()
        self.login.show()
        if window is not None:
            window.close()
            window.deleteLater()

    def close(self) -> None:
        for window in (self.main_window, self.login):
            if window is not None:
                window.close()
        self._dispose()

    @abstractmethod
    def _dispose(self) -> None:
        """Let go of what the shell opened (its database, its embedded server)."""


def password_fields() -> tuple[QLineEdit, QLabel]:
    """The password box and the red refusal line under it (login and the idle lock)."""
    password = QLineEdit()
    password.setObjectName("password")
    password.setEchoMode(QLineEdit.EchoMode.Password)
    error = QLabel()
    error.setObjectName("error")
    error.setWordWrap(True)
    error.setStyleSheet("color: #b00020;")
    return password, error
