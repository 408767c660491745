"""The claim work list of the 理赔 page: my work queue (per role), all claims or overdue ones, the
selected claim's working and history, and the actions review / approve / reject / pay / withdraw.

Who may do what is the services' business; buttons are only enabled where the role and the
claim's state make the action possible, and any refusal comes back as the service's message.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app import claims, clock
from app.auth import Action
from app.claims.kinds import ACTION_LABELS, BEFORE_APPROVAL, OPEN_STATUSES, STATUS_LABELS
from app.money import yuan
from app.reports.drill import claims_behind
from app.reports.figures import Period
from models.enums import ClaimStatus
from ui import bus as entities
from ui.claims.correct_dialog import CorrectDialog
from ui.claims.documents_dialog import DocumentsDialog
from ui.claims.intake_form import data_dir_of
from ui.context import PageContext
from ui.home.chip import FilterChip
from ui.i18n import tr_label
from ui.list_export import export_action, export_view
from ui.ops import Job, run_op
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)

S = ClaimStatus
HEADERS = (
    QT_TRANSLATE_NOOP("ClaimQueue", "编号"),
    QT_TRANSLATE_NOOP("ClaimQueue", "会员"),
    QT_TRANSLATE_NOOP("ClaimQueue", "计划"),
    QT_TRANSLATE_NOOP("ClaimQueue", "类别"),
    QT_TRANSLATE_NOOP("ClaimQueue", "状态"),
    QT_TRANSLATE_NOOP("ClaimQueue", "计算给付"),
    QT_TRANSLATE_NOOP("ClaimQueue", "受理日"),
    QT_TRANSLATE_NOOP("ClaimQueue", "待补件"),
)


class ClaimQueue(QWidget):
    acted = Signal(str)  # the action that finished

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[claims.lists.ClaimRow] = []
        self.drill: dict[str, Any] | None = None  # set by apply_filter (a 工作台 figure)
        self.drill_text = ""
        self.chip = FilterChip()
        self.chip.cleared.connect(self.clear_filter)
        self.mode = QComboBox()
        for text, key in (
            (self.tr("我的待办"), "queue"),
            (self.tr("全部"), "all"),
            (self.tr("超时未办结"), "overdue"),
        ):
            self.mode.addItem(text, key)
        self.mode.currentIndexChanged.connect(self.clear_filter)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selected)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.mode)
        for key, text, handler in (
            ("review", self.tr("审核通过，提交审批"), self.review),
            ("approve", self.tr("批准"), self.approve),
            ("reject", self.tr("拒绝…"), self.reject),
            ("pay", self.tr("登记支付"), self.pay),
            ("withdraw", self.tr("撤回…"), self.withdraw),
            ("documents", self.tr("补件…"), self.documents),
            ("correct", self.tr("更正…"), self.correct),
        ):
            button = QPushButton(text)
            button.clicked.connect(handler)
            self.buttons[key] = button
            bar.addWidget(button)
        self.export_button = export_action(self.table, self.export_list)
        bar.addWidget(self.export_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.chip)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.detail, 2)
        context.bus.changed.connect(self._on_changed)
        self.load()

    def apply_filter(
        self,
        step: str | None = None,
        received_in: Period | None = None,
        paid_in: Period | None = None,
        **_: object,
    ) -> None:
        """Show only the claims a 工作台 figure counted: a queue step (review/approve/pay),
        claims taken in or paid during a period (app.reports.drill)."""
        parts = []
        if step is not None:
            steps = {"review": self.tr("待审核理赔"), "approve": self.tr("待审批理赔")}
            parts.append(steps.get(step, self.tr("待支付理赔")))
        if received_in is not None:
            parts.append(self.tr("受理日期 {p}").replace("{p}", received_in.label()))
        if paid_in is not None:
            parts.append(self.tr("已支付，支付日期 {p}").replace("{p}", paid_in.label()))
        self.drill = {"step": step, "received_in": received_in, "paid_in": paid_in}
        self.drill_text = "；".join(parts)
        self.load()

    def clear_filter(self, *_args: object) -> None:
        self.drill = None
        self.chip.hide()
        self.load()

    def load(self, *_args: object) -> None:
        actor, mode = self.context.actor, self.mode.currentData()
        with self.context.db.reader() as session:
            if self.drill is not None:
                self.rows = claims_behind(session, actor, **self.drill)
            elif mode == "queue":
                self.rows = claims.work_queue(session, actor)
            elif mode == "overdue":
                self.rows = claims.overdue_claims(session, actor)
            else:
                self.rows = claims.find_claims(session, actor)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (
                row.number, row.member_name, row.plan_code, tr_label(row.kind_label),
                tr_label(row.status_label), yuan(row.benefit), row.received_on,
                self.tr("、").join(tr_label(d) for d in row.missing_documents),
            )  # fmt: skip
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(str(value)))
        if self.drill is not None:
            self.chip.show_filter(self.drill_text, len(self.rows))
        self._selected()

    def select_number(self, number: str) -> None:
        for r, row in enumerate(self.rows):
            if row.number == number:
                self.table.selectRow(r)
                return

    def current(self) -> claims.lists.ClaimRow | None:
        picked = self.table.selectionModel().selectedRows()
        return self.rows[picked[0].row()] if picked else None

    def _selected(self) -> None:
        row = self.current()
        status = S(row.status) if row else None
        can = self.context.actor.can
        rules = {
            "review": can(Action.REVIEW_CLAIM) and status in (S.RECEIVED, S.REVIEWING),
            "approve": can(Action.APPROVE_CLAIM) and status is S.AWAITING_APPROVAL,
            "reject": (can(Action.REVIEW_CLAIM) or can(Action.APPROVE_CLAIM))
            and status in BEFORE_APPROVAL,
            "pay": can(Action.PAY_CLAIM) and status is S.APPROVED,
            "withdraw": can(Action.TAKE_CLAIM) and status in BEFORE_APPROVAL,
            "documents": (can(Action.TAKE_CLAIM) or can(Action.REVIEW_CLAIM))
            and status in OPEN_STATUSES,
            "correct": can(Action.REVIEW_CLAIM) and status in (S.RECEIVED, S.REVIEWING),
        }
        for key, button in self.buttons.items():
            button.setEnabled(bool(rules[key]))
        self.detail.setPlainText(self._detail_text(row) if row else "")

    def _detail_text(self, row: claims.lists.ClaimRow) -> str:
        with self.context.db.reader() as session:
            detail = claims.claim_detail(session, self.context.actor, row.uuid)
        history = [
            f"{h.at:%Y-%m-%d %H:%M} {h.operator} {tr_label(ACTION_LABELS.get(h.action, h.action))}"
            f" → {tr_label(STATUS_LABELS[S(h.to_status)])}"
            + (f"（{h.reason}）" if h.reason else "")
            for h in detail.history
        ]
        return "\n".join([*detail.working, "", self.tr("办理记录："), *history])

    # ---- actions ------------------------------------------------------------------------
    def _run(self, key: str, title: str, fn: Callable[..., Any], **kw: Any) -> None:
        row = self.current()
        if row is None:
            return

        def work(job: Job) -> Any:
            return fn(job.session, job.actor, claim_uuid=row.uuid, **kw)

        run_op(
            self.context,
            self,
            title=title,
            work=work,
            changes=frozenset({entities.CLAIMS}),
            on_done=lambda _state: self.acted.emit(key),
        )

    def _reason(self, title: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, self.tr("原因（将告知申请人）："))
        return text if ok else None

    def review(self) -> None:
        self._run("review", self.tr("审核理赔"), claims.review)

    def approve(self) -> None:
        self._run("approve", self.tr("审批理赔"), claims.approve)

    def reject(self) -> None:
        reason = self._reason(self.tr("拒绝理赔"))
        if reason is not None:
            self._run("reject", self.tr("拒绝理赔"), claims.reject, reason=reason)

    def withdraw(self) -> None:
        reason = self._reason(self.tr("撤回申请"))
        if reason is not None:
            self._run("withdraw", self.tr("撤回申请"), claims.withdraw, reason=reason)

    def pay(self) -> None:
        row = self.current()
        if row is None or row.approved_amount is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("登记支付"),
            self.tr("按批准金额 {a} 元、今天 {d} 登记 {n} 已支付到会员登记的银行账户？").format(
                a=yuan(row.approved_amount), d=clock.today(), n=row.number
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(
                "pay", self.tr("登记支付"), claims.record_payment,
                paid_on=clock.today(), amount=row.approved_amount,
            )  # fmt: skip

    def documents(self) -> None:
        row = self.current()
        if row is None:
            return
        with self.context.db.reader() as session:
            held = claims.claim_detail(session, self.context.actor, row.uuid).documents
        dialog = DocumentsDialog(row.number, held, self)
        if not dialog.exec():
            return
        ticks, scans, data_dir = dialog.changes(), list(dialog.scans), data_dir_of(self.context)

        def work(job: Job) -> None:
            if ticks:
                claims.update_documents(job.session, job.actor, claim_uuid=row.uuid, received=ticks)
            for document, path in scans:
                claims.attach_scan(
                    job.session, job.actor, claim_uuid=row.uuid, document=document,
                    source=path, data_dir=data_dir,
                )  # fmt: skip

        run_op(
            self.context,
            self,
            title=self.tr("补件"),
            work=work,
            changes=frozenset({entities.CLAIMS}),
            on_done=lambda _none: self.acted.emit("documents"),
        )

    def correct(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = CorrectDialog(row.number, self)
        if not dialog.exec() or dialog.parsed is None:
            return
        changes, reason = dialog.parsed
        self._run("correct", self.tr("更正"), claims.correct, changes=changes, reason=reason)

    def export_list(self) -> object:
        return export_view(
            self, self.context, self.table, title=self.tr("理赔列表"), numbers={5},
            info=[self.drill_text or self.mode.currentText()],
        )  # fmt: skip

    def _on_changed(self, names: frozenset[str]) -> None:
        if entities.CLAIMS in names:
            self.load()
