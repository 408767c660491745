"""登记支付: confirm paying an approved claim — the amount in figures and in 大写, the working —
and record how the money moved: method, voucher or transfer number, paid date, and the bank
account when it is not the member's registered one. 确认支付 runs `claims.record_payment`; a
refusal (no bank account, a date later than today) shows under the form, which stays open so the
clerk can put it right; the dialog closes once the payment is recorded."""

from __future__ import annotations

import datetime as dt

from app import claims, clock
from app.claims import PAY_METHOD_LABELS
from app.claims.lists import ClaimDetail
from app.errors import RejectedInput
from app.i18n import msg
from app.money import capitals, yuan
from ui.context import PageContext
from ui.forms import error_line, form_buttons, save_dialog
from ui.i18n import error_text, tr_label
from ui.ops import Job
from ui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)


def amount_text(fen: int) -> str:
    """“3,360.00 元（大写：叁仟叁佰陆拾元整）” — what a confirmation shows of an amount."""
    text = QCoreApplication.translate("PayDialog", "{a} 元（大写：{c}）")
    return text.replace("{a}", yuan(fen)).replace("{c}", capitals(fen))


class PayDialog(QDialog):
    def __init__(
        self, context: PageContext, detail: ClaimDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        row = detail.row
        self.claim_uuid = row.uuid
        self.amount = row.approved_amount or 0
        self.setWindowTitle(self.tr("登记支付 {n}").replace("{n}", row.number))
        self.summary = QLabel(
            self.tr("向 {m} 支付 {a}")
            .replace("{m}", row.member_name)
            .replace("{a}", amount_text(self.amount))
        )
        self.summary.setWordWrap(True)
        # the working runs to many long lines: a read-only box that wraps and scrolls keeps the
        # dialog on the screen (a wrapped label in a form row was clipped)
        self.working = QPlainTextEdit("\n".join(detail.working))
        self.working.setReadOnly(True)
        self.working.setMinimumHeight(self.working.fontMetrics().lineSpacing() * 9)
        self.method = QComboBox()
        for label in PAY_METHOD_LABELS:
            self.method.addItem(tr_label(label), label)
        self.voucher = QLineEdit()
        self.voucher.setPlaceholderText(self.tr("凭证号或转账流水号"))
        self.paid_on = QLineEdit(clock.today().isoformat())
        self.bank = QLineEdit()
        self.bank.setPlaceholderText(detail.pay_bank or self.tr("会员未登记开户银行"))
        self.account = QLineEdit()
        self.account.setPlaceholderText(detail.pay_account or self.tr("会员未登记银行账号"))
        self.error = error_line()
        form = QFormLayout(self)
        form.addRow(self.summary)
        form.addRow(self.tr("计算过程"), self.working)
        form.addRow(self.tr("支付方式"), self.method)
        form.addRow(self.tr("凭证号"), self.voucher)
        form.addRow(self.tr("支付日期"), self.paid_on)
        form.addRow(self.tr("开户银行（空：会员登记的）"), self.bank)
        form.addRow(self.tr("银行账号（空：会员登记的）"), self.account)
        form.addRow(self.error)
        self.ok_button = form_buttons(self, form, self._accept, save=False)
        self.ok_button.setText(self.tr("确认支付"))
        self.when: dt.date | None = None
        self.resize(640, self.sizeHint().height())

    def _accept(self) -> None:
        text = self.paid_on.text().strip()
        try:
            self.when = dt.date.fromisoformat(text)
        except ValueError:
            self._rejected(
                RejectedInput(msg("支付日期“{t}”应为 YYYY-MM-DD。", t=text), field="paid_on")
            )
            return
        self.error.clear()
        payment = self.payment()

        def work(job: Job) -> claims.ClaimState:
            return claims.record_payment(job.session, job.actor, **payment)

        save_dialog(self, self.context, work, errors=self._rejected, button=self.ok_button)

    def _rejected(self, error: RejectedInput) -> None:
        self.error.setText(error_text(error))

    def payment(self) -> dict[str, object]:
        """The confirmed payment as `claims.record_payment` takes it."""
        return {
            "claim_uuid": self.claim_uuid,
            "amount": self.amount,
            "paid_on": self.when,
            "method": self.method.currentData(),
            "voucher": self.voucher.text().strip() or None,
            "bank": self.bank.text().strip() or None,
            "account": self.account.text().strip() or None,
        }
