"""The operator list on the settings page (admins): who may log in, locks; add, unlock, reset a
password, disable (停用) and enable (启用). The rules (the last active admin stays) are app.auth's."""

from __future__ import annotations

from app import auth, clock
from app.auth import ROLE_LABELS
from ui import bus as entities
from ui.context import PageContext
from ui.forms import pick_table
from ui.ops import Job, run_op
from ui.qt import (
    QCoreApplication,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.settings.add_operator_dialog import AddOperatorDialog
from ui.settings.password_dialog import PasswordDialog


class OperatorsBox(QGroupBox):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("操作员"))
        self.context = context
        self.table = pick_table(
            [self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("状态")], elide=False
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("新增操作员…"))
        self.add_button.clicked.connect(self.add_operator)
        self.unlock_button = QPushButton(self.tr("解锁所选操作员"))
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.reset_button = QPushButton(self.tr("重置密码…"))
        self.reset_button.clicked.connect(self.reset_selected)
        self.disable_button = QPushButton(self.tr("停用"))
        self.disable_button.clicked.connect(lambda: self.set_selected_active(False))
        self.enable_button = QPushButton(self.tr("启用"))
        self.enable_button.clicked.connect(lambda: self.set_selected_active(True))
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.unlock_button,
            self.reset_button,
            self.disable_button,
            self.enable_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.active: dict[str, bool] = {}
        self.table.itemSelectionChanged.connect(self._selected)
        self.load()
        context.bus.changed.connect(self._on_changed)

    def load(self) -> None:
        chosen = self.selected_username()
        rows = self.context.read(auth.list_operators)
        self.active = {actor.username: active for actor, active, _locked in rows}
        now = clock.real_now()  # locks run on the real clock (app.auth)
        self.table.setRowCount(len(rows))
        for row, (actor, active, locked_until) in enumerate(rows):
            if not active:
                state = self.tr("已停用")
            elif locked_until is not None and locked_until > now:
                state = self.tr("已锁定至 {t}").format(t=locked_until.strftime("%H:%M"))
            else:
                state = self.tr("正常")
            role = QCoreApplication.translate("app", ROLE_LABELS[actor.role])
            for column, text in enumerate((actor.username, actor.display_name, role, state)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if actor.username == chosen:
                self.table.selectRow(row)
        self._selected()

    def _selected(self) -> None:
        username = self.selected_username()
        for button in (self.unlock_button, self.reset_button):
            button.setEnabled(username is not None)
        self.disable_button.setEnabled(username is not None and self.active[username])
        self.enable_button.setEnabled(username is not None and not self.active[username])

    def selected_username(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return item.text() if item is not None else None

    def add_operator(self) -> None:
        dialog = AddOperatorDialog(self)
        if not dialog.exec():
            return
        values = dialog.values()
        run_op(
            self.context,
            self,
            title=self.tr("新增操作员"),
            work=lambda job: auth.add_operator(job.session, job.actor, **values),
        )

    def unlock_selected(self) -> None:
        username = self.selected_username()
        if username is None:
            return

        def work(job: Job) -> None:
            auth.unlock(job.session, job.actor, username=username)

        run_op(
            self.context,
            self,
            title=self.tr("解锁操作员"),
            work=work,
        )

    def reset_selected(self) -> PasswordDialog | None:
        username = self.selected_username()
        if username is None:
            return None
        dialog = PasswordDialog(self.context, username, self)
        dialog.open()
        return dialog

    def set_selected_active(self, active: bool) -> None:
        username = self.selected_username()
        if username is None:
            return
        run_op(
            self.context,
            self,
            title=self.tr("启用操作员") if active else self.tr("停用操作员"),
            work=lambda job: auth.set_operator_active(
                job.session, job.actor, username=username, active=active
            ),
        )

    def _on_changed(self, names: frozenset[str]) -> None:
        if entities.OPERATORS in names:
            self.load()
