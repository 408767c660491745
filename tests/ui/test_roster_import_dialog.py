"""Acceptance 4 of the roster issue: a file imported through the GUI dialog shows the progress
dialog; one import is cancelled (database unchanged), another completes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db import Database
from app.roster.reading import read_roster
from models import Coverage, Enrollment, Member
from tests.app.roster_factories import TODAY, make_unit, people, setup_office, write_xlsx
from ui import ops
from ui.bus import Bus
from ui.context import PageContext
from ui.qt import QFileDialog, QProgressDialog, QPushButton, Qt
from ui.roster.import_dialog import RosterImportDialog, open_roster_import_dialog


@pytest.fixture
def context(db: Database, actors, monkeypatch: pytest.MonkeyPatch) -> PageContext:
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    setup_office(db)
    return PageContext(db=db, actor=actors["clerk1"], bus=Bus())


def counts(db: Database) -> tuple[int, int, int]:
    with db.reader() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(t)) or 0
            for t in (Member, Enrollment, Coverage)
        )  # type: ignore[return-value]


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), SPREADSHEETS))
    )


SPREADSHEETS = "花名册 (*.xlsx *.xls *.csv)"


def test_import_through_the_dialog_cancel_one_complete_another(
    qtbot: QtBot,
    context: PageContext,
    actors,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes,
) -> None:
    monkeypatch.setattr(ops, "PROGRESS_DELAY_MS", 0)  # show the progress dialog at once
    big = make_unit(context.db, actors["clerk1"], headcount=300, serial=1)
    small = make_unit(context.db, actors["clerk1"], headcount=5, serial=2)
    before = counts(context.db)

    rows = [p.row(i) for i, p in enumerate(people(300), start=1)]
    choose(monkeypatch, write_xlsx(tmp_path / "big.xlsx", rows))
    dialog = open_roster_import_dialog(None, context, big.uuid)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, RosterImportDialog) and dialog.isVisible()
    qtbot.mouseClick(_button(dialog, "选择文件…"), _left())
    assert dialog.path.text().endswith("big.xlsx")
    # Another desk is writing: the import waits for the database, so it is surely still
    # running when the clerk presses Cancel (no race with a fast machine).
    other_writer = sqlite3.connect(context.db.path, isolation_level=None)
    other_writer.execute("BEGIN IMMEDIATE")
    qtbot.mouseClick(dialog.import_button, _left())
    op = dialog.op
    assert op is not None
    qtbot.waitUntil(lambda: op.dialog is not None, timeout=5000)
    assert isinstance(op.dialog, QProgressDialog) and op.dialog.isVisible()
    with qtbot.waitSignal(op.settled, timeout=60_000):
        cancel = next(b for b in op.dialog.findChildren(QPushButton) if b.text() == "取消")
        qtbot.mouseClick(cancel, _left())  # the clerk presses 取消
        other_writer.rollback()
    other_writer.close()
    assert dialog.summary.text() == "已取消，未写入任何数据。"
    assert counts(context.db) == before
    assert dialog.import_button.isEnabled()
    dialog.close()

    choose(
        monkeypatch,
        write_xlsx(
            tmp_path / "small.xlsx", [p.row(i) for i, p in enumerate(people(5, first=9000), 1)]
        ),
    )
    dialog = open_roster_import_dialog(None, context, small.uuid)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(_button(dialog, "选择文件…"), _left())
    changed: list[frozenset] = []
    context.bus.changed.connect(changed.append)
    qtbot.mouseClick(dialog.import_button, _left())
    with qtbot.waitSignal(dialog.op.settled, timeout=60_000):
        pass
    assert dialog.outcome is not None and dialog.outcome.enrollment is not None
    assert "已导入：新登记 5 人" in dialog.summary.text()
    assert counts(context.db) == (before[0] + 5, before[1] + 1, before[2] + 5)
    assert changed == [frozenset({"units", "members", "enrollments", "coverages", "payments"})]
    renewal = tmp_path / "renewal.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(renewal), ""))
    )
    qtbot.mouseClick(_button(dialog, "下载续保名单…"), _left())
    qtbot.waitUntil(lambda: renewal.exists() and zipfile.is_zipfile(renewal), timeout=30_000)
    assert len(read_roster(renewal).rows) == 5
    assert message_boxes.shown == []


def test_problems_are_listed_by_row_and_the_report_saved(
    qtbot: QtBot,
    context: PageContext,
    actors,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes,
) -> None:
    unit = make_unit(context.db, actors["clerk1"], headcount=3)
    rows = [p.row(i) for i, p in enumerate(people(3), start=1)]
    rows[1][3] = "未知"
    choose(monkeypatch, write_xlsx(tmp_path / "r.xlsx", rows))
    dialog = RosterImportDialog(context, unit.uuid)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(_button(dialog, "选择文件…"), _left())
    before = counts(context.db)
    qtbot.mouseClick(dialog.import_button, _left())
    with qtbot.waitSignal(dialog.op.settled, timeout=30_000):
        pass
    assert counts(context.db) == before
    assert dialog.problems.rowCount() >= 1
    assert dialog.problems.item(0, 0).text() == "3"
    assert "性别" in dialog.problems.item(0, 1).text()
    assert message_boxes.texts("warning") and "未导入" in message_boxes.texts("warning")[0]
    target = tmp_path / "report.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert dialog.report_button.isEnabled()
    qtbot.mouseClick(dialog.report_button, _left())
    qtbot.waitUntil(lambda: target.exists() and zipfile.is_zipfile(target), timeout=30_000)
    report = openpyxl.load_workbook(target).active
    assert report["D3"].comment is not None and "性别" in report["D3"].comment.text


def _button(dialog: RosterImportDialog, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


def _left() -> Qt.MouseButton:
    return Qt.MouseButton.LeftButton


def test_template_and_member_list_buttons_write_files(
    qtbot: QtBot, context: PageContext, actors, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unit = make_unit(context.db, actors["clerk1"], headcount=3, name="耀州区保安服务有限公司")
    dialog = RosterImportDialog(context, unit.uuid)
    qtbot.addWidget(dialog)
    for label, name in (("下载模板…", "template.xlsx"), ("导出会员名单…", "members.xlsx")):
        target = tmp_path / name
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, t=target, **k: (str(t), ""))
        )
        qtbot.mouseClick(_button(dialog, label), _left())
        # finished when the zip's central directory, written last, is there
        qtbot.waitUntil(lambda t=target: t.exists() and zipfile.is_zipfile(t), timeout=30_000)
    sheet = openpyxl.load_workbook(tmp_path / "template.xlsx").active
    assert sheet["A1"].value.startswith("耀州区保安服务有限公司")
    qtbot.mouseClick(_button(dialog, "下载续保名单…"), _left())
    assert dialog.summary.text() == "该单位还没有参保单，无法生成续保名单。"


def test_the_dialog_loads_no_workbook_writer_or_printing_until_asked() -> None:
    """Issue 22: an import in the window runs without openpyxl and reportlab (~30 MB of the
    50,000-row import's peak); the report, template, list and print buttons load them."""
    code = (
        "import sys; from ui.qt import QApplication; app = QApplication([]); "
        "import ui.roster.import_dialog; "
        "print(sorted(m for m in ('openpyxl', 'reportlab', 'app.printing.service', "
        "'app.roster.report', 'app.roster.template', 'app.roster.exports') if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout
    assert out.strip().splitlines()[-1] == "[]"
