"""补件: tick documents that arrived after intake and attach their scans to an open claim."""

from __future__ import annotations

from ui.claims.checklist import Checklist
from ui.qt import QDialog, QDialogButtonBox, QVBoxLayout, QWidget


class DocumentsDialog(QDialog):
    def __init__(
        self, number: str, documents: dict[str, bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("补件 {n}").format(n=number))
        self.original = dict(documents)
        self.checklist = Checklist()
        self.checklist.set_documents(documents)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checklist)
        layout.addWidget(buttons)

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
