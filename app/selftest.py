"""`huzhu --selftest`: prove an installed program works, without a screen or the office's data.

Runs in a temporary folder (the office's own data folder is never touched): creates a database
through the migrations, builds the demo office, prints one member certificate to PDF with the
printing service, renders the page with PDFium and checks that its QR code decodes and verifies
against the database's keys. This exercises what a bundle most often loses — the migration
scripts, the plan catalogues, the layouts, the CJK font, the native QR and PDF libraries.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from app import __version__
from app.db import Database, open_database
from app.demo import build_demo
from app.paths import database_path


@dataclass
class SelftestResult:
    """What each step found; `ok` only when every step passed."""

    ok: bool = True
    steps: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _certificate_pdf(folder: Path) -> tuple[Path, str]:
    """(pdf, qr text written into it) for the first covered member of the demo office."""
    from app.auth import Actor
    from app.printing import service
    from app.printing.pdf import write_pdf
    from models import Coverage, Member
    from models.enums import Role

    db = _open(folder)
    try:
        with db.reader() as session:
            id_number = session.scalars(
                select(Member.id_number).join(Coverage, Coverage.member_uuid == Member.uuid)
            ).first()
        if id_number is None:
            raise RuntimeError("demo office has no covered member")
        actor = Actor("selftest", "自检", Role.ADMIN)
        with db.unit_of_work() as session:
            job = service.member_certificate(session, actor, id_number=id_number)
        out = folder / "certificate.pdf"
        write_pdf(job.documents, out, data_dir=folder)
        return out, job.documents[0].number
    finally:
        db.dispose()


def _open(folder: Path) -> Database:

    return open_database(database_path(folder))


def _read_qr(pdf: Path) -> list[str]:
    import pypdfium2
    import zxingcpp

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        image = document[0].render(scale=3.0).to_pil().convert("L")
    finally:
        document.close()
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def _verify_qr(folder: Path, pdf: Path, number: str) -> str:
    from app.signing.qr import verify

    codes = _read_qr(pdf)
    if not codes:
        raise RuntimeError("no QR code found on the certificate")
    db = _open(folder)
    try:
        with db.reader() as session:
            result = verify(session, codes[0])
    finally:
        db.dispose()
    if not result.valid or result.fields.get("number") != number:
        raise RuntimeError(f"QR code does not verify: {result.reason}")
    return number


def run(folder: Path | None = None, *, say: Callable[[str], None] = print) -> SelftestResult:
    """Run every step in `folder` (a new temporary folder when None, removed afterwards).

    Never raises: a failing step is reported through `say` and `ok` turns False."""
    started = time.perf_counter()
    result = SelftestResult()
    with tempfile.TemporaryDirectory(prefix="huzhu-selftest-") as tmp:
        work = folder or Path(tmp)
        state: dict[str, object] = {}

        def demo() -> object:
            db = _open(work)
            try:
                return build_demo(db).members
            finally:
                db.dispose()

        def certificate() -> object:
            from app.printing.fonts import register_font

            state["pdf"], state["number"] = _certificate_pdf(work)
            return f"{state['number']}, font {register_font(work).path}"

        def qr() -> object:
            return _verify_qr(work, state["pdf"], str(state["number"]))  # type: ignore[arg-type]

        steps: list[tuple[str, Callable[[], object]]] = [
            ("demo office", demo),
            ("certificate PDF", certificate),
            ("QR verified", qr),
        ]
        for name, step in steps:
            try:
                detail = step()
            except Exception as exc:  # the point of a self-test is to report, not to crash
                result.ok = False
                say(f"FAIL {name}: {type(exc).__name__}: {exc}")
                break
            result.steps.append(name)
            say(f"ok   {name}: {detail}")
    result.seconds = time.perf_counter() - started
    say(
        f"huzhu {__version__} selftest {'passed' if result.ok else 'FAILED'} in {result.seconds:.1f} s"
    )
    return result


def main() -> int:
    """Entry for `huzhu --selftest`: exit 0 when every step passed, 3 otherwise."""
    return 0 if run(say=lambda line: print(line, flush=True)).ok else 3


if __name__ == "__main__":
    sys.exit(main())
