"""导入名册 from the 参保 page (issue 18.1): the clerk chooses the unit, checks a real workbook
(row-precise errors, the error workbook saved), imports the corrected one with how the premium
was paid, and prints the receipt straight from the dialog."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from models import Enrollment, Member
from tests.app.roster_factories import TODAY, make_unit, people, setup_office, write_xlsx
from tests.ui.enrollment_scenes import button, click, count, payments, shown_page
from ui.qt import QFileDialog, Qt
from ui.roster.import_dialog import RosterImportDialog


def test_import_roster_from_the_page_check_errors_then_import_and_print(
    qtbot: QtBot, db, actors, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    setup_office(db)
    unit = make_unit(db, actors["clerk1"], headcount=4, name="耀州区陶瓷厂")
    page = shown_page(qtbot, db, actors["clerk1"])
    click(qtbot, page.import_button)
    dialog = page.dialog
    assert isinstance(dialog, RosterImportDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.check_button.isEnabled()  # no unit chosen yet
    dialog.unit.setFocus()
    qtbot.keyClicks(dialog.unit.lineEdit(), unit.uscc[-6:])  # part of the credit code
    qtbot.keyClick(dialog.unit.lineEdit(), Qt.Key.Key_Return)
    assert dialog.unit_uuid == unit.uuid and dialog.check_button.isEnabled()

    rows = [p.row(i) for i, p in enumerate(people(4), start=1)]
    rows[2][3] = "未知"  # Excel row 4 (header in row 1)
    bad = write_xlsx(tmp_path / "bad.xlsx", rows)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    click(qtbot, button(dialog, "选择文件…"))
    click(qtbot, dialog.check_button)
    with qtbot.waitSignal(dialog.op.settled, timeout=30_000):
        pass
    assert dialog.problems.item(0, 0).text() == "4"
    assert "性别" in dialog.problems.item(0, 1).text()
    assert count(db, Enrollment) == 0 and count(db, Member) == 0
    report = tmp_path / "errors.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(report), ""))
    )
    click(qtbot, dialog.report_button)
    qtbot.waitUntil(lambda: report.exists() and zipfile.is_zipfile(report), timeout=30_000)
    assert "性别" in openpyxl.load_workbook(report).active["D4"].comment.text

    rows[2][3] = "男"
    good = write_xlsx(tmp_path / "good.xlsx", rows)
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(good))
    dialog.payment.method.setCurrentIndex(dialog.payment.method.findText("现金"))
    qtbot.keyClicks(dialog.payment.voucher, "XJ-0310-01")
    click(qtbot, dialog.import_button)
    with qtbot.waitSignal(dialog.op.settled, timeout=60_000):
        pass
    assert dialog.outcome is not None and dialog.outcome.enrollment is not None
    assert "可以打印参保凭证和收款收据" in dialog.summary.text()
    number = dialog.outcome.enrollment.number
    assert count(db, Enrollment) == 1 and count(db, Member) == 4
    [paid] = payments(db, number)
    assert (paid.amount, paid.method, paid.voucher, paid.paid_on.isoformat()) == (
        24000,
        "现金",
        "XJ-0310-01",
        TODAY,
    )
    qtbot.waitUntil(lambda: number in {r.number for r in page.rows}, timeout=5000)

    click(qtbot, dialog.receipt_button)
    printing = dialog.printing
    assert printing is not None and printing.op is not None
    with qtbot.waitSignal(printing.op.settled, timeout=60_000):
        pass
    assert printing.printed is not None and printing.printed.pages >= 1
    assert paid.receipt_number in printing.printed.title
    click(qtbot, dialog.certificate_button)
    with qtbot.waitSignal(dialog.printing.op.settled, timeout=60_000):
        pass
    assert dialog.printing.printed.pages == 4
    assert message_boxes.texts("critical") == []
