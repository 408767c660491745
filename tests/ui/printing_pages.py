"""The 打印 page as the printing tests open it: shown at a desk's size, any message box a failure."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.db import Database
from tests.conftest import ACTORS
from ui.bus import Bus
from ui.context import PageContext
from ui.printing.page import PrintingPage
from ui.qt import QMessageBox


def shown_printing_page(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> PrintingPage:
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, k=kind: pytest.fail(f"{k}: {a[2]}"))
    widget = PrintingPage(PageContext(db, ACTORS["clerk1"], Bus(), data_dir=data_dir))
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
