"""The units table. An office has a few hundred units, so the model holds the search result
(at most `LIMIT` rows, by name); members, which run to 200,000, use the lazy MembersModel."""

from __future__ import annotations

from typing import Any

from app.db import Database
from app.units import UnitRow, search_units
from models.enums import RecordStatus
from ui.context import read
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from ui.row_table import RowsModel

LIMIT = 2000
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("UnitsModel", "单位名称")),
    ("uscc", QT_TRANSLATE_NOOP("UnitsModel", "统一社会信用代码")),
    ("headcount", QT_TRANSLATE_NOOP("UnitsModel", "在职职工")),
    ("members", QT_TRANSLATE_NOOP("UnitsModel", "已登记会员")),
    ("industry", QT_TRANSLATE_NOOP("UnitsModel", "行业")),
    ("contact", QT_TRANSLATE_NOOP("UnitsModel", "联系人")),
    ("phone", QT_TRANSLATE_NOOP("UnitsModel", "电话")),
    ("status", QT_TRANSLATE_NOOP("UnitsModel", "状态")),
)


class UnitsModel(RowsModel):
    CONTEXT = "UnitsModel"
    COLUMNS = COLUMNS

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.text_filter = ""
        self.include_inactive = True
        self.rows: list[UnitRow] = []
        self.keep: set[Any] | None = None  # only these unit uuids (a 工作台 figure's filter)

    def search(self, text: str, *, include_inactive: bool = True) -> None:
        self.beginResetModel()
        self.text_filter, self.include_inactive = text, include_inactive
        self.rows = read(
            self.db,
            lambda s: search_units(s, text=text, include_inactive=include_inactive, limit=LIMIT),
        )
        if self.keep is not None:
            self.rows = [row for row in self.rows if row.uuid in self.keep]
        self.endResetModel()

    def reload(self) -> None:
        self.search(self.text_filter, include_inactive=self.include_inactive)

    def text(self, row: UnitRow, key: str) -> str:
        if key == "status":
            if row.status == RecordStatus.ACTIVE:
                return QCoreApplication.translate("UnitsModel", "在用")
            return QCoreApplication.translate("UnitsModel", "停用")
        return str(getattr(row, key))
