"""Add an operator: username, name, role and a password typed twice."""

from __future__ import annotations

from typing import Any

from app.auth import ROLE_LABELS, password_rule
from models.enums import Role
from ui.forms import error_line, form_buttons, password_edit
from ui.i18n import tr_message
from ui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)


class AddOperatorDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新增操作员"))
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(QCoreApplication.translate("app", ROLE_LABELS[role]), role)
        self.password, self.repeat = password_edit(), password_edit()
        self.error = error_line()
        form = QFormLayout(self)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("角色"), self.role)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("再次输入密码"), self.repeat)
        rule = QLabel(tr_message(password_rule()))
        rule.setWordWrap(True)
        form.addRow(rule)
        form.addRow(self.error)
        form_buttons(self, form, self._check, save=False)

    def _check(self) -> None:
        # Only what the service cannot know: that the two typings agree.
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("两次输入的密码不一致。"))
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        return {
            "username": self.username.text(),
            "display_name": self.display_name.text().strip(),
            "role": Role(self.role.currentData()),
            "password": self.password.text(),
        }
