"""Print preview of a generated PDF and printing it through QPrinter.

Pages are rendered by PDFium (pypdfium2) into QImages — QtPdf is not part of
PySide6-Essentials. The preview shows one page at a time and renders it when shown, so a batch
of a thousand certificates opens at once. Printing paints each page, rendered at the printer's
resolution, onto the QPrinter page by page from a zero-delay timer: the window stays responsive,
a progress dialog shows the page count, and Cancel aborts the print job.
"""

from __future__ import annotations

import pypdfium2

from ui.qt import (
    QFileDialog,
    QHBoxLayout,
    QImage,
    QLabel,
    QMarginsF,
    QObject,
    QPageLayout,
    QPageSize,
    QPainter,
    QPixmap,
    QProgressDialog,
    QPushButton,
    QRectF,
    QScrollArea,
    QSizeF,
    QSpinBox,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

PREVIEW_DPI = 110
PRINT_DPI_CAP = 300  # enough for text and QR modules; keeps a page image ~25 MB at most


def render(document: pypdfium2.PdfDocument, index: int, dpi: float) -> QImage:
    """Page `index` as an RGB QImage at `dpi`."""
    page = document[index]
    image = page.render(scale=dpi / 72).to_pil().convert("RGB")
    page.close()
    data = image.tobytes("raw", "RGB")
    return QImage(
        data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888
    ).copy()


def page_size_points(document: pypdfium2.PdfDocument, index: int) -> tuple[float, float]:
    width, height = document[index].get_size()
    return float(width), float(height)


class PrintRun(QObject):
    """Paints the pages of `document` onto `printer`, one page per timer tick."""

    progressed = Signal(int, int)
    finished = Signal(bool)  # True: all pages sent; False: cancelled

    def __init__(self, pdf: bytes, printer, parent: QObject | None = None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.document, self.printer = pypdfium2.PdfDocument(pdf), printer
        self.total = len(self.document)
        self.done = 0
        self.painter: QPainter | None = None
        self._cancel = False
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        self.printer.setFullPage(True)
        self._set_page_size(0)
        self.painter = QPainter()
        if not self.painter.begin(self.printer):
            self._end(False)
            return
        self._timer.start()

    def cancel(self) -> None:
        self._cancel = True

    def _set_page_size(self, index: int) -> None:
        width, height = page_size_points(self.document, index)
        layout = QPageLayout(
            QPageSize(
                QSizeF(width, height),
                QPageSize.Unit.Point,
                "",
                QPageSize.SizeMatchPolicy.ExactMatch,
            ),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
        self.printer.setPageLayout(layout)

    def _step(self) -> None:
        assert self.painter is not None
        if self._cancel:
            self._timer.stop()
            self.printer.abort()
            self.painter.end()
            self._end(False)
            return
        if self.done:
            self._set_page_size(self.done)
            self.printer.newPage()
        dpi = min(self.printer.resolution(), PRINT_DPI_CAP)
        image = render(self.document, self.done, dpi)
        target = self.printer.pageLayout().fullRectPixels(self.printer.resolution())
        self.painter.drawImage(QRectF(target), image)
        self.done += 1
        self.progressed.emit(self.done, self.total)
        if self.done == self.total:
            self._timer.stop()
            self.painter.end()
            self._end(True)

    def _end(self, ok: bool) -> None:
        self.document.close()
        self.finished.emit(ok)


class PdfPreview(QWidget):
    """Shows a PDF page by page, prints it, saves it."""

    printed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf: bytes = b""
        self.pages = 0
        self.run: PrintRun | None = None
        self.default_printer: str | None = None  # the document type's, from 设置
        self.title = QLabel(self.tr("尚未生成文书"))
        self.page_box = QSpinBox()
        self.page_box.setMinimum(1)
        self.page_box.valueChanged.connect(self._show_page)
        self.pages_label = QLabel("")
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        self.save_button.clicked.connect(self.save_as)
        bar = QHBoxLayout()
        for widget in (self.title, self.page_box, self.pages_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.image)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for widget in (self.page_box, self.print_button, self.save_button):
            widget.setEnabled(on)

    def show_pdf(self, pdf: bytes, title: str) -> None:
        self.pdf = pdf
        document = pypdfium2.PdfDocument(pdf)
        self.pages = pages = len(document)
        document.close()
        self.title.setText(title)
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(pages)
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.pages_label.setText(self.tr("共 %n 页", "", pages))
        self._enable(True)
        self._show_page(1)

    def page_count(self) -> int:
        return self.pages

    def _show_page(self, number: int) -> None:
        """Render the page when it is shown (the PDF is reopened: cheap, and nothing stays
        open in PDFium between pages)."""
        if not self.pages:
            return
        document = pypdfium2.PdfDocument(self.pdf)
        try:
            image = render(document, number - 1, PREVIEW_DPI)
        finally:
            document.close()
        self.image.setPixmap(QPixmap.fromImage(image))

    def print_to(self, printer) -> PrintRun:  # type: ignore[no-untyped-def]
        """Send every page to `printer` (already chosen and set up); returns the running job."""
        run = PrintRun(self.pdf, printer, self)
        progress = QProgressDialog(self.tr("正在打印…"), self.tr("取消"), 0, run.total, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        progress.canceled.connect(run.cancel)
        run.progressed.connect(lambda done, _total: progress.setValue(done))
        run.finished.connect(lambda _ok: progress.close())
        run.finished.connect(self.printed)
        self.run = run
        run.start()
        return run

    def print_with_dialog(self) -> None:
        from ui.qt import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.default_printer:
            printer.setPrinterName(self.default_printer)  # ignored if no longer installed
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.page_count(), 1))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为 PDF"), "", self.tr("PDF 文件 (*.pdf)")
        )
        if path:
            with open(path, "wb") as out:
                out.write(self.pdf)
