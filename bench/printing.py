"""Printing budget (docs/design.md §8): 1,000 member certificates, each with its signed QR code, into
one PDF ≤ 5 s, beside 1,000 text-only CJK pages drawn by bare reportlab in the same run; and the
QR encoders compared per code (reportlab's widget, segno when installed, zxing-cpp).

Runnable alone: `python -m bench.printing`.
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bench.common import Row, median

COUNT = 1000
BUDGET_S = 5.0
RUNS = 3


CPU: dict[str, float] = {}


def _best_of(work: Callable[[], object], runs: int = RUNS, *, name: str = "") -> float:
    """Median wall time of `runs`; the median CPU time goes to CPU[name] (a shared 2-core
    machine stretches wall time, CPU time shows what the work itself costs)."""
    times, cpu = [], []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        work()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    CPU[name] = median(cpu)
    return median(times)


def _text_pages() -> None:
    """Baseline: bare reportlab, the same font, about as many strings per page, no QR."""
    from reportlab.pdfgen.canvas import Canvas

    from app.printing.fonts import register_font

    font = register_font().name
    canvas = Canvas(io.BytesIO(), pageCompression=1)
    for page in range(COUNT):
        canvas.setFont(font, 18)
        canvas.drawCentredString(300, 800, "职工互助保障参保凭证")
        canvas.setFont(font, 10)
        for line in range(14):
            canvas.drawString(
                40, 760 - line * 20, f"姓名：张伟{page} 证件号码：610204********{line:04d}"
            )
        canvas.showPage()
    canvas.save()


def _certificates_data() -> list[object]:
    from app.printing.data import CoverageLine, MemberCertificateData, OfficeInfo

    office = OfficeInfo("61020401", "铜川市耀州区代办处")
    start, end = dt.date(2026, 3, 1), dt.date(2027, 2, 28)
    lines = (
        CoverageLine("ZY", "在职职工住院医疗互助保障", 1, start, end, dt.date(2026, 3, 31), 6000),
        CoverageLine("ZJ", "在职职工重大疾病互助保障", 2, start, end, dt.date(2026, 5, 30), 6000),
    )
    return [
        MemberCertificateData(
            office,
            uuid.uuid4(),
            uuid.uuid4(),
            "BD-61020401-2026-000001",
            f"张伟{i}",
            f"610204********{i:04d}",
            "男",
            "铜川市耀州区阳光建材有限公司",
            "91610204MA6T00001J",
            lines,
        )
        for i in range(COUNT)
    ]


def _certificates(data: list[object]) -> int:
    from app.printing import documents
    from app.printing.pdf import write_pdf
    from app.signing.qr import Signer

    signer = Signer("61020401", Ed25519PrivateKey.generate())
    issued = dt.date(2026, 3, 2)
    docs = [
        documents.member_certificate(
            d, number=f"PZ-61020401-2026-{i:06d}", issued=issued, reprint=0, signer=signer
        )
        for i, d in enumerate(data, start=1)  # type: ignore[arg-type]
    ]
    return write_pdf(docs, io.BytesIO())


def _from_database(folder: Path) -> Callable[[], int]:
    """The whole path a batch takes: load, issue 1,000 numbers, sign, draw (rolled back)."""
    from app.auth import Actor
    from app.db import open_database
    from app.printing import service
    from app.printing.pdf import write_pdf
    from models.enums import Role
    from tests.app import printing_factories

    db = open_database(folder / "huzhu.sqlite3")
    with db.unit_of_work() as session:
        number = printing_factories.world(session, members=COUNT).enrollment.number
    clerk = Actor("clerk1", "王丽", Role.CLERK)

    def run() -> int:
        with db.reader() as session:  # read session: the numbers are never committed
            job = service.enrollment_certificates(session, clerk, enrollment_number=number)
            pages = write_pdf(job.documents, io.BytesIO())
            session.rollback()
        return pages

    return run


def _per_code(encode: Callable[[str], object], n: int = 200) -> float:
    payload = (
        "HZ1|PZ|PZ-61020401-2026-{:06d}|61020401|610204********0011|20260301-20270228|ZY1.ZJ2|"
    )
    signature = "x" * 86
    started = time.perf_counter()
    for i in range(n):
        encode(payload.format(i) + signature)
    return (time.perf_counter() - started) / n


def _reportlab_widget(text: str) -> None:
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(text)
    drawing = Drawing(100, 100)
    drawing.add(widget)
    widget.draw()


def _encoder_rows() -> list[Row]:
    from app.printing.qr import matrix

    ours = _per_code(matrix)
    widget = _per_code(_reportlab_widget, 50)
    note = f"reportlab QrCodeWidget {widget * 1000:.1f} ms"
    try:
        import segno

        seg = _per_code(lambda t: segno.make(t, error="m", micro=False).matrix, 50)
        note += f", segno {seg * 1000:.1f} ms"
    except ImportError:
        note += ", segno not installed"
    return [
        Row(
            "QR encode, one code (zxing-cpp)",
            ours,
            BUDGET_S / COUNT,
            baseline=widget,
            note=note + f", zxing-cpp {ours * 1000:.2f} ms a code",
        )
    ]


def run() -> list[Row]:
    from app.printing.fonts import register_font

    register_font()
    data = _certificates_data()
    baseline = _best_of(_text_pages, name="text")
    pages: list[int] = []
    figure = _best_of(lambda: pages.append(_certificates(data)), name="certificates")
    rows = [
        Row(
            f"{COUNT:,} certificates with QR into one PDF",
            figure,
            BUDGET_S,
            baseline=baseline,
            note=f"{pages[-1]} pages; CPU {CPU['certificates']:.2f} s (baseline CPU "
            f"{CPU['text']:.2f} s); baseline = {COUNT:,} text-only CJK pages, bare reportlab",
        )
    ]
    with tempfile.TemporaryDirectory() as folder:
        whole = _from_database(Path(folder))
        rows.append(
            Row(
                f"{COUNT:,} certificates from the database (numbers, QR, PDF)",
                _best_of(whole, 1, name="database"),
                BUDGET_S,
                baseline=baseline,
                note=f"CPU {CPU['database']:.2f} s; load coverages, issue PZ numbers in bulk, "
                "sign, draw; rolled back",
            )
        )
    return rows + _encoder_rows()


if __name__ == "__main__":
    from bench.__main__ import print_table

    print_table(run())
