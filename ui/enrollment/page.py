"""参保: the office's enrollments with the renewal filter (ending within 30/60 days, not yet
renewed), and every action on them from buttons, the right-click menu and the keyboard: the
enrollment wizard, 导入名册, 增员, 减员, 撤销参保 (supervisors), 续保 (preview first) and 查看
(also double-click or Enter). Each action is a dialog calling one app.enrollment function."""

from __future__ import annotations

from app import clock
from app.auth import Action
from app.enrollment import list_enrollments, show_enrollment
from app.enrollment.queries import EnrollmentSummary
from app.enrollment.service import EnrollmentResult
from app.errors import HuzhuError
from app.money import plain_yuan
from app.reports.drill import enrollments_covered
from app.reports.figures import Period
from models.enums import EnrollmentStatus
from ui import bus
from ui.context import PageContext
from ui.enrollment.addition_dialog import AdditionDialog
from ui.enrollment.cancel_dialog import CancelDialog
from ui.enrollment.detail_dialog import EnrollmentDetailDialog
from ui.enrollment.enrollment_wizard import EnrollmentWizard
from ui.enrollment.leave_dialog import LeaveDialog
from ui.enrollment.renewal_dialog import RenewalDialog
from ui.forms import pick_table
from ui.home.chip import FilterChip
from ui.list_export import export_button, export_view
from ui.ops import report_error
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QMenu,
    QMessageBox,
    QPoint,
    QPushButton,
    QShortcut,
    Qt,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.roster.import_dialog import RosterImportDialog, open_roster_import_dialog

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
        self.dialog: QDialog | None = None  # the last action dialog opened (tests reach it)
        self.new_button = QPushButton(self.tr("办理参保(&N)…"))
        self.import_button = QPushButton(self.tr("导入名册"))
        self.add_button = QPushButton(self.tr("增员"))
        self.leave_button = QPushButton(self.tr("减员"))
        self.cancel_button = QPushButton(self.tr("撤销参保"))
        self.renew_button = QPushButton(self.tr("续保(&R)"))
        self.view_button = QPushButton(self.tr("查看"))
        self.export_button = export_button()
        self.actions = (
            (self.new_button, self.open_wizard, "Ctrl+N"),
            (self.import_button, self.import_roster, "Ctrl+I"),
            (self.add_button, self.add_members, "Ctrl+J"),
            (self.leave_button, self.remove_members, "Ctrl+L"),
            (self.cancel_button, self.cancel_selected, "Ctrl+Shift+X"),
            (self.renew_button, self.renew_selected, "Ctrl+R"),
            (self.view_button, self.view_selected, "Ctrl+O"),
            (self.export_button, self.export_list, "Ctrl+E"),
        )
        for button, slot, keys in self.actions:
            button.clicked.connect(slot)
            button.setToolTip(keys)
            QShortcut(QKeySequence(keys), self, activated=lambda b=button: b.click())
        self.table = pick_table([self.tr(t) for t in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.view_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu_requested)
        self.table.itemSelectionChanged.connect(self._enable)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.view_selected)
        self.menu: QMenu | None = None
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.filter)
        for button, _slot, _keys in self.actions:
            bar.addWidget(button)
        bar.addWidget(self.count)
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

    def load(self, select: str | None = None) -> None:
        """Read the list again, keeping the selected enrollment (or selecting `select`)."""
        chosen = self.selected()
        keep = select or (chosen.number if chosen else None)
        expiring, covered = self.expiring_days(), self.covered
        self.rows = self.context.read(lambda s: list_enrollments(s, expiring_within=expiring))
        if covered is not None:
            ids = self.context.read(lambda s: enrollments_covered(s, covered))
            self.rows = [row for row in self.rows if row.uuid in ids]
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
        row = next((i for i, r in enumerate(self.rows) if r.number == keep), -1)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
            self.table.setCurrentCell(-1, -1)
        self._enable()

    def _on_changed(self, changes: frozenset[str]) -> None:
        if bus.ENROLLMENTS in changes:
            self.load()

    def selected(self) -> EnrollmentSummary | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        row = rows[0].row() if rows else -1
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def select_number(self, number: str) -> None:
        self.load(select=number)

    def _enable(self) -> None:
        """Each action is enabled when the operator may take it on the selected enrollment."""
        actor, chosen, today = self.context.actor, self.selected(), clock.today()
        enrol = actor.can(Action.ENROLL)
        open_ = chosen is not None and chosen.status is EnrollmentStatus.CONFIRMED
        self.new_button.setEnabled(enrol)
        self.import_button.setEnabled(enrol)
        self.add_button.setEnabled(enrol and open_ and chosen is not None and chosen.end >= today)
        self.leave_button.setEnabled(enrol and open_)
        self.renew_button.setEnabled(
            enrol and open_ and chosen is not None and not chosen.renewed_by
        )
        supervisor = actor.can(Action.CANCEL_ENROLLMENT)
        self.cancel_button.setEnabled(
            supervisor and open_ and chosen is not None and today < chosen.start
        )
        self.cancel_button.setToolTip(
            self.tr("生效前撤销并退费") if supervisor else self.tr("仅主管可撤销参保")
        )
        self.view_button.setEnabled(chosen is not None)

    def build_menu(self) -> QMenu:
        """The right-click menu: the page's actions on the selected enrollment."""
        menu = QMenu(self)
        for button, slot, keys in self.actions:
            action = menu.addAction(button.text())
            action.setShortcut(QKeySequence(keys))
            action.setEnabled(button.isEnabled())
            action.triggered.connect(lambda _checked=False, s=slot: s())
        self.menu = menu
        return menu

    def _menu_requested(self, pos: QPoint) -> None:
        row = self.table.rowAt(pos.y())
        if row >= 0:
            self.table.selectRow(row)
        self.build_menu().popup(self.table.viewport().mapToGlobal(pos))

    def _need_selection(self, title: str) -> EnrollmentSummary | None:
        chosen = self.selected()
        if chosen is None:
            QMessageBox.information(self, title, self.tr("请先在列表中选择一张参保单。"))
        return chosen

    def _open(self, title: str, make) -> QDialog | None:  # type: ignore[no-untyped-def]
        try:
            self.dialog = make()
        except HuzhuError as exc:
            report_error(self, title, exc)
            return None
        self.dialog.open()
        return self.dialog

    def import_roster(self) -> RosterImportDialog:
        chosen = self.selected()
        dialog = open_roster_import_dialog(self, self.context, chosen.unit_uuid if chosen else None)
        self.dialog = dialog
        return dialog

    def add_members(self) -> QDialog | None:
        chosen = self._need_selection(self.tr("增员"))
        if chosen is None:
            return None
        return self._open(
            self.tr("增员"), lambda: AdditionDialog(self.context, chosen.number, self)
        )

    def remove_members(self) -> QDialog | None:
        chosen = self._need_selection(self.tr("减员"))
        if chosen is None:
            return None
        return self._open(self.tr("减员"), lambda: LeaveDialog(self.context, chosen.number, self))

    def cancel_selected(self) -> QDialog | None:
        chosen = self._need_selection(self.tr("撤销参保"))
        if chosen is None or not self.context.actor.can(Action.CANCEL_ENROLLMENT):
            return None

        def make() -> CancelDialog:
            detail = self.context.read(lambda s: show_enrollment(s, chosen.number))
            return CancelDialog(self.context, detail, self)

        return self._open(self.tr("撤销参保"), make)

    def view_selected(self) -> QDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        return self._open(
            self.tr("查看"), lambda: EnrollmentDetailDialog(self.context, chosen.number, self)
        )

    def open_wizard(self) -> EnrollmentWizard | None:
        try:
            self.wizard = EnrollmentWizard(self.context, self)
        except HuzhuError as exc:  # e.g. no plan catalogue loaded yet
            report_error(self, self.tr("办理参保"), exc)
            return None
        self.wizard.open()
        return self.wizard

    def renew_selected(self) -> QDialog | None:
        """续保 opens the preview; nothing is written until the clerk confirms there."""
        chosen = self._need_selection(self.tr("续保"))
        if chosen is None:
            return None

        def make() -> RenewalDialog:
            dialog = RenewalDialog(self.context, chosen.number, self)
            dialog.renewed.connect(self._renewed)
            return dialog

        return self._open(self.tr("续保"), make)

    def export_list(self) -> object:
        return export_view(
            self, self.context, self.table, title=self.tr("参保单列表"),
            kinds={3: "count", 4: "money", 6: "count"}, info=[self.filter.currentText()],
        )  # fmt: skip

    def _renewed(self, result: EnrollmentResult) -> None:
        self.select_number(result.number)
