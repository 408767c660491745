"""The 打印 page: a certificate generated, previewed, printed through QPrinter to a PDF file
(acceptance 4), saved as PDF; a batch with its progress; a scanned QR code checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from models.enums import ClaimStatus
from tests.app import printing_factories as factories
from tests.app.printing_pdf import qr_codes, texts
from tests.ui.printing_pages import shown_printing_page
from ui.printing.page import PrintingPage
from ui.qt import QFileDialog, QPrintDialog, QPrinter


@pytest.fixture
def world(db):
    with db.unit_of_work() as session:
        made = factories.world(session, members=5)
        factories.claim(
            session,
            made,
            status=ClaimStatus.APPROVED,
            amount=120000,
            working=["意外住院 20.00 元 × 6 天 × 1 份 = 120.00 元"],
        )
    return made


@pytest.fixture
def page(qtbot: QtBot, db, world, monkeypatch, tmp_path) -> PrintingPage:
    return shown_printing_page(qtbot, db, monkeypatch, tmp_path)


def _generate(qtbot: QtBot, page: PrintingPage, kind: str, key: str) -> None:
    page.choose(kind, key)
    before = page.last
    page.generate_button.click()
    qtbot.waitUntil(lambda: page.last is not before, timeout=20000)


def test_certificate_preview_prints_through_qprinter_to_a_pdf(
    qtbot: QtBot, page: PrintingPage, world, db, tmp_path: Path
) -> None:
    member = world.members[0]
    _generate(qtbot, page, "member", member.id_number)
    assert page.preview.page_count() == 1
    assert not page.preview.image.pixmap().isNull()
    assert "张伟" in page.preview.title.text()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(300)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(page.preview.printed, timeout=20000) as finished:
        page.preview.print_to(printer)
    assert finished.args == [True]

    from pypdf import PdfReader

    reader = PdfReader(out)
    assert len(reader.pages) == 1
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert width_mm == pytest.approx(210, abs=1)  # A5 landscape, as the layout says
    [code] = qr_codes(out, scale=1.5)
    assert code == page.last.job.documents[0].qr_text
    from app.signing.qr import verify

    with db.reader() as session:
        assert verify(session, code).valid


def test_print_dialog_path_and_save_as(
    qtbot: QtBot, page: PrintingPage, world, monkeypatch, tmp_path: Path
) -> None:
    _generate(qtbot, page, "unit", world.unit.uscc)
    printed = tmp_path / "dialog.pdf"

    def accept(dialog: QPrintDialog) -> int:  # the clerk picks "print to PDF" and presses OK
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    with qtbot.waitSignal(page.preview.printed, timeout=20000):
        page.preview.print_button.click()
    assert printed.stat().st_size > 0

    saved = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    page.preview.save_button.click()
    assert world.unit.name in texts(saved)[0]


def test_batch_shows_every_page_and_a_reprint_is_reported(
    qtbot: QtBot, page: PrintingPage, world
) -> None:
    _generate(qtbot, page, "batch", world.enrollment.number)
    assert page.preview.page_count() == 5
    page.preview.page_box.setValue(5)
    _generate(qtbot, page, "batch", world.enrollment.number)
    assert "补打 5 份" in page.status.text()


def test_scanned_code_is_checked_on_enter(qtbot: QtBot, page: PrintingPage, world) -> None:
    _generate(qtbot, page, "premium", world.receipt_number)
    code = page.last.job.documents[0].qr_text
    page.scan.setText(code)
    page.scan.returnPressed.emit()
    qtbot.waitUntil(lambda: "有效" in page.verdict.text(), timeout=10000)
    assert "铜川市耀州区阳光建材有限公司" in page.record.text()

    page.scan.setText(code.replace("|SJ|", "|PZ|"))
    page.scan.returnPressed.emit()
    qtbot.waitUntil(lambda: "无效" in page.verdict.text(), timeout=10000)


def test_notice_for_an_approved_claim(qtbot: QtBot, page: PrintingPage, world, db) -> None:
    from sqlalchemy import select

    from models import Claim

    with db.reader() as session:
        number = session.scalar(select(Claim.number))
    _generate(qtbot, page, "notice", number)
    assert page.preview.page_count() == 1
    assert "给付通知书" in page.status.text()


def test_calibration_page_and_saved_offset_reach_the_preprinted_receipt(
    qtbot: QtBot, page: PrintingPage, world, tmp_path: Path
) -> None:
    box = page.calibration
    assert box.layout_box.currentText() == "收款收据（套打）"  # the document's name, not its id
    assert box.layout_box.currentData() == "premium_receipt_preprinted"
    box.printer.setText("EPSON LQ-630K")
    box.right.setValue(4.5)
    box.down.setValue(-1.0)
    box.save()
    assert (tmp_path / "layouts" / "premium_receipt_preprinted.json").exists()
    box.make_page()
    assert page.preview.page_count() == 1
    assert "校准页" in page.preview.title.text()

    page.preprinted.setChecked(True)
    _generate(qtbot, page, "premium", world.receipt_number)
    saved = tmp_path / "receipt.pdf"
    saved.write_bytes(page.last.pdf)
    from pypdf import PdfReader

    xs: list[float] = []
    PdfReader(saved).pages[0].extract_text(
        visitor_text=lambda text, cm, tm, *_: (
            xs.append(tm[4] + cm[4]) if world.receipt_number in text else None
        )
    )
    assert xs[0] == pytest.approx((40 + 4.5) * 72 / 25.4, abs=0.05)  # layout x 40 mm + offset
