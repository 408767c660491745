"""The main window: a shell of navigation on the left, pages on the right, and a status bar.

Pages come from the registry in ui/pages.py and are built the first time they are opened.
Ctrl+1 … Ctrl+9 jump to the pages in registry order. The 操作员 menu and the status bar offer
修改密码, 锁定 and 切换用户 (the Shell shows the login window again); after the idle time set in
设置 the desk locks itself (ui/idle_lock.py).
"""

from __future__ import annotations

import functools
import logging
import os
from pathlib import Path

from app import settings
from app.auth import ROLE_LABELS
from ui import bus as entities
from ui.backups import ShellBackups
from ui.context import PageContext
from ui.idle_lock import IdleLock, LockDialog
from ui.pages import PAGES, Page
from ui.qt import (
    QCloseEvent,
    QCoreApplication,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QShortcut,
    QStackedWidget,
    Qt,
    QToolButton,
    QWidget,
    Signal,
)
from ui.status import elided, fitted, office_status

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    switch_user_requested = Signal()  # the Shell closes this window and shows the login again

    def __init__(
        self, context: PageContext, pages: tuple[Page, ...] = PAGES, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        context.navigator = self.show_page
        self.pages = pages
        self._built: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(140)
        self.stack = QStackedWidget()
        for index, page in enumerate(pages):
            item = QListWidgetItem(page.title_text())
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            if index < 10:  # Ctrl+1 … Ctrl+9, then Ctrl+0
                item.setToolTip(f"Ctrl+{(index + 1) % 10}")
                shortcut = QShortcut(QKeySequence(f"Ctrl+{(index + 1) % 10}"), self)
                shortcut.activated.connect(functools.partial(self.show_page, page.key))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # stands in until the page is first opened
        self.nav.currentRowChanged.connect(self._on_row_changed)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        self._build_operator_menu()
        self.switching = False
        self.lock_dialog: LockDialog | None = None
        self.idle = IdleLock(self._idle_minutes(), self)
        self.idle.idle.connect(self.lock)
        context.bus.changed.connect(self._on_changed)
        self.backups = self._start_backups()
        self.resize(1100, 720)
        self.nav.setCurrentRow(0)

    # -- navigation -------------------------------------------------------------------------
    def show_page(self, key: str) -> QWidget:
        """Open the page `key` (building it on first use) and return its widget."""
        row = next(i for i, p in enumerate(self.pages) if p.key == key)
        self.nav.setCurrentRow(row)
        return self._built[key]

    def current_key(self) -> str:
        return self.pages[self.stack.currentIndex()].key

    def page_widget(self, key: str) -> QWidget | None:
        return self._built.get(key)

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[row]
        if page.key not in self._built:
            widget = self._build_page(page)
            old = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._built[page.key] = widget
        self.stack.setCurrentIndex(row)

    def _build_page(self, page: Page) -> QWidget:
        try:
            return page.factory(self.context)
        except Exception:
            log.exception("page %s could not be built", page.key)
            label = QLabel(self.tr("此页面打开时出错，详情已写入日志。请把日志文件交给技术支持。"))
            label.setWordWrap(True)
            label.setObjectName("page-error")
            return label

    # -- status bar -------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.operator_label = QLabel()
        self.office_label = QLabel()
        self.sync_label = QLabel()
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backup-status")
        self.backup_label.setStyleSheet("color: #b00020;")
        self.backup_label.hide()
        self.switch_button = QToolButton()
        self.switch_button.setObjectName("switch-user")
        self.switch_button.setAutoRaise(True)
        self.switch_button.setText(self.tr("切换用户"))
        self.switch_button.clicked.connect(self.switch_user)
        labels = (self.backup_label, self.operator_label, self.office_label, self.sync_label)
        for label in labels:
            self.statusBar().addPermanentWidget(label)
        self.statusBar().insertPermanentWidget(2, self.switch_button)
        self.refresh_status()

    # -- the operator: password, lock, switch -----------------------------------------------
    def _build_operator_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("操作员(&O)"))
        self.password_action = menu.addAction(self.tr("修改密码…"))
        self.password_action.triggered.connect(self.change_password)
        self.lock_action = menu.addAction(self.tr("锁定"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.lock_action.triggered.connect(self.lock)
        self.switch_action = menu.addAction(self.tr("切换用户"))
        self.switch_action.triggered.connect(self.switch_user)

    def change_password(self) -> QWidget:
        from ui.settings.password_dialog import PasswordDialog

        dialog = PasswordDialog(self.context, None, self)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("密码已修改。"), 10_000)
        )
        dialog.open()
        return dialog

    def lock(self) -> LockDialog:
        """Cover the window until the operator's password is typed again (or 切换用户)."""
        if self.lock_dialog is not None:
            return self.lock_dialog
        self.idle.locked = True
        self.centralWidget().hide()  # no personal data on an unattended screen
        dialog = LockDialog(self.context.db, self.context.actor, self)
        dialog.accepted.connect(self._unlocked)
        dialog.switch_user.connect(self.switch_user)
        self.lock_dialog = dialog
        dialog.show()  # application-modal (open() would make it window-modal only)
        return dialog

    def _unlocked(self) -> None:
        self.lock_dialog = None
        self.centralWidget().show()
        self.idle.resume()

    def switch_user(self) -> None:
        self.switching = True
        self.idle.stop()
        self.switch_user_requested.emit()

    def _idle_minutes(self) -> int:
        return int(self.context.read(lambda s: settings.get(s, "idle_lock_minutes")))

    def refresh_status(self) -> None:
        actor = self.context.actor
        role = QCoreApplication.translate("app", ROLE_LABELS[actor.role])
        self.operator_label.setText(
            self.tr("操作员：{name}（{role}）").format(name=actor.display_name, role=role)
        )
        status = office_status(self.context.db)
        self.office_label.setText(
            self.tr("代办处：{code} {name}").format(code=status.code, name=status.name)
        )
        if status.last_sync is None:
            self.sync_label.setText(self.tr("上次同步：尚未同步"))
        else:
            when = status.last_sync.strftime("%Y-%m-%d %H:%M")
            self.sync_label.setText(self.tr("上次同步：{when}").format(when=when))
        title = self.tr("职工互助保障代办系统")
        self.setWindowTitle(f"{title} — {status.name}" if status.name else title)

    def _on_changed(self, names: frozenset[str]) -> None:
        if names & {entities.SYNC_PACKAGES, entities.SETTINGS, entities.OPERATORS}:
            self.refresh_status()
        if entities.SETTINGS in names:
            self.idle.set_minutes(self._idle_minutes())

    # -- scheduled backups ------------------------------------------------------------------
    def _start_backups(self) -> ShellBackups | None:
        """The day's backup after login, in the background (a desk with a data folder only)."""
        data_dir = self.context.data_dir
        if data_dir is None or self.context.db.path is None:
            return None
        backups = ShellBackups(self.context.db, data_dir, self)
        backups.finished.connect(self._backed_up)
        backups.failed.connect(self._backup_failed)
        backups.start_due()
        return backups

    def _backed_up(self, path: object) -> None:
        self.backup_label.hide()
        if path is not None:
            assert isinstance(path, Path)
            text = self.tr("已自动备份：{p}").format(p=f"{path.parent}{os.sep}")
            beside = (self.operator_label, self.switch_button, self.office_label, self.sync_label)
            message = fitted(self.statusBar(), text, path.name, beside)
            self.statusBar().showMessage(message, 15_000)

    def _backup_failed(self, text: str) -> None:
        full = self.tr("自动备份失败：{e}").format(e=text)
        self.backup_label.setText(elided(self.backup_label, full))  # the window must not widen
        self.backup_label.setToolTip(full)
        self.backup_label.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        self.context.wait_for_work()
        if self.backups is not None and not self.switching:
            self.backups.run_on_exit(self)  # failures are shown; the window closes regardless
        super().closeEvent(event)
