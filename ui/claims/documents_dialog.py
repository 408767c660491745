"""补件: tick documents that arrived after intake and attach their scans to an open claim."""

from __future__ import annotations

from ui.claims.checklist import Checklist
from ui.forms import form_buttons
from ui.qt import QDialog, QVBoxLayout, QWidget


class DocumentsDialog(QDialog):
    def __init__(
        self, number: str, documents: dict[str, bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("补件 {n}").format(n=number))
        self.original = dict(documents)
        self.checklist = Checklist()
        self.checklist.set_documents(documents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checklist)
        form_buttons(self, layout, self.accept, save=False)

    @property
    def scans(self) -> list:
        return self.checklist.scans

    def changes(self) -> dict[str, bool]:
        """Ticks that differ from what the claim had (a scan ticks its document itself)."""
        scanned = {d for d, _p in self.checklist.scans}
        return {
            name: ticked
            for name, ticked in self.checklist.received().items()
            if ticked != self.original[name] and name not in scanned
        }
