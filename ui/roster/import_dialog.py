"""导入花名册: choose the unit, pick its spreadsheet, choose plans and start and how the premium
was paid, check or import it on the worker (progress dialog with Cancel, which rolls everything
back), see every problem by Excel row, and save the error report for the unit. Template and
member-list buttons sit beside it; after an import the certificates and the premium receipt
print from here.

Open it with `open_roster_import_dialog(parent, context, unit_uuid)` from the units, members or
enrolment page (导入名册); without a unit the clerk chooses one first.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import clock
from app.catalogue import list_plans
from app.enrollment import list_enrollments
from app.errors import HuzhuError
from app.roster.importer import ImportOptions, RosterOutcome, RosterRejected, import_roster
from app.roster.reading import RosterSheet, read_roster
from app.units import UnitRow, search_units
from ui.context import PageContext
from ui.enrollment.payment_box import PaymentBox
from ui.forms import date_edit, day_of
from ui.i18n import tr_label
from ui.ops import Job, Op, run_op
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ui.enrollment.print_dialog import PrintDialog

# The workbook writers (openpyxl) and the printing (reportlab) load when the clerk asks for a
# report, template, list or print, not with the dialog: an import runs without them (~30 MB).

SPREADSHEETS = QT_TRANSLATE_NOOP("RosterImportDialog", "花名册 (*.xlsx *.xls *.csv)")


class RosterImportDialog(QDialog):
    def __init__(
        self, context: PageContext, unit_uuid: uuid.UUID | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.context = context
        self.sheet: RosterSheet | None = None
        self.outcome: RosterOutcome | None = None
        self.op: Op[Any] | None = None
        self.printing: PrintDialog | None = None
        self.units: list[UnitRow] = context.read(
            lambda s: search_units(s, text="", include_inactive=False)
        )
        plans = list(context.read(list_plans).plans.values())
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.unit.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        for row in self.units:
            self.unit.addItem(f"{row.name}（{row.uscc}）", row.uuid)
        self.unit.setCurrentIndex(
            next((i for i, r in enumerate(self.units) if r.uuid == unit_uuid), -1)
        )
        self.unit.currentIndexChanged.connect(lambda _i: self._unit_chosen())
        self.unit.lineEdit().returnPressed.connect(self._match_typed)
        self.unit.lineEdit().setPlaceholderText(self.tr("输入单位名称或信用代码的一部分，回车选定"))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("单位交来的 .xlsx、.xls 或 .csv 文件"))
        browse = QPushButton(self.tr("选择文件…"))
        browse.clicked.connect(self._browse)
        self.start = date_edit(clock.today() + dt.timedelta(days=1))
        self.shares: dict[str, QSpinBox] = {}
        plan_row = QHBoxLayout()
        for plan in plans:
            box = QSpinBox()
            box.setRange(0, plan.max_shares)
            box.setValue(1 if plan.is_main else 0)
            box.setToolTip(tr_label(plan.name))
            self.shares[plan.code] = box
            plan_row.addWidget(QLabel(plan.code))
            plan_row.addWidget(box)
        plan_row.addStretch()
        self.skip_invalid = QCheckBox(self.tr("跳过有问题的行（其余各行在参保规则仍满足时导入）"))
        self.payment = PaymentBox(split=False)
        self.payment.due.setText(self.tr("会费由单位缴纳，按导入人数计收"))
        self._build(browse, plan_row)
        self._unit_chosen()

    @property
    def unit_uuid(self) -> uuid.UUID | None:
        return self.unit.currentData() if self.unit.currentIndex() >= 0 else None

    @property
    def unit_name(self) -> str:
        chosen = self.unit_uuid
        return next((r.name for r in self.units if r.uuid == chosen), "")

    def _match_typed(self) -> None:
        """Enter after part of a name or credit code picks the one unit it matches."""
        typed = self.unit.lineEdit().text().strip()
        found = [
            i for i, r in enumerate(self.units) if typed and (typed in r.name or typed in r.uscc)
        ]
        if len(found) == 1:
            self.unit.setCurrentIndex(found[0])
            self.unit.setEditText(self.unit.itemText(found[0]))

    def _unit_chosen(self) -> None:
        self.setWindowTitle(self.tr("导入花名册 — {0}").replace("{0}", self.unit_name))
        self.outcome, self.sheet = None, None
        for button in self.unit_buttons:
            button.setEnabled(self.unit_uuid is not None)

    def _build(self, browse: QPushButton, plan_row: QHBoxLayout) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("参保单位(&U)"), self.unit)
        form.addRow(self.tr("文件"), file_row)
        form.addRow(self.tr("计划和份数"), plan_row)
        form.addRow(self.tr("生效日期"), self.start)
        form.addRow("", self.skip_invalid)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 2)
        self.problems.setHorizontalHeaderLabels([self.tr("行"), self.tr("问题")])
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.verticalHeader().setVisible(False)
        self.check_button = QPushButton(self.tr("检查"))
        self.import_button = QPushButton(self.tr("导入"))
        self.report_button = QPushButton(self.tr("保存错误报告…"))
        self.report_button.setEnabled(False)
        template_button = QPushButton(self.tr("下载模板…"))
        members_button = QPushButton(self.tr("导出会员名单…"))
        renewal_button = QPushButton(self.tr("下载续保名单…"))
        renewal_button.setToolTip(self.tr("本单位最近一张参保单中仍在职的人员，交单位核对"))
        renewal_button.clicked.connect(self.save_renewal)
        close = QPushButton(self.tr("关闭"))
        self.certificate_button = QPushButton(self.tr("打印参保凭证…"))
        self.receipt_button = QPushButton(self.tr("打印收款收据…"))
        self.certificate_button.clicked.connect(self.print_certificates)
        self.receipt_button.clicked.connect(self.print_receipt)
        for button in (self.certificate_button, self.receipt_button):
            button.setVisible(False)
        self.unit_buttons = (self.check_button, self.import_button, template_button,
                             renewal_button, members_button)  # fmt: skip
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.report_button.clicked.connect(self.save_report)
        template_button.clicked.connect(self.save_template)
        members_button.clicked.connect(self.export_members)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (template_button, renewal_button, members_button):
            buttons.addWidget(button)
        buttons.addStretch()
        for button in (self.certificate_button, self.receipt_button, self.check_button,
                       self.import_button, self.report_button, close):  # fmt: skip
            buttons.addWidget(button)
        top = QHBoxLayout()
        top.addLayout(form, 3)
        top.addWidget(self.payment, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in the unit or file field picks, opens nothing
        self.resize(980, 600)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择花名册"), "", self.tr(SPREADSHEETS)
        )
        if path:
            self.path.setText(path)

    def options(self, *, dry_run: bool) -> ImportOptions:
        plans = {code: box.value() for code, box in self.shares.items() if box.value() > 0}
        start = day_of(self.start)
        assert self.unit_uuid is not None
        return ImportOptions(
            self.unit_uuid, plans, start, None, dry_run, self.skip_invalid.isChecked(),
            self.payment.details(),
        )  # fmt: skip

    def run(self, *, dry_run: bool) -> Op[Any] | None:
        """Check (dry run) or import the chosen file on the writer thread."""
        path = Path(self.path.text().strip())
        if self.unit_uuid is None:
            self.summary.setText(self.tr("请先选择参保单位。"))
            return None
        if not self.path.text().strip():
            self.summary.setText(self.tr("请先选择单位交来的花名册文件。"))
            return None
        options = self.options(dry_run=dry_run)

        def work(job: Job) -> RosterOutcome:
            self.sheet = read_roster(path)
            return import_roster(
                job.session, job.actor, sheet=self.sheet, options=options,
                progress=job.progress, cancelled=job.cancelled,
            )  # fmt: skip

        title = self.tr("检查花名册") if dry_run else self.tr("导入花名册")
        self.op = run_op(
            self.context,
            self,
            title=title,
            work=work,
            hold=(self.check_button, self.import_button),
        )
        self.op.done.connect(self.show_outcome)
        self.op.failed.connect(self._failed)
        self.op.cancelled.connect(lambda: self.summary.setText(self.tr("已取消，未写入任何数据。")))
        return self.op

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, RosterRejected):
            self.show_outcome(error.outcome)
        elif isinstance(error, HuzhuError):
            self.summary.setText(tr_label(str(error.message)))

    def show_outcome(self, outcome: RosterOutcome) -> None:
        self.outcome = outcome
        lines = [
            self.tr("共 {0} 行，可导入 {1} 行，有问题 {2} 行。")
            .replace("{0}", str(outcome.rows))
            .replace("{1}", str(len(outcome.imported_rows)))
            .replace("{2}", str(len(outcome.bad_rows)))
        ]
        lines += [tr_label(str(warning)) for warning in outcome.warnings]
        if outcome.enrollment is not None:
            lines.append(
                self.tr("已导入：新登记 {0} 人，参保单 {1}。")
                .replace("{0}", str(outcome.new_members))
                .replace("{1}", outcome.enrollment.number)
            )
            lines.append(self.tr("可以打印参保凭证和收款收据。"))
            self.certificate_button.setVisible(True)
            self.receipt_button.setVisible(True)
        elif outcome.dry_run:
            lines.append(self.tr("检查通过，可以导入。") if outcome.ok else self.tr("检查未通过。"))
        else:
            lines.append(self.tr("未导入，未写入任何数据。"))
        self.summary.setText("\n".join(lines))
        entries = [(str(p.row), str(p.detail)) for p in outcome.problems]
        entries += [("", f"{r.title}：{r.message}") for r in outcome.failed_rules]
        self.problems.setRowCount(len(entries))
        for line, (row, text) in enumerate(entries):
            self.problems.setItem(line, 0, QTableWidgetItem(row))
            self.problems.setItem(line, 1, QTableWidgetItem(text))
        self.report_button.setEnabled(bool(entries))

    def _save_file(
        self, caption: str, name: str, title: str, work: Callable[[Job, Path], object]
    ) -> Op[Any] | None:
        """Ask where to save the workbook `name`, then write it off the GUI thread (a big
        roster takes seconds) with `work(job, path)`."""
        path, _ = QFileDialog.getSaveFileName(self, caption, name, "Excel (*.xlsx)")
        if not path:
            return None
        chosen = Path(path)
        return run_op(
            self.context, self, title=title, write=False, work=lambda job: work(job, chosen)
        )

    def save_report(self) -> Op[Any] | None:
        """Write the error report for the unit."""
        outcome, sheet = self.outcome, self.sheet
        if outcome is None or sheet is None:
            return None
        from app.roster.report import write_error_report

        return self._save_file(
            self.tr("保存错误报告"), self.tr("{u}-错误报告.xlsx").format(u=self.unit_name),
            self.tr("保存错误报告"), lambda _job, path: write_error_report(path, sheet, outcome),
        )  # fmt: skip

    def save_template(self) -> Op[Any] | None:
        unit = self.unit_uuid
        if unit is None:
            return None
        from app.roster import template

        return self._save_file(
            self.tr("保存花名册模板"), self.tr("{u}-花名册模板.xlsx").format(u=self.unit_name),
            self.tr("生成模板"),
            lambda job, path: template.unit_template(job.session, unit_uuid=unit, path=path),
        )  # fmt: skip

    def save_renewal(self) -> Op[Any] | None:
        """The renewal roster of the unit's latest enrollment, for the unit to confirm."""
        unit_uuid = self.unit_uuid
        latest = self.context.read(lambda s: list_enrollments(s, unit_uuid=unit_uuid))
        if not latest:
            self.summary.setText(self.tr("该单位还没有参保单，无法生成续保名单。"))
            return None
        number = latest[0].number
        from app.roster import template

        return self._save_file(
            self.tr("保存续保名单"), self.tr("{u}-续保名单.xlsx").format(u=self.unit_name),
            self.tr("生成续保名单"),
            lambda job, path: template.renewal_roster(job.session, job.actor, number=number, path=path),
        )  # fmt: skip

    def export_members(self) -> Op[Any] | None:
        unit = self.unit_uuid
        if unit is None:
            return None
        from app.roster import exports

        return self._save_file(
            self.tr("导出会员名单"), self.tr("{u}-会员名单.xlsx").format(u=self.unit_name),
            self.tr("导出会员名单"),
            lambda job, path: exports.export_unit_members(
                job.session, job.actor, unit_uuid=unit, path=path, progress=job.progress
            ),
        )  # fmt: skip

    def print_certificates(self) -> PrintDialog | None:
        """The certificates of the enrollment just imported."""
        if self.outcome is None or self.outcome.enrollment is None:
            return None
        number = self.outcome.enrollment.number
        from ui.enrollment.print_dialog import print_certificates

        self.printing = print_certificates(self.context, self, number)
        return self.printing

    def print_receipt(self) -> PrintDialog | None:
        """The premium receipt(s) of the enrollment just imported."""
        if self.outcome is None or self.outcome.enrollment is None:
            return None
        numbers = [r.number for r in self.outcome.enrollment.receipts]
        from ui.enrollment.print_dialog import print_receipts

        self.printing = print_receipts(self.context, self, numbers)
        return self.printing


def open_roster_import_dialog(
    parent: QWidget | None, context: PageContext, unit_uuid: uuid.UUID | None
) -> RosterImportDialog:
    """Open the roster import dialog for a unit, or to choose one (window-modal, returns at
    once)."""
    dialog = RosterImportDialog(context, unit_uuid, parent)
    dialog.open()
    return dialog
