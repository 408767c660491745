"""操作员: the hub's operators and their roles; change one's own password (as `huzhu hub user
passwd`), add an operator (admins, as `huzhu hub user add`), verify the audit chain (as `huzhu
hub audit verify`)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from app.hub import audit, operators
from app.hub.operators import ROLE_LABELS, ROLES, HubOperator
from ui.forms import error_line, fill_table, form_buttons, password_edit, read_only_table
from ui.hub.context import HUB_OPERATORS, HubContext
from ui.hub.page import HubPage, toolbar
from ui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PasswordDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改密码"))
        form = QFormLayout(self)
        self.old, self.new, self.again = password_edit(), password_edit(), password_edit()
        for name, edit in (("old", self.old), ("new", self.new), ("again", self.again)):
            edit.setObjectName(name)
        form.addRow(self.tr("原密码"), self.old)
        form.addRow(self.tr("新密码"), self.new)
        form.addRow(self.tr("再输一次新密码"), self.again)
        self.error = error_line()
        form.addRow(self.error)
        self.ok = form_buttons(self, form, self._check, save=False)

    def _check(self) -> None:
        if self.new.text() != self.again.text():
            self.error.setText(self.tr("两次输入的新密码不一致。"))
            return
        self.accept()


def change_own_password(
    context: HubContext, parent: QWidget, dialog: PasswordDialog, done: Callable[[], None]
) -> None:
    """Run app.hub.operators.change_password with what `dialog` holds (page and 操作员 menu)."""
    old, new = dialog.old.text(), dialog.new.text()
    engine, username = context.hub.engine, context.operator.username
    context.run(
        parent,
        title=QCoreApplication.translate("PasswordDialog", "修改密码"),
        work=lambda _conn: operators.change_password(engine, username, old, new),
        on_done=lambda _who: done(),
    )


class AddDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("添加操作员"))
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in ROLES:
            self.role.addItem(ROLE_LABELS[role], role)
        self.password = password_edit()
        self.password.setObjectName("password")
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("角色"), self.role)
        form.addRow(self.tr("初始密码"), self.password)
        self.ok = form_buttons(self, form, self.accept, save=False)


class OperatorsPage(HubPage):
    WATCHED = frozenset({HUB_OPERATORS})

    def __init__(self, context: HubContext) -> None:
        super().__init__(context)
        self.table = read_only_table([self.tr("用户名"), self.tr("姓名"), self.tr("角色")])
        self.table.setObjectName("operators")
        self.password_button = QPushButton(self.tr("修改密码…"))
        self.password_button.clicked.connect(self.change_password)
        self.add_button = QPushButton(self.tr("添加操作员…"))
        self.add_button.setEnabled(context.operator.role == "admin")
        self.add_button.clicked.connect(self.add_operator)
        self.verify_button = QPushButton(self.tr("核验审计日志"))
        self.verify_button.clicked.connect(self.verify)
        self.status = QLabel()
        self.status.setObjectName("status")
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar([self.password_button, self.add_button, self.verify_button]))
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self._start(self.tr("操作员"))

    def _work(self) -> Callable[[Connection], list[HubOperator]]:
        return operators.list_operators

    def _show(self, listed: list[HubOperator]) -> None:
        fill_table(self.table, [[o.username, o.display_name, ROLE_LABELS[o.role]] for o in listed])

    def change_password(self) -> None:
        dialog = PasswordDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        change_own_password(
            self.context, self, dialog, lambda: self.status.setText(self.tr("密码已修改。"))
        )

    def add_operator(self) -> None:
        dialog = AddDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, role, password = (
            dialog.username.text().strip(), dialog.role.currentData(), dialog.password.text()
        )  # fmt: skip
        self._act(
            self.tr("添加操作员"),
            lambda conn, who: operators.add_operator(
                conn, who, username=name, role=role, password=password
            ),
            lambda added: self.status.setText(
                self.tr("已添加操作员 {u}（{r}）").format(
                    u=added.username, r=ROLE_LABELS[added.role]
                )
            ),
            HUB_OPERATORS,
        )

    def verify(self) -> None:
        self.context.run(
            self, title=self.tr("核验审计日志"), work=audit.verify, on_done=self._verified
        )

    def _verified(self, report: audit.ChainReport) -> None:
        if report.ok:
            self.status.setText(self.tr("审计日志完好：{n} 条记录。").format(n=report.records))
        else:
            self.status.setText(self.tr("审计日志被改动：{r}").format(r=report.reason))
            QMessageBox.warning(self, self.tr("核验审计日志"), self.status.text())
