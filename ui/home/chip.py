"""The filter chip a list shows when the 工作台 opened it filtered (`apply_filter`): what the list
is limited to, how many rows, and a button that clears the filter. Hidden when no filter is on.
Pages that a home figure opens (claims, enrolment, units, members) put one above their list."""

from __future__ import annotations

from ui.qt import QHBoxLayout, QLabel, QPushButton, QWidget, Signal


class FilterChip(QWidget):
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter-chip")
        self.label = QLabel()
        self.label.setObjectName("filter-chip-label")
        self.label.setStyleSheet(
            "background: #DDEBF7; border: 1px solid #4472C4; border-radius: 9px; padding: 2px 8px;"
        )
        self.clear_button = QPushButton(self.tr("清除筛选"))
        self.clear_button.setObjectName("filter-chip-clear")
        self.clear_button.clicked.connect(self._clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.clear_button)
        layout.addStretch()
        self.hide()

    def show_filter(self, text: str, rows: int) -> None:
        """Show the chip: `text` says what the list is limited to, `rows` how many it holds."""
        self.label.setText(
            self.tr("筛选：{f}（共 {n} 条）").replace("{f}", text).replace("{n}", str(rows))
        )
        self.show()

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def _clear(self) -> None:
        self.hide()
        self.cleared.emit()
