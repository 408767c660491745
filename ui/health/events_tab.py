"""活动签到: the events list and the scanner box.

One scan (QR text typed by the scanner, or an ID number) + Enter → the field is cleared at once,
the sign-in runs on the writer, a beep (two beeps and a red flash of the field for a refusal),
and a line at the top of the list says who or why not.
Scans typed while one is being written wait in a queue and run one after another, so no
progress dialog or message box ever stands between two people in the queue.
"""

from __future__ import annotations

import collections

from app import clock
from app.health import events, partners
from app.printing.health_docs import sign_in_sheet
from ui.bus import HEALTH
from ui.context import PageContext
from ui.forms import pick_table
from ui.health.feedback import scan_feedback
from ui.health.shared import HealthTab
from ui.ops import run_op
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QBrush,
    QColor,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

COLUMNS = (
    QT_TRANSLATE_NOOP("EventsTab", "编号"),
    QT_TRANSLATE_NOOP("EventsTab", "类型"),
    QT_TRANSLATE_NOOP("EventsTab", "名称"),
    QT_TRANSLATE_NOOP("EventsTab", "日期"),
    QT_TRANSLATE_NOOP("EventsTab", "地点"),
    QT_TRANSLATE_NOOP("EventsTab", "合作机构"),
    QT_TRANSLATE_NOOP("EventsTab", "签到/名额"),
)


class EventsTab(HealthTab):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.events: list[events.EventInfo] = []
        self.pending: collections.deque[str] = collections.deque()
        self.busy = False
        self.shown = ""
        self.table = pick_table([self.tr(c) for c in COLUMNS], elide=False)
        self.table.itemSelectionChanged.connect(self._selected)
        self.heading = QLabel(self.tr("请在左侧选择活动"))
        self.count = QLabel("")
        self.count.setObjectName("attendance-count")
        self.scanner = QLineEdit()
        self.scanner.setPlaceholderText(self.tr("扫描会员凭证二维码或输入证件号码，按回车"))
        self.scanner.setEnabled(False)
        self.scanner.returnPressed.connect(self._scanned)
        self.results = QListWidget()
        self.print_button = QPushButton(self.tr("打印签到表…"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self._print_sheet)
        self.new_button = QPushButton(self.tr("新建活动…"))
        self.new_button.clicked.connect(self.new_event)
        self.dialog: QDialog | None = None
        right = QWidget()
        box = QVBoxLayout(right)
        for w in (self.heading, self.count, self.scanner, self.results):
            box.addWidget(w)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        box.addLayout(buttons)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self.table)
        column.addWidget(self.new_button)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        QVBoxLayout(self).addWidget(split)
        context.bus.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        self.quiet_read(self.tr("读取活动"), events.list_events, self._show_events)

    def _changed(self, changes: frozenset[str]) -> None:
        if HEALTH in changes and not self.busy:
            self.reload()

    def _show_events(self, found: list[events.EventInfo]) -> None:
        keep = self.current().number if self.current() else None
        self.events = found
        self.table.setRowCount(len(found))
        for row, e in enumerate(found):
            cells = (e.number, e.kind_label, e.title, f"{e.held_on:%Y-%m-%d}", e.place, e.partner)
            for col, text in enumerate((*cells, f"{e.attended}/{e.capacity}")):
                self.table.setItem(row, col, QTableWidgetItem(text))
            if e.number == keep:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()

    def current(self) -> events.EventInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.events[rows[0].row()] if rows else None

    def select_event(self, number: str) -> None:
        row = next(i for i, e in enumerate(self.events) if e.number == number)
        self.table.selectRow(row)

    def _selected(self) -> None:
        event = self.current()
        self.scanner.setEnabled(event is not None)
        self.print_button.setEnabled(event is not None)
        if event is None:
            return
        self.heading.setText(f"{event.kind_label}：{event.title}（{event.held_on:%Y-%m-%d}）")
        self._show_count(event.attended, event.capacity)
        if event.number != self.shown:  # a reload re-selecting the same event keeps the list
            self.shown = event.number
            self.results.clear()
        self.scanner.setFocus()

    def _show_count(self, attended: int, capacity: int) -> None:
        self.count.setText(
            self.tr("已签到 %1 人 / 名额 %2 人")
            .replace("%1", str(attended))
            .replace("%2", str(capacity))
        )

    def _scanned(self) -> None:
        text = self.scanner.text().strip()
        self.scanner.clear()
        if text:
            self.pending.append(text)
            self._next()

    def _next(self) -> None:
        event = self.current()
        if self.busy or not self.pending or event is None:
            return
        self.busy = True
        text, number = self.pending.popleft(), event.number
        op = run_op(
            self.context,
            self,
            title=self.tr("签到"),
            work=lambda job: events.record_attendance(
                job.session, job.actor, event_number=number, scanned=text
            ),
            on_done=self._recorded,
            cancellable=False,
            show_progress=False,  # the list below the field is the feedback; scanning goes on
        )
        op.settled.connect(self._settled)

    def _settled(self) -> None:
        self.busy = False
        if self.pending:
            self._next()
        else:
            self.context.bus.changed.emit(frozenset({HEALTH}))

    def _recorded(self, result: events.Attendance) -> None:
        scan_feedback(self.scanner, result.recorded)
        who = f"{result.name} {result.masked_id}".strip()
        line = f"✓ {who}" if result.recorded else f"✗ {who + '：' if who else ''}{result.reason}"
        item = QListWidgetItem(line)
        if not result.recorded:
            item.setForeground(QBrush(QColor("#b00020")))
        self.results.insertItem(0, item)
        self._show_count(result.attended, result.capacity)

    def new_event(self) -> None:
        """Open 新建活动 (window-modal, not blocking); the list reloads from the bus."""
        from ui.health.dialogs import EventDialog

        today = clock.today()
        found = self.context.read(lambda s: partners.list_partners(s, on=today))
        names = [p.name for p in found]
        self.dialog = EventDialog(self.context, self, names)
        self.dialog.open()

    def _print_sheet(self) -> None:
        event = self.current()
        if event is None:
            return
        number = event.number
        self.save_pdf(
            self.tr("保存签到表"),
            self.tr("签到表-{n}.pdf").format(n=number),
            self.tr("生成签到表"),
            lambda session: sign_in_sheet(session, event_number=number),
        )
