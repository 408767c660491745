"""Start-up of the desktop app: database, first run, language, login, main window.

`start()` does everything up to the login window being shown and returns the `Shell` without
entering the event loop (tests and the start-up bench use it); `run_gui()` adds the event loop.
Modules that only a page needs (reportlab, openpyxl, page modules) are not imported here.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app import logs, paths
from app.db import Database, open_database
from app.errors import DatabaseProblem
from ui import collector
from ui.bus import Bus
from ui.context import read
from ui.i18n import DEFAULT_LANGUAGE, error_text, install_translators
from ui.login_dialog import LoginDialog
from ui.qt import QApplication, QCoreApplication, QFileDialog, QMessageBox, Qt, QTranslator, QWidget

log = logging.getLogger(__name__)

# Called when the data folder holds no office yet; returns whether there is one now.
# Issue 9's first-run wizard replaces `offer_demo` here.
FirstRun = Callable[[Database], bool]


@dataclass
class Shell:
    """The running desktop app: what start-up opened, and the main window once logged in."""

    app: QApplication
    db: Database
    data_dir: Path
    login: LoginDialog
    bus: Bus = field(default_factory=Bus)
    main_window: QWidget | None = None
    translators: list[QTranslator] = field(default_factory=list)

    def open_main_window(self, actor: object) -> None:
        from app.auth import Actor
        from ui.context import PageContext
        from ui.main_window import MainWindow

        assert isinstance(actor, Actor)
        context = PageContext(self.db, actor, self.bus, self.data_dir)
        self.main_window = MainWindow(context)
        self.main_window.switch_user_requested.connect(self.switch_user)
        self.main_window.show()

    def switch_user(self) -> None:
        """切换用户: the login window comes back and the operator's window closes; the app
        stays open (the exit backup waits for the real exit)."""
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
        self.db.dispose()


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("HuzhuDesk")
    assert isinstance(app, QApplication)
    collector.install(app)
    return app


def start(data_dir: str | None, *, first_run: FirstRun | None = None) -> Shell | None:
    """Open the office's database and show the login window; None if the clerk chose to quit."""
    app = ensure_application()
    # Chinese from the first dialog on (a damaged database, the first-run wizard); the office's
    # own language replaces it once its database is open.
    translators = install_translators(app, DEFAULT_LANGUAGE)
    folder = paths.data_dir(data_dir)
    db = open_checked(paths.database_path(folder))
    if db is None:
        return None
    office = _office_name(db)
    if office is None:
        if not (first_run or offer_demo)(db):
            db.dispose()
            return None
        office = _office_name(db) or ""
    language = _language(db)
    if language != DEFAULT_LANGUAGE:
        for translator in translators:
            app.removeTranslator(translator)
        translators = install_translators(app, language)
    from app.demo import is_demo

    login = LoginDialog(db, office_name=office, demo=is_demo(db))
    shell = Shell(app, db, folder, login, translators=translators)
    login.logged_in.connect(shell.open_main_window)
    login.show()
    return shell


def run_gui(data_dir: str | None, *, window_check: bool = False) -> int:
    """`huzhu` with no command: the desktop app. Returns the process exit code.

    With `window_check` (`huzhu --selftest-window`) the app starts exactly as usual and quits
    with 0 as soon as the platform reports the login window exposed on the display — proof that
    Qt's platform plugin (xcb on Linux) loads and draws — or with 3 after WINDOW_CHECK_S."""
    logs.configure(paths.data_dir(data_dir))
    sys.excepthook = _report_uncaught
    from ui.first_run import run_first_run  # issue 9's wizard; tests pass their own hook

    shell = start(data_dir, first_run=run_first_run)
    if shell is None:
        return 0
    shell.login.rejected.connect(shell.app.quit)
    if window_check:
        _quit_once_exposed(shell)
    try:
        return shell.app.exec()
    finally:
        shell.db.dispose()


WINDOW_CHECK_S = 30.0


def _quit_once_exposed(shell: Shell) -> None:
    from ui.qt import QTimer

    waited = [0.0]
    timer = QTimer(shell.login)

    def check() -> None:
        handle = shell.login.windowHandle()
        if shell.login.isVisible() and handle is not None and handle.isExposed():
            timer.stop()
            print(f"login window shown ({shell.app.platformName()})", flush=True)
            shell.app.exit(0)
        elif waited[0] >= WINDOW_CHECK_S:
            timer.stop()
            print("login window not shown", file=sys.stderr, flush=True)
            shell.app.exit(3)
        waited[0] += 0.05

    timer.timeout.connect(check)
    timer.start(50)


def open_checked(db_path: Path) -> Database | None:
    """Open the database; when it cannot be used, offer to restore a backup or to quit."""
    while True:
        try:
            return open_database(db_path)
        except DatabaseProblem as exc:
            log.error("database %s cannot be opened: %s", db_path, exc)
            if not ask_database_problem(error_text(exc)):
                return None
            restore_from_backup(db_path)


def ask_database_problem(text: str) -> bool:
    """The modal box for an unusable database: True to choose a backup, False to quit."""
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("application", "无法打开数据库"), text
    )
    restore = box.addButton(
        QCoreApplication.translate("application", "从备份恢复…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("application", "退出"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return box.clickedButton() is restore


def restore_from_backup(db_path: Path) -> None:
    """Let the clerk pick a backup file and restore it over `db_path` (the old file is kept)."""
    from ui.restore import restore_file

    chosen, _filter = QFileDialog.getOpenFileName(
        None,
        QCoreApplication.translate("application", "选择备份文件"),
        str(paths.backups_dir(db_path.parent)),
    )
    if chosen:
        restore_file(None, db_path, Path(chosen))


def offer_demo(db: Database) -> bool:
    """No office in this data folder yet: offer the demo office, the only set-up built so far."""
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("application", "尚无代办处数据"),
        QCoreApplication.translate(
            "application",
            "此数据文件夹中还没有代办处数据（{path}）。\n\n"
            "是否创建演示代办处（铜川市耀州区代办处，含示例单位和会员）来试用本系统？\n"
            "正式使用时，请用省办事处发给本代办处的代办处文件初始化。",
        ).format(path=db.path),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    from app.demo import build_demo

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        build_demo(db)
    finally:
        QApplication.restoreOverrideCursor()
    return True


def _office_name(db: Database) -> str | None:
    from app.office import find_self

    office = read(db, find_self)
    return None if office is None else office.name


def _language(db: Database) -> str:
    from app import settings

    return str(read(db, lambda s: settings.get(s, "language")) or DEFAULT_LANGUAGE)


def _report_uncaught(kind: type[BaseException], error: BaseException, trace: object) -> None:
    """A slot that raised: log it and tell the clerk, instead of printing to a hidden console."""
    from ui.ops import report_error

    text = "".join(traceback.format_exception(kind, error, trace))  # type: ignore[arg-type]
    report_error(None, QCoreApplication.translate("application", "出错了"), error, text)
