"""撤销参保: a supervisor cancels an enrollment before its start, with a reason; every payer is
refunded. The dialog shows what will change — the members and covers cancelled, the refund per
payer in figures and in 大写 — and nothing happens until 确认撤销. `app.enrollment.cancel_enrollment`
(the same as `huzhu enrollment cancel`) decides and refuses after the start.
"""

from __future__ import annotations

from app.enrollment import cancel_enrollment
from app.enrollment.premiums import PAYER_LABELS
from app.enrollment.queries import EnrollmentDetail
from app.enrollment.service import cancellation_refund
from app.money import plain_yuan
from ui.context import PageContext
from ui.enrollment.change_dialog import ChangeDialog
from ui.enrollment.payment_box import PaymentBox, money_line
from ui.forms import FieldErrors, form_buttons
from ui.qt import QCoreApplication, QFormLayout, QLabel, QPlainTextEdit, QWidget


class CancelDialog(ChangeDialog):
    def __init__(
        self, context: PageContext, detail: EnrollmentDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, detail.summary.number, parent)
        self.detail = detail
        s = detail.summary
        self.setWindowTitle(self.tr("撤销参保 — {n}").replace("{n}", s.number))
        split = context.read(lambda session: cancellation_refund(session, number=s.number))
        refund = split.total
        parts = self.tr("，").join(
            self.tr("{p} {a} 元").format(
                p=QCoreApplication.translate("app", PAYER_LABELS[payer]), a=plain_yuan(amount)
            )
            for payer, amount in split.parts().items()
            if amount
        )
        self.what = QLabel(
            self.tr(
                "{u} 的参保单 {n}（{a} 至 {b}，{m} 人）将撤销，全部保障作废，并向付款方退费：{parts}。"
            ).format(u=s.unit_name, n=s.number, a=s.start, b=s.end, m=s.members, parts=parts)
        )
        self.what.setWordWrap(True)
        self.amount = QLabel(money_line(self.tr("退费合计"), refund))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("如：单位撤回参保申请"))
        self.reason.setFixedHeight(70)
        self.refund = PaymentBox(split=False, refund=True)
        self.refund.set_total(refund)
        self.refund.due.setVisible(False)  # the total stands above, with 大写
        form = QFormLayout(self)
        form.addRow(self.what)
        form.addRow(self.amount)
        form.addRow(self.tr("撤销理由(&R)"), self.reason)
        form.addRow(self.refund)
        self.errors = FieldErrors(form, {"reason": self.reason})
        self.errors.clear()
        self.ok_button = form_buttons(self, form, self.confirm, save=False)
        self.ok_button.setText(self.tr("确认撤销(&S)"))
        self.resize(560, 460)

    def confirm(self) -> None:
        number, reason = self.detail.summary.number, self.reason.toPlainText()
        details = self.refund.details()
        self._save(
            self.tr("撤销参保"),
            lambda job: cancel_enrollment(
                job.session, job.actor, number=number, reason=reason, refund=details
            ),
            self.ok_button,
        )
