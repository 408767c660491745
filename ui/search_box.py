"""The lists' search-as-you-type field (units, members): `requested` fires once typing pauses
for SEARCH_DELAY_MS, or at once on Enter; Ctrl+F anywhere on the owning page focuses it."""

from __future__ import annotations

from ui.qt import QKeySequence, QLineEdit, QShortcut, QTimer, QWidget, Signal

SEARCH_DELAY_MS = 200


class SearchBox(QLineEdit):
    requested = Signal()

    def __init__(self, placeholder: str, page: QWidget) -> None:
        super().__init__(page)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.requested)
        self.textChanged.connect(self.timer.start)
        self.returnPressed.connect(self.now)
        QShortcut(QKeySequence.StandardKey.Find, page, activated=self.setFocus)

    def now(self) -> None:
        """Search now (Enter, or a page refreshing anyway): no second search after the pause."""
        self.timer.stop()
        self.requested.emit()
