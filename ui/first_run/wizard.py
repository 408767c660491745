"""首次使用向导: office file or demo, admin password, backups, printers, font — then login.

The office is created when the clerk leaves the administrator page (a commit page: no going
back once the database belongs to an office); later pages only add settings to it.
"""

from __future__ import annotations

from pathlib import Path

from app.auth import Actor
from app.db import Database
from app.demo import DEMO_PASSWORD, build_demo
from app.errors import HuzhuError
from app.office import find_self
from app.sync.office_file import OfficeFile, provision, read_office_file
from ui.context import read
from ui.first_run.pages import ADMIN, BackupPage, FontPage, PrintersPage, note, path_row
from ui.i18n import error_text
from ui.qt import (
    QApplication,
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    Qt,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)


class StartPage(QWizardPage):
    """Import the office file (.hzo) issued by the provincial office, or try the demo office."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("欢迎使用职工互助保障代办系统"))
        self.office_file: OfficeFile | None = None
        self.use_file = QRadioButton(self.tr("导入省办事处发给本代办处的代办处文件（.hzo）"))
        self.use_file.setObjectName("use_office_file")
        self.use_demo = QRadioButton(self.tr("创建演示代办处试用（含示例单位和会员）"))
        self.use_demo.setObjectName("use_demo")
        group = QButtonGroup(self)
        group.addButton(self.use_file)
        group.addButton(self.use_demo)
        self.use_file.setChecked(True)
        self.path = QLineEdit()
        self.path.setObjectName("office_file")
        self.error = note("", "error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.use_file)
        layout.addLayout(path_row(self.path, self.tr("选择…"), self._browse))
        layout.addWidget(self.use_demo)
        layout.addWidget(self.error)
        for signal in (self.use_file.toggled, self.path.textChanged):
            signal.connect(self.completeChanged)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择代办处文件"), "", self.tr("代办处文件 (*.hzo)")
        )
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        return self.use_demo.isChecked() or bool(self.path.text().strip())

    def validatePage(self) -> bool:
        self.office_file = None
        if self.use_demo.isChecked():
            return True
        try:
            self.office_file = read_office_file(Path(self.path.text().strip()).expanduser())
        except HuzhuError as exc:
            self.error.setText(error_text(exc))
            return False
        return True


class AdminPage(QWizardPage):
    """The administrator's password (office file), or the demo operators; creates the office."""

    def __init__(self, db: Database, start: StartPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.start = db, start
        self.setTitle(self.tr("管理员"))
        self.setCommitPage(True)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        for field in (self.password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self.completeChanged)
        self.note = note("")
        self.error = note("", "error")
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.addRow(self.tr("用户名"), note("admin"))
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("再次输入密码"), self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.form)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        office = self.start.office_file
        self.form.setVisible(office is not None)
        if office is None:
            self.note.setText(
                self.tr("演示操作员：admin、clerk1、clerk2、reviewer1、supervisor1，密码均为 {p}。")
                .format(p=DEMO_PASSWORD)
            )  # fmt: skip
        else:
            self.note.setText(
                self.tr("代办处 {code}（{name}）。请为管理员 admin 设置密码（至少 8 位）。").format(
                    code=office.office_code, name=office.name
                )
            )

    def isComplete(self) -> bool:
        return self.start.office_file is None or bool(self.password.text())

    def validatePage(self) -> bool:
        office = self.start.office_file
        if office is not None and self.password.text() != self.confirm.text():
            self.error.setText(self.tr("两次输入的密码不一致。"))
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if office is None:
                build_demo(self.db)
            else:
                with self.db.unit_of_work() as session:
                    provision(session, office, admin_password=self.password.text())
        except HuzhuError as exc:
            self.error.setText(error_text(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        return True


class FirstRunWizard(QWizard):
    """`office_ready` tells the caller whether the data folder now holds an office. On a data
    folder that has one already the wizard starts at the backup page (re-run from 设置): the
    office file, the demo and the administrator are never offered again, so nothing is wiped."""

    def __init__(
        self, db: Database, actor: Actor | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("首次使用向导 — 职工互助保障代办系统"))
        self.start_page = StartPage()
        self.admin_page = AdminPage(db, self.start_page)
        # Re-run from 设置, settings are written as the operator logged in (the service decides).
        self.backup_page = BackupPage(db, actor or ADMIN)
        self.printers_page = PrintersPage(db)
        self.font_page = FontPage()
        # Opened again later (from 设置) on a set-up office: only the desk's own settings pages.
        setup = () if self.office_ready else (self.start_page, self.admin_page)
        for page in (*setup, self.backup_page, self.printers_page, self.font_page):
            self.addPage(page)

    @property
    def office_ready(self) -> bool:
        return read(self.db, find_self) is not None
