"""The intake form of the 理赔 page: find the member by ID number (typed, or a scanner that types
and presses Enter), see their covers and earlier claims, pick the plan (the kind follows), fill
the kind's fields, tick the documents received, attach scans, and watch the benefit and its
working update as the fields change. Saving gives the claim number.

The preview calls the app's pure engine through `claims.preview` on the GUI thread, debounced:
it reads a handful of rows and computes in well under a millisecond.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from app import claims
from app.claims.kinds import KIND_LABELS, checklist
from app.errors import HuzhuError, RejectedInput
from app.i18n import msg
from app.money import parse_yuan, yuan
from models.enums import ClaimKind
from ui import bus as entities
from ui.claims.checklist import Checklist
from ui.context import PageContext
from ui.i18n import error_text, tr_label
from ui.ops import Job, run_op
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
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
DATES = ("admitted", "discharged", "settled", "diagnosed", "accident_date")
MONEY = ("total_cost", "insurance_paid", "self_pay", "out_of_policy")
STAY_FIELDS = ("hospital", "hospital_level", "admitted", "discharged", "settled")
FIELDS_BY_KIND: dict[ClaimKind, tuple[str, ...]] = {
    ClaimKind.STAY: (*STAY_FIELDS, *MONEY),
    ClaimKind.ALLOWANCE: STAY_FIELDS,
    ClaimKind.CRITICAL: ("diagnosis", "severity", "diagnosed"),
    ClaimKind.FEMALE: ("diagnosis", "diagnosed"),
    ClaimKind.ACCIDENT_DEATH: ("accident_date",),
    ClaimKind.ACCIDENT_DISABILITY: ("accident_date", "grade"),
    ClaimKind.ACCIDENT_STAY: ("accident_date", "hospital", "admitted", "discharged", "days"),
}


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
    return table


def _fill(table: QTableWidget, rows: list[tuple[Any, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))


class IntakeForm(QWidget):
    saved = Signal(object)  # claims.IntakeResult
    previewed = Signal(str)  # the preview text, after each update
    receipt_done = Signal(object)  # the PDF path

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
        self.save_button = QPushButton(self.tr("受理并保存"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.result = QLabel()
        self.receipt_button = QPushButton(self.tr("受理回执（PDF）…"))
        self.receipt_button.setEnabled(False)
        self.receipt_button.clicked.connect(self.save_receipt)
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
        try:
            with self.context.db.reader() as session:
                member = claims.find_member(session, self.id_edit.text())
                self.member = claims.member_file(session, self.context.actor, member)
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
        self.save_button.setEnabled(True)
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
        labels = {
            "claimant_name": self.tr("申请人姓名"),
            "hospital": self.tr("医院"),
            "hospital_level": self.tr("医院等级"),
            "admitted": self.tr("入院日期"),
            "discharged": self.tr("出院日期"),
            "settled": self.tr("结算日期"),
            "total_cost": self.tr("总费用（元）"),
            "insurance_paid": self.tr("基本医保已付（元）"),
            "self_pay": self.tr("政策内个人自付（元）"),
            "out_of_policy": self.tr("自费（元）"),
            "diagnosis": self.tr("诊断"),
            "severity": self.tr("疾病程度"),
            "diagnosed": self.tr("确诊日期"),
            "accident_date": self.tr("出险日期"),
            "grade": self.tr("伤残等级"),
            "days": self.tr("住院天数"),
        }
        for name, label in labels.items():
            widget = self._field_widget(name)
            self.fields[name] = widget
            self.form.addRow(label, widget)
        self.plan_combo.currentIndexChanged.connect(self._plan_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        return box

    def _field_widget(self, name: str) -> QWidget:
        if name in ("hospital_level", "severity"):
            combo = QComboBox()
            options = [
                ("", None),
                (QT_TRANSLATE_NOOP("IntakeForm", "一级"), 1),
                (QT_TRANSLATE_NOOP("IntakeForm", "二级"), 2),
                (QT_TRANSLATE_NOOP("IntakeForm", "三级"), 3),
            ]
            if name == "severity":
                options = [
                    (QT_TRANSLATE_NOOP("IntakeForm", "重度"), "重度"),
                    (QT_TRANSLATE_NOOP("IntakeForm", "轻度"), "轻度"),
                ]
            for text, value in options:
                combo.addItem(self.tr(text) if text else "", value)
            combo.currentIndexChanged.connect(self.schedule_preview)
            return combo
        if name in ("grade", "days"):
            spin = QSpinBox()
            spin.setRange(1 if name == "grade" else 0, 10 if name == "grade" else 999)
            spin.valueChanged.connect(self.schedule_preview)
            return spin
        edit = QLineEdit()
        if name in DATES:
            edit.setPlaceholderText("YYYY-MM-DD")
        edit.textChanged.connect(self.schedule_preview)
        return edit

    def _load_plans(self) -> None:
        with self.context.db.reader() as session:
            self.plans = claims.plan_choices(session)
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
        shown = set(FIELDS_BY_KIND.get(kind, ())) | {"claimant_name"} if kind else set()
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

    def _date(self, name: str) -> dt.date | None:
        text = self.fields[name].text().strip()  # type: ignore[attr-defined]
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise RejectedInput(
                msg("日期“{t}”应为 YYYY-MM-DD，如 2026-03-01。", t=text), field=name
            ) from None

    def claim_input(self) -> claims.ClaimInput:
        """The form as an application; raises RejectedInput for unreadable dates or amounts."""
        kind = self.kind()
        if self.member is None or kind is None:
            raise RejectedInput(msg("请先输入会员证件号码并按回车。"), field="id_number")
        shown = FIELDS_BY_KIND[kind]
        values: dict[str, Any] = {}
        for name in shown:
            widget = self.fields[name]
            if name in DATES:
                values[name] = self._date(name)
            elif name in MONEY:
                text = widget.text().strip()  # type: ignore[attr-defined]
                values[name] = parse_yuan(text, field=name) if text else 0
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                values[name] = widget.value()
            else:
                values[name] = widget.text().strip()  # type: ignore[attr-defined]
        base = claims.ClaimInput(
            id_number=self.id_edit.text(),
            plan_code=self.plan_combo.currentData(),
            kind=kind,
            claimant_name=self.fields["claimant_name"].text().strip(),  # type: ignore[attr-defined]
            documents=self.received(),
        )
        return dataclasses.replace(base, **values)

    def update_preview(self) -> None:
        try:
            data = self.claim_input()
            with self.context.db.reader() as session:
                shown = claims.preview(session, data)
        except HuzhuError as error:
            self.preview.setText(error_text(error))
        else:
            lines = [*shown.lines]
            if shown.needs_hub_approval:
                lines.append(self.tr("给付金额达到省办事处审批标准，须报省办事处批准"))
            self.preview.setText("\n".join(lines))
        self.previewed.emit(self.preview.text())

    def save(self) -> None:
        try:
            data = self.claim_input()
        except HuzhuError as error:
            self.result.setText(error_text(error))
            return
        pending = list(self.checklist.scans)
        data_dir = self.context.data_dir or (
            self.context.db.path.parent if self.context.db.path else Path(".")
        )

        def work(job: Job) -> claims.IntakeResult:
            result = claims.take_claim(job.session, job.actor, data=data)
            for document, path in pending:
                claims.attach_scan(
                    job.session,
                    job.actor,
                    claim_uuid=result.uuid,
                    document=document,
                    source=path,
                    data_dir=data_dir,
                )
            return result

        run_op(
            self.context,
            self,
            title=self.tr("受理理赔申请"),
            work=work,
            changes=frozenset({entities.CLAIMS}),
            on_done=self._saved,
        )

    def save_receipt(self) -> None:
        """Offer the 受理回执 of the claim just saved as a PDF (printing area's document)."""
        number = self.last_number
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("保存受理回执"), f"{number}.pdf", self.tr("PDF 文件 (*.pdf)")
        )
        if not number or not path:
            return
        data_dir = data_dir_of(self.context)

        def work(job: Job) -> Path:
            from app.printing import service
            from app.printing.pdf import write_pdf

            printed = service.claim_receipt(job.session, job.actor, claim_number=number)
            write_pdf(printed.documents, Path(path), data_dir=data_dir)
            return Path(path)

        run_op(
            self.context,
            self,
            title=self.tr("受理回执"),
            work=work,
            on_done=self._receipt_saved,
        )

    def _receipt_saved(self, out: Path) -> None:
        self.result.setText(self.tr("回执已保存：{f}").format(f=out))
        self.receipt_done.emit(out)

    def _saved(self, result: claims.IntakeResult) -> None:
        text = self.tr("已受理 {n}，计算给付 {a} 元").format(
            n=result.number, a=yuan(result.benefit)
        )
        if result.missing_documents:
            missing = self.tr("、").join(tr_label(d) for d in result.missing_documents)
            text += self.tr("；待补件：{m}").format(m=missing)
        self.result.setText(text)
        self.last_number = result.number
        self.receipt_button.setEnabled(True)
        self.find_member()
        self._load_documents()
        self.saved.emit(result)
