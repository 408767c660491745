"""办事处: every office with its last package, gaps, refusals, alerts and coverage against its
target for the year; register an office and write its office file (.hzo); 恢复同步链 lets a
selected office's next full package restart a broken chain (admins; app.hub.actions.resync_office,
as `huzhu hub office resync`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection

from app import clock
from app.hub import actions
from app.hub.assessment import OfficeLine, office_overview
from app.hub.registry import Registered
from ui.forms import fill_table, form_buttons, read_only_table
from ui.hub.context import OFFICES, TARGETS, HubContext
from ui.hub.page import HubPage, toolbar
from ui.qt import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


def year_box(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(2000, 2100)
    box.setValue(clock.today().year)
    return box


class RegisterDialog(QDialog):
    """Code and name of the new office; the .hzo is chosen after 确定."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记代办处"))
        form = QFormLayout(self)
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("8位代办处代码，如 61020401"))
        self.name = QLineEdit()
        self.name.setObjectName("name")
        form.addRow(self.tr("代办处代码"), self.code)
        form.addRow(self.tr("代办处名称"), self.name)
        self.ok = form_buttons(self, form, self.accept, save=False)


class OfficesPage(HubPage):
    WATCHED = frozenset({OFFICES, TARGETS})

    def __init__(self, context: HubContext) -> None:
        super().__init__(context)
        self.year = year_box(self)
        self.year.valueChanged.connect(self.refresh)
        self.register_button = QPushButton(self.tr("登记代办处…"))
        self.register_button.clicked.connect(self.register_office)
        self.register_button.setEnabled(context.operator.may_work)
        self.resync_button = QPushButton(self.tr("恢复同步链"))
        self.resync_button.setToolTip(
            self.tr(
                "同步链断了（缺包、哈希不符）时，允许所选代办处的下一个全量同步包重新开始同步链。"
            )
        )
        self.resync_button.setEnabled(False)
        self.resync_button.clicked.connect(self.resync)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.clicked.connect(self.refresh)
        top = toolbar(
            [QLabel(self.tr("年度")), self.year],
            [self.register_button, self.resync_button, self.refresh_button],
        )
        self.table = read_only_table(
            [
                self.tr("代码"),
                self.tr("代办处"),
                self.tr("最后同步包号"),
                self.tr("最后接收时间"),
                self.tr("断档"),
                self.tr("拒收"),
                self.tr("提醒（未发回）"),
                self.tr("待审批理赔"),
                self.tr("参保人数"),
                self.tr("覆盖率（%）"),
                self.tr("覆盖率目标（%）"),
            ]
        )
        self.table.setObjectName("offices")
        self.table.itemSelectionChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.lines: list[OfficeLine] = []
        self._start(self.tr("办事处"))

    def _work(self) -> Callable[[Connection], list[OfficeLine]]:
        year = self.year.value()
        return lambda conn: office_overview(conn, year)

    def _show(self, lines: list[OfficeLine]) -> None:
        self.lines = lines
        fill_table(
            self.table,
            [
                [
                    o.code, o.name, o.last_seq,
                    o.last_received.strftime("%Y-%m-%d %H:%M") if o.last_received else "—",
                    o.gaps, o.refusals, f"{o.alerts_unsent}/{o.alerts}", o.pending_claims,
                    o.members, o.coverage if o.coverage is not None else "—",
                    o.coverage_target if o.coverage_target is not None else "—",
                ]
                for o in lines
            ],
        )  # fmt: skip

    def selected(self) -> OfficeLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lines[rows[0].row()] if rows else None

    def _enable(self) -> None:
        admin = self.context.operator.role == "admin"
        self.resync_button.setEnabled(admin and self.selected() is not None)

    def resync(self) -> None:
        office = self.selected()
        if office is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("恢复同步链"),
            self.tr(
                "允许代办处 {code}（{name}）重新同步？该代办处须导出全量同步包"
                "（同步 → 全量导出，或 huzhu sync export --full），省办事处接收后同步链重新开始；"
                "已收到的包保持不变。"
            ).format(code=office.code, name=office.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        code = office.code
        self._act(
            self.tr("恢复同步链"),
            lambda conn, who: actions.resync_office(conn, who, code=code),
            lambda last: QMessageBox.information(
                self,
                self.tr("恢复同步链"),
                self.tr(
                    "已允许代办处 {code} 重新同步：请该代办处导出全量同步包后接收。"
                    "此前已收到第 {last} 号包。"
                ).format(code=code, last=last),
            ),
            OFFICES,
        )

    def register_office(self) -> None:
        dialog = RegisterDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        code, name = dialog.code.text().strip(), dialog.name.text().strip()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存代办处文件"), f"{code}.hzo", self.tr("代办处文件 (*.hzo)")
        )
        if not path:
            return
        self._act(
            self.tr("登记代办处"),
            lambda conn, who: actions.register_office(
                conn, who, code=code, name=name, out=Path(path)
            ),
            self._registered,
            OFFICES,
        )

    def _registered(self, done: Registered) -> None:
        QMessageBox.information(
            self,
            self.tr("登记代办处"),
            self.tr(
                "已登记代办处 {code}（{name}），代办处文件：{file}\n"
                "省办事处密钥指纹：{fp}。该文件含代办处私钥，请当面交付。"
            ).format(code=done.code, name=done.name, file=done.file, fp=done.hub_fingerprint),
        )
