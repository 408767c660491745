"""The enrollment wizard: unit → plans and shares → members → rule check → payment split → confirm.

Nothing is written before Finish: the check step runs `preview_enrollment` (reads only) and shows
every rule's message and the premium; a failed ratio offers the supervisor's override; Finish
runs `enrol` on the writer thread, which checks every rule again in its own transaction.
"""

from __future__ import annotations

from dataclasses import replace

from app.auth import Actor
from app.enrollment import EnrollmentRequest, EnrollmentResult, enrol, preview_enrollment
from app.enrollment.premiums import PAYER_LABELS, PaymentSplit
from app.enrollment.service import EnrollmentPreview
from app.errors import RejectedInput
from app.money import parse_yuan, plain_yuan
from models.enums import Payer
from ui.context import PageContext
from ui.enrollment.override_dialog import OverrideDialog
from ui.enrollment.payment_box import PaymentBox
from ui.enrollment.wizard_pages import MembersStep, PlansStep, UnitStep
from ui.i18n import tr_label, tr_message
from ui.ops import run_op
from ui.qt import (
    QCoreApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWizard,
    QWizardPage,
    Signal,
)


class CheckStep(QWizardPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.setTitle(self.tr("第四步：规则检查"))
        self.results = QListWidget()
        self.premium = QLabel()
        self.override_button = QPushButton(self.tr("主管审批例外(&O)…"))
        self.override_button.clicked.connect(self.request_override)
        layout = QVBoxLayout(self)
        layout.addWidget(self.results)
        layout.addWidget(self.premium)
        layout.addWidget(self.override_button)
        self.preview: EnrollmentPreview | None = None
        self.supervisor: Actor | None = None
        self.reason = ""
        self.dialog: OverrideDialog | None = None

    def initializePage(self) -> None:
        self.run_check()

    def run_check(self) -> None:
        request = self.wizard().request()
        self.preview = self.context.read(lambda s: preview_enrollment(s, request=request))
        self.results.clear()
        for result in self.preview.results:
            mark = "✓" if result.passed else "✗"
            item = QListWidgetItem(
                self.tr("{mark} {title}：{text}").format(
                    mark=mark, title=tr_label(result.title), text=tr_message(result.message)
                )
            )
            if not result.passed:
                item.setForeground(Qt.GlobalColor.red)
            self.results.addItem(item)
        self.premium.setText(
            self.tr("应缴会费 {0} 元").replace("{0}", plain_yuan(self.preview.premium_total))
        )
        self.override_button.setVisible(self.preview.needs_override)
        self.completeChanged.emit()

    def failed_messages(self) -> list[str]:
        assert self.preview is not None
        return [tr_message(r.message) for r in self.preview.results if not r.passed]

    def request_override(self) -> OverrideDialog:
        self.dialog = OverrideDialog(self.context.db, self.failed_messages(), self)
        self.dialog.accepted.connect(self._approved)
        self.dialog.open()
        return self.dialog

    def _approved(self) -> None:
        assert self.dialog is not None
        self.supervisor, self.reason = self.dialog.supervisor, self.dialog.reason_text
        self.run_check()

    def isComplete(self) -> bool:
        return self.preview is not None and self.preview.ok


class PaymentStep(QWizardPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.setTitle(self.tr("第五步：缴费分摊"))
        self.total = 0
        self.fields: dict[Payer, QLineEdit] = {}
        form = QFormLayout()
        for payer in Payer:
            field = QLineEdit("0.00")
            field.textChanged.connect(self._changed)
            form.addRow(
                QCoreApplication.translate("app", PAYER_LABELS[payer]) + self.tr("（元）"), field
            )
            self.fields[payer] = field
        self.due = QLabel()
        self.remaining = QLabel()
        self.paid = PaymentBox(split=False)  # 收款方式, 凭证号, 缴费日期
        self.paid.due.setVisible(False)
        self.paid.changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.due)
        layout.addLayout(form)
        layout.addWidget(self.remaining)
        layout.addWidget(self.paid)

    def initializePage(self) -> None:
        preview = self.wizard().check_step.preview
        assert preview is not None
        self.total = preview.premium_total
        payer = Payer.GIFT if self.wizard().plans_step.gift.isChecked() else Payer.UNIT
        for each, field in self.fields.items():
            field.setText(plain_yuan(self.total if each is payer else 0))
        self.due.setText(self.tr("应缴会费 {0} 元").replace("{0}", plain_yuan(self.total)))
        self._changed()

    def split(self) -> PaymentSplit | None:
        parts = {}
        for payer, field in self.fields.items():
            try:
                parts[payer.value] = parse_yuan(field.text().strip() or "0", field=payer.value)
            except RejectedInput:
                return None
        return PaymentSplit(**parts)

    def _changed(self) -> None:
        split = self.split()
        if split is None:
            self.remaining.setText(self.tr("金额应为不小于 0、最多两位小数的元数。"))
        else:
            self.remaining.setText(
                self.tr("尚需分摊 {0} 元").replace("{0}", plain_yuan(self.total - split.total))
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        split = self.split()
        return split is not None and split.total == self.total and not self.paid.problem()


class ConfirmStep(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("第六步：确认保存"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)

    def initializePage(self) -> None:
        wizard = self.wizard()
        unit = wizard.unit_step.unit()
        request = wizard.request()
        comma = self.tr("，")
        plans = comma.join(self.tr("{c} {s} 份").format(c=c, s=s) for c, s in request.plans.items())
        split = request.payment or PaymentSplit()
        parts = comma.join(
            self.tr("{p} {a} 元").format(
                p=QCoreApplication.translate("app", PAYER_LABELS[p]), a=plain_yuan(a)
            )
            for p, a in split.parts().items()
            if a
        )
        lines = [
            self.tr("{u}：{n} 人，{plans}").format(
                u=unit.name if unit else "", n=len(request.member_uuids), plans=plans
            ),
            self.tr("自 {d} 起生效；缴费：{parts}").format(
                d=request.start.isoformat(), parts=parts
            ),
            self.tr("收款方式 {m}，凭证号 {v}，缴费日期 {p}").format(
                m=QCoreApplication.translate("app", request.method),
                v=request.voucher or self.tr("（无）"),
                p=request.paid_on,
            ),
        ]
        if request.override_reason:
            lines.append(
                self.tr("主管 {s} 审批例外：{r}").format(
                    s=wizard.check_step.supervisor.display_name, r=request.override_reason
                )
            )
        self.summary.setText("\n".join(lines))


class EnrollmentWizard(QWizard):
    """Emits `saved(EnrollmentResult)` after the enrollment is written."""

    saved = Signal(object)

    def __init__(self, context: PageContext, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.context = context
        self.result_value: EnrollmentResult | None = None
        self.saving = False
        self.setWindowTitle(self.tr("办理参保"))
        self.unit_step = UnitStep(context)
        self.plans_step = PlansStep(context)
        self.members_step = MembersStep(context)
        self.check_step = CheckStep(context)
        self.payment_step = PaymentStep(context)
        self.confirm_step = ConfirmStep()
        for step in (self.unit_step, self.plans_step, self.members_step, self.check_step,
                     self.payment_step, self.confirm_step):  # fmt: skip
            self.addPage(step)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("确认保存(&S)"))

    def request(self) -> EnrollmentRequest:
        unit = self.unit_step.unit()
        assert unit is not None
        check = self.check_step
        base = EnrollmentRequest(
            unit_uuid=unit.uuid,
            plans=self.plans_step.plans(),
            member_uuids=tuple(self.members_step.chosen()),
            start=self.plans_step.start_date(),
            is_gift=self.plans_step.gift.isChecked(),
            override_reason=check.reason or None,
            override_by=check.supervisor,
        )
        paid = self.payment_step.paid.details()
        base = replace(base, method=paid.method, voucher=paid.voucher, paid_on=paid.paid_on)
        split = self.payment_step.split() if self.payment_step.total else None
        return replace(base, payment=split) if split is not None else base

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.confirm_step or self.result_value is not None:
            return super().validateCurrentPage()  # QWizard.accept() validates once more
        if self.saving:
            return False
        self.saving = True
        request = self.request()
        run_op(
            self.context,
            self,
            title=self.tr("保存参保"),
            work=lambda job: enrol(job.session, job.actor, request=request, progress=job.progress),
            on_done=self._saved,
        ).settled.connect(self._settled)
        return False  # the wizard closes when the enrollment is saved

    def _settled(self) -> None:
        self.saving = False

    def _saved(self, result: EnrollmentResult) -> None:
        self.result_value = result
        self.saved.emit(result)
        self.accept()
