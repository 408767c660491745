"""更正: a reviewer corrects one field of a claim under review, with the reason (kept in history).

The fields offered and how each is read (date, yuan, whole number, a choice, text) come from
`app.claims.fields`; the service checks the new value against the rest of the claim and computes
the benefit again.
"""

from __future__ import annotations

from typing import Any

from app.claims.fields import BY_NAME, CLAIM_FIELDS, FieldType, parse_field
from app.errors import RejectedInput
from ui.forms import error_line, form_buttons
from ui.i18n import error_text, tr_label
from ui.qt import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)


class CorrectDialog(QDialog):
    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("更正 {n}").format(n=number))
        self.setMinimumWidth(420)  # room for a reason and for a refusal on two or three lines
        self.field = QComboBox()
        for spec in CLAIM_FIELDS:
            if spec.correctable:
                self.field.addItem(tr_label(spec.label), spec.name)
        self.field.currentIndexChanged.connect(self._field_changed)
        self.value = QLineEdit()
        self.reason = QLineEdit()
        self.error = error_line()
        form = QFormLayout(self)
        form.addRow(self.tr("字段"), self.field)
        form.addRow(self.tr("更正为"), self.value)
        form.addRow(self.tr("更正原因"), self.reason)
        form.addRow(self.error)
        form_buttons(self, form, self._accept, save=False)
        self.parsed: tuple[dict[str, Any], str] | None = None
        self._field_changed()

    def _field_changed(self) -> None:
        spec = BY_NAME[self.field.currentData()]
        hint = {
            FieldType.DATE: "YYYY-MM-DD",
            FieldType.MONEY: self.tr("元，最多两位小数"),
            FieldType.INT: f"{spec.bounds[0]}–{spec.bounds[1]}",
            FieldType.CHOICE: " / ".join(tr_label(label) for label, _v in spec.choices),
        }.get(spec.type, "")
        self.value.setPlaceholderText(hint)

    def _accept(self) -> None:
        key = self.field.currentData()
        try:
            value = parse_field(key, self.value.text())
        except RejectedInput as error:
            self.error.setText(error_text(error))
            return
        self.parsed = ({key: value}, self.reason.text())
        self.accept()
