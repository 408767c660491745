"""Read-only tables of row dataclasses, shared by the units and members lists.

`RowsModel` shows `rows` through `COLUMNS` (key, source label in translation context
`CONTEXT`): the text of a cell is `text(row, key)`, other roles `other(row, column, role)`, and
`ROW_ROLE` hands the row itself to the page. The members list adds keyset paging on top
(ui/members/members_model.py); the units list holds its whole search result.
"""

from __future__ import annotations

from typing import Any

from ui.elide import elide_middle
from ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTableView,
)

ROW_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


def table_view(model: QAbstractTableModel) -> QTableView:
    """The lists' table: whole rows, one at a time, read-only, the last column stretched."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    elide_middle(view)  # credit codes and numbers keep their distinguishing end
    return view


class RowsModel(QAbstractTableModel):
    CONTEXT = ""
    COLUMNS: tuple[tuple[str, str], ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def row_at(self, row: int) -> Any | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, uuid: Any) -> int:
        return next((i for i, r in enumerate(self.rows) if r.uuid == uuid), -1)

    def text(self, row: Any, key: str) -> str:
        return str(getattr(row, key))

    def other(self, row: Any, column: int, role: int) -> Any:
        return None

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None or not index.isValid():
            return None
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, self.COLUMNS[index.column()][0])
        return self.other(row, index.column(), role)
