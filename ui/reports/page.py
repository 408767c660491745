"""报表: choose a report and a period → 保存… writes the workbook through ui/ops.run_op (read-only
job, off the GUI thread); a unit statement asks for the unit's USCC. Supervisors also see the
adverse-selection watch (逆选择监测) for the same period, and may set the year's targets
(设定年度指标, the 工作台's dialog)."""

from __future__ import annotations

from pathlib import Path

from app import clock
from app.auth import Action
from app.reports import REPORT_LABELS
from app.reports.figures import Period
from app.reports.watch import WatchItem, watch_list
from ui.context import PageContext
from ui.forms import date_edit, day_of
from ui.home.targets_dialog import TargetsDialog
from ui.ops import Job, run_op
from ui.qt import (
    QComboBox,
    QCoreApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ReportsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: Path | None = None
        self.report = QComboBox()
        for name, label in REPORT_LABELS.items():
            self.report.addItem(QCoreApplication.translate("app", label), name)
        year = Period.year(clock.today().year)
        self.date_from, self.date_to = date_edit(year.start), date_edit(year.end)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("单位对账单：统一社会信用代码"))
        self.save_button = QPushButton(self.tr("保存为 Excel(&S)…"))
        self.save_button.clicked.connect(lambda: self.save())
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("报表"), self.report)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("至")))
        period.addWidget(self.date_to)
        form.addRow(self.tr("统计期间"), period)
        form.addRow(self.tr("单位"), self.unit)
        form.addRow("", self.save_button)
        self.targets_button = QPushButton(self.tr("设定年度指标…"))
        self.targets_button.clicked.connect(lambda: self.open_targets())
        self.targets_dialog: TargetsDialog | None = None
        form.addRow(self.tr("年度指标"), self.targets_button)
        form.setRowVisible(self.targets_button, context.actor.can(Action.MANAGE_SETTINGS))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        self.watch = QListWidget()
        self.watch_box = QGroupBox(self.tr("逆选择监测（主管）"))
        box = QVBoxLayout(self.watch_box)
        refresh = QPushButton(self.tr("检查本期间"))
        refresh.clicked.connect(lambda: self.load_watch())
        box.addWidget(refresh)
        box.addWidget(self.watch)
        layout.addWidget(self.watch_box, 1)
        self.watch_box.setVisible(context.actor.can(Action.OVERRIDE_RULES))
        self.report.currentIndexChanged.connect(self._report_changed)
        self._report_changed()

    def period(self) -> Period:
        return Period(day_of(self.date_from), day_of(self.date_to))

    def apply_filter(self, report: str | None = None, **_: object) -> None:
        """Chosen from the 工作台: select `report` ("watch" shows the watch list)."""
        if report == "watch":
            self.load_watch()
            return
        index = self.report.findData(report)
        if index >= 0:
            self.report.setCurrentIndex(index)

    def open_targets(self) -> TargetsDialog:
        """设定年度指标 for the year the period starts in (supervisor/admin)."""
        self.targets_dialog = TargetsDialog(self.context, self.period().start.year, self)
        self.targets_dialog.open()
        return self.targets_dialog

    def _report_changed(self) -> None:
        self.unit.setEnabled(self.report.currentData() == "unit-statement")

    def save(self, path: str | None = None) -> None:
        name = self.report.currentData()
        if path is None:
            suggested = f"{self.report.currentText()}-{self.period().start:%Y%m%d}.xlsx"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("保存报表"), suggested, self.tr("Excel 工作簿 (*.xlsx)")
            )
            if not path:
                return
        target, period, uscc = Path(path), self.period(), self.unit.text().strip() or None

        def work(job: Job) -> Path:
            from app.reports.workbooks import write_report

            return write_report(job.session, job.actor, name, target, period, unit_uscc=uscc).path

        run_op(
            self.context,
            self,
            title=self.tr("生成报表"),
            work=work,
            write=False,
            on_done=self._saved,
        )

    def _saved(self, path: Path) -> None:
        self.saved = path
        self.status.setText(self.tr("已保存：{path}").replace("{path}", str(path)))

    def load_watch(self) -> None:
        period = self.period()

        def work(job: Job) -> list[WatchItem]:
            return watch_list(job.session, job.actor, period)

        run_op(
            self.context,
            self,
            title=self.tr("逆选择监测"),
            work=work,
            write=False,
            on_done=self._show_watch,
        )

    def _show_watch(self, items: list[WatchItem]) -> None:
        self.watch.clear()
        for item in items:
            self.watch.addItem(f"{item.subject}：{item.reason}")
        if not items:
            self.watch.addItem(self.tr("本期间没有需要关注的单位、参保单或理赔。"))
