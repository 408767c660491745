"""同步: export a package now, import a return package, the history of packages, the last export
with a reminder when it is overdue, and the hub's alerts (dismissable, never deleted)."""

from __future__ import annotations

from pathlib import Path

from app.sync import status as sync_status
from app.sync.desk_import import ImportResult, import_return
from app.sync.export import ExportResult, export_package
from ui import bus as entities
from ui.context import PageContext
from ui.ops import Job, run_op
from ui.qt import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

ALERTS = entities.SYNC_ALERTS
_WATCHED = frozenset({entities.SYNC_PACKAGES, ALERTS, entities.SETTINGS})


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class SyncPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.alert_ids: list[int] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.reminder = QLabel()
        self.reminder.setObjectName("reminder")
        self.reminder.setStyleSheet("color: #b35c00; font-weight: bold;")
        self.export_button = QPushButton(self.tr("立即导出同步包…"))
        self.export_button.clicked.connect(self.export_now)
        self.import_button = QPushButton(self.tr("导入回执包…"))
        self.import_button.clicked.connect(self.import_return)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout.addWidget(self.summary)
        layout.addWidget(self.reminder)
        layout.addLayout(buttons)
        history = QGroupBox(self.tr("同步包记录"))
        self.packages = _table(
            [
                self.tr("方向"),
                self.tr("序号"),
                self.tr("时间"),
                self.tr("状态"),
                self.tr("确认日期"),
            ]
        )
        QVBoxLayout(history).addWidget(self.packages)
        alerts = QGroupBox(self.tr("省办事处提醒"))
        self.alerts = _table([self.tr("收到时间"), self.tr("提醒")])
        self.dismiss_button = QPushButton(self.tr("标记为已处理"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        alerts_layout = QVBoxLayout(alerts)
        alerts_layout.addWidget(self.alerts)
        alerts_layout.addWidget(self.dismiss_button)
        layout.addWidget(history, 2)
        layout.addWidget(alerts, 1)
        self.refresh()
        context.bus.changed.connect(self._on_changed)

    def _on_changed(self, names: frozenset[str]) -> None:
        if names & _WATCHED:
            self.refresh()

    def apply_filter(self, alert: str | None = None, **_: object) -> None:
        """From the 工作台: select (and scroll to) the hub alert the clicked line shows."""
        self.refresh()
        for row in range(self.alerts.rowCount()):
            item = self.alerts.item(row, 1)
            if item.text() == alert:
                self.alerts.selectRow(row)
                self.alerts.scrollToItem(item)
                return

    def refresh(self) -> None:
        state = self.context.read(sync_status.sync_status)
        last = (
            state.last_export_at.strftime("%Y-%m-%d %H:%M")
            if state.last_export_at
            else self.tr("从未导出")
        )
        self.summary.setText(
            self.tr("上次导出：{last}；待同步变更 {n} 条").format(
                last=last, n=state.pending_changes
            )
        )
        reminder = ""
        if not state.provisioned:
            reminder = self.tr(
                "本数据库没有省办事处签发的同步密钥，不能同步。请用代办处文件初始化。"
            )
        elif state.overdue:
            reminder = self.tr("已超过 {d} 天未同步，请尽快导出同步包交省办事处。").format(
                d=state.interval_days
            )
        self.reminder.setText(reminder)
        self.reminder.setVisible(bool(reminder))
        self.export_button.setEnabled(state.provisioned)
        self.import_button.setEnabled(state.provisioned)
        directions = {"out": self.tr("上报"), "in": self.tr("回执")}
        labels = {
            "exported": self.tr("已导出"),
            "acknowledged": self.tr("省办事处已确认"),
            "applied": self.tr("已导入"),
        }
        _fill(
            self.packages,
            [
                [
                    directions.get(p.direction, p.direction),
                    str(p.seq),
                    p.created_at.strftime("%Y-%m-%d %H:%M"),
                    labels.get(p.status, p.status),
                    p.acknowledged_on.isoformat() if p.acknowledged_on else "",
                ]
                for p in state.packages
            ],
        )
        self.alert_ids = [a.id for a in state.alerts]
        _fill(
            self.alerts,
            [[a.received_at.strftime("%Y-%m-%d %H:%M"), a.message] for a in state.alerts],
        )
        self.dismiss_button.setEnabled(bool(state.alerts))

    def export_now(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择同步包保存位置（如U盘）"))
        if not folder:
            return

        def work(job: Job) -> ExportResult:
            return export_package(
                job.session, job.actor, out_dir=Path(folder), progress=job.progress
            )

        run_op(
            self.context,
            self,
            title=self.tr("导出同步包"),
            work=work,
            on_done=self._exported,
        )

    def _exported(self, result: ExportResult) -> None:
        QMessageBox.information(
            self,
            self.tr("导出同步包"),
            self.tr(
                "已导出第 {seq} 号同步包（{rows} 行）：\n{path}\n请将该文件交省办事处。"
            ).format(seq=result.seq, rows=result.rows, path=result.path),
        )

    def import_return(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择省办事处回执包"), "", self.tr("回执包 (*.hzr)")
        )
        if not path:
            return

        def work(job: Job) -> ImportResult:
            return import_return(job.session, job.actor, path=Path(path))

        run_op(
            self.context,
            self,
            title=self.tr("导入回执包"),
            work=work,
            on_done=self._imported,
        )

    def _imported(self, result: ImportResult) -> None:
        text = (
            self.tr("第 {seq} 号回执包此前已导入，未作任何改动。").format(seq=result.seq)
            if result.already_applied
            else self.tr(
                "已导入第 {seq} 号回执包：确认同步包 {acks} 个，新提醒 {alerts} 条，"
                "审批结果 {decisions} 条。"
            ).format(
                seq=result.seq,
                acks=result.acknowledged,
                alerts=result.alerts,
                decisions=result.decisions,
            )
        )
        QMessageBox.information(self, self.tr("导入回执包"), text)

    def dismiss_selected(self) -> None:
        rows = sorted({i.row() for i in self.alerts.selectedIndexes()})
        ids = [self.alert_ids[r] for r in rows]
        if not ids:
            return

        def work(job: Job) -> int:
            return sync_status.dismiss_alerts(job.session, job.actor, alert_ids=ids)

        run_op(self.context, self, title=self.tr("标记提醒"), work=work)
