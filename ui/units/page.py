"""单位: find a unit as you type, register or edit it, deactivate it, and see its members,
enrollments (coverages) and change history below the list."""

from __future__ import annotations

from app.auth import Action
from app.history import change_history
from app.member_search import MemberFilter
from app.money import plain_yuan
from app.reports.drill import units_covered
from app.reports.figures import Period
from app.units import UnitRow, set_unit_active, unit_enrollments
from models.enums import EnrollmentStatus, RecordStatus
from ui import bus as entities
from ui.context import PageContext
from ui.forms import fill_history, fill_table, history_table, read_only_table
from ui.home.chip import FilterChip
from ui.list_export import export_action, export_view
from ui.list_page import ListPage
from ui.members.members_model import MembersModel
from ui.ops import Job, run_op
from ui.qt import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from ui.row_table import table_view  # bench/members.py imports it from here too
from ui.search_box import SearchBox
from ui.units.unit_dialog import UnitDialog
from ui.units.units_model import UnitsModel


class UnitsPage(ListPage):
    WATCHED = frozenset({entities.UNITS, entities.MEMBERS, entities.ENROLLMENTS})

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.search = SearchBox(self.tr("按单位名称、联系人或统一社会信用代码查找"), self)
        self.show_inactive = self.box = QCheckBox(self.tr("显示停用单位"))
        self.show_inactive.setChecked(True)
        self.add_button = QPushButton(self.tr("登记单位…"))
        self.can_edit = context.actor.can(Action.EDIT_UNITS)
        self.add_button.setEnabled(self.can_edit)
        self.edit_button = QPushButton(self.tr("修改…") if self.can_edit else self.tr("查看…"))
        self.toggle_button = QPushButton(self.tr("停用"))
        top = QHBoxLayout()
        for widget in (self.search, self.show_inactive, self.add_button):
            top.addWidget(widget)
        top.addWidget(self.edit_button)
        top.addWidget(self.toggle_button)
        self.model = UnitsModel(context.db, self)
        self.view = table_view(self.model)
        self.export_button = export_action(self.view, self.export_list)
        top.addWidget(self.export_button)
        self.summary = QLabel()
        self.chip = FilterChip()
        self.chip.cleared.connect(self.clear_filter)
        self.details = self._details()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.details)
        split.addWidget(bottom)
        self.edit_button.clicked.connect(self.edit_unit)
        self.toggle_button.clicked.connect(self.toggle_active)
        self._finish(top, split, add=(self.add_button, self.add_unit), edit=self.edit_unit)

    def _details(self) -> QTabWidget:
        tabs = QTabWidget()
        self.members_model = MembersModel(self.context.db, self.context.actor, self)
        self.members_view = table_view(self.members_model)
        self.enrollments = read_only_table(
            [
                self.tr("参保编号"),
                self.tr("起始日"),
                self.tr("终止日"),
                self.tr("保障计划（份数）"),
                self.tr("人数"),
                self.tr("保费（元）"),
                self.tr("状态"),
            ]
        )
        self.history = history_table()
        tabs.addTab(self.members_view, self.tr("会员"))
        tabs.addTab(self.enrollments, self.tr("参保记录"))
        tabs.addTab(self.history, self.tr("变更历史"))
        return tabs

    # -- list --------------------------------------------------------------------------------
    def apply_filter(self, covered_in: Period | None = None, **_: object) -> None:
        """From the 工作台: only the units with an active cover starting in `covered_in` (the
        参保单位 figure), whatever the search box held; the chip clears it."""
        if covered_in is None:
            self.clear_filter()
            return
        self.model.keep = self.context.read(lambda s: units_covered(s, covered_in))
        self._reset_search(checked=True)  # an enrolled unit counts even if deactivated since
        self.refresh()
        label = self.tr("保障起始于 {p} 的参保单位").replace("{p}", covered_in.label())
        self.chip.show_filter(label, len(self.model.rows))

    def clear_filter(self) -> None:
        self.model.keep = None
        self.chip.hide()
        self.refresh()

    def refresh(self) -> None:
        current = self.current_unit()
        self.model.search(self.search.text(), include_inactive=self.show_inactive.isChecked())
        row = self.model.row_of(current.uuid) if current else -1
        if self.model.rows:
            self.view.selectRow(max(row, 0))
        else:
            self._show(None)

    def current_unit(self) -> UnitRow | None:
        return self._current_row()  # type: ignore[return-value]

    def _show(self, unit: UnitRow | None) -> None:
        self.edit_button.setEnabled(unit is not None)  # read-only for a role that cannot edit
        self.toggle_button.setEnabled(unit is not None and self.can_edit)
        if unit is None:
            self.summary.setText(self.tr("没有找到单位"))
            fill_table(self.enrollments, [])
            fill_table(self.history, [])
            return
        active = unit.status == RecordStatus.ACTIVE
        self.toggle_button.setText(self.tr("停用") if active else self.tr("恢复"))
        self.summary.setText(
            self.tr("{name}：在职职工 {h} 人（女 {f} 人），已登记会员 {m} 人").format(
                name=unit.name, h=unit.headcount, f=unit.female_headcount, m=unit.members
            )
        )
        self.members_model.set_filter(MemberFilter(unit_uuid=unit.uuid))
        enrollments, history = self.context.read(
            lambda s: (
                unit_enrollments(s, unit.uuid),
                change_history(s, entity="units", entity_id=unit.uuid),
            )
        )
        fill_table(
            self.enrollments,
            [
                (
                    e.number,
                    e.start_date,
                    e.end_date,
                    "、".join(f"{code}×{n}" for code, n in e.plans.items()),
                    e.members,
                    plain_yuan(e.premium_total),
                    self.tr("有效")
                    if e.status == EnrollmentStatus.CONFIRMED
                    else self.tr("已撤销"),
                )
                for e in enrollments
            ],
        )
        fill_history(self.history, "units", history)

    # -- actions -----------------------------------------------------------------------------
    def add_unit(self) -> UnitDialog:
        return self._open(UnitDialog(self.context, None, self))

    def edit_unit(self) -> UnitDialog | None:
        unit = self.current_unit()
        return self._open(UnitDialog(self.context, unit, self)) if unit else None

    def _open(self, dialog: UnitDialog) -> UnitDialog:
        dialog.saved.connect(self._select_saved)
        dialog.open()
        return dialog

    def _select_saved(self, unit: UnitRow) -> None:
        self.refresh()
        row = self.model.row_of(unit.uuid)
        if row >= 0:
            self.view.selectRow(row)

    def toggle_active(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        active = unit.status != RecordStatus.ACTIVE
        run_op(
            self.context,
            self,
            title=self.tr("恢复单位") if active else self.tr("停用单位"),
            work=lambda job: _set_active(job, unit, active),
        )

    def export_list(self) -> object:
        info = (
            [self.tr("查找：{t}").replace("{t}", self.search.text())] if self.search.text() else []
        )
        return export_view(
            self, self.context, self.view, title=self.tr("单位列表"),
            personal={6: "phone"}, kinds={2: "count", 3: "count"}, info=info,
        )  # fmt: skip


def _set_active(job: Job, unit: UnitRow, active: bool) -> UnitRow:
    return set_unit_active(job.session, job.actor, unit_uuid=unit.uuid, active=active)
