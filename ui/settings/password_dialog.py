"""修改密码 (an operator's own: old password, new one twice) and 重置密码 (an admin's, for another
operator: new one twice). The strength rule shown is app.auth's own text, and app.auth checks
it: the dialog only knows that the two typings must agree."""

from __future__ import annotations

from app import auth
from app.errors import RejectedInput
from ui.context import PageContext
from ui.forms import error_line, form_buttons, password_edit, save_dialog
from ui.i18n import error_text, tr_message
from ui.ops import Job
from ui.qt import QDialog, QFormLayout, QLabel, QWidget


class PasswordDialog(QDialog):
    """`username` None: the logged-in operator changes their own password; otherwise an admin
    resets `username`'s."""

    def __init__(
        self, context: PageContext, username: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.username = context, username
        self.setObjectName("password-dialog")
        own = username is None
        self.setWindowTitle(
            self.tr("修改密码") if own else self.tr("重置密码 — {u}").replace("{u}", username or "")
        )
        self.old = password_edit()
        self.old.setObjectName("old_password")
        self.new = password_edit()
        self.new.setObjectName("new_password")
        self.repeat = password_edit()
        self.repeat.setObjectName("repeat_password")
        rule = QLabel(tr_message(auth.password_rule()))
        rule.setObjectName("rule")
        rule.setWordWrap(True)
        self.error = error_line()
        form = QFormLayout(self)
        if own:
            form.addRow(self.tr("操作员"), QLabel(context.actor.display_name))
            form.addRow(self.tr("原密码"), self.old)
        form.addRow(self.tr("新密码"), self.new)
        form.addRow(self.tr("再次输入新密码"), self.repeat)
        form.addRow(rule)
        form.addRow(self.error)
        self.ok_button = form_buttons(self, form, self.save, save=False)
        (self.old if own else self.new).setFocus()

    def save(self) -> None:
        if self.new.text() != self.repeat.text():
            self.error.setText(self.tr("两次输入的新密码不一致。"))
            self.repeat.selectAll()
            self.repeat.setFocus()
            return
        self.error.clear()
        old, new, username = self.old.text(), self.new.text(), self.username

        def work(job: Job) -> None:
            if username is None:
                auth.change_password(job.session, job.actor, old_password=old, new_password=new)
            else:
                auth.reset_password(job.session, job.actor, username=username, new_password=new)

        save_dialog(self, self.context, work, errors=self._rejected, button=self.ok_button)

    def _rejected(self, error: RejectedInput) -> None:
        self.error.setText(error_text(error))
        field = self.old if error.field == "old_password" else self.new
        field.selectAll()
        field.setFocus()
