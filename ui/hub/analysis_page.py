"""分析: the province analysis (app/hub/analysis.py, the figures of `huzhu hub analysis`) — per
plan, per office, the full plan × age band × sex × industry × office × year table, the three
adverse-selection signals and the monthly trend with charts; everything exports to one Excel
workbook (a sheet per table)."""

from __future__ import annotations

from app.hub.analysis import Analysis, Figures, analyse, write_analysis
from app.money import decimal_yuan, plain_yuan
from ui.forms import fill_table, read_only_table
from ui.home.charts import Chart
from ui.hub.context import HubContext
from ui.hub.page import save_file
from ui.qt import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

FIGURES = (
    "会费收入（元）",
    "支付金额（元）",
    "赔付率",
    "理赔件数",
    "暴露（人月）",
    "出险频率（件/人年）",
)


def _figures(f: Figures) -> list[object]:
    return [
        plain_yuan(f.premium), plain_yuan(f.paid), f.loss_ratio if f.loss_ratio is not None else "—",
        f.claims, f.exposure, f.frequency if f.frequency is not None else "—",
    ]  # fmt: skip


class AnalysisPage(QWidget):
    def __init__(self, context: HubContext) -> None:
        super().__init__()
        self.context = context
        self.analysis: Analysis | None = None
        self.year = QComboBox()
        self.year.setObjectName("year")
        self.year.addItem(self.tr("全部年度"), None)
        from app import clock

        this = clock.today().year
        for y in range(this, this - 6, -1):
            self.year.addItem(str(y), y)
        self.run_button = QPushButton(self.tr("计算"))
        self.run_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year)
        top.addWidget(self.run_button)
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        fig = [self.tr(t) for t in FIGURES]
        self.tables: dict[str, QTableWidget] = {
            "plans": read_only_table([self.tr("计划"), *fig]),
            "offices": read_only_table([self.tr("代办处"), self.tr("计划"), *fig]),
            "cells": read_only_table(
                [self.tr("年度"), self.tr("代办处"), self.tr("计划"), self.tr("年龄段"),
                 self.tr("性别"), self.tr("行业"), *fig]
            ),
            "rider": read_only_table(
                [self.tr("年度"), self.tr("代办处"), self.tr("单位"), self.tr("副险人数"),
                 self.tr("无主险人数")]
            ),
            "older": read_only_table(
                [self.tr("年度"), self.tr("代办处"), self.tr("单位"), self.tr("在册职工"),
                 self.tr("参保人数"), self.tr("在册平均年龄"), self.tr("参保平均年龄"),
                 self.tr("相差（岁）")]
            ),
            "early": read_only_table(
                [self.tr("年度"), self.tr("代办处"), self.tr("计划"), self.tr("理赔件数"),
                 self.tr("保障开始90天内出险"), self.tr("占比"), self.tr("其支付金额（元）")]
            ),
            "months": read_only_table(
                [self.tr("月份"), self.tr("会费收入（元）"), self.tr("支付金额（元）"),
                 self.tr("理赔件数")]
            ),
        }  # fmt: skip
        for key, table in self.tables.items():
            table.setObjectName(key)
        self.tabs = QTabWidget()
        titles = {
            "plans": self.tr("按计划"),
            "offices": self.tr("按代办处"),
            "cells": self.tr("明细"),
            "rider": self.tr("参副不参主"),
            "older": self.tr("参老不参少"),
            "early": self.tr("参病不参健"),
        }
        for key, title in titles.items():
            self.tabs.addTab(self.tables[key], title)
        trend = QWidget()
        trend_layout = QVBoxLayout(trend)
        charts = QHBoxLayout()
        self.charts = {
            "premium": Chart(self.tr("会费收入（元）"), "line"),
            "paid": Chart(self.tr("支付金额（元）"), "line"),
            "claims": Chart(self.tr("理赔件数"), "bar"),
        }
        for chart in self.charts.values():
            charts.addWidget(chart)
        trend_layout.addLayout(charts)
        trend_layout.addWidget(self.tables["months"], 1)
        self.tabs.addTab(trend, self.tr("月度趋势"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def refresh(self) -> None:
        year = self.year.currentData()
        self.run_button.setEnabled(False)
        self.context.run(
            self,
            title=self.tr("数据分析"),
            work=lambda conn: analyse(conn, year=year),
            on_done=self._show,
        )

    def _show(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.run_button.setEnabled(True)
        self.export_button.setEnabled(True)
        total = analysis.total
        self.summary.setText(
            self.tr("会费收入 {p} 元，支付 {b} 元，赔付率 {r}").format(
                p=plain_yuan(total.premium), b=plain_yuan(total.paid),
                r=total.loss_ratio if total.loss_ratio is not None else "—",
            )
        )  # fmt: skip
        t = self.tables
        fill_table(t["plans"], [[k[0], *_figures(f)] for k, f in analysis.by("plan")])
        fill_table(t["offices"], [[*k, *_figures(f)] for k, f in analysis.by("office", "plan")])
        sex = {"M": self.tr("男"), "F": self.tr("女")}
        fill_table(
            t["cells"],
            [[c.year, c.office, c.plan, c.band, sex.get(c.sex, c.sex), c.industry,
              *_figures(c.figures)] for c in analysis.cells],
        )  # fmt: skip
        fill_table(
            t["rider"],
            [
                [r.year, r.office, r.unit, r.rider_members, r.without_main]
                for r in analysis.rider_alone
            ],
        )
        fill_table(
            t["older"],
            [[o.year, o.office, o.unit, o.roster, o.enrolled, o.roster_mean_age,
              o.enrolled_mean_age, o.gap] for o in analysis.older_enrolled],
        )  # fmt: skip
        fill_table(
            t["early"],
            [[e.year, e.office, e.plan, e.claims, e.early, e.share, plain_yuan(e.early_paid)]
             for e in analysis.early_claims],
        )  # fmt: skip
        fill_table(
            t["months"],
            [
                [m.month, plain_yuan(m.premium), plain_yuan(m.paid), m.claims]
                for m in analysis.months
            ],
        )
        # chart heights in yuan: a drawing scale, the figures themselves are the table's
        self.charts["premium"].set_points(
            [(m.month[2:], float(decimal_yuan(m.premium))) for m in analysis.months]
        )
        self.charts["paid"].set_points(
            [(m.month[2:], float(decimal_yuan(m.paid))) for m in analysis.months]
        )
        self.charts["claims"].set_points([(m.month[2:], float(m.claims)) for m in analysis.months])

    def export(self) -> None:
        analysis = self.analysis
        if analysis is None:
            return
        save_file(
            self,
            self.tr("导出 Excel"),
            f"全省数据分析-{analysis.year or '全部年度'}.xlsx",
            self.tr("Excel 工作簿 (*.xlsx)"),
            lambda path: write_analysis(analysis, path),
            self.tr("已保存：{p}"),
        )
