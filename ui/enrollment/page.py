"""参保: the office's enrollments with the renewal filter (ending within 30/60 days, not yet
renewed), the enrollment wizard and renewal of the selected enrollment."""

from __future__ import annotations

from app.auth import Action
from app.enrollment import list_enrollments, renew
from app.enrollment.queries import EnrollmentSummary
from app.enrollment.service import EnrollmentResult
from app.errors import HuzhuError
from app.money import plain_yuan
from app.reports.drill import enrollments_covered
from app.reports.figures import Period
from models.enums import EnrollmentStatus
from ui import bus
from ui.context import PageContext
from ui.enrollment.enrollment_wizard import EnrollmentWizard
from ui.home.chip import FilterChip
from ui.list_export import export_action, export_view
from ui.ops import report_error, run_op
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

FILTERS = (
    (None, QT_TRANSLATE_NOOP("EnrollmentPage", "全部参保单")),
    (30, QT_TRANSLATE_NOOP("EnrollmentPage", "30 天内到期未续保")),
    (60, QT_TRANSLATE_NOOP("EnrollmentPage", "60 天内到期未续保")),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("EnrollmentPage", "参保单号"),
    QT_TRANSLATE_NOOP("EnrollmentPage", "单位"),
    QT_TRANSLATE_NOOP("EnrollmentPage", "保障期"),
    QT_TRANSLATE_NOOP("EnrollmentPage", "人数"),
    QT_TRANSLATE_NOOP("EnrollmentPage", "会费（元）"),
    QT_TRANSLATE_NOOP("EnrollmentPage", "状态"),
    QT_TRANSLATE_NOOP("EnrollmentPage", "剩余天数"),
)


class EnrollmentPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[EnrollmentSummary] = []
        self.wizard: EnrollmentWizard | None = None
        self.filter = QComboBox()
        for _days, label in FILTERS:
            self.filter.addItem(self.tr(label))
        self.filter.currentIndexChanged.connect(self._filter_chosen)
        self.covered: Period | None = None  # apply_filter: enrollments covering from this period
        self.chip = FilterChip()
        self.chip.cleared.connect(self.clear_filter)
        self.new_button = QPushButton(self.tr("办理参保(&N)…"))
        self.renew_button = QPushButton(self.tr("续保(&R)"))
        self.new_button.clicked.connect(self.open_wizard)
        self.renew_button.clicked.connect(self.renew_selected)
        can_enrol = context.actor.can(Action.ENROLL)
        self.new_button.setEnabled(can_enrol)
        self.renew_button.setEnabled(can_enrol)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(t) for t in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        self.export_button = export_action(self.table, self.export_list)
        bar = QHBoxLayout()
        for widget in (
            self.filter,
            self.new_button,
            self.renew_button,
            self.export_button,
            self.count,
        ):
            bar.addWidget(widget)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.chip)
        layout.addWidget(self.table)
        context.bus.changed.connect(self._on_changed)
        self.load()

    def expiring_days(self) -> int | None:
        return FILTERS[self.filter.currentIndex()][0]

    def apply_filter(
        self, expiring_within: int | None = None, covered_in: Period | None = None, **_: object
    ) -> None:
        """From the 工作台: renewals due within 30/60 days, or the enrollments with an active
        cover starting in a period (the 参保人次 figure); the chip says which and clears it."""
        self.covered = covered_in
        index = next((i for i, (d, _l) in enumerate(FILTERS) if d == expiring_within), 0)
        self.filter.blockSignals(True)
        self.filter.setCurrentIndex(index)
        self.filter.blockSignals(False)
        self.load()

    def clear_filter(self) -> None:
        self.apply_filter()

    def _filter_chosen(self, _index: int) -> None:
        self.covered = None
        self.load()

    def _show_chip(self) -> None:
        parts = [self.tr(FILTERS[self.filter.currentIndex()][1])] if self.expiring_days() else []
        if self.covered is not None:
            parts.append(self.tr("保障起始于 {p}").replace("{p}", self.covered.label()))
        if parts:
            self.chip.show_filter("；".join(parts), len(self.rows))
        else:
            self.chip.hide()

    def load(self) -> None:
        with self.context.db.reader() as session:
            self.rows = list_enrollments(session, expiring_within=self.expiring_days())
            if self.covered is not None:
                keep = enrollments_covered(session, self.covered)
                self.rows = [row for row in self.rows if row.uuid in keep]
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            status = (
                self.tr("已撤销") if row.status is EnrollmentStatus.CANCELLED else self.tr("有效")
            )
            if row.renewed_by:
                status = self.tr("已续保")
            period = self.tr("{a} 至 {b}").format(a=row.start, b=row.end)
            cells = (row.number, row.unit_name, period, str(row.members),
                     plain_yuan(row.premium_total), status, str(row.days_left))  # fmt: skip
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.count.setText(self.tr("共 {0} 张").replace("{0}", str(len(self.rows))))
        self._show_chip()

    def _on_changed(self, changes: frozenset[str]) -> None:
        if bus.ENROLLMENTS in changes:
            self.load()

    def selected(self) -> EnrollmentSummary | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def open_wizard(self) -> EnrollmentWizard | None:
        try:
            self.wizard = EnrollmentWizard(self.context, self)
        except HuzhuError as exc:  # e.g. no plan catalogue loaded yet
            report_error(self, self.tr("办理参保"), exc)
            return None
        self.wizard.open()
        return self.wizard

    def renew_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            QMessageBox.information(
                self, self.tr("续保"), self.tr("请先在列表中选择要续保的参保单。")
            )
            return
        run_op(
            self.context,
            self,
            title=self.tr("续保"),
            work=lambda job: renew(job.session, job.actor, number=chosen.number),
            changes=frozenset({bus.ENROLLMENTS}),
            on_done=self._renewed,
        )

    def export_list(self) -> object:
        return export_view(
            self, self.context, self.table, title=self.tr("参保单列表"),
            numbers={3, 4, 6}, info=[self.filter.currentText()],
        )  # fmt: skip

    def _renewed(self, result: EnrollmentResult) -> None:
        QMessageBox.information(
            self,
            self.tr("续保"),
            self.tr("已续保，新参保单 {0}，会费 {1} 元。")
            .replace("{0}", result.number)
            .replace("{1}", plain_yuan(result.premium_total)),
        )
