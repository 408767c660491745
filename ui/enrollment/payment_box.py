"""The 收款 box every money-taking dialog of the 参保 page shares: who pays how much (optional),
收款方式, 凭证号/转账流水号 and 缴费日期, with the remainder and a future date flagged as typed.

The box only collects; `app.enrollment.payments.checked_details` decides, and its refusal comes
back through the dialog's FieldErrors. Amounts are typed in yuan and read with the one money
parser; nothing here does arithmetic on floats.
"""

from __future__ import annotations

from app import clock
from app.enrollment.payments import PAYMENT_METHODS, PaymentDetails
from app.enrollment.premiums import PAYER_LABELS, PaymentSplit
from app.errors import RejectedInput
from app.money import capitals, parse_yuan, plain_yuan
from app.money import yuan as figures
from models.enums import Payer
from ui.forms import ERROR_STYLE, date_edit, day_of
from ui.qt import (
    QComboBox,
    QCoreApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    Signal,
)


def money_line(label: str, fen: int) -> str:
    """'应缴会费 1,234.00 元（壹仟贰佰叁拾肆元整）': the amount in figures and in 大写, as every
    confirmation of the 参保 page shows it."""
    return QCoreApplication.translate("PaymentBox", "{l} {a} 元（大写：{c}）").format(
        l=label, a=figures(fen), c=capitals(fen)
    )


class PaymentBox(QGroupBox):
    """Emits `changed` whenever a figure, the method or the date changes."""

    changed = Signal()

    def __init__(self, *, split: bool = True, refund: bool = False) -> None:
        super().__init__(self.tr("退费") if refund else self.tr("收款"))
        self.refund = refund
        self.total = 0
        self.fields: dict[Payer, QLineEdit] = {}
        form = QFormLayout(self)
        self.due = QLabel()
        form.addRow(self.due)
        if split:
            for payer in Payer:
                field = QLineEdit("0.00")
                field.setObjectName(f"pay_{payer.value}")
                field.textChanged.connect(self._changed)
                label = QCoreApplication.translate("app", PAYER_LABELS[payer])
                form.addRow(label + self.tr("（元）"), field)
                self.fields[payer] = field
        self.remaining = QLabel()
        self.remaining.setStyleSheet(ERROR_STYLE)
        form.addRow(self.remaining)
        self.method = QComboBox()
        for word in PAYMENT_METHODS.values():
            self.method.addItem(QCoreApplication.translate("app", word), word)
        self.voucher = QLineEdit()
        self.voucher.setPlaceholderText(self.tr("转账流水号、支票号或收款凭证号"))
        self.paid_on = date_edit(clock.today())
        self.date_error = QLabel()
        self.date_error.setStyleSheet(ERROR_STYLE)
        form.addRow(self.tr("退费方式(&M)") if refund else self.tr("收款方式(&M)"), self.method)
        form.addRow(self.tr("凭证号(&V)"), self.voucher)
        form.addRow(self.tr("退费日期") if refund else self.tr("缴费日期(&P)"), self.paid_on)
        form.addRow(self.date_error)
        self.method.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.paid_on.dateChanged.connect(lambda _d: self._changed())

    def set_total(self, total: int, split: PaymentSplit | None = None) -> None:
        """The amount due and a proposed split (default: the unit pays all)."""
        self.total = total
        proposed = split or PaymentSplit(unit=total)
        for payer, field in self.fields.items():
            field.blockSignals(True)
            field.setText(plain_yuan(proposed.parts()[payer]))
            field.blockSignals(False)
        self.due.setText(
            money_line(self.tr("退费金额") if self.refund else self.tr("应缴会费"), total)
        )
        self._changed()

    def split(self) -> PaymentSplit | None:
        """The split typed, or None while a field is not a valid amount."""
        parts = {}
        for payer, field in self.fields.items():
            try:
                parts[payer.value] = parse_yuan(field.text() or "0")
            except RejectedInput:
                return None
        return PaymentSplit(**parts)

    def details(self) -> PaymentDetails:
        return PaymentDetails(self.method.currentData(), self.voucher.text(), day_of(self.paid_on))

    def split_problem(self) -> str:
        if not self.fields:
            return ""
        split = self.split()
        if split is None:
            return self.tr("金额应为不小于 0、最多两位小数的元数，如 1234.50。")
        if split.total != self.total:
            return self.tr("各付款方合计 {a} 元，与应缴 {b} 元相差 {c} 元。").format(
                a=plain_yuan(split.total),
                b=plain_yuan(self.total),
                c=plain_yuan(abs(self.total - split.total)),
            )
        return ""

    def date_problem(self) -> str:
        paid = self.details().paid_on
        if paid is not None and paid > clock.today():
            text = (
                self.tr("退费日期不能晚于今天（{t}）。")
                if self.refund
                else self.tr("缴费日期不能晚于今天（{t}）。")
            )
            return text.format(t=clock.today().isoformat())
        return ""

    def problem(self) -> str:
        """What stops the payment being recorded as typed ('' when nothing does)."""
        return self.split_problem() or self.date_problem()

    def _changed(self) -> None:
        for label, text in ((self.remaining, self.split_problem()),
                            (self.date_error, self.date_problem())):  # fmt: skip
            label.setText(text)
            label.setVisible(bool(text))
        self.changed.emit()
