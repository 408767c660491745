"""An enrollment's detail (查看 or double-click on the 参保 page): its members, covers per plan,
payments with how the money moved (收款方式, 凭证号, 缴费日期), the premium receipts, the
history from the audit log, and print buttons for the certificates and the receipts.
"""

from __future__ import annotations

from app.auth import Action
from app.enrollment import show_enrollment
from app.enrollment.queries import (
    EnrolledMember,
    EnrollmentDetail,
    HistoryLine,
    PaymentLine,
    enrollment_history,
    enrollment_members,
)
from app.money import yuan as figures
from models.enums import EnrollmentStatus, MemberStatus, PaymentKind
from ui.context import PageContext
from ui.enrollment.payment_box import money_line
from ui.enrollment.print_dialog import PrintDialog, print_certificates, print_receipts
from ui.forms import fill_table, read_only_table
from ui.i18n import tr_label
from ui.qt import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


class EnrollmentDetailDialog(QDialog):
    def __init__(self, context: PageContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.number = context, number
        self.printing: PrintDialog | None = None
        actor = context.actor
        self.detail: EnrollmentDetail
        self.detail, self.members, self.history = context.read(
            lambda s: (
                show_enrollment(s, number),
                enrollment_members(s, actor, number=number),
                enrollment_history(s, number=number),
            )
        )
        self.setWindowTitle(self.tr("参保单 {n}").replace("{n}", number))
        self.header = QLabel(self._header())
        self.header.setWordWrap(True)
        self.tabs = QTabWidget()
        self.member_table = self._table(
            (self.tr("姓名"), self.tr("证件号码"), self.tr("计划与份数"), self.tr("保障期"),
             self.tr("会费（元）"), self.tr("状态")),
            [self._member_row(m) for m in self.members],
            self.tr("人员"),
        )  # fmt: skip
        self.cover_table = self._table(
            (self.tr("计划"), self.tr("份数"), self.tr("人数"), self.tr("会费（元）")),
            [
                (code, self.detail.summary.plans.get(code, ""), n,
                 figures(self.detail.premium_by_plan.get(code, 0)))
                for code, n in self.detail.members_by_plan.items()
            ],
            self.tr("保障"),
        )  # fmt: skip
        self.payment_table = self._table(
            (self.tr("类别"), self.tr("付款方"), self.tr("金额（元）"), self.tr("收款方式"),
             self.tr("凭证号"), self.tr("缴费日期"), self.tr("收据编号"), self.tr("经办人")),
            [self._payment_row(p) for p in self.detail.payments],
            self.tr("缴费"),
        )  # fmt: skip
        self.receipts = [p for p in self.detail.payments if p.receipt_number]
        self.receipt_table = self._table(
            (self.tr("收据编号"), self.tr("付款方"), self.tr("金额（元）"), self.tr("缴费日期")),
            [(p.receipt_number, tr_label(p.payer_label), figures(p.amount), p.paid_on)
             for p in self.receipts],
            self.tr("收据"),
        )  # fmt: skip
        self.history_table = self._table(
            (self.tr("时间"), self.tr("操作员"), self.tr("操作"), self.tr("说明")),
            [self._history_row(h) for h in self.history],
            self.tr("历史"),
        )  # fmt: skip
        self.certificate_button = QPushButton(self.tr("打印参保凭证(&C)…"))
        self.receipt_button = QPushButton(self.tr("打印收款收据(&R)…"))
        close = QPushButton(self.tr("关闭"))
        self.certificate_button.clicked.connect(self.print_certificates)
        self.receipt_button.clicked.connect(self.print_receipts)
        close.clicked.connect(self.accept)
        printable = context.actor.can(Action.PRINT)
        active = self.detail.summary.status is EnrollmentStatus.CONFIRMED
        self.certificate_button.setEnabled(printable and active)
        self.receipt_button.setEnabled(printable and bool(self.receipts))
        buttons = QHBoxLayout()
        buttons.addWidget(self.certificate_button)
        buttons.addWidget(self.receipt_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.resize(980, 600)

    def _table(self, headers: tuple[str, ...], rows: list, title: str):  # type: ignore[no-untyped-def]
        table = read_only_table(headers)
        fill_table(table, rows)
        self.tabs.addTab(table, title)
        return table

    def _header(self) -> str:
        s, d = self.detail.summary, self.detail
        status = self.tr("已撤销") if s.status is EnrollmentStatus.CANCELLED else self.tr("有效")
        lines = [
            self.tr("{n}　{u}（{c}）　{st}").format(
                n=s.number, u=s.unit_name, c=s.unit_uscc, st=status
            ),
            self.tr("保障期 {a} 至 {b}，目录 {v}，{m} 人，经办 {o}").format(
                a=s.start, b=s.end, v=s.catalogue_version, m=s.members, o=d.operator
            ),
            money_line(self.tr("会费"), s.premium_total),
        ]
        if s.override_reason:
            lines.append(
                self.tr("主管 {s} 审批例外：{r}").format(s=s.override_by, r=s.override_reason)
            )
        if d.renewal_of:
            lines.append(self.tr("续保自 {n}").format(n=d.renewal_of))
        if s.renewed_by:
            lines.append(self.tr("已续保为 {n}").format(n=s.renewed_by))
        return "\n".join(lines)

    def _member_row(self, m: EnrolledMember) -> tuple[str, ...]:
        plans = self.tr("、").join(
            self.tr("{c} {s} 份").format(c=c, s=n) for c, n in m.plans.items()
        )
        if m.cancelled:
            state = self.tr("已作废")
        elif m.member_status is MemberStatus.LEFT:
            state = self.tr("已减员（保障至期满）")
        else:
            state = self.tr("有效")
        period = self.tr("{a} 至 {b}").format(a=m.start, b=m.end)
        return (m.name, m.id_number, plans, period, figures(m.premium), state)

    def _payment_row(self, p: PaymentLine) -> tuple[object, ...]:
        kind = self.tr("收款") if p.kind is PaymentKind.PAYMENT else self.tr("退费")
        return (kind, tr_label(p.payer_label), figures(p.amount), tr_label(p.method) if p.method else "",
                p.voucher, p.paid_on, p.receipt_number or "", p.operator)  # fmt: skip

    def _history_row(self, h: HistoryLine) -> tuple[object, ...]:
        d = h.details
        notes = [str(d[k]) for k in ("reason", "method", "voucher") if d.get(k)]
        if d.get("receipts"):
            notes.append(self.tr("收据 {r}").format(r=self.tr("、").join(d["receipts"])))
        return (f"{h.at:%Y-%m-%d %H:%M}", h.operator, tr_label(h.label), self.tr("；").join(notes))

    def print_certificates(self) -> PrintDialog:
        self.printing = print_certificates(self.context, self, self.number)
        return self.printing

    def print_receipts(self) -> PrintDialog:
        """The receipts selected in 收据, else every receipt of the enrollment."""
        rows = sorted({i.row() for i in self.receipt_table.selectedIndexes()})
        chosen = [self.receipts[r] for r in rows] or self.receipts
        self.printing = print_receipts(self.context, self, [p.receipt_number or "" for p in chosen])
        return self.printing
