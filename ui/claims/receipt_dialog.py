"""打印受理回执: the receipt of a claim just taken in, previewed, to print (or save as PDF)."""

from __future__ import annotations

from ui.printing.preview import PdfPreview
from ui.qt import QDialog, QDialogButtonBox, QVBoxLayout, QWidget


class ReceiptDialog(QDialog):
    def __init__(self, number: str, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("受理回执 {n}").replace("{n}", number))
        self.preview = PdfPreview()
        self.preview.show_pdf(pdf, self.tr("受理回执 {n}").replace("{n}", number))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
