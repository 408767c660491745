"""The wizard's later pages: backup folder, default printers with the calibration page, CJK font.

They run after the office exists (the start page commits it), so they write through the admin
operator like the settings page does.
"""

from __future__ import annotations

from pathlib import Path

from app import paths, printer_defaults, settings
from app.auth import Actor
from app.db import Database
from app.errors import HuzhuError
from app.printing import fonts
from app.printing.calibration import write_calibration_page
from app.printing.layout import available_layouts, load_layout
from models.enums import Role
from ui.i18n import error_text
from ui.qt import (
    QComboBox,
    QDesktopServices,
    QFileDialog,
    QFormLayout,
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


class BackupPage(QWizardPage):
    """Backup folder (setting `backup_dir`); the schedule is app.backup_schedule's."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setTitle(self.tr("备份"))
        self.folder = QLineEdit(str(paths.backups_dir(db.path.parent)))
        self.folder.setObjectName("backup_folder")
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        self.error = note("", "error")
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("备份文件夹（建议选 U 盘或另一块硬盘上的文件夹）：")))
        layout.addLayout(row)
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
            with self.db.unit_of_work() as session:
                settings.put(session, ADMIN, "backup_dir", str(folder))
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
        from ui.qt import QPrinterInfo

        printers = ["", *QPrinterInfo.availablePrinterNames()]
        saved = printer_defaults.load(self.data_dir)
        self.choices: dict[str, QComboBox] = {}
        self.status = note("", "calibration_status")
        form = QFormLayout()
        for name in available_layouts(self.data_dir):
            box = QComboBox()
            box.setObjectName(f"printer_{name}")
            for printer in printers:
                box.addItem(printer or self.tr("系统默认打印机"), printer)
            box.setCurrentIndex(max(0, box.findData(saved.get(name, ""))))
            self.choices[name] = box
            row = QHBoxLayout()
            row.addWidget(box)
            if load_layout(name, self.data_dir).preprinted:
                button = QPushButton(self.tr("打印校准页"))
                button.setObjectName(f"calibrate_{name}")
                button.clicked.connect(lambda _=False, n=name: self.calibrate(n))
                row.addWidget(button)
            form.addRow(name, row)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(self.tr("为每种单据选择默认打印机；套打单据请打印校准页并量出偏差。"))
        )
        layout.addLayout(form)
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
        chosen = {name: str(box.currentData() or "") for name, box in self.choices.items()}
        printer_defaults.save(self.data_dir, {k: v for k, v in chosen.items() if v})
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
