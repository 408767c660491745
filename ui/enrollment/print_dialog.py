"""Printing an enrollment's papers from the 参保 page: its members' certificates, or the premium
receipts (收款收据) of a payment. The documents are made (numbers issued, reprints counted) and
drawn to PDF in one unit of work on the writer, then shown in the print preview, which prints
through the system dialog or saves the PDF.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.auth import Actor
from app.printing import service
from ui.context import PageContext
from ui.ops import Job, Op, run_op
from ui.printing.preview import PdfPreview
from ui.qt import QCoreApplication, QDialog, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Printed:
    pdf: bytes
    pages: int
    title: str
    printer: str | None


def certificates(session: Session, actor: Actor, number: str) -> service.PrintJob:
    return service.enrollment_certificates(session, actor, enrollment_number=number)


def receipts(session: Session, actor: Actor, numbers: Sequence[str]) -> service.PrintJob:
    """The 收款收据 of every receipt number given, as one job (one PDF)."""
    jobs = [service.premium_receipt(session, actor, receipt_number=n) for n in numbers]
    return service.PrintJob(
        [d for j in jobs for d in j.documents],
        "、".join(j.title for j in jobs),
        sum(j.reprints for j in jobs),
    )


class PrintDialog(QDialog):
    """Makes the papers on open; `op` is the running job (tests wait on it)."""

    def __init__(self, context: PageContext, parent: QWidget | None, *, title: str) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.preview = PdfPreview(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        self.resize(900, 700)
        self.op: Op[Printed] | None = None
        self.printed: Printed | None = None

    def make(self, job_of: Callable[[Session, Actor], service.PrintJob]) -> Op[Printed]:
        data_dir = self.context.data_dir

        def work(job: Job) -> Printed:
            buffer = io.BytesIO()
            done = service.print_to_pdf(
                job.session, job.actor, job_of, buffer, data_dir=data_dir,
                progress=job.progress, cancelled=job.cancelled,
            )  # fmt: skip
            return Printed(buffer.getvalue(), done.pages, done.job.title, done.printer)

        self.op = run_op(
            self.context,
            self,
            title=self.windowTitle(),
            work=work,
            on_done=self._show,
        )
        return self.op

    def _show(self, printed: Printed) -> None:
        self.printed = printed
        self.preview.default_printer = printed.printer
        self.preview.show_pdf(printed.pdf, printed.title)


def print_certificates(context: PageContext, parent: QWidget | None, number: str) -> PrintDialog:
    dialog = PrintDialog(
        context,
        parent,
        title=QCoreApplication.translate("PrintDialog", "参保凭证 {n}").replace("{n}", number),
    )
    dialog.make(lambda s, a: certificates(s, a, number))
    dialog.open()
    return dialog


def print_receipts(
    context: PageContext, parent: QWidget | None, numbers: Sequence[str]
) -> PrintDialog:
    wanted = list(numbers)
    dialog = PrintDialog(
        context, parent, title=QCoreApplication.translate("PrintDialog", "收款收据")
    )
    dialog.make(lambda s, a: receipts(s, a, wanted))
    dialog.open()
    return dialog
