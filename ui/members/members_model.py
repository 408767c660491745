"""A lazy table of members: it knows the count, holds only the pages the view has asked for.

The view asks for more (`canFetchMore`/`fetchMore`) as the clerk scrolls; each page of PAGE_SIZE
rows is one query in a short read-only session that seeks past the last row's key in the index,
so the 500th page costs what the first does and 200,000 members open as fast as 200. Rows are
already masked by the service for the logged-in operator. The table itself is ui/row_table.py's.
"""

from __future__ import annotations

from app.auth import Actor
from app.db import Database
from app.member_search import MemberFilter, MemberRow, count_members, next_page
from app.members import GENDER_LABELS, ID_TYPE_LABELS
from models.enums import MemberStatus
from ui.context import read
from ui.i18n import tr_label
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt
from ui.row_table import Index, RowsModel

PAGE_SIZE = 200
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("MembersModel", "姓名")),
    ("gender", QT_TRANSLATE_NOOP("MembersModel", "性别")),
    ("id_number", QT_TRANSLATE_NOOP("MembersModel", "证件号码")),
    ("birth_date", QT_TRANSLATE_NOOP("MembersModel", "出生日期")),
    ("phone", QT_TRANSLATE_NOOP("MembersModel", "电话")),
    ("unit_name", QT_TRANSLATE_NOOP("MembersModel", "单位")),
    ("group_tag", QT_TRANSLATE_NOOP("MembersModel", "群体")),
    ("status", QT_TRANSLATE_NOOP("MembersModel", "状态")),
)


class MembersModel(RowsModel):
    CONTEXT = "MembersModel"
    COLUMNS = COLUMNS

    def __init__(
        self,
        db: Database,
        actor: Actor,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.page_size = db, actor, page_size
        self.filter = MemberFilter()
        self.total = 0
        self.rows: list[MemberRow] = []
        self._after: tuple | None = None  # where the next page starts (kept, never shown)
        self.fetches = 0  # pages loaded since the last reset (tests and the bench read it)

    def set_filter(self, filt: MemberFilter) -> None:
        """Show the members matching `filt`: count them and load the first page."""
        self.beginResetModel()
        self.filter = filt
        actor, size = self.actor, self.page_size
        self.total, (self.rows, self._after) = read(
            self.db, lambda s: (count_members(s, filt), next_page(s, actor, filt, limit=size))
        )
        self.fetches = 1
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self.filter)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        actor, filt, since, size = self.actor, self.filter, self._after, self.page_size
        more, after = read(self.db, lambda s: next_page(s, actor, filt, after=since, limit=size))
        if not more:
            self.total = len(self.rows)
            return
        first, self._after = len(self.rows), after
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.rows.extend(more)
        self.fetches += 1
        self.endInsertRows()

    def other(self, row: MemberRow, column: int, role: int) -> str | None:
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[column][0] == "id_number":
            return tr_label(ID_TYPE_LABELS[row.id_type])
        return None

    def text(self, row: MemberRow, key: str) -> str:
        if key == "gender":
            return tr_label(GENDER_LABELS[row.gender])
        if key == "status":
            if row.status == MemberStatus.LEFT:
                return QCoreApplication.translate("MembersModel", "离职 {d}").format(d=row.left_on)
            return QCoreApplication.translate("MembersModel", "在职")
        if key == "birth_date":
            return row.birth_date.isoformat()
        if key == "group_tag":
            return tr_label(row.group_tag) if row.group_tag else ""
        return str(getattr(row, key))
