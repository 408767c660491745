"""The main window at 1366×768 (issue 18.5): it fits with its status bar and does not grow
wider when a page fills in long text (a saved claim's result, its receipt path)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.db import Database
from tests.app.claims_factories import (
    insured,
    today,  # noqa: F401  (fixture)
)
from ui.bus import Bus
from ui.claims.page import ClaimsPage
from ui.context import PageContext
from ui.main_window import MainWindow
from ui.qt import QFileDialog, Qt

pytestmark = pytest.mark.usefixtures("today")
SCREEN = (1366, 768)


def test_main_window_keeps_within_the_screen_after_a_claim_is_saved(
    qtbot: QtBot, demo_db: Database, actors, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    who = insured(demo_db, {"ZY": 1})
    window = MainWindow(PageContext(demo_db, actors["clerk1"], Bus(), tmp_path))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= SCREEN[0] and window.height() <= SCREEN[1]
    assert window.minimumSizeHint().width() <= SCREEN[0]
    assert window.statusBar().isVisible()
    assert window.statusBar().geometry().bottom() < SCREEN[1]

    page = window.show_page("claims")
    assert isinstance(page, ClaimsPage)
    form = page.intake
    qtbot.keyClicks(form.id_edit, who.id_number)
    qtbot.keyClick(form.id_edit, Qt.Key.Key_Return)
    for name, text in (
        ("admitted", "2026-03-01"),
        ("discharged", "2026-03-10"),
        ("settled", "2026-03-12"),
        ("total_cost", "13300"),
        ("insurance_paid", "8000"),
        ("out_of_policy", "300"),
        ("self_pay", "5000"),
    ):
        qtbot.keyClicks(form.fields[name], text)
    qtbot.waitUntil(lambda: "给付互助金 3,360.00 元" in form.preview.text(), timeout=5_000)
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "待补" in form.result.text()  # the long line naming every missing document
    qtbot.wait(50)
    assert window.width() <= SCREEN[0], window.width()
    assert window.minimumSizeHint().width() <= SCREEN[0]

    receipt = tmp_path / ("很长的文件夹名称" * 8) / "回执.pdf"
    receipt.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(receipt), ""))
    with qtbot.waitSignal(form.receipt_done, timeout=20_000):
        qtbot.mouseClick(form.receipt_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert window.width() <= SCREEN[0], window.width()
