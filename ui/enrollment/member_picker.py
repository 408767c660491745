"""A checkable list of people with a filter above it (by name or ID number), as the 增员 and
减员 dialogs pick members. Emits `changed` when a tick changes."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from ui.qt import QLineEdit, QListWidget, QListWidgetItem, Qt, QVBoxLayout, QWidget, Signal


class MemberPicker(QWidget):
    changed = Signal()

    def __init__(self, people: Sequence[tuple[uuid.UUID, str, str]], placeholder: str) -> None:
        """`people`: (uuid, name, ID number as the operator may see it)."""
        super().__init__()
        self.people = list(people)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(placeholder)
        self.filter.textChanged.connect(self._filter)
        self.list = QListWidget()
        for _u, name, number in self.people:
            item = QListWidgetItem(f"{name}  {number}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)

    def _filter(self, text: str) -> None:
        for row, (_u, name, number) in enumerate(self.people):
            self.list.item(row).setHidden(bool(text) and text not in name and text not in number)

    def check(self, row: int, on: bool = True) -> None:
        self.list.item(row).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def check_members(self, members: Sequence[uuid.UUID]) -> int:
        """Tick these members (one `changed` for all); returns how many were not in the list."""
        index = {u: row for row, (u, _n, _i) in enumerate(self.people)}
        self.list.blockSignals(True)
        for member in members:
            if member in index:
                self.check(index[member])
        self.list.blockSignals(False)
        self.changed.emit()
        return sum(1 for m in members if m not in index)

    def chosen(self) -> list[uuid.UUID]:
        return [
            u
            for row, (u, _n, _i) in enumerate(self.people)
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
