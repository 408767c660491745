"""工作台: what waits for me, what is due, what is wrong, and how the office stands this year.

Read off the GUI thread through ui/ops.run_op (a read-only job) and refreshed on the bus's
`changed`; every figure, queue line and chart clicks through to the page behind it via
`PageContext.navigate(key, **filters)` (a page with `apply_filter` shows its list filtered).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app import clock
from app.auth import Action
from app.integrity import startup_checks
from app.money import yuan
from app.reports.home import HomeData, home_data
from ui import bus
from ui.context import PageContext
from ui.home.charts import Chart, TargetBar, months
from ui.ops import Job, run_op
from ui.qt import (
    QCoreApplication,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ui.home.targets_dialog import TargetsDialog

WATCHED = frozenset(
    {
        bus.UNITS,
        bus.MEMBERS,
        bus.ENROLLMENTS,
        bus.CLAIMS,
        bus.SYNC_PACKAGES,
        bus.SETTINGS,
        bus.HEALTH,
    }
)


def _link(text: str, on_click: Callable[[], None], name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setFlat(True)
    button.setStyleSheet("text-align: left; padding: 2px 6px;")
    button.clicked.connect(on_click)
    return button


class HomePage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data: HomeData | None = None
        self.findings: list[str] | None = None
        self.loaded = False  # every figure shown
        self.painted = False  # the first data shown (coverage figures may follow)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.warning = QLabel()
        self.warning.setObjectName("home-warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: white; background: #C00000; padding: 6px;")
        self.warning.hide()
        self.todo = QVBoxLayout()
        self.tiles = QGridLayout()
        self.trend = Chart(self.tr("本年每月新参保人数"), "line")
        self.claims_trend = Chart(self.tr("本年每月受理理赔件数"), "bar")
        self.plan_mix = Chart(self.tr("各计划参保人次"), "bar")
        self.trend.clicked.connect(lambda: self._go_year("enrollment", "covered_in"))
        self.claims_trend.clicked.connect(lambda: self._go_year("claims", "received_in"))
        self.plan_mix.clicked.connect(lambda: context.navigate("reports", report="enrollment"))
        self.targets = QVBoxLayout()
        self.health = QGridLayout()
        self.set_targets_button = QPushButton(self.tr("设定年度指标…"))
        self.set_targets_button.setObjectName("set-targets")
        self.set_targets_button.clicked.connect(lambda: self.open_targets())
        self.set_targets_button.setVisible(context.actor.can(Action.MANAGE_SETTINGS))
        self.targets_dialog: TargetsDialog | None = None
        self._build()
        context.bus.changed.connect(self._on_changed)
        self.refresh()

    def _build(self) -> None:
        todo_box = QGroupBox(self.tr("我的待办"))
        todo_box.setLayout(self.todo)
        figures_box = QGroupBox(self.tr("本年主要指标"))
        figures_box.setLayout(self.tiles)
        targets_box = QGroupBox(self.tr("年度目标完成情况"))
        targets_outer = QVBoxLayout(targets_box)
        targets_outer.addLayout(self.targets)
        targets_outer.addWidget(self.set_targets_button, 0, Qt.AlignmentFlag.AlignLeft)
        health_box = QGroupBox(self.tr("增值服务（本年）"))
        health_box.setLayout(self.health)
        charts = QHBoxLayout()
        for chart in (self.trend, self.claims_trend, self.plan_mix):
            charts.addWidget(chart)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.warning)
        top = QHBoxLayout()
        top.addWidget(todo_box, 1)
        top.addWidget(figures_box, 2)
        layout.addLayout(top)
        layout.addLayout(charts)
        bottom = QHBoxLayout()
        bottom.addWidget(targets_box, 2)
        bottom.addWidget(health_box, 1)
        layout.addLayout(bottom)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- loading ------------------------------------------------------------------------------
    def refresh(self, *, wait_for_cover: bool = False) -> None:
        """Read everything on a worker (read-only); the start-up checks only the first time.
        The coverage figures, when not at hand, follow in a second read (`loaded` then)."""
        first = self.findings is None

        def work(job: Job) -> tuple[HomeData, list[str] | None]:
            data = home_data(job.session, job.actor, wait_for_cover=wait_for_cover)
            found = [str(f) for f in startup_checks(self.context.db)] if first else None
            return data, found

        run_op(
            self.context,
            self,
            title=self.tr("读取工作台"),
            work=work,
            write=False,
            cancellable=False,
            on_done=self._show,
        )

    def _on_changed(self, names: frozenset[str]) -> None:
        if names & WATCHED:
            self.refresh()

    def _show(self, result: tuple[HomeData, list[str] | None]) -> None:
        self.data, found = result
        if found is not None:
            self.findings = found
        self.heading.setText(
            self.tr("工作台 — {year} 年").replace(
                "{year}", str(self.data.figures.period.start.year)
            )
        )
        if self.findings:
            self.warning.setText(
                self.tr("数据检查发现问题，请联系管理员：") + "\n" + "\n".join(self.findings)
            )
        self.warning.setVisible(bool(self.findings))
        self._show_todo(self.data)
        self._show_tiles(self.data)
        self._show_charts(self.data)
        self._show_targets(self.data)
        self._show_health(self.data)
        self.painted = True
        self.loaded = self.data.cover_ready
        if not self.loaded:
            self.refresh(wait_for_cover=True)

    # -- sections ----------------------------------------------------------------------------
    def _go(self, key: str, **filters: object) -> Callable[[], None]:
        return lambda: self.context.navigate(key, **filters)

    def _go_year(self, key: str, name: str) -> None:
        """A chart of the year: its list filtered to the year shown (unfiltered before data)."""
        filters = {name: self.data.figures.period} if self.data else {}
        self.context.navigate(key, **filters)

    def _show_todo(self, data: HomeData) -> None:
        _clear(self.todo)
        labels = {
            "review": self.tr("待审核理赔"),
            "approve": self.tr("待审批理赔"),
            "pay": self.tr("待支付理赔"),
        }
        lines: list[QWidget] = [
            _link(
                self.tr("{label}：{n} 件")
                .replace("{label}", labels[q.key])
                .replace("{n}", str(q.count)),
                self._go("claims", step=q.key),
                f"todo-{q.key}",
            )
            for q in data.queue
            if q.count
        ]
        for days, count in data.renewals_due.items():
            if count:
                text = self.tr("{d} 天内到期未续保：{n} 张").replace("{d}", str(days))
                lines.append(
                    _link(
                        text.replace("{n}", str(count)),
                        self._go("enrollment", expiring_within=days),
                        f"todo-renewal-{days}",
                    )
                )
        if data.sync_overdue:
            text = (
                self.tr("尚未向省办同步过数据")
                if data.days_since_export is None
                else self.tr("已 {d} 天未向省办同步（提醒间隔 {i} 天）")
                .replace("{d}", str(data.days_since_export))
                .replace("{i}", str(data.sync_interval_days))
            )
            lines.append(_link(text, self._go("sync"), "todo-sync"))
        for n, alert in enumerate(data.alerts):
            go = self._go("sync", alert=alert)
            lines.append(_link(self.tr("省办提示：") + alert, go, f"todo-alert-{n}"))
        if self.context.actor.can(Action.OVERRIDE_RULES):  # the watch reads every cover: on demand
            lines.append(
                _link(
                    self.tr("逆选择监测（查看）"), self._go("reports", report="watch"), "todo-watch"
                )
            )
        if not lines:
            lines.append(QLabel(self.tr("暂无待办事项。")))
        for widget in lines:
            self.todo.addWidget(widget)

    def _show_tiles(self, data: HomeData) -> None:
        _clear(self.tiles)
        for i, (name, label, value, key, filters) in enumerate(self._tiles(data)):
            button = QPushButton(f"{value}\n{label}")
            button.setObjectName(f"figure-{name}")
            button.setMinimumHeight(54)
            button.clicked.connect(self._go(key, **filters))
            self.tiles.addWidget(button, i // 3, i % 3)

    def _tiles(self, data: HomeData) -> list[tuple[str, str, str, str, dict[str, object]]]:
        """(name, label, value, page, filters) of each figure: the page shows the rows counted."""
        f = data.figures
        year, ready = {"covered_in": f.period}, data.cover_ready
        pct = lambda v: "—" if v is None else f"{v}%"  # noqa: E731
        count = lambda v: str(v) if ready else "…"  # noqa: E731  still being counted
        days = "—" if f.average_days_to_pay is None else str(f.average_days_to_pay)
        paid = {"paid_in": f.period}
        return [
            ("units", self.tr("参保单位（家）"), count(f.units_enrolled), "units", year),
            ("members", self.tr("参保人数（人）"), count(f.members), "members", year),
            ("person-times", self.tr("参保人次"), count(f.person_times), "enrollment", year),
            (
                "premium",
                self.tr("会费收入（元）"),
                yuan(f.premium_income),
                "reports",
                {"report": "enrollment"},
            ),
            (
                "claims",
                self.tr("受理理赔（件）"),
                str(f.claims_count),
                "claims",
                {"received_in": f.period},
            ),
            ("paid", self.tr("支付理赔（元）"), yuan(f.benefits_paid), "claims", paid),
            ("loss-ratio", self.tr("赔付率"), pct(f.loss_ratio), "reports", {"report": "claims"}),
            (
                "coverage",
                self.tr("职工覆盖率"),
                pct(f.coverage) if ready else "…",
                "reports",
                {"report": "work"},
            ),
            ("days", self.tr("受理至支付平均天数"), days, "claims", paid),
        ]

    def _show_charts(self, data: HomeData) -> None:
        f = data.figures
        self.trend.set_points(months(dict(f.members_by_month)))
        self.claims_trend.set_points(months({g.key: g.count for g in f.claims_by_month}))
        self.plan_mix.set_points([(p.plan_code, p.person_times) for p in f.by_plan])

    def _show_targets(self, data: HomeData) -> None:
        _clear(self.targets)
        rows = data.figures.target_rows()
        if all(target is None for _, target, _ in rows):
            hint = QLabel(self.tr("尚未设置本年度目标（主管可点“设定年度指标”设置）。"))
            self.targets.addWidget(hint)
            return
        for label, target, actual in rows:
            bar = TargetBar(QCoreApplication.translate("app", label))
            bar.setObjectName(f"target-{label}")
            text = (
                f"{actual if actual is not None else '—'} / {target if target is not None else '—'}"
            )
            bar.set_values(
                None if actual is None else float(actual),
                None if target is None else float(target),
                text,
            )
            bar.clicked.connect(self._go("reports", report="work"))
            self.targets.addWidget(bar)

    def _show_health(self, data: HomeData) -> None:
        _clear(self.health)
        h = data.health
        if h is None:
            return
        tiles = [
            ("events", self.tr("已举办活动（场）"), h.events_held),
            ("attendance", self.tr("参加人次"), h.attendance),
            ("served", self.tr("服务会员（人）"), h.members_served),
        ]
        for i, (name, label, value) in enumerate(tiles):
            button = QPushButton(f"{value}\n{label}")
            button.setObjectName(f"health-{name}")
            button.setMinimumHeight(54)
            button.clicked.connect(self._go("health"))
            self.health.addWidget(button, 0, i)
        for row, partner in enumerate(h.by_partner, start=1):
            text = (
                self.tr("{p}：{e} 场，{a} 人次，{m} 人")
                .replace("{p}", partner.partner)
                .replace("{e}", str(partner.events))
                .replace("{a}", str(partner.attendance))
                .replace("{m}", str(partner.members))
            )
            self.health.addWidget(
                _link(text, self._go("health"), f"health-partner-{row}"), row, 0, 1, 3
            )

    def open_targets(self) -> TargetsDialog:
        """设定年度指标 (supervisor/admin): the dialog for the year shown; saving refreshes the
        page through the bus (settings changed)."""
        from ui.home.targets_dialog import TargetsDialog  # on demand: the forms it needs

        year = self.data.figures.period.start.year if self.data else clock.today().year
        self.targets_dialog = TargetsDialog(self.context, year, self)
        self.targets_dialog.open()
        return self.targets_dialog


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:  # out of the tree now (findChild), deleted later
            widget.setParent(None)
            widget.deleteLater()
