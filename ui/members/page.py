"""会员: a lazy list of every member with search as you type (ID number, last digits of the ID,
name, pinyin initials, phone), and the selected member's details, coverages and history."""

from __future__ import annotations

from app import list_export
from app.auth import Action
from app.history import change_history
from app.member_search import MemberDetail, MemberFilter, MemberRow, member_detail
from app.members import GENDER_LABELS, ID_TYPE_LABELS
from app.money import plain_yuan
from app.reports.figures import Period
from models.enums import CoverageStatus, MemberStatus
from ui import bus as entities
from ui.context import PageContext
from ui.forms import fill_history, fill_table, history_table, read_only_table
from ui.home.chip import FilterChip
from ui.i18n import tr_label
from ui.list_export import ask_path, export_action, run_export
from ui.list_page import ListPage
from ui.members.member_dialog import MemberDialog
from ui.members.members_model import MembersModel
from ui.members.move_leave_dialog import LeaveDialog, MoveDialog, RejoinDialog
from ui.qt import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTabWidget,
    QWidget,
)
from ui.row_table import table_view
from ui.search_box import SearchBox

INFO_FIELDS = ("unit", "id", "sex", "birth", "phone", "tag", "bank", "since")


class MembersPage(ListPage):
    WATCHED = frozenset({entities.MEMBERS, entities.UNITS, entities.ENROLLMENTS})

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.search = SearchBox(
            self.tr("身份证号、尾号、姓名、拼音首字母（如 zs）或电话，边输边查"), self
        )
        self.active_only = self.box = QCheckBox(self.tr("只看在职"))
        self.count_label = QLabel()
        self.covered: Period | None = None  # apply_filter: members covered from this period
        self.chip = FilterChip()
        self.chip.cleared.connect(self.clear_filter)
        self.can_edit = context.actor.can(Action.EDIT_MEMBERS)  # else the dialogs are views
        self.buttons = {
            "add": QPushButton(self.tr("登记会员…")),
            "edit": QPushButton(self.tr("修改…") if self.can_edit else self.tr("查看…")),
            "move": QPushButton(self.tr("调动…")),
            "leave": QPushButton(self.tr("离职…")),
            "rejoin": QPushButton(self.tr("重新在职…")),
        }
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.active_only)
        top.addWidget(self.count_label)
        for button in self.buttons.values():
            top.addWidget(button)
        self.model = MembersModel(context.db, context.actor, self)
        self.view = table_view(self.model)
        self.export_button = export_action(self.view, self.export_list)
        top.addWidget(self.export_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self._details())
        self.buttons["add"].setEnabled(self.can_edit)
        self.buttons["edit"].clicked.connect(self.edit_member)
        self.buttons["move"].clicked.connect(lambda: self._status(MoveDialog))
        self.buttons["leave"].clicked.connect(lambda: self._status(LeaveDialog))
        self.buttons["rejoin"].clicked.connect(lambda: self._status(RejoinDialog))
        self._finish(top, split, add=(self.buttons["add"], self.add_member), edit=self.edit_member)

    def _details(self) -> QTabWidget:
        tabs = QTabWidget()
        info = QWidget()
        form = QFormLayout(info)
        self.info = {key: QLabel() for key in INFO_FIELDS}
        labels = (
            self.tr("单位"),
            self.tr("证件"),
            self.tr("性别"),
            self.tr("出生日期"),
            self.tr("电话"),
            self.tr("群体类别"),
            self.tr("开户银行/账号"),
            self.tr("登记时间"),
        )
        for label, key in zip(labels, INFO_FIELDS, strict=True):
            self.info[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, self.info[key])
        self.coverages = read_only_table(
            [
                self.tr("参保编号"),
                self.tr("保障计划"),
                self.tr("份数"),
                self.tr("起始日"),
                self.tr("终止日"),
                self.tr("等待期至"),
                self.tr("保费（元）"),
                self.tr("状态"),
            ]
        )
        self.history = history_table()
        tabs.addTab(info, self.tr("基本信息"))
        tabs.addTab(self.coverages, self.tr("保障"))
        tabs.addTab(self.history, self.tr("变更历史"))
        return tabs

    # -- list --------------------------------------------------------------------------------
    def current_filter(self) -> MemberFilter:
        covered = None if self.covered is None else (self.covered.start, self.covered.end)
        return MemberFilter(
            text=self.search.text(),
            include_left=not self.active_only.isChecked(),
            covered_in=covered,
        )

    def apply_filter(self, covered_in: Period | None = None, **_: object) -> None:
        """From the 工作台: the members with an active cover starting in `covered_in` (the
        参保人数 figure, those who left since included); the chip says so and clears it."""
        self.covered = covered_in
        self._reset_search(checked=False)
        self.refresh()

    def clear_filter(self) -> None:
        self.apply_filter()

    def refresh(self) -> None:
        self.search.timer.stop()  # a search due after typing would only repeat this one
        current = self.current_member()
        self.model.set_filter(self.current_filter())
        self.count_label.setText(self.tr("共 {n} 人").format(n=self.model.total))
        if self.covered is None:
            self.chip.hide()
        else:
            label = self.tr("保障起始于 {p} 的参保会员").replace("{p}", self.covered.label())
            self.chip.show_filter(label, self.model.total)
        rows = [r.uuid for r in self.model.rows]
        if rows:
            self.view.selectRow(rows.index(current.uuid) if current and current.uuid in rows else 0)
        else:
            self._show(None)

    def current_member(self) -> MemberRow | None:
        return self._current_row()  # type: ignore[return-value]

    def _show(self, row: MemberRow | None) -> None:
        self.detail: MemberDetail | None = None
        for key in ("edit", "move", "leave", "rejoin"):
            self.buttons[key].setEnabled(row is not None)
        if row is None:
            for label in self.info.values():
                label.setText("")
            fill_table(self.coverages, [])
            fill_table(self.history, [])
            return
        left = row.status == MemberStatus.LEFT
        self.buttons["move"].setEnabled(not left and self.can_edit)
        self.buttons["leave"].setEnabled(not left and self.can_edit)
        self.buttons["rejoin"].setEnabled(left and self.can_edit)
        actor = self.context.actor
        self.detail, history = self.context.read(
            lambda s: (
                member_detail(s, actor, member_uuid=row.uuid),
                change_history(s, entity="members", entity_id=row.uuid),
            )
        )
        self._fill_info(self.detail)
        fill_history(self.history, "members", history)

    def _fill_info(self, detail: MemberDetail) -> None:
        row = detail.row
        state = self.tr("（{d} 离职）").format(d=row.left_on) if row.left_on else ""
        texts = {
            "unit": f"{row.unit_name}（{detail.unit_uscc}）{state}",
            "id": f"{tr_label(ID_TYPE_LABELS[row.id_type])} {row.id_number}",
            "sex": tr_label(GENDER_LABELS[row.gender]),
            "birth": row.birth_date.isoformat(),
            "phone": row.phone,
            "tag": tr_label(row.group_tag) if row.group_tag else "—",
            "bank": f"{detail.bank_name} {detail.bank_account}".strip() or "—",
            "since": f"{detail.created_at:%Y-%m-%d}",
        }
        for key, text in texts.items():
            self.info[key].setText(text)
        fill_table(
            self.coverages,
            [
                (
                    c.enrollment_number,
                    c.plan_name,
                    c.shares,
                    c.start_date,
                    c.end_date,
                    c.waiting_until,
                    plain_yuan(c.premium),
                    self.tr("有效") if c.status == CoverageStatus.ACTIVE else self.tr("已撤销"),
                )
                for c in detail.coverages
            ],
        )

    # -- actions -----------------------------------------------------------------------------
    def add_member(self) -> MemberDialog:
        current = self.current_member()
        dialog = MemberDialog(
            self.context, unit_uuid=current.unit_uuid if current else None, parent=self
        )
        dialog.open()
        return dialog

    def edit_member(self) -> MemberDialog | None:
        if self.detail is None:
            return None
        dialog = MemberDialog(self.context, member=self.detail, parent=self)
        dialog.open()
        return dialog

    def export_list(self) -> object:
        """Every member the list's filter matches (the list is lazy: the query runs again)."""
        path = ask_path(self, self.tr("会员列表"))
        if path is None:
            return None
        filt = self.current_filter()
        info = [self.tr("查找：{t}").replace("{t}", filt.text)] if filt.text else []
        return run_export(
            self, self.context, path,
            lambda job: list_export.export_members(
                job.session, job.actor, filt=filt, path=path, info=info, progress=job.progress
            ),
        )  # fmt: skip

    def _status(self, kind: type[MoveDialog | LeaveDialog | RejoinDialog]) -> QWidget | None:
        member = self.current_member()
        if member is None:
            return None
        dialog = kind(self.context, member, self)
        dialog.open()
        return dialog
