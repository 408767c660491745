"""Batch printing of an enrollment's certificates, pre-printed forms, calibration, fonts."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app import printer_defaults
from app.printing import service
from app.printing.calibration import write_calibration_page
from app.printing.fonts import FontMissing, find_font
from app.printing.layout import load_layout, save_calibration
from app.printing.pdf import Cancelled, write_pdf
from models import AuditRecord, Certificate, JournalEntry, NumberSequence
from tests.app import printing_factories as factories
from tests.app.printing_pdf import qr_codes, texts


def test_batch_issues_numbers_in_bulk_and_counts_reprints_the_second_time(db, actors, tmp_path):
    with db.unit_of_work() as session:
        made = factories.world(session, members=25)
    seen: list[tuple[int, int]] = []
    with db.unit_of_work() as session:
        job = service.enrollment_certificates(
            session,
            actors["clerk1"],
            enrollment_number=made.enrollment.number,
            progress=lambda done, total: seen.append((done, total)),
        )
    assert seen[-1] == (25, 25)
    numbers = {d.number for d in job.documents}
    assert numbers == {f"PZ-61020401-2026-{i:06d}" for i in range(1, 26)}
    assert job.reprints == 0
    pages = texts(_write(job, tmp_path / "batch.pdf"))
    assert len(pages) == 25
    assert all(any(m.name in p for p in pages) for m in made.members)
    assert len(qr_codes(tmp_path / "batch.pdf", page=24)) == 1
    with db.reader() as session:
        assert session.scalar(select(func.count()).select_from(Certificate)) == 25
        journal = session.scalar(select(func.count()).where(JournalEntry.entity == "certificates"))
        batches = session.scalar(
            select(func.count()).where(AuditRecord.action == "certificate.batch")
        )
    assert journal == 25 and batches == 1

    with db.unit_of_work() as session:
        again = service.enrollment_certificates(
            session, actors["clerk1"], enrollment_number=made.enrollment.number
        )
    assert again.reprints == 25
    with db.unit_of_work() as session:
        unit = service.unit_certificate(session, actors["clerk1"], uscc=made.unit.uscc)
    assert unit.documents[0].number == "PZ-61020401-2026-000026"  # after the reserved block
    assert {d.number for d in again.documents} == numbers
    assert all(d.reprint == 1 for d in again.documents)


def _write(job: service.PrintJob, path: Path) -> Path:
    write_pdf(job.documents, path)
    return path


def test_cancelled_batch_rolls_back_and_gives_numbers_back(db, actors):
    with db.unit_of_work() as session:
        made = factories.world(session, members=10)
    calls = []

    def cancel_after_three() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled), db.unit_of_work() as session:
        service.enrollment_certificates(
            session,
            actors["clerk1"],
            enrollment_number=made.enrollment.number,
            cancelled=cancel_after_three,
        )
    with db.reader() as session:
        assert session.scalar(select(func.count()).select_from(Certificate)) == 0
        assert (
            session.scalar(select(NumberSequence.last).where(NumberSequence.prefix == "PZ")) is None
        )


def test_cancel_while_drawing_writes_no_file(db, actors, tmp_path):
    with db.unit_of_work() as session:
        made = factories.world(session, members=4)
        job = service.enrollment_certificates(
            session, actors["clerk1"], enrollment_number=made.enrollment.number
        )
    out = tmp_path / "never.pdf"
    with pytest.raises(Cancelled):
        write_pdf(job.documents, out, cancelled=lambda: True)
    assert not out.exists()


def _x_of(path: Path, needle: str) -> float:
    found: list[float] = []

    def visit(text, cm, tm, _font, _size):  # type: ignore[no-untyped-def]
        if needle in text:
            found.append(tm[4] + cm[4])

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return found[0]


def test_preprinted_receipt_prints_only_values_at_the_calibrated_offset(db, actors, tmp_path):
    with db.unit_of_work() as session:
        made = factories.world(session, members=2)
        job = service.premium_receipt(
            session, actors["clerk1"], receipt_number=made.receipt_number, preprinted=True
        )
    plain = write_pdf(job.documents, tmp_path / "plain.pdf")
    [text] = texts(tmp_path / "plain.pdf")
    assert plain == 1
    assert "贰佰肆拾元整" in text and made.receipt_number in text
    assert "收款收据" not in text and "交款单位" not in text  # the form has those printed

    data = tmp_path / "data"
    written = save_calibration(
        data, "premium_receipt_preprinted", printer="EPSON LQ-630K", right_mm=10, down_mm=-2
    )
    assert written.parent == data / "layouts"
    assert load_layout("premium_receipt_preprinted", data).offset("EPSON LQ-630K") == (10, -2)
    assert load_layout("premium_receipt_preprinted", data).offset("other printer") == (0, 0)
    write_pdf(job.documents, tmp_path / "shifted.pdf", data_dir=data, printer="EPSON LQ-630K")
    shift = _x_of(tmp_path / "shifted.pdf", made.receipt_number) - _x_of(
        tmp_path / "plain.pdf", made.receipt_number
    )
    assert shift == pytest.approx(10 * 72 / 25.4, abs=0.05)
    assert len(qr_codes(tmp_path / "shifted.pdf")) == 1


def test_calibration_page_has_a_ruler_and_a_cross_per_field(tmp_path):
    out = tmp_path / "cal.pdf"
    offset = write_calibration_page("premium_receipt_preprinted", out)
    [text] = texts(out)
    assert offset == (0, 0)
    assert "校准页" in text and "capitals" in text and "amount" in text and "240" in text
    page = PdfReader(out).pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 241


def test_missing_font_says_what_to_install(tmp_path):
    with pytest.raises(FontMissing) as caught:
        find_font(dirs=[tmp_path])
    text = str(caught.value)
    assert "fonts-wqy-microhei" in text and "simsun.ttc" in text


def test_print_to_pdf_rolls_back_the_numbers_when_drawing_stops(db, actors, tmp_path):
    with db.unit_of_work() as session:
        made = factories.world(session, members=3)
    out = tmp_path / "never.pdf"
    with pytest.raises(Cancelled), db.unit_of_work() as session:
        service.print_to_pdf(
            session,
            actors["clerk1"],
            lambda s, a: service.enrollment_certificates(
                s, a, enrollment_number=made.enrollment.number
            ),
            out,
            data_dir=tmp_path,
            cancelled=lambda: True,
        )
    assert not out.exists()
    with db.reader() as session:
        assert session.scalar(select(func.count()).select_from(Certificate)) == 0
        assert (
            session.scalar(select(NumberSequence.last).where(NumberSequence.prefix == "PZ")) is None
        )


def test_print_to_pdf_uses_the_desks_printer_unless_one_is_named(db, actors, tmp_path):
    with db.unit_of_work() as session:
        made = factories.world(session, members=1)
    printer_defaults.save(tmp_path, {"member_certificate": "柜台打印机"})

    def certificate(session, actor):
        return service.member_certificate(session, actor, id_number=made.members[0].id_number)

    with db.unit_of_work() as session:
        first = service.print_to_pdf(
            session, actors["clerk1"], certificate, tmp_path / "a.pdf", data_dir=tmp_path
        )
    with db.unit_of_work() as session:
        again = service.print_to_pdf(
            session, actors["clerk1"], certificate, tmp_path / "b.pdf", data_dir=tmp_path,
            printer="窗口打印机",
        )  # fmt: skip
    assert (first.printer, again.printer) == ("柜台打印机", "窗口打印机")
    assert (first.pages, again.job.reprints) == (1, 1)
    assert first.job.documents[0].number in texts(tmp_path / "a.pdf")[0]
    assert "补打" in texts(tmp_path / "b.pdf")[0]
