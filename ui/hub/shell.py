"""The hub desk: the product's Qt shell (login dialog, navigation, status bar) in hub mode, over
the hub's PostgreSQL — embedded under the data folder by default, or the server at `--db URL`
/ HUZHU_HUB_DB. `huzhu hub` with no command calls `run_hub_gui`.

`start_hub()` opens the database and shows the login window without entering the event loop
(tests use it); `run_hub_gui()` adds the loop (`_exec`, patched by the test of the command).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from app import logs, settings
from app.errors import HuzhuError, LoginFailed
from app.hub import operators
from app.hub.operators import ROLE_LABELS, HubOperator
from app.hub.server import HubDatabase, open_hub_database
from ui.hub.context import HubContext
from ui.i18n import error_text
from ui.idle_lock import LockDialog
from ui.login_dialog import LoginDialog, OperatorWindows
from ui.main_window import MainWindow
from ui.pages import Page, lazy
from ui.qt import QT_TRANSLATE_NOOP, QApplication, QMessageBox, QWidget

HUB_NAME = "省总工会职工互助保障办事处"

HUB_PAGES: tuple[Page, ...] = (
    Page("offices", QT_TRANSLATE_NOOP("pages", "办事处"), lazy("ui.hub.offices_page", "OfficesPage")),
    Page("approvals", QT_TRANSLATE_NOOP("pages", "审批"), lazy("ui.hub.approvals_page", "ApprovalsPage")),
    Page(
        "catalogue",
        QT_TRANSLATE_NOOP("pages", "目录与指标"),
        lazy("ui.hub.catalogue_page", "CataloguePage"),
    ),
    Page("analysis", QT_TRANSLATE_NOOP("pages", "分析"), lazy("ui.hub.analysis_page", "AnalysisPage")),
    Page("report", QT_TRANSLATE_NOOP("pages", "报表"), lazy("ui.hub.report_page", "ReportPage")),
    Page(
        "operators",
        QT_TRANSLATE_NOOP("pages", "操作员"),
        lazy("ui.hub.operators_page", "OperatorsPage"),
    ),
)  # fmt: skip


class HubLoginDialog(LoginDialog):
    """The desk's login dialog, checking a hub operator (same lockout, same refusals)."""

    def __init__(self, hub: HubDatabase, parent: QWidget | None = None) -> None:
        super().__init__(None, office_name=HUB_NAME, demo=False, parent=parent)
        self.hub = hub
        self.setWindowTitle(self.tr("登录 — 省办事处"))
        self.operator: HubOperator | None = None

    REFUSALS = (LoginFailed, HuzhuError)

    def _authenticate(self, username: str, password: str) -> HubOperator:
        return operators.login(self.hub.engine, username, password)

    def _remember(self, who: object) -> None:
        assert isinstance(who, HubOperator)
        self.operator = who


class HubLockDialog(LockDialog):
    """The desk's lock dialog, unlocked by the hub operator's password (hub lockout rules)."""

    def __init__(self, hub: HubDatabase, operator: HubOperator, parent: QWidget) -> None:
        super().__init__(None, operator, parent)  # type: ignore[arg-type]
        self.hub = hub

    REFUSALS = (HuzhuError,)

    def _authenticate(self, password: str) -> None:
        operators.login(self.hub.engine, self.actor.username, password)


class HubWindow(MainWindow):
    """The main window with the hub's pages and a status bar naming the hub operator; 修改密码,
    锁定 and 切换用户 as on a desk, checked against the hub's operators."""

    def __init__(self, context: HubContext) -> None:
        super().__init__(context, HUB_PAGES)  # type: ignore[arg-type]

    def _idle_minutes(self) -> int:
        return int(settings.DEFAULTS["idle_lock_minutes"][0])  # the hub has no desk settings

    def lock(self) -> LockDialog:
        if self.lock_dialog is not None:
            return self.lock_dialog
        self.idle.locked = True
        self.centralWidget().hide()
        context: HubContext = self.context  # type: ignore[assignment]
        dialog = HubLockDialog(context.hub, context.operator, self)
        dialog.accepted.connect(self._unlocked)
        dialog.switch_user.connect(self.switch_user)
        self.lock_dialog = dialog
        dialog.show()
        return dialog

    def change_password(self) -> QWidget:
        from ui.hub.operators_page import PasswordDialog, change_own_password

        dialog = PasswordDialog(self)
        context: HubContext = self.context  # type: ignore[assignment]
        dialog.accepted.connect(
            lambda: change_own_password(
                context, self, dialog,
                lambda: self.statusBar().showMessage(self.tr("密码已修改。"), 10_000),
            )
        )  # fmt: skip
        dialog.open()
        return dialog

    def refresh_status(self) -> None:
        who = self.context.operator  # type: ignore[attr-defined]
        self.operator_label.setText(
            self.tr("操作员：{name}（{role}）").format(
                name=who.display_name, role=ROLE_LABELS[who.role]
            )
        )
        self.office_label.setText(self.tr("省办事处数据库：{db}").format(db=_where(self.context)))
        self.sync_label.setText("")
        self.setWindowTitle(self.tr("职工互助保障代办系统 — 省办事处"))

    def _on_changed(self, names: frozenset[str]) -> None:
        return None

    def _start_backups(self) -> None:
        return None  # PostgreSQL is backed up by its own tools, not by the desk's file copies


def _where(context: object) -> str:
    hub: HubDatabase = context.hub  # type: ignore[attr-defined]
    if hub.server is not None:
        return QApplication.translate("HubWindow", "内置")
    url = hub.engine.url
    return f"{url.host or 'localhost'}/{url.database}"


@dataclass
class HubShell(OperatorWindows):
    hub: HubDatabase = field(kw_only=True)

    def open_main_window(self, operator: object) -> None:
        assert isinstance(operator, HubOperator)
        self.show_operator_window(
            HubWindow(HubContext(self.hub, operator, self.bus, self.data_dir))
        )

    def _dispose(self) -> None:
        self.hub.dispose()


def start_hub(url: str | None, data_dir: Path) -> HubShell:
    """Open the hub database (starting the embedded server if no URL) and show the login."""
    from ui.application import ensure_application
    from ui.i18n import DEFAULT_LANGUAGE, install_translators

    app = ensure_application()
    install_translators(app, DEFAULT_LANGUAGE)
    hub = open_hub_database(url, data_dir)
    login = HubLoginDialog(hub)
    shell = HubShell(app, data_dir, login, hub=hub)
    login.logged_in.connect(shell.open_main_window)
    login.show()
    return shell


def _exec(app: QApplication) -> int:
    return app.exec()


def run_hub_gui(url: str | None, data_dir: Path) -> int:
    """`huzhu hub` with no command: the hub window after login. Returns the exit code."""
    from ui.application import _report_uncaught

    logs.configure(data_dir)
    sys.excepthook = _report_uncaught
    try:
        shell = start_hub(url, data_dir)
    except HuzhuError as exc:
        QMessageBox.critical(None, QApplication.translate("HubWindow", "省办事处"), error_text(exc))
        return exc.exit_code
    shell.login.rejected.connect(shell.app.quit)
    try:
        return _exec(shell.app)
    finally:
        shell.close()
