"""The wizard's later pages: backup folder, default printers with the calibration page, CJK font.

They run after the office exists (the start page commits it), so they write through the admin
operator like the settings page does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app import paths, settings
from app.auth import Actor
from app.db import Database
from app.errors import HuzhuError
from app.printing import fonts
from app.printing.calibration import write_calibration_page
from models.enums import Role
from ui.context import read
from ui.i18n import error_text
from ui.printer_choices import PrinterChoices
from ui.qt import (
    QDesktopServices,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QUrl,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

ADMIN = Actor("admin", "系统管理员", Role.ADMIN)


def note(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName(name)
    return label


def path_row(edit: QLineEdit, choose: str, browse: Callable[[], None]) -> QHBoxLayout:
    """A file or folder box with its `choose` (选择…) button beside it, which calls `browse`."""
    button = QPushButton(choose)
    button.clicked.connect(browse)
    row = QHBoxLayout()
    row.addWidget(edit)
    row.addWidget(button)
    return row


class BackupPage(QWizardPage):
    """Backup folder (setting `backup_dir`); the schedule is app.backup_schedule's."""

    def __init__(self, db: Database, actor: Actor = ADMIN, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setTitle(self.tr("备份"))
        saved = read(db, lambda s: settings.get(s, "backup_dir"))
        self.current = str(saved or paths.backups_dir(db.path.parent))  # in effect now
        self.folder = QLineEdit(self.current)
        self.folder.setObjectName("backup_folder")
        self.error = note("", "error")
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("备份文件夹（建议选 U 盘或另一块硬盘上的文件夹）：")))
        layout.addLayout(path_row(self.folder, self.tr("选择…"), self._browse))
        layout.addWidget(
            note(
                self.tr(
                    "备份计划：每天首次启动时自动备份一次，每次退出时再备份一次；"
                    "保留最近 7 天每天、4 周每周、12 个月每月的最新备份。"
                )
            )
        )
        layout.addWidget(self.error)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("选择备份文件夹"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def validatePage(self) -> bool:
        folder = Path(self.folder.text().strip()).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if str(folder) != self.current:  # re-run from 设置: unchanged needs no permission
                with self.db.unit_of_work() as session:
                    settings.put(session, self.actor, "backup_dir", str(folder))
                self.current = str(folder)
        except OSError as exc:
            self.error.setText(self.tr("无法使用该文件夹：{e}").format(e=exc))
            return False
        except HuzhuError as exc:
            self.error.setText(error_text(exc))
            return False
        return True


class PrintersPage(QWizardPage):
    """A default printer per document type, and the calibration page of pre-printed forms."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = db.path.parent
        self.setTitle(self.tr("打印机"))
        self.status = note("", "calibration_status")
        self.form = PrinterChoices(self.data_dir, calibrate=self.calibrate)
        self.choices = self.form.choices
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(self.tr("为每种单据选择默认打印机；套打单据请打印校准页并量出偏差。"))
        )
        layout.addWidget(self.form)
        layout.addWidget(self.status)

    def calibrate(self, layout_name: str) -> Path | None:
        """Write the calibration page for the chosen printer and open it for printing."""
        printer = self.choices[layout_name].currentData() or None
        out = paths.documents_dir(self.data_dir) / f"校准页-{layout_name}.pdf"
        out.parent.mkdir(parents=True, exist_ok=True)
        try:
            write_calibration_page(layout_name, out, data_dir=self.data_dir, printer=printer)
        except HuzhuError as exc:
            self.status.setText(error_text(exc))
            return None
        self.status.setText(
            self.tr("校准页已生成：{p}。打印后在“打印 → 套打校准”中填写偏差。").format(p=out)
        )
        self.open_file(out)
        return out

    def open_file(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def validatePage(self) -> bool:
        self.form.save()
        return True


class FontPage(QWizardPage):
    """Whether a CJK TrueType font can be embedded in PDFs, and what to do when none is found."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("中文字体"))
        self.result = note("", "font_result")
        self.found: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)

    def initializePage(self) -> None:
        try:
            self.found = fonts.find_font()
        except fonts.FontMissing as exc:
            self.found = None
            self.result.setText(error_text(exc))
            return
        self.result.setText(self.tr("已找到中文字体：{p}，可以打印。").format(p=self.found))
