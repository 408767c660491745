"""A default printer per document type (app/printer_defaults.py): the form the first-run wizard's
printers page and 设置 both show, one combo box per layout, "" meaning the system default."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app import printer_defaults
from app.printing.layout import available_layouts, load_layout
from ui.i18n import tr_label
from ui.qt import QComboBox, QFormLayout, QHBoxLayout, QPushButton, QWidget


class PrinterChoices(QWidget):
    """`choices[layout]` is the combo box of that layout; `calibrate(layout)`, when given, adds a
    calibration button beside each pre-printed form."""

    def __init__(
        self,
        data_dir: Path,
        calibrate: Callable[[str], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.choices: dict[str, QComboBox] = {}
        from ui.qt import QPrinterInfo  # QtPrintSupport loads when a printer list is shown

        printers = ["", *QPrinterInfo.availablePrinterNames()]
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for name in available_layouts(data_dir):
            layout = load_layout(name, data_dir)
            box = QComboBox()
            box.setObjectName(f"printer_{name}")
            for printer in printers:
                box.addItem(printer or self.tr("系统默认打印机"), printer)
            self.choices[name] = box
            row = QHBoxLayout()
            row.addWidget(box)
            if calibrate is not None and layout.preprinted:
                button = QPushButton(self.tr("打印校准页"))
                button.setObjectName(f"calibrate_{name}")
                button.clicked.connect(lambda _=False, n=name: calibrate(n))
                row.addWidget(button)
            form.addRow(tr_label(layout.title), row)
        self.load()

    def load(self) -> None:
        """Show the desk's saved choices; a saved printer no longer installed is still shown."""
        saved = printer_defaults.load(self.data_dir)
        for name, box in self.choices.items():
            printer = saved.get(name, "")
            if printer and box.findData(printer) < 0:
                box.addItem(printer, printer)
            box.setCurrentIndex(max(0, box.findData(printer)))

    def chosen(self) -> dict[str, str]:
        """{layout: printer} for the layouts not left on the system default."""
        picked = {name: str(box.currentData() or "") for name, box in self.choices.items()}
        return {name: printer for name, printer in picked.items() if printer}

    def save(self) -> Path:
        return printer_defaults.save(self.data_dir, self.chosen())
