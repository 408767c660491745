"""Start-up of the desktop app: database, first run, language, login, main window.

`start()` does everything up to the login window being shown and returns the `Shell` without
entering the event loop (tests and the start-up bench use it); `run_gui()` adds the event loop.
Modules that only a page needs (reportlab, openpyxl, page modules) are not imported here.

The login window comes first (issue 22): on an up-to-date office database, what it shows — the
office's name, its language, whether it is the demo — is read with plain sqlite3
(`app.db_file.login_facts`), and SQLAlchemy, the models and the login service are imported in a
worker thread while the clerk types (`DatabaseOpener`). A new, damaged, older or newer database
is opened in full first, as before: the first-run wizard, the 无法打开数据库 box, and the
upgrade with its backup all happen before any login window.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app import logs, paths
from app.db_file import LoginFacts, login_facts
from app.errors import DatabaseProblem
from ui import collector
from ui.i18n import DEFAULT_LANGUAGE, error_text, install_translators
from ui.login_dialog import LoginDialog, OperatorWindows
from ui.qt import QApplication, QCoreApplication, QFileDialog, QMessageBox, Qt, QTranslator

if TYPE_CHECKING:
    from app.db import Database

log = logging.getLogger(__name__)

# Called when the data folder holds no office yet; returns whether there is one now.
# Issue 9's first-run wizard replaces `offer_demo` here.
FirstRun = Callable[["Database"], bool]

# What opening the database and logging in import (SQLAlchemy, the models, argon2): loaded in
# the background once the login window shows.
DATABASE_MODULES = ("app.db", "app.auth")


class DatabaseOpener:
    """The office database, opened after the login window is shown.

    `begin()` imports DATABASE_MODULES in a worker thread; `get()` — pressing 登录, or anything
    else that needs the database — waits for those imports and opens the database on the calling
    thread (the engine is made where it is used). Given an open `db`, it simply hands that out."""

    def __init__(self, path: Path, db: Database | None = None) -> None:
        self.path = path
        self._db = db
        self._imports: threading.Thread | None = None

    def begin(self) -> None:
        if self._db is None and self._imports is None:
            self._imports = threading.Thread(
                target=_import_database_modules, name="huzhu-db-imports", daemon=True
            )
            self._imports.start()

    def get(self) -> Database:
        if self._db is None:
            if self._imports is not None:
                self._imports.join()
            from app.db import open_database

            # login_facts has just run quick_check and compared the schema revision
            self._db = open_database(self.path, check=False)
        return self._db

    def dispose(self) -> None:
        if self._db is not None:
            self._db.dispose()


def _import_database_modules() -> None:
    for name in DATABASE_MODULES:
        importlib.import_module(name)


@dataclass
class Shell(OperatorWindows):
    """The running desktop app: what start-up opened, and the main window once logged in."""

    opener: DatabaseOpener = field(kw_only=True)
    translators: list[QTranslator] = field(default_factory=list)

    @property
    def db(self) -> Database:
        return self.opener.get()

    def open_main_window(self, actor: object) -> None:
        from app.auth import Actor
        from ui.context import PageContext
        from ui.main_window import MainWindow

        assert isinstance(actor, Actor)
        self.show_operator_window(MainWindow(PageContext(self.db, actor, self.bus, self.data_dir)))

    def _dispose(self) -> None:
        self.opener.dispose()


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("HuzhuDesk")
    assert isinstance(app, QApplication)
    collector.install(app)
    return app


def start(data_dir: str | None, *, first_run: FirstRun | None = None) -> Shell | None:
    """Show the login window for the office's database; None if the clerk chose to quit."""
    app = ensure_application()
    # Chinese from the first dialog on (a damaged database, the first-run wizard); the office's
    # own language replaces it once its database is read.
    translators = install_translators(app, DEFAULT_LANGUAGE)
    folder = paths.data_dir(data_dir)
    db_path = paths.database_path(folder)
    facts = login_facts(db_path)
    if facts is None:
        db = open_checked(db_path)
        if db is None:
            return None
        facts = _facts(db, first_run or offer_demo)
        if facts is None:
            db.dispose()
            return None
        opener = DatabaseOpener(db_path, db)
    else:
        opener = DatabaseOpener(db_path)
    language = str(facts.language or DEFAULT_LANGUAGE)
    if language != DEFAULT_LANGUAGE:
        for translator in translators:
            app.removeTranslator(translator)
        translators = install_translators(app, language)
    login = LoginDialog(opener.get, office_name=facts.office_name, demo=facts.demo)
    shell = Shell(app, folder, login, opener=opener, translators=translators)
    login.logged_in.connect(shell.open_main_window)
    login.show()
    opener.begin()
    return shell


def _facts(db: Database, first_run: FirstRun) -> LoginFacts | None:
    """The login window's facts from an opened database, after the first run when it holds no
    office yet; None when the clerk left the first run without one."""
    from app.demo import is_demo

    office = _office_name(db)
    if office is None:
        if not first_run(db):
            return None
        office = _office_name(db) or ""
    return LoginFacts(office_name=office, demo=is_demo(db), language=_language(db))


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
        shell.opener.dispose()


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
    from app.db import open_database

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
    from ui.context import read

    office = read(db, find_self)
    return None if office is None else office.name


def _language(db: Database) -> str:
    from app import settings
    from ui.context import read

    return str(read(db, lambda s: settings.get(s, "language")) or DEFAULT_LANGUAGE)


def _report_uncaught(kind: type[BaseException], error: BaseException, trace: object) -> None:
    """A slot that raised: log it and tell the clerk, instead of printing to a hidden console."""
    from ui.ops import report_error

    text = "".join(traceback.format_exception(kind, error, trace))  # type: ignore[arg-type]
    report_error(None, QCoreApplication.translate("application", "出错了"), error, text)
