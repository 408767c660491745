"""设置's desk boxes: default printers per document type, and maintenance — export diagnostics
for support, re-run the first-run wizard (backups, printers, font; never the office itself), a
backup where the operator chooses (a USB stick kept off site), encrypted when a passphrase is
given, and restore a backup (administrators; the program closes afterwards so it starts on the
new file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from app import backup, clock, diagnostics
from app.auth import Action, require
from app.errors import HuzhuError
from app.printing import fonts
from ui import bus
from ui.context import PageContext
from ui.i18n import error_text, tr_label
from ui.ops import report_error, run_op
from ui.printer_choices import PrinterChoices
from ui.qt import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

T = TypeVar("T")


def data_folder(context: PageContext) -> Path:
    if context.data_dir is not None:
        return context.data_dir
    assert context.db.path is not None
    return context.db.path.parent


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PrintersBox(QGroupBox):
    """This desk's default printer per document type (the printing page preselects it) and the
    font its documents are printed with: the shipped one unless a Windows font installed on
    this desk is picked (app/printing/fonts.py)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("默认打印机（本机）"), parent)
        self.data_dir = data_folder(context)
        self.form = PrinterChoices(self.data_dir)
        self.font = QComboBox()
        self.font.setObjectName("print_font")
        for key, label in fonts.FACE_LABELS.items():
            self.font.addItem(tr_label(label), key)
        font_row = QFormLayout()
        font_row.addRow(self.tr("打印字体"), self.font)
        self.save_button = QPushButton(self.tr("保存打印机设置"))
        self.save_button.clicked.connect(self.save)
        self.saved_label = _label("printers_saved")
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(font_row)
        layout.addLayout(row)
        self.load()

    def load(self) -> None:
        self.form.load()
        self.font.setCurrentIndex(max(0, self.font.findData(fonts.load_choice(self.data_dir))))

    def save(self) -> None:
        key = str(self.font.currentData())
        try:
            fonts.find_font(key)  # a Windows font not installed here is refused, nothing saved
        except fonts.FontMissing as exc:
            self.saved_label.setText(error_text(exc))
            return
        try:
            self.form.save()
            fonts.save_choice(self.data_dir, key)
        except OSError as exc:
            self.saved_label.setText(self.tr("无法保存：{e}").format(e=exc))
            return
        self.saved_label.setText(self.tr("已保存。"))


class MaintenanceBox(QGroupBox):
    """`wizard_closed` once the re-run wizard is closed (its printer choices may have changed)."""

    wizard_closed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("维护"), parent)
        self.context = context
        self.diagnostics_button = QPushButton(self.tr("导出诊断信息…"))
        self.diagnostics_button.clicked.connect(self.export_diagnostics)
        self.wizard_button = QPushButton(self.tr("重新运行首次设置向导…"))
        self.wizard_button.clicked.connect(self.rerun_wizard)
        self.backup_button = QPushButton(self.tr("备份到…"))
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_button.setVisible(context.actor.can(Action.BACKUP))
        self.restore_button = QPushButton(self.tr("从备份恢复…"))
        self.restore_button.clicked.connect(self.restore)
        self.restore_button.setVisible(context.actor.can(Action.RESTORE))
        self.result = _label("maintenance_result")
        row = QHBoxLayout()
        buttons = (self.diagnostics_button, self.wizard_button, self.backup_button)
        for button in (*buttons, self.restore_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.result)

    # -- diagnostics -------------------------------------------------------------------------
    def export_diagnostics(self) -> None:
        """Ask where to save the support zip, write it on a worker, then say where it went."""
        default = Path.home() / f"huzhu-diagnostics-{clock.now():%Y%m%d-%H%M}.zip"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出诊断信息"), str(default), self.tr("压缩文件 (*.zip)")
        )
        if not chosen:
            return
        out, folder = Path(chosen), data_folder(self.context)
        self._run(
            self.diagnostics_button, self.tr("正在导出诊断信息…"), self.tr("导出诊断信息"),
            lambda: diagnostics.export(folder, out), self._exported,
        )  # fmt: skip

    def _run(
        self,
        button: QPushButton,
        busy: str,
        title: str,
        work: Callable[[], T],
        on_done: Callable[[T], None],
    ) -> None:
        """Write a file on a worker (not cancellable), saying `busy` below the buttons and
        keeping `button` disabled until it has settled."""
        self.result.setText(busy)
        op = run_op(
            self.context,
            self,
            title=title,
            work=lambda _job: work(),
            on_done=on_done,
            write=False,
            cancellable=False,
            hold=button,
        )
        op.failed.connect(lambda _error: self.result.clear())

    def _exported(self, done: diagnostics.Diagnostics) -> None:
        self.result.setText(
            self.tr("诊断信息已保存到 {p}（不含数据库和个人信息），可发给技术支持。").format(
                p=done.path
            )
        )

    # -- backup where the operator chooses ---------------------------------------------------
    def backup_now(self) -> None:
        """Ask for an optional passphrase (twice) and a file, then write the backup on a worker;
        the scheduled backups stay plain because no passphrase is kept on the desk."""
        passphrase = self._new_passphrase()
        if passphrase is None:
            return
        db_path = self.context.db.path
        assert db_path is not None
        suffix = "hzbk" if passphrase else "sqlite3"
        default = Path.home() / f"huzhu-backup-{clock.now():%Y%m%d-%H%M}.{suffix}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("备份到"), str(default), self.tr("备份文件 (*.sqlite3 *.hzbk)")
        )
        if not chosen:
            return
        out = Path(chosen)
        self._run(
            self.backup_button, self.tr("正在备份…"), self.tr("备份到"),
            lambda: backup.backup(db_path, out, passphrase=passphrase or None), self._backed_up,
        )  # fmt: skip

    def _new_passphrase(self) -> str | None:
        """The passphrase typed twice alike, "" for a plain backup, None when cancelled."""
        first, ok = QInputDialog.getText(
            self,
            self.tr("备份口令"),
            self.tr("备份口令（留空则不加密；恢复时需要它，请另行妥善保管）："),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        if not first:
            return ""
        again, ok = QInputDialog.getText(
            self, self.tr("备份口令"), self.tr("再次输入备份口令："), QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        if again != first:
            QMessageBox.warning(
                self, self.tr("备份口令"), self.tr("两次输入的备份口令不一致，未备份。请重新操作。")
            )
            return None
        return first

    def _backed_up(self, info: backup.BackupInfo) -> None:
        text = (
            self.tr("已加密备份到 {p}（{kb} KB）。恢复时需要备份口令。")
            if info.encrypted
            else self.tr("已备份到 {p}（{kb} KB）。")
        )
        self.result.setText(text.format(p=info.path, kb=f"{info.size // 1024:,}"))

    # -- first-run wizard ----------------------------------------------------------------------
    def rerun_wizard(self) -> object:
        """The first-run wizard on this office: backups, printers, font check only."""
        from ui.first_run.wizard import FirstRunWizard

        wizard = FirstRunWizard(self.context.db, self.context.actor, self)
        wizard.finished.connect(lambda _code: self._wizard_done())
        wizard.open()
        return wizard

    def _wizard_done(self) -> None:
        self.context.bus.changed.emit(frozenset({bus.SETTINGS}))  # the backup folder may move
        self.wizard_closed.emit()

    # -- restore -------------------------------------------------------------------------------
    def restore(self) -> Path | None:
        """Replace the office's database with a checked backup; the program then closes."""
        from app.backup_schedule import backup_folder
        from ui.restore import restore_file

        context = self.context
        try:
            require(context.actor, Action.RESTORE)
        except HuzhuError as exc:
            report_error(self, self.tr("从备份恢复"), exc)
            return None
        db_path = context.db.path
        assert db_path is not None
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("选择备份文件"),
            str(backup_folder(context.db, data_folder(context))),
            self.tr("备份文件 (*.sqlite3 *.hzbk);;所有文件 (*)"),
        )
        if not chosen:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("从备份恢复"),
            self.tr(
                "将用备份 {f} 替换本机的全部数据（恢复前会先检查备份；当前数据库另存保留）。"
                "恢复后程序将关闭，请重新启动。是否继续？"
            ).format(f=Path(chosen).name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        context.wait_for_work()
        context.db.dispose()  # restore needs every connection closed; the pool reopens lazily
        kept = restore_file(self, db_path, Path(chosen))
        if kept is not None:
            self.window().close()
        return kept
