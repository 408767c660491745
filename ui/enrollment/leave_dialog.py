"""减员: record members leaving an enrollment, with the date and the reason.

Ticking a member shows at once what will happen (`app.enrollment.leavers.preview_leave`):
before their cover starts it is cancelled and the premium refunded (amount in figures and in
大写); after the start there is no refund and the cover runs to its end. 确认减员 calls
`leave_enrollment`, the same as `huzhu enrollment leave`.
"""

from __future__ import annotations

import uuid

from app import clock
from app.enrollment.leavers import Leaver, leave_enrollment, preview_leave
from app.enrollment.queries import EnrolledMember, enrollment_members
from app.errors import RejectedInput
from app.money import yuan as figures
from ui.context import PageContext
from ui.enrollment.change_dialog import ChangeDialog
from ui.enrollment.member_picker import MemberPicker
from ui.enrollment.payment_box import PaymentBox, money_line
from ui.forms import FieldErrors, date_edit, day_of, form_buttons
from ui.i18n import error_text
from ui.qt import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)


class LeaveDialog(ChangeDialog):
    def __init__(self, context: PageContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(context, number, parent)
        self.setWindowTitle(self.tr("减员 — {n}").replace("{n}", number))
        actor = context.actor
        everyone = context.read(lambda s: enrollment_members(s, actor, number=number))
        self.members: list[EnrolledMember] = [m for m in everyone if not m.cancelled]
        self.picker = MemberPicker(
            [(m.uuid, m.name, m.id_number) for m in self.members],
            self.tr("按姓名或证件号码筛选"),
        )
        self.picker.changed.connect(self._preview)
        self.on = date_edit(clock.today())
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如：离职、调出本单位、死亡"))
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        self.refund = PaymentBox(split=False, refund=True)
        self.refund.due.setVisible(False)  # the effect above shows the refund with 大写
        form = QFormLayout(self)
        form.addRow(self.picker)
        form.addRow(self.tr("离开日期(&D)"), self.on)
        form.addRow(self.tr("减员原因(&R)"), self.reason)
        form.addRow(self.effect)
        form.addRow(self.refund)
        self.errors = FieldErrors(
            form, {"members": self.picker, "date": self.on, "reason": self.reason}
        )
        self.errors.clear()
        self.ok_button = form_buttons(self, form, self.confirm, save=False)
        self.ok_button.setText(self.tr("确认减员(&S)"))
        self.leavers: list[Leaver] = []
        self._preview()
        self.resize(560, 640)

    def chosen(self) -> list[uuid.UUID]:
        return self.picker.chosen()

    def _preview(self) -> None:
        chosen = self.chosen()
        self.leavers = []
        if chosen:
            try:
                number = self.number
                self.leavers = self.context.read(
                    lambda s: preview_leave(s, number=number, member_uuids=chosen)
                )
            except RejectedInput as exc:
                self.effect.setText(error_text(exc))
                self.ok_button.setEnabled(False)
                return
        lines = [
            self.tr("{n}：生效前减员，保障作废，退费 {a} 元").format(
                n=x.name, a=figures(x.refunded)
            )
            if x.cover_runs_to is None
            else self.tr("{n}：已生效，不退费，保障至 {d} 止").format(n=x.name, d=x.cover_runs_to)
            for x in self.leavers
        ]
        total = sum(x.refunded for x in self.leavers)
        if self.leavers:
            lines.append(money_line(self.tr("退费合计"), total))
        self.effect.setText("\n".join(lines) or self.tr("请勾选要减员的人员。"))
        self.refund.set_total(total)
        self.refund.setVisible(total > 0)
        self.ok_button.setEnabled(bool(self.leavers))

    def confirm(self) -> None:
        members, number = self.chosen(), self.number
        on = day_of(self.on)
        reason, details = self.reason.text(), self.refund.details()
        self._save(
            self.tr("减员"),
            lambda job: leave_enrollment(
                job.session,
                job.actor,
                number=number,
                member_uuids=members,
                on=on,
                reason=reason,
                refund=details,
            ),
            self.ok_button,
        )
