"""报表: the province's 工作落实情况 report for the provincial union (app/hub/workreport.py, as
`huzhu hub work-report`), shown for the year and saved as Excel or PDF."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from app.hub.workreport import (
    GIFT_COLUMNS,
    OFFICE_COLUMNS,
    WorkReport,
    work_report,
    write_work_pdf,
    write_work_xlsx,
)
from app.money import yuan
from ui.forms import fill_table, read_only_table
from ui.hub.context import HubContext
from ui.hub.offices_page import year_box
from ui.hub.page import HubPage, save_file, toolbar
from ui.qt import QLabel, QPushButton, QVBoxLayout


class ReportPage(HubPage):
    def __init__(self, context: HubContext) -> None:
        super().__init__(context)
        self.report: WorkReport | None = None
        self.year = year_box(self)
        self.year.valueChanged.connect(self.refresh)
        self.excel_button = QPushButton(self.tr("导出 Excel…"))
        self.pdf_button = QPushButton(self.tr("导出 PDF…"))
        self.excel_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        top = toolbar(
            [QLabel(self.tr("全省工作落实情况报表（报省总工会）　年度")), self.year],
            [self.excel_button, self.pdf_button],
        )
        self.offices = read_only_table([self.tr(c) for c in OFFICE_COLUMNS])
        self.offices.setObjectName("offices")
        self.gifts = read_only_table([self.tr(c) for c in GIFT_COLUMNS])
        self.gifts.setObjectName("gifts")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.offices, 2)
        layout.addWidget(QLabel(self.tr("八大群体赠送情况")))
        layout.addWidget(self.gifts, 1)
        self._start(self.tr("报表"))

    def _work(self) -> Callable[[Connection], WorkReport]:
        year = self.year.value()
        return lambda conn: work_report(conn, year)

    def _show(self, report: WorkReport) -> None:
        self.report = report
        fill_table(self.offices, report.office_rows())
        fill_table(self.gifts, [[g, n, yuan(p)] for g, n, p in report.gifts])

    def export(self, kind: str) -> None:
        report = self.report
        if report is None:
            return
        name = f"全省工作落实情况-{report.year}.{kind}"
        pattern = (
            self.tr("Excel 工作簿 (*.xlsx)") if kind == "xlsx" else self.tr("PDF 文件 (*.pdf)")
        )
        writer = write_work_xlsx if kind == "xlsx" else write_work_pdf
        save_file(
            self,
            self.tr("保存报表"),
            name,
            pattern,
            lambda path: writer(report, path),
            self.tr("已保存：{p}"),
        )
