"""增员: new hires join an open enrollment, picked from the unit's members or from a roster file,
with the pro-rata premium of rule 9 shown per plan as it is worked out (full premium × months
left / term months), the payer split, 收款方式, voucher and paid date; after saving, the premium
receipt prints from here. Preview and save are `app.enrollment.preview_addition` and
`add_to_enrollment`, the same as `huzhu enrollment add-members`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from app.enrollment import add_to_enrollment, preview_addition
from app.enrollment.additions import AdditionPreview, addition_start, members_by_id_numbers
from app.enrollment.queries import (
    EnrollmentDetail,
    RosterLine,
    enrollment_members,
    show_enrollment,
    unit_roster,
)
from app.enrollment.service import EnrollmentResult
from app.errors import RejectedInput
from app.money import yuan as figures
from app.roster.reading import read_roster
from ui.context import PageContext
from ui.enrollment.change_dialog import ChangeDialog
from ui.enrollment.member_picker import MemberPicker
from ui.enrollment.payment_box import PaymentBox, money_line
from ui.enrollment.print_dialog import PrintDialog, print_receipts
from ui.forms import FieldErrors, date_edit, day_of
from ui.i18n import error_text, tr_label, tr_message
from ui.qt import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class AdditionDialog(ChangeDialog):
    def __init__(self, context: PageContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(context, number, parent)
        self.preview: AdditionPreview | None = None
        self.printing: PrintDialog | None = None

        def opening(
            session: Session,
        ) -> tuple[EnrollmentDetail, set[uuid.UUID], list[RosterLine], dt.date]:
            detail = show_enrollment(session, number)
            enrolled = {m.uuid for m in enrollment_members(session, context.actor, number=number)}
            roster = unit_roster(session, context.actor, unit_uuid=detail.summary.unit_uuid)
            return detail, enrolled, roster, addition_start(session, number=number)

        detail, enrolled, roster, start = context.read(opening)
        self.unit_uuid = detail.summary.unit_uuid
        self.lines: list[RosterLine] = [r for r in roster if r.uuid not in enrolled]
        s = detail.summary
        self.setWindowTitle(self.tr("增员 — {n}").replace("{n}", number))
        info = QLabel(
            self.tr("{u}，参保单 {n}，保障期 {a} 至 {b}。增员随原参保单期满，按剩余月数计收会费。")
            .format(u=s.unit_name, n=number, a=s.start, b=s.end)
        )  # fmt: skip
        info.setWordWrap(True)
        self.picker = MemberPicker(
            [(line.uuid, line.name, line.id_number) for line in self.lines],
            self.tr("按姓名或证件号码筛选本单位未参保的会员"),
        )
        self.picker.changed.connect(self.refresh)
        self.file_button = QPushButton(self.tr("从名册文件选择(&F)…"))
        self.file_button.clicked.connect(self.pick_from_file)
        self.start = date_edit(start)
        self.start.dateChanged.connect(lambda _d: self.refresh())
        self.working = QLabel()
        self.working.setWordWrap(True)
        self.payment = PaymentBox()
        self.payment.changed.connect(self._enable)
        self.confirm_button = QPushButton(self.tr("确认增员(&S)"))
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        self.receipt_button = QPushButton(self.tr("打印收款收据(&R)…"))
        self.receipt_button.clicked.connect(self.print_receipt)
        self.receipt_button.setVisible(False)
        self.close_button = QPushButton(self.tr("取消"))
        self.close_button.clicked.connect(self.reject)
        self._layout(info)
        self.refresh()

    def _layout(self, info: QLabel) -> None:
        left = QVBoxLayout()
        left.addWidget(info)
        left.addWidget(self.picker, 1)
        left.addWidget(self.file_button)
        form = QFormLayout()
        form.addRow(self.tr("增员生效日(&D)"), self.start)
        right = QVBoxLayout()
        right.addLayout(form)
        # the working wraps over several lines; a form row would not give it the height it needs
        right.addWidget(self.working)
        right.addWidget(self.payment)
        self.errors = FieldErrors(
            form, {"members": self.picker, "start": self.start}
        )  # general errors (rules, file rows) show under the start date
        self.errors.clear()
        right.addStretch()
        self._arrange(
            left, right, (1, 1), (self.receipt_button, self.confirm_button, self.close_button)
        )
        self.resize(960, 600)

    def chosen(self) -> list[uuid.UUID]:
        return self.picker.chosen()

    def start_date(self) -> dt.date:
        return day_of(self.start)

    def pick_from_file(self) -> None:
        """Tick the members a roster file names (its 身份证号码 column); rows that are not this
        unit's registered members are listed by row."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择增员名册"), "", self.tr("花名册 (*.xlsx *.xls *.csv)")
        )
        if not path:
            return
        self.errors.clear()
        try:
            sheet = read_roster(Path(path))
            pairs = [(row.number, str(sheet.cell(row, "id_number") or "")) for row in sheet.rows]
            unit_uuid = self.unit_uuid
            found = self.context.read(lambda s: members_by_id_numbers(s, unit_uuid, pairs))
        except RejectedInput as exc:  # ValidationFailed lists every row
            self.errors.show(exc)
            return
        already = self.picker.check_members(found)
        if already:
            self.errors.show(
                RejectedInput(
                    self.tr("名册中有 {k} 人已在本参保单中，未重复勾选。").format(k=already)
                )
            )

    def refresh(self) -> None:
        """Work the premium out again for the members ticked and the start date."""
        chosen = self.chosen()
        self.preview = None
        if not chosen:
            self.working.setText(self.tr("请勾选增员人员，或从名册文件选择。"))
            self.payment.set_total(0)
            self._enable()
            return
        try:
            number, start = self.number, self.start_date()
            self.preview = self.context.read(
                lambda s: preview_addition(s, number=number, member_uuids=chosen, start=start)
            )
        except RejectedInput as exc:
            self.working.setText(error_text(exc))
            self._enable()
            return
        lines = [
            self.tr("{c} {s} 份：{f} 元 × {m}/{t} 个月 = {p} 元/人，{n} 人，保障至 {e}").format(
                c=p.code,
                s=p.shares,
                f=figures(p.full_premium),
                m=p.months,
                t=p.term_months,
                p=figures(p.premium),
                n=p.members,
                e=p.end,
            )
            for p in self.preview.plans
        ]
        lines += [
            "✗ " + f"{tr_label(r.title)}：{tr_message(r.message)}"
            for r in self.preview.check.results
            if not r.passed
        ]
        lines.append(money_line(self.tr("应缴会费"), self.preview.premium_total))
        self.working.setText("\n".join(lines))
        self.payment.set_total(self.preview.premium_total)
        self._enable()

    def _enable(self) -> None:
        ok = self.preview is not None and self.preview.check.ok and not self.payment.problem()
        self.confirm_button.setEnabled(ok and self.result is None)

    def confirm(self) -> None:
        members, number, start = self.chosen(), self.number, self.start_date()
        split, details = self.payment.split(), self.payment.details()
        self.errors.clear()
        self._save(
            self.tr("增员"),
            lambda job: add_to_enrollment(
                job.session,
                job.actor,
                number=number,
                member_uuids=members,
                start=start,
                payment=split,
                paid_on=details.paid_on,
                method=details.method,
                voucher=details.voucher,
            ),
            self.confirm_button,
            self._added,
        )

    def _added(self, result: EnrollmentResult) -> None:
        self.result = result
        self.working.setText(
            self.tr("已增员 {m} 人，收据 {r}。").format(
                m=result.members, r=self.tr("、").join(r.number for r in result.receipts)
            )
            + "\n"
            + money_line(self.tr("已收会费"), result.premium_total)
        )
        for widget in (self.picker, self.file_button, self.start, self.payment):
            widget.setEnabled(False)
        self.confirm_button.setVisible(False)
        self.receipt_button.setVisible(True)
        self.close_button.setText(self.tr("关闭"))

    def print_receipt(self) -> PrintDialog | None:
        if self.result is None:
            return None
        self.printing = print_receipts(self.context, self, [r.number for r in self.result.receipts])
        return self.printing
