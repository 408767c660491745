"""Register or edit a member. For a resident ID the dialog shows the sex and birth date the
number says as it is typed; other documents ask for them. Enter saves, Esc cancels, and the
service's refusal appears under its field. Editing sends only the fields the clerk changed, so
a masked ID number or phone is never written back."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from app import clock
from app.auth import Action
from app.errors import RejectedInput
from app.ids import parse_resident_id
from app.member_search import MemberDetail
from app.members import (
    ALLOWED_TAGS,
    GENDER_LABELS,
    ID_TYPE_LABELS,
    MemberChange,
    MemberFields,
    add_member,
    edit_member,
)
from app.units import search_units
from models.enums import Gender, IdType
from ui.context import PageContext
from ui.forms import FieldErrors, form_buttons, read_only_unless, save_dialog
from ui.i18n import tr_label
from ui.ops import Job
from ui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
    Signal,
)


def unit_combo(context: PageContext, selected: uuid.UUID | None = None) -> QComboBox:
    """Active units by name (with their USCC), `selected` current."""
    combo = QComboBox()
    units = context.read(lambda s: search_units(s, include_inactive=False, limit=100_000))
    for unit in units:
        combo.addItem(f"{unit.name}（{unit.uscc}）", unit.uuid)
    if selected is not None:
        combo.setCurrentIndex(max(combo.findData(selected), 0))
    return combo


class MemberDialog(QDialog):
    saved = Signal(object)  # MemberChange

    def __init__(
        self,
        context: PageContext,
        *,
        unit_uuid: uuid.UUID | None = None,
        member: MemberDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.member = context, member
        self.setWindowTitle(self.tr("修改会员") if member else self.tr("登记会员"))
        self.unit = unit_combo(context, member.row.unit_uuid if member else unit_uuid)
        self.unit.setEnabled(member is None)  # a move is its own action, with its history
        self.id_type = QComboBox()
        for id_type in IdType:
            self.id_type.addItem(tr_label(ID_TYPE_LABELS[id_type]), id_type)
        self.id_number = QLineEdit()
        self.derived = QLabel()
        self.name = QLineEdit()
        self.gender = QComboBox()
        self.gender.addItem(self.tr("（按身份证）"), None)
        for gender in Gender:
            self.gender.addItem(tr_label(GENDER_LABELS[gender]), gender)
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText("YYYY-MM-DD")
        self.phone = QLineEdit()
        self.group_tag = QComboBox()
        for tag in ALLOWED_TAGS:
            self.group_tag.addItem(tr_label(tag) if tag else self.tr("（无）"), tag)
        self.bank_name = QLineEdit()
        self.bank_account = QLineEdit()
        form = QFormLayout(self)
        rows = (
            (self.tr("单位"), self.unit, "unit"),
            (self.tr("证件类型"), self.id_type, "id_type"),
            (self.tr("证件号码"), self.id_number, "id_number"),
            ("", self.derived, None),
            (self.tr("姓名"), self.name, "name"),
            (self.tr("性别"), self.gender, "gender"),
            (self.tr("出生日期"), self.birth_date, "birth_date"),
            (self.tr("手机/电话"), self.phone, "phone"),
            (self.tr("群体类别"), self.group_tag, "group_tag"),
            (self.tr("开户银行"), self.bank_name, "bank_name"),
            (self.tr("银行账号"), self.bank_account, "bank_account"),
        )
        for label, widget, _field in rows:
            form.addRow(label, widget)
        self.errors = FieldErrors(form, {f: w for _l, w, f in rows if f is not None})
        self.save_button = form_buttons(self, form, self.submit)
        self.read_only_note = read_only_unless(context, Action.EDIT_MEMBERS, form, self.save_button)
        self.id_number.textChanged.connect(self._show_derived)
        self.id_type.currentIndexChanged.connect(self._show_derived)
        self.initial: dict[str, Any] = {}
        if member is not None:
            self._fill(member)
        self.initial = self.values()
        self.errors.clear()
        self._show_derived()
        (self.name if member else self.id_number).setFocus()

    def _fill(self, member: MemberDetail) -> None:
        row = member.row
        self.id_type.setCurrentIndex(self.id_type.findData(row.id_type))
        self.id_number.setText(row.id_number)
        self.name.setText(row.name)
        if row.id_type is not IdType.RESIDENT_ID:
            self.gender.setCurrentIndex(self.gender.findData(row.gender))
            self.birth_date.setText(row.birth_date.isoformat())
        self.phone.setText(row.phone)
        self.group_tag.setCurrentIndex(max(self.group_tag.findData(row.group_tag), 0))
        self.bank_name.setText(member.bank_name)
        self.bank_account.setText(member.bank_account)

    def _show_derived(self) -> None:
        resident = IdType(self.id_type.currentData()) is IdType.RESIDENT_ID
        self.birth_date.setEnabled(not resident)
        self.derived.setText("")
        if resident and len(self.id_number.text().strip()) in (15, 18):
            try:
                rid = parse_resident_id(self.id_number.text(), today=clock.today())
            except RejectedInput:
                return
            self.derived.setText(
                self.tr("{sex}，{birth} 出生").format(
                    sex=tr_label(GENDER_LABELS[rid.gender]), birth=rid.birth_date.isoformat()
                )
            )

    def values(self) -> dict[str, Any]:
        """The form as service values (birth date still text until submit parses it)."""
        return {
            "id_type": self.id_type.currentData(),
            "id_number": self.id_number.text(),
            "name": self.name.text(),
            "gender": self.gender.currentData(),
            "birth_date": self.birth_date.text().strip(),
            "phone": self.phone.text(),
            "group_tag": self.group_tag.currentData(),
            "bank_name": self.bank_name.text(),
            "bank_account": self.bank_account.text(),
        }

    def _parsed(self) -> dict[str, Any]:
        values = self.values()
        text = values["birth_date"]
        try:
            values["birth_date"] = dt.date.fromisoformat(text) if text else None
        except ValueError:
            raise RejectedInput(
                QCoreApplication.translate(
                    "MemberDialog", "出生日期请写成 YYYY-MM-DD，如 1990-01-31。"
                ),
                field="birth_date",
            ) from None
        return values

    def submit(self) -> None:
        try:
            values = self._parsed()
        except RejectedInput as exc:
            self.errors.show(exc)
            return
        member, unit_uuid = self.member, self.unit.currentData()
        current = self.values()
        changed = {k: values[k] for k in current if current[k] != self.initial.get(k)}
        if "birth_date" in changed or "gender" in changed or "id_type" in changed:
            changed.update({k: values[k] for k in ("id_type", "gender", "birth_date")})

        def work(job: Job) -> MemberChange:
            if member is None:
                data = MemberFields(**values)
                return add_member(job.session, job.actor, unit_uuid=unit_uuid, data=data)
            return edit_member(job.session, job.actor, member_uuid=member.row.uuid, changes=changed)

        if member is None and unit_uuid is None:
            self.errors.show(RejectedInput(self.tr("请先选择单位。"), field="unit"))
            return
        self.op = save_dialog(
            self, self.context, work, errors=self.errors, button=self.save_button, saved=self.saved
        )
