"""The claim work list of the 理赔 page: my work queue (per role), all claims or overdue ones, a
search box (claim number, ID number or its last digits, name), the selected claim's working and
history, the actions review / approve / reject / pay / withdraw / 补件 / 更正, and the bank
payment list (代发清单) of the approved claims shown.

Who may do what is `app.claims.allowed_actions` (the same rules the services enforce): the
buttons are enabled from its answer, and any refusal comes back as the service's message. A
duplicate claim a supervisor took in anyway is marked in its row and explained in its detail.
Approving and paying ask for confirmation with the amount in figures and in 大写 and the working.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app import claims, clock
from app.auth import Action
from app.claims import ClaimAction, allowed_actions
from app.claims.kinds import ACTION_LABELS, STATUS_LABELS
from app.money import yuan
from app.reports.drill import claims_behind
from app.reports.figures import Period
from models.enums import ClaimStatus
from ui import bus as entities
from ui.claims.correct_dialog import CorrectDialog
from ui.claims.documents_dialog import DocumentsDialog
from ui.claims.intake_form import data_dir_of
from ui.claims.pay_dialog import PayDialog, amount_text
from ui.context import PageContext
from ui.forms import pick_table
from ui.home.chip import FilterChip
from ui.i18n import tr_label
from ui.list_export import export_action, export_view
from ui.ops import Job, run_op
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.search_box import SearchBox

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
    QT_TRANSLATE_NOOP("ClaimQueue", "重复"),
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
        self.search = SearchBox(self.tr("按理赔编号、证件号码（或末几位）、姓名搜索"), self)
        self.search.requested.connect(self.load)
        self.table = pick_table([self.tr(h) for h in HEADERS])
        self.table.itemSelectionChanged.connect(self._selected)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        bar = QHBoxLayout()
        bar.addWidget(self.mode)
        bar.addWidget(self.search, 1)
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
            actions.addWidget(button)
        actions.addStretch(1)
        self.paylist_button = QPushButton(self.tr("代发清单…"))
        self.paylist_button.setToolTip(
            self.tr("把列表中可支付的已批准申请写成银行代发清单（Excel）")
        )
        self.paylist_button.clicked.connect(self.write_paylist)
        self.paylist_button.setEnabled(context.actor.can(Action.PAY_CLAIM))
        actions.addWidget(self.paylist_button)
        self.export_button = export_action(self.table, self.export_list)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
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
        text = self.search.text().strip()
        drill = self.drill

        def rows(session: Session) -> list[claims.lists.ClaimRow]:
            if text:
                return claims.find_claims(session, actor, text=text)
            if drill is not None:
                return claims_behind(session, actor, **drill)
            if mode == "queue":
                return claims.work_queue(session, actor)
            if mode == "overdue":
                return claims.overdue_claims(session, actor)
            return claims.find_claims(session, actor)

        self.rows = self.context.read(rows)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (
                row.number, row.member_name, row.plan_code, tr_label(row.kind_label),
                tr_label(row.status_label), yuan(row.benefit), row.received_on,
                self.tr("、").join(tr_label(d) for d in row.missing_documents),
                self.tr("⚠ 重复特批") if row.override_reason else "",
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
        allowed = allowed_actions(self.context.actor, row) if row else frozenset()
        for key, button in self.buttons.items():
            button.setEnabled(ClaimAction(key) in allowed)
        self.detail.setPlainText(self._detail_text(row) if row else "")

    def _detail(self, row: claims.lists.ClaimRow) -> claims.lists.ClaimDetail:
        actor = self.context.actor
        return self.context.read(lambda session: claims.claim_detail(session, actor, row.uuid))

    def _detail_text(self, row: claims.lists.ClaimRow) -> str:
        detail = self._detail(row)
        history = [
            f"{h.at:%Y-%m-%d %H:%M} {h.operator} {tr_label(ACTION_LABELS.get(h.action, h.action))}"
            f" → {tr_label(STATUS_LABELS[S(h.to_status)])}"
            + (f"（{h.reason}）" if h.reason else "")
            for h in detail.history
        ]
        flag = []
        if row.override_reason:
            text = self.tr("⚠ 重复申请：与 {d} 重复，经主管特批受理。原因：{r}")
            flag = [
                text.replace("{d}", row.duplicate_of or "").replace("{r}", row.override_reason),
                "",
            ]
        paid = []
        if detail.paid_on is not None:
            text = self.tr("已支付 {a} 元（{d}，{m}，凭证号 {v}）")
            paid = [
                text.replace("{a}", yuan(row.paid_amount or 0))
                .replace("{d}", str(detail.paid_on))
                .replace("{m}", tr_label(detail.pay_method or ""))
                .replace("{v}", detail.pay_voucher or self.tr("无")),
                "",
            ]
        return "\n".join([*flag, *paid, *detail.working, "", self.tr("办理记录："), *history])

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
            on_done=lambda _state: self.acted.emit(key),
        )

    def _reason(self, title: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, self.tr("原因（将告知申请人）："))
        return text if ok else None

    def review(self) -> None:
        self._run("review", self.tr("审核理赔"), claims.review)

    def approve(self) -> None:
        """Confirm with the amount in figures and 大写 and the working, then approve."""
        row = self.current()
        if row is None:
            return
        working = self._detail(row).working
        text = self.tr("批准 {n}（{m}），给付 {a}？").replace("{n}", row.number)
        text = text.replace("{m}", row.member_name).replace("{a}", amount_text(row.benefit))
        if row.override_reason:
            text += "\n" + self.tr("⚠ 这是经主管特批受理的重复申请：{r}").replace(
                "{r}", row.override_reason
            )
        text += "\n\n" + self.tr("计算过程：") + "\n" + "\n".join(working)
        answer = QMessageBox.question(self, self.tr("审批理赔"), text)
        if answer == QMessageBox.StandardButton.Yes:
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
        """The payment dialog confirms the amount (figures and 大写) and the working, and takes
        the method, voucher, date and, if not the member's, the bank account."""
        row = self.current()
        if row is None or row.approved_amount is None:
            return
        detail = self._detail(row)
        dialog = PayDialog(self.context, detail, self)
        dialog.accepted.connect(lambda: self.acted.emit("pay"))
        dialog.exec()

    def write_paylist(self) -> None:
        """代发清单 of the approved claims shown that may be paid now, as an Excel workbook."""
        actor = self.context.actor
        keys = [r.uuid for r in self.rows if ClaimAction.PAY in allowed_actions(actor, r)]
        if not keys:
            QMessageBox.information(
                self, self.tr("代发清单"), self.tr("列表中没有可支付的已批准申请。")
            )
            return
        name = self.tr("代发清单-{d}.xlsx").replace("{d}", clock.today().isoformat())
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("保存代发清单"), name, self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not path:
            return

        def work(job: Job) -> claims.payments.Paylist:
            return claims.write_paylist(job.session, job.actor, claim_uuids=keys, out=Path(path))

        run_op(self.context, self, title=self.tr("代发清单"), work=work, on_done=self._paylist_done)

    def _paylist_done(self, made: claims.payments.Paylist) -> None:
        text = self.tr("已生成代发清单 {f}：{n} 笔，合计 {a} 元").replace("{f}", str(made.path))
        text = text.replace("{n}", str(made.count)).replace("{a}", yuan(made.total))
        if made.accounts_masked:
            text += self.tr("（账号已遮蔽）")
        QMessageBox.information(self, self.tr("代发清单"), text)
        self.acted.emit("paylist")

    def documents(self) -> None:
        row = self.current()
        if row is None:
            return
        held = self._detail(row).documents
        dialog = DocumentsDialog(row.number, held, self)
        if not dialog.exec():
            return
        ticks, scans, data_dir = dialog.changes(), list(dialog.scans), data_dir_of(self.context)

        def work(job: Job) -> claims.ClaimState:
            return claims.receive_documents(
                job.session, job.actor, claim_uuid=row.uuid, received=ticks,
                scans=scans, data_dir=data_dir,
            )  # fmt: skip

        run_op(
            self.context,
            self,
            title=self.tr("补件"),
            work=work,
            on_done=lambda _state: self.acted.emit("documents"),
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
            self, self.context, self.table, title=self.tr("理赔列表"), kinds={5: "money"},
            info=[self.drill_text or self.mode.currentText()],
        )  # fmt: skip

    def _on_changed(self, names: frozenset[str]) -> None:
        if entities.CLAIMS in names:
            self.load()
