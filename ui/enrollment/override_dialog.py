"""A supervisor approves an exception to the participation ratio: logs in here, gives a reason.

The login is the real one (lockout and audit included); only a role that may override rules is
accepted, and the reason is required. The approval is stored on the enrollment when it is saved.
"""

from __future__ import annotations

from app.auth import Action, Actor, authenticate
from app.db import Database
from app.errors import HuzhuError
from ui.forms import error_line, form_buttons, password_edit
from ui.i18n import error_text
from ui.qt import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class OverrideDialog(QDialog):
    def __init__(self, db: Database, problems: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.supervisor: Actor | None = None
        self.reason_text = ""
        self.setWindowTitle(self.tr("主管审批例外"))
        intro = QLabel(
            self.tr("以下规则未满足，须由主管登录并填写理由：") + "\n" + "\n".join(problems)
        )
        intro.setWordWrap(True)
        self.username = QLineEdit()
        self.password = password_edit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如：单位改制，余员下月补办"))
        self.error = error_line()
        form = QFormLayout()
        form.addRow(self.tr("主管用户名(&U)"), self.username)
        form.addRow(self.tr("密码(&P)"), self.password)
        form.addRow(self.tr("审批理由(&R)"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        form_buttons(self, layout, self.approve, save=False)

    def approve(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.error.setText(self.tr("请填写审批理由。"))
            self.reason.setFocus()
            return
        try:
            actor = authenticate(self.db, self.username.text(), self.password.text())
        except HuzhuError as exc:
            self.error.setText(error_text(exc))
            self.password.clear()
            self.password.setFocus()
            return
        if not actor.can(Action.OVERRIDE_RULES):
            self.error.setText(
                self.tr("{0} 不是主管，不能审批例外。").replace("{0}", actor.username)
            )
            return
        self.supervisor, self.reason_text = actor, reason
        self.accept()
