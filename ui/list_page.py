"""What the 会员 and 单位 pages share: a search box and a check box over a lazy list, a details
pane under it, and the same wiring (search or box → refresh, double click → edit, Ctrl+N → add,
the bus → refresh when a watched table changed)."""

from __future__ import annotations

from collections.abc import Callable

from ui.home.chip import FilterChip
from ui.qt import (
    QAbstractButton,
    QCheckBox,
    QHBoxLayout,
    QKeySequence,
    QModelIndex,
    QShortcut,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from ui.search_box import SearchBox


class ListPage(QWidget):
    """A page listing rows of `model` in `view`; a subclass sets WATCHED (the bus tables that
    refresh it), `box` (its check box) and defines refresh() and _show(row)."""

    WATCHED: frozenset[str] = frozenset()
    search: SearchBox
    box: QCheckBox
    chip: FilterChip
    view: QTableView

    def _finish(
        self,
        top: QHBoxLayout,
        split: QSplitter,
        *,
        add: tuple[QAbstractButton, Callable[[], object]],
        edit: Callable[[], object],
    ) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chip)
        layout.addWidget(split)
        self.search.requested.connect(self.refresh)  # type: ignore[attr-defined]
        self.box.toggled.connect(self.refresh)  # type: ignore[attr-defined]
        add[0].clicked.connect(add[1])
        self.view.doubleClicked.connect(edit)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        QShortcut(QKeySequence.StandardKey.New, self, activated=add[1])
        self.context.bus.changed.connect(self._on_changed)  # type: ignore[attr-defined]
        self.refresh()  # type: ignore[attr-defined]

    def _reset_search(self, checked: bool) -> None:
        """Empty the search box and set the check box without a refresh for each."""
        for box in (self.search, self.box):
            box.blockSignals(True)
        self.search.clear()
        self.box.setChecked(checked)
        for box in (self.search, self.box):
            box.blockSignals(False)

    def _current_row(self) -> object:
        return self.model.row_at(self.view.currentIndex().row())  # type: ignore[attr-defined]

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.row_at(current.row()))  # type: ignore[attr-defined]

    def _on_changed(self, names: frozenset[str]) -> None:
        if names & self.WATCHED:
            self.refresh()  # type: ignore[attr-defined]
