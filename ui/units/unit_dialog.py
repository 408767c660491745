"""Register or edit a unit. Enter saves, Esc cancels; the service's refusal appears under the
field it concerns (e.g. a duplicate USCC names the unit that already has it)."""

from __future__ import annotations

from app.auth import Action
from app.units import UnitFields, UnitRow, add_unit, edit_unit
from ui.context import PageContext
from ui.forms import FieldErrors, form_buttons, read_only_unless, save_dialog
from ui.ops import Job
from ui.qt import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
    Signal,
)

MAX_HEADCOUNT = 1_000_000


class UnitDialog(QDialog):
    saved = Signal(object)  # UnitRow

    def __init__(
        self, context: PageContext, unit: UnitRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.unit = context, unit
        self.setWindowTitle(self.tr("修改单位") if unit else self.tr("登记单位"))
        self.uscc = QLineEdit()
        self.uscc.setMaxLength(18)
        self.name = QLineEdit()
        self.headcount = _count_box(1)
        self.female = _count_box(0)
        self.industry = QLineEdit()
        self.union_name = QLineEdit()
        self.contact = QLineEdit()
        self.phone = QLineEdit()
        self.address = QLineEdit()
        form = QFormLayout(self)
        for label, widget in (
            (self.tr("统一社会信用代码"), self.uscc),
            (self.tr("单位名称"), self.name),
            (self.tr("在职职工数"), self.headcount),
            (self.tr("女职工数"), self.female),
            (self.tr("行业"), self.industry),
            (self.tr("工会名称"), self.union_name),
            (self.tr("联系人"), self.contact),
            (self.tr("电话"), self.phone),
            (self.tr("地址"), self.address),
        ):
            form.addRow(label, widget)
        self.errors = FieldErrors(
            form,
            {
                "uscc": self.uscc,
                "name": self.name,
                "headcount": self.headcount,
                "female_headcount": self.female,
                "industry": self.industry,
                "union_name": self.union_name,
                "contact": self.contact,
                "phone": self.phone,
                "address": self.address,
            },
        )
        self.save_button = form_buttons(self, form, self.submit)
        self.read_only_note = read_only_unless(context, Action.EDIT_UNITS, form, self.save_button)
        if unit is not None:
            self._fill(unit)
        self.errors.clear()
        self.uscc.setFocus()

    def _fill(self, unit: UnitRow) -> None:
        self.uscc.setText(unit.uscc)
        self.name.setText(unit.name)
        self.headcount.setValue(unit.headcount)
        self.female.setValue(unit.female_headcount)
        self.industry.setText(unit.industry)
        self.union_name.setText(unit.union_name)
        self.contact.setText(unit.contact)
        self.phone.setText(unit.phone)
        self.address.setText(unit.address)

    def fields(self) -> UnitFields:
        return UnitFields(
            uscc=self.uscc.text(),
            name=self.name.text(),
            headcount=self.headcount.value(),
            female_headcount=self.female.value(),
            industry=self.industry.text(),
            union_name=self.union_name.text(),
            address=self.address.text(),
            contact=self.contact.text(),
            phone=self.phone.text(),
        )

    def submit(self) -> None:
        data, unit = self.fields(), self.unit

        def work(job: Job) -> UnitRow:
            if unit is None:
                return add_unit(job.session, job.actor, data=data)
            return edit_unit(job.session, job.actor, unit_uuid=unit.uuid, data=data)

        self.op = save_dialog(
            self, self.context, work, errors=self.errors, button=self.save_button, saved=self.saved
        )


def _count_box(minimum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, MAX_HEADCOUNT)
    box.setGroupSeparatorShown(False)
    return box
