"""Small dialogs for a member's status: move to another unit, leave (离职) on a date, rejoin."""

from __future__ import annotations

from collections.abc import Callable

from app import clock
from app.member_search import MemberRow
from app.members import MemberChange, leave_member, move_member, rejoin_member
from ui.context import PageContext
from ui.forms import FieldErrors, date_edit, day_of, form_buttons, save_dialog
from ui.members.member_dialog import unit_combo
from ui.ops import Job
from ui.qt import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
    Signal,
)


class _StatusDialog(QDialog):
    saved = Signal(object)  # MemberChange

    def __init__(self, context: PageContext, member: MemberRow, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context, self.member = context, member
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("会员"), QLabel(f"{member.name}（{member.unit_name}）"))

    def _finish(self, fields: dict[str, QWidget], submit: Callable[[], None]) -> None:
        """The refusal lines beside `fields` and 确定, which calls the dialog's `submit`."""
        self.errors = FieldErrors(self.form, fields)
        self.ok_button = form_buttons(self, self.form, submit, save=False)
        self.errors.clear()

    def _run(self, work: Callable[[Job], MemberChange]) -> None:
        self.op = save_dialog(
            self, self.context, work, errors=self.errors, button=self.ok_button, saved=self.saved
        )


class _UnitDialog(_StatusDialog):
    """A change that names the member's unit (调动, 重新在职): `change` is the app function."""

    change: Callable[..., MemberChange]

    def _choose_unit(self, title: str, label: str) -> None:
        self.setWindowTitle(title)
        self.unit = unit_combo(self.context, self.member.unit_uuid)
        self.form.addRow(label, self.unit)
        self._finish({"unit": self.unit}, self.submit)

    def submit(self) -> None:
        target, member, change = self.unit.currentData(), self.member.uuid, type(self).change
        self._run(lambda job: change(job.session, job.actor, member_uuid=member, unit_uuid=target))


class MoveDialog(_UnitDialog):
    change = staticmethod(move_member)

    def __init__(self, context: PageContext, member: MemberRow, parent: QWidget | None = None):
        super().__init__(context, member, parent)
        self._choose_unit(self.tr("调动单位"), self.tr("调入单位"))


class LeaveDialog(_StatusDialog):
    def __init__(self, context: PageContext, member: MemberRow, parent: QWidget | None = None):
        super().__init__(context, member, parent)
        self.setWindowTitle(self.tr("办理离职"))
        self.date = date_edit(clock.today())
        self.reason = QLineEdit()
        self.form.addRow(self.tr("离职日期"), self.date)
        self.form.addRow(self.tr("原因（可不填）"), self.reason)
        self._finish({"left_on": self.date}, self.submit)

    def submit(self) -> None:
        on, reason, member = day_of(self.date), self.reason.text(), self.member
        self._run(
            lambda job: leave_member(
                job.session, job.actor, member_uuid=member.uuid, on=on, reason=reason
            )
        )


class RejoinDialog(_UnitDialog):
    change = staticmethod(rejoin_member)

    def __init__(self, context: PageContext, member: MemberRow, parent: QWidget | None = None):
        super().__init__(context, member, parent)
        self._choose_unit(self.tr("重新在职"), self.tr("所在单位"))
