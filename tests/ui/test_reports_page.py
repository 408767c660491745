"""报表 page: a chosen report and period saved through the op helper (file dialog patched), the
unit field only for the unit statement, and the watch list for a supervisor."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from app.reports.targets import get_targets
from tests.conftest import ACTORS
from ui.bus import Bus
from ui.context import PageContext
from ui.qt import QDate, QFileDialog
from ui.reports.page import ReportsPage


def _page(qtbot: QtBot, demo_db, actor: str) -> ReportsPage:
    page = ReportsPage(PageContext(demo_db, ACTORS[actor], Bus()))
    qtbot.addWidget(page)
    return page


def test_save_claims_report_for_a_period(
    qtbot: QtBot, demo_db, tmp_path: Path, monkeypatch
) -> None:
    page = _page(qtbot, demo_db, "clerk1")
    assert not page.watch_box.isVisibleTo(page)
    page.apply_filter(report="claims")
    assert page.report.currentData() == "claims" and not page.unit.isEnabled()
    page.date_from.setDate(QDate(2026, 1, 1))
    page.date_to.setDate(QDate(2026, 12, 31))
    target = tmp_path / "理赔.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    page.save_button.click()
    qtbot.waitUntil(lambda: page.saved is not None, timeout=20_000)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["汇总", "按计划", "按月份", "按状态"]
    assert book["汇总"]["A1"].value == "理赔情况统计表"
    assert "已保存" in page.status.text()
    page.apply_filter(report="unit-statement")
    assert page.unit.isEnabled()


def test_supervisor_sees_the_watch_list(qtbot: QtBot, demo_db) -> None:
    page = _page(qtbot, demo_db, "supervisor1")
    assert page.watch_box.isVisibleTo(page)
    page.apply_filter(report="watch")
    qtbot.waitUntil(lambda: page.watch.count() > 0, timeout=20_000)
    texts = [page.watch.item(i).text() for i in range(page.watch.count())]
    assert any("例外批准" in t for t in texts)


def test_supervisor_sets_targets_from_the_reports_page(qtbot: QtBot, demo_db) -> None:
    clerk = _page(qtbot, demo_db, "clerk1")
    assert not clerk.targets_button.isVisibleTo(clerk)
    page = _page(qtbot, demo_db, "supervisor1")
    assert page.targets_button.isVisibleTo(page)
    page.date_from.setDate(QDate(2025, 4, 1))
    dialog = page.open_targets()
    assert dialog.year.value() == 2025
    dialog.edits["new_units"].setText("12")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    with demo_db.reader() as session:
        assert get_targets(session, 2025).new_units == 12
