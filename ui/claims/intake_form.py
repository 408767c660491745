"""The intake form of the 理赔 page: find the member by ID number (typed, or a scanner that types
and presses Enter), see their covers and earlier claims, pick the plan (the kind follows), fill
the kind's fields, tick the documents received, attach scans, and watch the benefit and its
working update as the fields change. A claim it would duplicate (the same stay, diagnosis or
invoice) is named under the form as the clerk types; a supervisor may take it in anyway with a
written reason. Saving gives the claim number, clears the form for the next applicant and offers
the 受理回执 to print. Which fields each kind has comes from `app.claims.fields`.

The preview calls the app's pure engine through `claims.preview` on the GUI thread, debounced:
it reads a handful of rows and computes in well under a millisecond.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app import claims
from app.auth import Action
from app.claims.fields import CLAIM_FIELDS, ClaimField, FieldType, fields_of, parse_field
from app.claims.kinds import KIND_LABELS, checklist
from app.errors import HuzhuError, RejectedInput
from app.i18n import msg
from app.money import yuan
from app.printing import service
from models.enums import ClaimKind
from ui.claims.checklist import Checklist
from ui.context import PageContext
from ui.elide import elide_middle
from ui.enrollment.print_dialog import PrintDialog
from ui.forms import ERROR_STYLE
from ui.i18n import error_text, tr_label
from ui.ops import Job, run_op
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

PREVIEW_DELAY_MS = 250


def data_dir_of(context: PageContext) -> Path:
    """Where scans and receipts' resources live: the context's data folder, else the database's."""
    if context.data_dir is not None:
        return context.data_dir
    return context.db.path.parent if context.db.path else Path.cwd()


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMaximumHeight(130)
    elide_middle(table)
    return table


def _fill(table: QTableWidget, rows: list[tuple[Any, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))


class IntakeForm(QWidget):
    saved = Signal(object)  # claims.IntakeResult
    previewed = Signal(str)  # the preview text, after each update
    receipt_done = Signal(object)  # the receipt's PrintDialog, once opened

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.member: claims.lists.MemberFile | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        layout = QVBoxLayout(self)
        layout.addWidget(self._member_box())
        row = QHBoxLayout()
        row.addWidget(self._claim_box(), 3)
        row.addWidget(self._documents_box(), 2)
        layout.addLayout(row)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(QLabel(self.tr("互助金试算（随填写更新）：")))
        layout.addWidget(self.preview)
        self.conflict = QLabel()  # the earlier claims this one would duplicate, as typed
        self.conflict.setWordWrap(True)
        self.conflict.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.conflict)
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(
            self.tr("主管确需受理重复申请时，在此写明原因（记入审计，审核、审批时可见）")
        )
        self.override_reason.setVisible(False)
        self.may_override = context.actor.can(Action.APPROVE_CLAIM)
        layout.addWidget(self.override_reason)
        self.save_button = QPushButton(self.tr("受理并保存"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.saving = False
        self.result = QLabel()
        # the saved claim's line (its number, the documents still missing, a receipt's path)
        # wraps and takes only the room left beside the buttons: unwrapped, its width became
        # the window's minimum and a save pushed the main window past a 1366-pixel screen
        self.result.setWordWrap(True)
        self.result.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.receipt_button = QPushButton(self.tr("打印受理回执…"))
        self.receipt_button.setEnabled(False)
        self.receipt_button.clicked.connect(self.print_receipt)
        self.last_number = ""
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.receipt_button)
        bottom.addWidget(self.result, 1)
        layout.addLayout(bottom)
        self._load_plans()

    # ---- member -----------------------------------------------------------------------
    def _member_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("会员"))
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("输入或扫描身份证号码后按回车"))
        self.id_edit.returnPressed.connect(self.find_member)
        self.member_label = QLabel()
        self.covers = _table(
            [self.tr("计划"), self.tr("份数"), self.tr("起"), self.tr("止"), self.tr("观察期满")]
        )
        self.history = _table(
            [self.tr("编号"), self.tr("类别"), self.tr("状态"), self.tr("计算给付")]
        )
        layout = QVBoxLayout(box)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("证件号码：")))
        top.addWidget(self.id_edit, 1)
        top.addWidget(self.member_label, 2)
        layout.addLayout(top)
        tables = QHBoxLayout()
        tables.addWidget(self.covers)
        tables.addWidget(self.history)
        layout.addLayout(tables)
        return box

    def find_member(self) -> None:
        actor, id_number = self.context.actor, self.id_edit.text()
        try:
            self.member = self.context.read(
                lambda session: claims.member_file(
                    session, actor, claims.find_member(session, id_number)
                )
            )
        except HuzhuError as error:
            self.member = None
            self.member_label.setText(error_text(error))
            self.save_button.setEnabled(False)
            return
        m = self.member
        self.member_label.setText(f"{m.name}（{m.id_number}）")
        _fill(
            self.covers,
            [(c.plan_name, c.shares, c.start, c.end, c.waiting_until) for c in m.covers],
        )
        _fill(
            self.history,
            [
                (c.number, tr_label(c.kind_label), tr_label(c.status_label), yuan(c.benefit))
                for c in m.claims
            ],
        )
        self.fields["claimant_name"].setText(m.name)
        codes = {c.plan_code for c in m.covers}
        for index in range(self.plan_combo.count()):
            if self.plan_combo.itemData(index) in codes:
                self.plan_combo.setCurrentIndex(index)
                break
        self.save_button.setEnabled(not self.saving)
        self.schedule_preview()

    # ---- claim fields -------------------------------------------------------------------
    def _claim_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("申请"))
        self.form = QFormLayout(box)
        self.plan_combo = QComboBox()
        self.kind_combo = QComboBox()
        self.form.addRow(self.tr("保障计划"), self.plan_combo)
        self.form.addRow(self.tr("申请类别"), self.kind_combo)
        self.fields: dict[str, QWidget] = {}
        for spec in CLAIM_FIELDS:
            widget = self._field_widget(spec)
            self.fields[spec.name] = widget
            self.form.addRow(tr_label(spec.label), widget)
        self.plan_combo.currentIndexChanged.connect(self._plan_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        return box

    def _field_widget(self, spec: ClaimField) -> QWidget:
        if spec.type is FieldType.CHOICE:
            combo = QComboBox()
            combo.addItem("", None)
            for label, value in spec.choices:
                combo.addItem(tr_label(label), value)
            combo.currentIndexChanged.connect(self.schedule_preview)
            return combo
        if spec.type is FieldType.INT:
            spin = QSpinBox()
            spin.setRange(*spec.bounds)
            spin.valueChanged.connect(self.schedule_preview)
            return spin
        edit = QLineEdit()
        if spec.type is FieldType.DATE:
            edit.setPlaceholderText("YYYY-MM-DD")
        edit.textChanged.connect(self.schedule_preview)
        return edit

    def _reset_fields(self) -> None:
        for widget in self.fields.values():
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            elif isinstance(widget, QSpinBox):
                widget.setValue(widget.minimum())
            elif isinstance(widget, QLineEdit):
                widget.clear()
            widget.blockSignals(False)

    def _load_plans(self) -> None:
        self.plans = self.context.read(claims.plan_choices)
        for plan in self.plans:
            self.plan_combo.addItem(f"{plan.code} {plan.name}", plan.code)
        self._plan_changed()

    def _plan_changed(self) -> None:
        plan = next((p for p in self.plans if p.code == self.plan_combo.currentData()), None)
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for kind in plan.kinds if plan else ():
            self.kind_combo.addItem(tr_label(KIND_LABELS[kind]), kind.value)
        self.kind_combo.blockSignals(False)
        self._kind_changed()

    def kind(self) -> ClaimKind | None:
        value = self.kind_combo.currentData()
        return ClaimKind(value) if value else None

    def _kind_changed(self) -> None:
        kind = self.kind()
        shown = {f.name for f in fields_of(kind)} if kind else set()
        for name, widget in self.fields.items():
            self.form.setRowVisible(widget, name in shown)
        self._load_documents()
        self.schedule_preview()

    # ---- documents ----------------------------------------------------------------------
    def _documents_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("材料清单（勾选已收到）"))
        self.checklist = Checklist()
        QVBoxLayout(box).addWidget(self.checklist)
        return box

    def _load_documents(self) -> None:
        kind = self.kind()
        self.checklist.set_documents(checklist(kind) if kind else {})

    def received(self) -> dict[str, bool]:
        return self.checklist.received()

    # ---- preview and save ---------------------------------------------------------------
    def schedule_preview(self, *_args: object) -> None:
        self._timer.start()

    def claim_input(self) -> claims.ClaimInput:
        """The form as an application; raises RejectedInput for unreadable dates or amounts."""
        kind = self.kind()
        if self.member is None or kind is None:
            raise RejectedInput(msg("请先输入会员证件号码并按回车。"), field="id_number")
        values: dict[str, Any] = {}
        for spec in fields_of(kind):
            widget = self.fields[spec.name]
            if isinstance(widget, QComboBox):
                values[spec.name] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                values[spec.name] = widget.value()
            elif isinstance(widget, QLineEdit):
                values[spec.name] = parse_field(spec.name, widget.text())
        return claims.ClaimInput(
            id_number=self.id_edit.text(),
            plan_code=self.plan_combo.currentData(),
            kind=kind,
            documents=self.received(),
            **values,
        )

    def update_preview(self) -> None:
        conflicts: list[str] = []
        try:
            data = self.claim_input()
            shown = self.context.read(lambda session: claims.preview(session, data))
        except HuzhuError as error:
            self.preview.setText(error_text(error))
        else:
            lines = [*shown.lines]
            if shown.needs_hub_approval:
                lines.append(self.tr("给付金额达到省办事处审批标准，须报省办事处批准"))
            self.preview.setText("\n".join(lines))
            conflicts = [c.describe() for c in shown.conflicts]
        self._show_conflicts(conflicts)
        self.previewed.emit(self.preview.text())

    def _show_conflicts(self, conflicts: list[str]) -> None:
        if not conflicts:
            self.conflict.clear()
        else:
            text = self.tr("重复申请：与 {c} 重复。同一次住院、同一诊断或同一发票只能申请一次。")
            text = text.replace("{c}", self.tr("；").join(conflicts))
            if self.may_override:
                text += self.tr("如确需受理，请在下面写明原因后再受理。")
            else:
                text += self.tr("如确需受理，请交主管办理。")
            self.conflict.setText(text)
        self.override_reason.setVisible(bool(conflicts) and self.may_override)

    def save(self) -> None:
        """Take the claim in with its scans (one service call). The button stays disabled
        until the call has settled and, once saved, until the next member is looked up: a
        second press cannot save the same claim twice."""
        if self.saving:
            return
        try:
            data = self.claim_input()
        except HuzhuError as error:
            self.result.setText(error_text(error))
            return
        scans, data_dir = list(self.checklist.scans), data_dir_of(self.context)
        reason = self.override_reason.text().strip() if self.conflict.text() else ""

        def work(job: Job) -> claims.IntakeResult:
            return claims.take_claim_with_scans(
                job.session,
                job.actor,
                data=data,
                scans=scans,
                data_dir=data_dir,
                override_reason=reason or None,
            )

        self.saving = True
        self.save_button.setEnabled(False)
        op = run_op(
            self.context,
            self,
            title=self.tr("受理理赔申请"),
            work=work,
            on_done=self._saved,
        )
        op.settled.connect(self._save_settled)

    def _save_settled(self) -> None:
        self.saving = False
        self.save_button.setEnabled(self.member is not None)

    def print_receipt(self) -> None:
        """The 受理回执 of the claim just saved: made and drawn by `print_to_pdf` in one unit of
        work, previewed, then printed through the system dialog or saved as PDF."""
        number = self.last_number
        if not number:
            return
        title = self.tr("受理回执 {n}").replace("{n}", number)
        dialog = PrintDialog(self.context, self, title=title)
        dialog.make(lambda s, a: service.claim_receipt(s, a, claim_number=number))
        dialog.open()
        self.receipt_done.emit(dialog)

    def clear(self) -> None:
        """Ready for the next applicant: no member, empty fields, a fresh checklist."""
        self.member = None
        self.id_edit.clear()
        self.member_label.clear()
        _fill(self.covers, [])
        _fill(self.history, [])
        self._reset_fields()
        self.override_reason.clear()
        self._show_conflicts([])
        self.preview.clear()
        self._load_documents()
        self.save_button.setEnabled(False)
        self.id_edit.setFocus()

    def _saved(self, result: claims.IntakeResult) -> None:
        text = self.tr("已受理 {n}，计算给付 {a} 元").format(
            n=result.number, a=yuan(result.benefit)
        )
        if result.missing_documents:
            missing = self.tr("、").join(tr_label(d) for d in result.missing_documents)
            text += self.tr("；待补件：{m}").format(m=missing)
        self.clear()
        self.result.setText(text + self.tr("。可打印受理回执；请输入下一位申请人的证件号码。"))
        self.last_number = result.number
        self.receipt_button.setEnabled(True)
        self.saved.emit(result)
