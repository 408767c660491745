"""Long numbers in narrow columns: BD-/LP- numbers share their office-and-year start and credit
codes their region, so the end is what tells rows apart. Views elide in the middle and show a
cell's whole text as its tooltip when it does not fit.
"""

from __future__ import annotations

from ui.qt import (
    QAbstractItemView,
    QEvent,
    QHelpEvent,
    QModelIndex,
    QObject,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QToolTip,
)

PADDING = 8  # a cell's text margins, as the style draws them


class FullTextTips(QStyledItemDelegate):
    """Draws as usual; the tooltip of a cell without one of its own is its full text, when
    the column is too narrow to show it all."""

    def full_text(self, view: QAbstractItemView, index: QModelIndex) -> str:
        """The tooltip to show for `index` ("" for none)."""
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        if own:
            return str(own)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text is None:
            return ""
        room = view.visualRect(index).width() - PADDING
        return str(text) if view.fontMetrics().horizontalAdvance(str(text)) > room else ""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex,
    ) -> bool:
        if event is not None and event.type() == QEvent.Type.ToolTip and index.isValid():
            text = self.full_text(view, index)
            if text:
                QToolTip.showText(event.globalPos(), text, view)
            else:
                QToolTip.hideText()
            return True
        return super().helpEvent(event, view, option, index)


def elide_middle(view: QAbstractItemView, parent: QObject | None = None) -> QAbstractItemView:
    """Make `view` elide in the middle with full-text tooltips; returns it."""
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.setItemDelegate(FullTextTips(parent or view))
    return view
