"""The document checklist widget: received/missing ticks and scans chosen per document.

Used by the intake form and the 补件 dialog; the scans are stored by the service when the
clerk saves (`app.claims.attach_scan`).
"""

from __future__ import annotations

from pathlib import Path

from ui.i18n import tr_label
from ui.qt import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)


class Checklist(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scans: list[tuple[str, Path]] = []
        self.list = QListWidget()
        self.attach_button = QPushButton(self.tr("为选中材料附扫描件…"))
        self.attach_button.clicked.connect(self.choose_scan)
        self.attached = QLabel()
        self.attached.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.attach_button)
        layout.addWidget(self.attached)

    def set_documents(self, documents: dict[str, bool]) -> None:
        """Show `documents` (name → received) and forget scans chosen so far."""
        self.list.clear()
        self.scans.clear()
        self.attached.clear()
        for name, received in documents.items():
            item = QListWidgetItem(tr_label(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if received else Qt.CheckState.Unchecked)
            self.list.addItem(item)

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def received(self) -> dict[str, bool]:
        return {
            item.data(Qt.ItemDataRole.UserRole): item.checkState() == Qt.CheckState.Checked
            for item in self.items()
        }

    def choose_scan(self) -> None:
        """Pick a scan for the selected document (image or PDF); it ticks the document."""
        item = self.list.currentItem()
        if item is None:
            self.attached.setText(self.tr("请先在清单中选中一项材料。"))
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("选择扫描件"),
            "",
            self.tr("图片或 PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)"),
        )
        if not path:
            return
        self.scans.append((item.data(Qt.ItemDataRole.UserRole), Path(path)))
        item.setCheckState(Qt.CheckState.Checked)
        self.attached.setText("；".join(f"{d}：{p.name}" for d, p in self.scans))
