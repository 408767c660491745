"""续保 preview: who is renewed (members still in the unit; leavers and the over-age left out and
listed), plans and shares, the new period, premium and payer split, every rule result — and
nothing written until 确认续保. The payment is entered here; after renewing the receipt and the
certificates can be printed at once.

The preview is `app.enrollment.preview_renewal`, the very function `huzhu renew --dry-run`
prints; 确认续保 calls `app.enrollment.renew` with the split and payment typed.
"""

from __future__ import annotations

from app.enrollment import preview_renewal, renew
from app.enrollment.context import MemberFacts
from app.enrollment.renewal import RenewalPreview
from app.enrollment.service import EnrollmentResult
from ui.context import PageContext
from ui.enrollment.change_dialog import ChangeDialog
from ui.enrollment.payment_box import PaymentBox, money_line
from ui.enrollment.print_dialog import PrintDialog, print_certificates, print_receipts
from ui.forms import FieldErrors
from ui.i18n import tr_label, tr_message
from ui.qt import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)


class RenewalDialog(ChangeDialog):
    """Emits `renewed(EnrollmentResult)` once the renewal is written."""

    renewed = Signal(object)

    def __init__(self, context: PageContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(context, number, parent)
        self.printing: PrintDialog | None = None
        self.preview: RenewalPreview = context.read(lambda s: preview_renewal(s, number=number))
        self.setWindowTitle(self.tr("续保预览 — {n}").replace("{n}", number))
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        self.people = QListWidget()
        self._fill_people()
        self.rules = QListWidget()
        self.rules.setWordWrap(True)
        for result in self.preview.check.results:
            item = QListWidgetItem(
                ("✓ " if result.passed else "✗ ")
                + f"{tr_label(result.title)}：{tr_message(result.message)}"
            )
            if not result.passed:
                item.setForeground(Qt.GlobalColor.red)
            self.rules.addItem(item)
        self.amount = QLabel()
        self.payment = PaymentBox()
        self.payment.set_total(self.preview.premium_total, self.preview.split)
        self.payment.due.setVisible(False)  # the amount stands above the box, with 大写
        self.errors = FieldErrors(
            self.payment.layout(),  # type: ignore[arg-type]
            {"payment_method": self.payment.method, "voucher": self.payment.voucher,
             "paid_on": self.payment.paid_on},
        )  # fmt: skip
        self.errors.clear()
        self.confirm_button = QPushButton(self.tr("确认续保(&S)"))
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        self.receipt_button = QPushButton(self.tr("打印收款收据(&R)…"))
        self.certificate_button = QPushButton(self.tr("打印参保凭证(&C)…"))
        self.receipt_button.clicked.connect(self.print_receipt)
        self.certificate_button.clicked.connect(self.print_certificates)
        self.close_button = QPushButton(self.tr("取消"))
        self.close_button.clicked.connect(self.reject)
        self.payment.changed.connect(self._refresh)
        self._layout()
        self._refresh()

    def _layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.summary)
        left.addWidget(QLabel(self.tr("人员")))
        left.addWidget(self.people, 1)
        left.addWidget(QLabel(self.tr("规则检查")))
        left.addWidget(self.rules, 1)
        right = QVBoxLayout()
        right.addWidget(self.amount)
        right.addWidget(self.payment)
        right.addStretch()
        buttons = (self.receipt_button, self.certificate_button, self.confirm_button)
        self._arrange(left, right, (3, 2), (*buttons, self.close_button))
        self.receipt_button.setVisible(False)
        self.certificate_button.setVisible(False)
        self.resize(980, 620)

    def _summary_text(self) -> str:
        roster, preview = self.preview.roster, self.preview
        plans = self.tr("，").join(
            self.tr("{c} {s} 份").format(c=c, s=s) for c, s in roster.plans.items()
        )
        return self.tr(
            "续保 {old}：新保障期 {a} 至 {b}；计划 {plans}；续保 {n} 人"
            "（上期续保 {k} 人，新增在职 {h} 人）。"
        ).format(
            old=roster.previous_number, a=roster.start, b=preview.end, plans=plans,
            n=len(preview.request.member_uuids), k=len(roster.continuing),
            h=len(roster.new_hires),
        )  # fmt: skip

    def _fill_people(self) -> None:
        roster = self.preview.roster
        groups: tuple[tuple[str, list[MemberFacts]], ...] = (
            (self.tr("续保"), roster.continuing),
            (self.tr("新增在职"), roster.new_hires),
            (self.tr("不再续保：离职或调出"), roster.leavers),
            (self.tr("不再续保：超龄"), roster.aged_out),
        )
        for label, members in groups:
            head = QListWidgetItem(self.tr("{l}（{n} 人）").format(l=label, n=len(members)))
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.people.addItem(head)
            for member in members:
                self.people.addItem("    " + member.name)

    def _refresh(self) -> None:
        self.amount.setText(money_line(self.tr("应缴会费"), self.preview.premium_total))
        done = self.result is not None
        self.confirm_button.setEnabled(not done and self.preview.ok and not self.payment.problem())

    def confirm(self) -> None:
        split, details = self.payment.split(), self.payment.details()
        number = self.number
        self.errors.clear()
        self._save(
            self.tr("续保"),
            lambda job: renew(
                job.session, job.actor, number=number, payment=split, details=details
            ),
            self.confirm_button,
            self._renewed,
        )

    def _renewed(self, result: EnrollmentResult) -> None:
        self.result = result
        self.summary.setText(
            self.tr("已续保：新参保单 {n}，{m} 人。").format(n=result.number, m=result.members)
            + "\n"
            + money_line(self.tr("已收会费"), result.premium_total)
        )
        self.confirm_button.setVisible(False)
        self.payment.setEnabled(False)
        self.close_button.setText(self.tr("关闭"))
        self.receipt_button.setVisible(True)
        self.certificate_button.setVisible(True)
        self.renewed.emit(result)

    def print_receipt(self) -> PrintDialog | None:
        if self.result is None:
            return None
        self.printing = print_receipts(self.context, self, [r.number for r in self.result.receipts])
        return self.printing

    def print_certificates(self) -> PrintDialog | None:
        if self.result is None:
            return None
        self.printing = print_certificates(self.context, self, self.result.number)
        return self.printing
