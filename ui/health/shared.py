"""What the 活动签到 and 合作机构 tabs share: the page context, reads that show no progress
dialog, and a PDF (sign-in sheet, leaflet, guide) written to a file the clerk names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from app.printing.pdf import Document, write_pdf
from ui.context import PageContext
from ui.ops import Op, run_op
from ui.qt import QFileDialog, QWidget

T = TypeVar("T")


class HealthTab(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context

    def quiet_read(
        self, title: str, work: Callable[[Session], T], done: Callable[[T], None]
    ) -> None:
        """`work(session)` on the reader pool, then `done(result)`, with no progress dialog: a
        window-modal one popping up between two scans would take the scanner's keystrokes (the
        list or the verdict beside the field is the feedback; the lists are read again after
        each run of scans)."""
        run_op(
            self.context,
            self,
            title=title,
            work=lambda job: work(job.session),
            on_done=done,
            write=False,
            show_progress=False,
        )

    def save_pdf(
        self, caption: str, file_name: str, title: str, make: Callable[[Session], Document]
    ) -> Op[Any] | None:
        """Ask where to save (`caption`, suggesting `file_name`), then write `make(session)`
        there as PDF under `title`; None when the clerk cancels."""
        name, _ = QFileDialog.getSaveFileName(self, caption, file_name, "PDF (*.pdf)")
        if not name:
            return None
        data_dir = self.context.data_dir
        return run_op(
            self.context,
            self,
            title=title,
            work=lambda job: write_pdf([make(job.session)], Path(name), data_dir=data_dir),
            write=False,
        )
