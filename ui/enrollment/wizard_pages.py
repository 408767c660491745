"""The first three steps of the enrollment wizard: unit, plans and shares, members.

Pages only collect choices; every rule lives in app.enrollment and is shown on the check step.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from app import clock, settings
from app.catalogue import CatalogueSpec, effective_catalogue
from app.enrollment.periods import policy_start
from app.enrollment.queries import RosterLine, unit_roster
from app.ids import age_on
from app.money import plain_yuan
from app.units import UnitRow, search_units
from models.enums import Gender
from ui.context import PageContext
from ui.forms import date_edit, day_of
from ui.qt import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWizardPage,
)


class UnitStep(QWizardPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.setTitle(self.tr("第一步：选择参保单位"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("单位名称、联系人或信用代码"))
        self.list = QListWidget()
        self.search.textChanged.connect(self.load)
        self.list.currentRowChanged.connect(lambda _row: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.rows: list[UnitRow] = []
        self.load()

    def load(self) -> None:
        text = self.search.text()
        self.rows = self.context.read(lambda s: search_units(s, text=text, include_inactive=False))
        self.list.clear()
        for row in self.rows:
            self.list.addItem(
                self.tr("{name}（{uscc}）  {n} 人").format(
                    name=row.name, uscc=row.uscc, n=row.members
                )
            )
        if self.rows:
            self.list.setCurrentRow(0)

    def select_uscc(self, uscc: str) -> None:
        self.list.setCurrentRow(next(i for i, r in enumerate(self.rows) if r.uscc == uscc))

    def unit(self) -> UnitRow | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def isComplete(self) -> bool:
        return self.unit() is not None


class PlansStep(QWizardPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.setTitle(self.tr("第二步：保障计划、份数和生效日"))
        today = clock.today()

        def starting(session: Session) -> tuple[dt.date | None, CatalogueSpec]:
            policy = settings.get(session, "effective_date_policy")
            fixed = settings.get(session, "fixed_start_date")
            start = policy_start(policy, today, dt.date.fromisoformat(fixed) if fixed else None)
            return start, effective_catalogue(session, start or today)

        start, self.catalogue = context.read(starting)
        self.start = date_edit(start or today)
        self.gift = QCheckBox(self.tr("赠送项目（上级工会全额赠送，免参保率）"))
        grid = QGridLayout()
        self.checks: dict[str, QCheckBox] = {}
        self.shares: dict[str, QSpinBox] = {}
        for row, plan in enumerate(self.catalogue.plans.values()):
            check = QCheckBox(f"{plan.code} {plan.name}")
            check.setChecked(plan.is_main)
            spin = QSpinBox()
            spin.setRange(1, plan.max_shares)
            spin.setSuffix(self.tr(" 份"))
            price = QLabel(self.tr("{0} 元/份").replace("{0}", plain_yuan(plan.premium_per_share)))
            check.toggled.connect(lambda _on: self.completeChanged.emit())
            grid.addWidget(check, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(price, row, 2)
            self.checks[plan.code], self.shares[plan.code] = check, spin
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("生效日(&D)")))
        form.addWidget(self.start)
        form.addStretch()
        layout.addLayout(form)
        layout.addWidget(self.gift)
        layout.addStretch()

    def plans(self) -> dict[str, int]:
        return {c: self.shares[c].value() for c, check in self.checks.items() if check.isChecked()}

    def start_date(self) -> dt.date:
        return day_of(self.start)

    def isComplete(self) -> bool:
        return bool(self.plans())


class MembersStep(QWizardPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.setTitle(self.tr("第三步：参保人员"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("按姓名筛选"))
        self.list = QListWidget()
        self.count = QLabel()
        select_all = QPushButton(self.tr("全选(&A)"))
        select_none = QPushButton(self.tr("全不选(&N)"))
        select_all.clicked.connect(lambda: self.set_all(True))
        select_none.clicked.connect(lambda: self.set_all(False))
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(lambda _item: self._changed())
        buttons = QHBoxLayout()
        for widget in (select_all, select_none, self.count):
            buttons.addWidget(widget)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.lines: list[RosterLine] = []
        self.unit_uuid: uuid.UUID | None = None

    def initializePage(self) -> None:
        unit = self.wizard().unit_step.unit()
        if unit is None or unit.uuid == self.unit_uuid:
            return
        self.unit_uuid = unit.uuid
        start = self.wizard().plans_step.start_date()
        actor = self.context.actor
        self.lines = self.context.read(lambda s: unit_roster(s, actor, unit_uuid=unit.uuid))
        self.list.blockSignals(True)
        self.list.clear()
        for line in self.lines:
            sex = self.tr("女") if line.gender is Gender.FEMALE else self.tr("男")
            text = self.tr("{name}  {sex}  {age}岁  {id}").format(
                name=line.name, sex=sex, age=age_on(line.birth_date, start), id=line.id_number
            )
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._changed()

    def set_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            if not self.list.item(row).isHidden():
                self.list.item(row).setCheckState(state)
        self.list.blockSignals(False)
        self._changed()

    def set_checked(self, row: int, on: bool) -> None:
        self.list.item(row).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _filter(self, text: str) -> None:
        for row, line in enumerate(self.lines):
            self.list.item(row).setHidden(bool(text) and text not in line.name)

    def chosen(self) -> list[uuid.UUID]:
        return [
            line.uuid
            for row, line in enumerate(self.lines)
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _changed(self) -> None:
        self.count.setText(
            self.tr("已选 {0} / {1} 人")
            .replace("{0}", str(len(self.chosen())))
            .replace("{1}", str(len(self.lines)))
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.chosen())
