"""设置: office settings, operators (admins), language, this desk's default printers, maintenance
(diagnostics, the first-run wizard again, restore), about.

Who may change what is the services' business (`settings.put_all` requires MANAGE_SETTINGS,
`auth.add_operator`/`unlock` require MANAGE_OPERATORS); the page asks the same rule
(`Actor.can`) only to show the office settings read-only, with a note, to a role that may not
save them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app import __version__, clock, settings
from app.auth import Action
from ui import bus as entities
from ui.context import PageContext
from ui.forms import date_edit, read_only_unless
from ui.i18n import LANGUAGES, tr_label
from ui.ops import Job, run_op
from ui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from ui.settings.maintenance import MaintenanceBox, PrintersBox
from ui.settings.operators import OperatorsBox


class SettingsPage(QScrollArea):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._office_box())
        if context.actor.can(Action.MANAGE_OPERATORS):
            self.operators: OperatorsBox | None = OperatorsBox(context)
            layout.addWidget(self.operators)
        else:
            self.operators = None
        self.printers = PrintersBox(context)
        layout.addWidget(self.printers)
        self.maintenance = MaintenanceBox(context)
        self.maintenance.wizard_closed.connect(self.printers.load)
        layout.addWidget(self.maintenance)
        layout.addWidget(self._about_box())
        layout.addStretch(1)
        self.setWidget(body)
        self.load()
        context.bus.changed.connect(self._on_changed)

    # -- office settings --------------------------------------------------------------------
    def _office_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("代办处设置"))
        form = QFormLayout(box)
        label = settings.DEFAULTS
        self.policy = _choices(settings.EFFECTIVE_DATE_POLICIES)
        form.addRow(tr_label(label["effective_date_policy"][1]), self.policy)
        self.use_fixed = QCheckBox(self.tr("使用"))
        self.fixed_date = date_edit()
        self.use_fixed.toggled.connect(self.fixed_date.setEnabled)
        row = QWidget()
        row_layout = QFormLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addRow(self.use_fixed, self.fixed_date)
        form.addRow(tr_label(label["fixed_start_date"][1]), row)
        self.sync_days = _days_box()
        form.addRow(tr_label(label["sync_interval_days"][1]), self.sync_days)
        self.promise_days = _days_box()
        form.addRow(tr_label(label["service_promise_days"][1]), self.promise_days)
        self.receipt_copies = _choices(settings.RECEIPT_COPY_POLICIES)
        form.addRow(tr_label(label["receipt_copies"][1]), self.receipt_copies)
        self.signature = _choices(settings.CERTIFICATE_SIGNATURE_POLICIES)
        form.addRow(tr_label(label["certificate_signature"][1]), self.signature)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(*settings.IDLE_LOCK_RANGE)
        self.idle_minutes.setToolTip(self.tr("这么久没有键盘和鼠标操作时锁定桌面，需输入密码继续"))
        form.addRow(tr_label(label["idle_lock_minutes"][1]), self.idle_minutes)
        self.backup_dir = QLineEdit()
        self.backup_dir.setPlaceholderText(self.tr("留空则使用数据文件夹中的 backups"))
        form.addRow(tr_label(label["backup_dir"][1]), self.backup_dir)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        form.addRow(tr_label(label["language"][1]), self.language)
        form.addRow("", QLabel(self.tr("界面语言在重新启动程序后生效。")))
        self.save_button = QPushButton(self.tr("保存设置"))
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved")
        form.addRow(self.save_button, self.saved_label)
        self.read_only_note = read_only_unless(
            self.context, Action.MANAGE_SETTINGS, form, self.save_button
        )
        return box

    def load(self) -> None:
        values = self.context.read(settings.all_settings)
        self.loaded = values
        self.policy.setCurrentIndex(max(0, self.policy.findData(values["effective_date_policy"])))
        fixed = values["fixed_start_date"]
        self.use_fixed.setChecked(bool(fixed))
        self.fixed_date.setEnabled(bool(fixed))
        day = dt.date.fromisoformat(fixed) if fixed else clock.today()
        self.fixed_date.setDate(QDate(day.year, day.month, day.day))
        self.sync_days.setValue(int(values["sync_interval_days"]))
        self.promise_days.setValue(int(values["service_promise_days"]))
        self.idle_minutes.setValue(int(values["idle_lock_minutes"]))
        self.backup_dir.setText(values["backup_dir"] or "")
        for box, key in ((self.receipt_copies, "receipt_copies"),
                         (self.signature, "certificate_signature")):  # fmt: skip
            box.setCurrentIndex(max(0, box.findData(values[key])))
        self.language.setCurrentIndex(max(0, self.language.findData(values["language"])))

    def edited(self) -> dict[str, Any]:
        """The settings whose value on screen differs from what was loaded."""
        on_screen = {
            "effective_date_policy": self.policy.currentData(),
            "fixed_start_date": (
                self.fixed_date.date().toString("yyyy-MM-dd")
                if self.use_fixed.isChecked()
                else None
            ),
            "sync_interval_days": self.sync_days.value(),
            "service_promise_days": self.promise_days.value(),
            "idle_lock_minutes": self.idle_minutes.value(),
            "backup_dir": self.backup_dir.text().strip() or None,
            "receipt_copies": self.receipt_copies.currentData(),
            "certificate_signature": self.signature.currentData(),
            "language": self.language.currentData(),
        }
        return {k: v for k, v in on_screen.items() if v != self.loaded[k]}

    def save(self) -> None:
        changes = self.edited()
        if not changes:
            self.saved_label.setText(self.tr("没有修改。"))
            return

        def work(job: Job) -> None:
            settings.put_all(job.session, job.actor, changes)

        self.saved_label.clear()
        run_op(
            self.context,
            self,
            title=self.tr("保存设置"),
            work=work,
            on_done=lambda _result: self.saved_label.setText(self.tr("已保存。")),
        )

    def _on_changed(self, names: frozenset[str]) -> None:
        if entities.SETTINGS in names:
            self.load()

    # -- about ------------------------------------------------------------------------------
    def _about_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("关于"))
        form = QFormLayout(box)
        form.addRow(self.tr("软件"), QLabel(self.tr("职工互助保障代办系统")))
        version = QLabel(__version__)
        version.setObjectName("version")
        form.addRow(self.tr("版本"), version)
        db_path = self.context.db.path
        form.addRow(self.tr("数据库文件"), QLabel(str(db_path) if db_path else "—"))
        return box


def _choices(choices: dict[str, str]) -> QComboBox:
    box = QComboBox()
    for key, text in choices.items():
        box.addItem(tr_label(text), key)
    return box


def _days_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 365)
    return box
