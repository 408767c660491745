"""套打校准: print the calibration page of a pre-printed layout, measure, record the offset.

The offset is kept per printer name in the desk's own copy of the layout (`<data>/layouts/`),
and the page generates documents with the offset of the printer named here.
"""

from __future__ import annotations

import io
from pathlib import Path

from app.printing.calibration import write_calibration_page
from app.printing.layout import available_layouts, load_layout, save_calibration
from ui.context import PageContext
from ui.qt import (
    QComboBox,
    QCoreApplication,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    Signal,
)


def preprinted_layouts(data_dir: Path | None) -> list[str]:
    return [n for n in available_layouts(data_dir) if load_layout(n, data_dir).preprinted]


class CalibrationBox(QGroupBox):
    """Emits `page_ready(pdf, title)` with a calibration page for the preview."""

    page_ready = Signal(bytes, str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("套打校准"), parent)
        self.data_dir = context.data_dir
        form = QFormLayout(self)
        self.layout_box = QComboBox()
        for name in preprinted_layouts(self.data_dir):  # the document's name; the id as data
            title = load_layout(name, self.data_dir).title
            self.layout_box.addItem(QCoreApplication.translate("app", title), name)
        self.printer = QLineEdit()
        self.printer.setPlaceholderText(self.tr("打印机名称（留空为默认）"))
        self.right = self._offset_box()
        self.down = self._offset_box()
        offsets = QHBoxLayout()
        for label, box in ((self.tr("右移"), self.right), (self.tr("下移"), self.down)):
            offsets.addWidget(QLabel(label))
            offsets.addWidget(box)
        page_button = QPushButton(self.tr("生成校准页"))
        page_button.clicked.connect(self.make_page)
        save_button = QPushButton(self.tr("保存偏移"))
        save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(page_button)
        buttons.addWidget(save_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.tr("版式"), self.layout_box)
        form.addRow(self.tr("打印机"), self.printer)
        form.addRow(self.tr("偏移（毫米）"), offsets)
        form.addRow(buttons)
        form.addRow(self.message)
        self.layout_box.currentIndexChanged.connect(self.load_offset)
        self.printer.editingFinished.connect(self.load_offset)
        self.load_offset()

    @staticmethod
    def _offset_box() -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-50, 50)
        box.setDecimals(1)
        box.setSingleStep(0.5)
        return box

    def printer_name(self) -> str | None:
        return self.printer.text().strip() or None

    def load_offset(self) -> None:
        name = self.layout_box.currentData()
        if not name:
            return
        right, down = load_layout(name, self.data_dir).offset(self.printer_name())
        self.right.setValue(right)
        self.down.setValue(down)

    def make_page(self) -> None:
        name = self.layout_box.currentData()
        buffer = io.BytesIO()
        write_calibration_page(name, buffer, data_dir=self.data_dir, printer=self.printer_name())
        title = self.layout_box.currentText()
        self.page_ready.emit(buffer.getvalue(), self.tr("校准页 %1").replace("%1", title))

    def save(self) -> None:
        if self.data_dir is None:
            self.message.setText(self.tr("没有数据文件夹，无法保存偏移。"))
            return
        path = save_calibration(
            self.data_dir,
            self.layout_box.currentData(),
            printer=self.printer_name(),
            right_mm=self.right.value(),
            down_mm=self.down.value(),
        )
        self.message.setText(self.tr("已保存到 %1").replace("%1", str(path)))
