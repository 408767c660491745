"""更正: a reviewer corrects one field of a claim under review, with the reason (kept in history).

The new value is read by the field's type (date, yuan, whole number, text); the service checks
it against the rest of the claim and computes the benefit again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.errors import RejectedInput
from app.i18n import msg
from app.money import parse_yuan
from ui.i18n import error_text
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

FIELDS = {
    "self_pay": (QT_TRANSLATE_NOOP("CorrectDialog", "政策内个人自付（元）"), "money"),
    "total_cost": (QT_TRANSLATE_NOOP("CorrectDialog", "总费用（元）"), "money"),
    "insurance_paid": (QT_TRANSLATE_NOOP("CorrectDialog", "基本医保已付（元）"), "money"),
    "out_of_policy": (QT_TRANSLATE_NOOP("CorrectDialog", "自费（元）"), "money"),
    "admitted": (QT_TRANSLATE_NOOP("CorrectDialog", "入院日期"), "date"),
    "discharged": (QT_TRANSLATE_NOOP("CorrectDialog", "出院日期"), "date"),
    "settled": (QT_TRANSLATE_NOOP("CorrectDialog", "结算日期"), "date"),
    "diagnosed": (QT_TRANSLATE_NOOP("CorrectDialog", "确诊日期"), "date"),
    "accident_date": (QT_TRANSLATE_NOOP("CorrectDialog", "出险日期"), "date"),
    "severity": (QT_TRANSLATE_NOOP("CorrectDialog", "疾病程度（重度/轻度）"), "text"),
    "diagnosis": (QT_TRANSLATE_NOOP("CorrectDialog", "诊断"), "text"),
    "grade": (QT_TRANSLATE_NOOP("CorrectDialog", "伤残等级"), "int"),
    "days": (QT_TRANSLATE_NOOP("CorrectDialog", "住院天数"), "int"),
    "hospital": (QT_TRANSLATE_NOOP("CorrectDialog", "医院"), "text"),
    "hospital_level": (QT_TRANSLATE_NOOP("CorrectDialog", "医院等级（1-3）"), "int"),
    "claimant_name": (QT_TRANSLATE_NOOP("CorrectDialog", "申请人姓名"), "text"),
}


def parse_value(field: str, text: str) -> Any:
    kind = FIELDS[field][1]
    text = text.strip()
    if kind == "money":
        return parse_yuan(text, field=field)
    if kind == "date":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise RejectedInput(msg("日期“{t}”应为 YYYY-MM-DD。", t=text), field=field) from None
    if kind == "int":
        if not text.isdigit():
            raise RejectedInput(msg("“{t}”应为整数。", t=text), field=field)
        return int(text)
    return text


class CorrectDialog(QDialog):
    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("更正 {n}").format(n=number))
        self.field = QComboBox()
        for key, (label, _kind) in FIELDS.items():
            self.field.addItem(self.tr(label), key)
        self.value = QLineEdit()
        self.reason = QLineEdit()
        self.error = QLabel()
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("字段"), self.field)
        form.addRow(self.tr("更正为"), self.value)
        form.addRow(self.tr("更正原因"), self.reason)
        form.addRow(self.error)
        form.addRow(buttons)
        self.parsed: tuple[dict[str, Any], str] | None = None

    def _accept(self) -> None:
        key = self.field.currentData()
        try:
            value = parse_value(key, self.value.text())
        except RejectedInput as error:
            self.error.setText(error_text(error))
            return
        self.parsed = ({key: value}, self.reason.text())
        self.accept()
