"""The desk's default printer per document type (set in the first-run wizard or 设置) is the one
the printing page generates for (calibration offsets) and preselects in the print dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import printer_defaults
from tests.app import printing_factories as factories
from tests.conftest import ACTORS
from ui.bus import Bus
from ui.context import PageContext
from ui.printing.page import PrintingPage
from ui.qt import QPrintDialog, QPrinter


@pytest.fixture
def page(qtbot: QtBot, db, tmp_path: Path) -> PrintingPage:
    with db.unit_of_work() as session:
        made = factories.world(session, members=2)
    widget = PrintingPage(PageContext(db, ACTORS["clerk1"], Bus(), data_dir=tmp_path))
    widget.id_number = made.members[0].id_number
    widget.uscc = made.unit.uscc
    qtbot.addWidget(widget)
    return widget


def _generate(qtbot: QtBot, page: PrintingPage, kind: str, key: str) -> None:
    page.choose(kind, key)
    before = page.last
    page.generate_button.click()
    qtbot.waitUntil(lambda: page.last is not before, timeout=20_000)


def test_the_document_types_default_printer_is_preselected(
    qtbot: QtBot, page: PrintingPage, tmp_path: Path, monkeypatch
) -> None:
    printer_defaults.save(tmp_path, {"member_certificate": "柜台打印机"})
    asked: list[str] = []
    monkeypatch.setattr(
        QPrinter, "setPrinterName", lambda self, name: asked.append(name), raising=True
    )
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)

    _generate(qtbot, page, "member", page.id_number)
    assert page.last.printer == "柜台打印机"
    page.preview.print_button.click()
    assert asked == ["柜台打印机"]

    _generate(qtbot, page, "unit", page.uscc)  # no default for this type: the system's
    assert page.last.printer is None
    page.preview.print_button.click()
    assert asked == ["柜台打印机"]

    page.calibration.printer.setText("套打专用机")  # named in 套打校准: that one wins
    _generate(qtbot, page, "member", page.id_number)
    assert page.last.printer == "套打专用机"
