"""目录与指标: the catalogue versions the hub published and publishing a new one (checked by
app.hub.registry.check_catalogue, as `huzhu hub catalogue publish`); yearly targets per office
(as `huzhu hub targets`); the year's assessment table, 达标 / 未达标 per target."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, select

from app.hub import actions
from app.hub.assessment import AssessmentLine, assess
from app.hub.registry import PublishedCatalogue, list_catalogues
from app.hub.schema import hub_offices
from app.hub.targets import TargetsSet
from app.reports.targets import TARGET_LABELS
from ui.forms import fill_table, read_only_table
from ui.hub.context import CATALOGUES, OFFICES, TARGETS, HubContext
from ui.hub.offices_page import year_box
from ui.hub.page import HubPage, toolbar
from ui.qt import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)


@dataclass(frozen=True)
class CatalogueView:
    catalogues: list[PublishedCatalogue]
    offices: list[tuple[str, str]]
    assessment: list[AssessmentLine]


def _load(conn: Connection, year: int) -> CatalogueView:
    offices = [
        (r.code, r.name) for r in conn.execute(select(hub_offices).order_by(hub_offices.c.code))
    ]
    return CatalogueView(list_catalogues(conn), offices, assess(conn, year))


class CataloguePage(HubPage):
    WATCHED = frozenset({CATALOGUES, TARGETS, OFFICES})

    def __init__(self, context: HubContext) -> None:
        super().__init__(context)
        may = context.operator.may_work
        self.catalogues = read_only_table(
            [self.tr("版本"), self.tr("名称"), self.tr("有效期起"), self.tr("有效期止"),
             self.tr("计划（副险依附的主险）"), self.tr("发布时间"), self.tr("已下发代办处")]
        )  # fmt: skip
        self.catalogues.setObjectName("catalogues")
        self.publish_button = QPushButton(self.tr("发布新目录…"))
        self.publish_button.setEnabled(may)
        self.publish_button.clicked.connect(self.publish)

        self.office = QComboBox()
        self.office.setObjectName("office")
        self.year = year_box(self)
        self.year.valueChanged.connect(self.refresh)
        self.fields: dict[str, QLineEdit] = {}
        targets = QGroupBox(self.tr("下达年度指标（随回执包下发）"))
        form = QFormLayout(targets)
        form.addRow(self.tr("代办处"), self.office)
        form.addRow(self.tr("年度"), self.year)
        for key, label in TARGET_LABELS.items():
            edit = QLineEdit()
            edit.setObjectName(key)
            self.fields[key] = edit
            form.addRow(self.tr(label), edit)
        self.targets_button = QPushButton(self.tr("下达指标"))
        self.targets_button.setEnabled(may)
        self.targets_button.clicked.connect(self.set_targets)
        form.addRow(self.targets_button)

        self.assessment = read_only_table(
            [self.tr("代办处"), self.tr("名称"), self.tr("指标"), self.tr("目标"),
             self.tr("完成"), self.tr("考核")]
        )  # fmt: skip
        self.assessment.setObjectName("assessment")
        top = toolbar([QLabel(self.tr("保障计划目录版本"))], [self.publish_button])
        bottom = QHBoxLayout()
        bottom.addWidget(targets)
        box = QVBoxLayout()
        self.assessment_title = QLabel()
        box.addWidget(self.assessment_title)
        box.addWidget(self.assessment, 1)
        bottom.addLayout(box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.catalogues, 1)
        layout.addLayout(bottom, 2)
        self._start(self.tr("目录与指标"))

    def _work(self) -> Callable[[Connection], CatalogueView]:
        year = self.year.value()
        return lambda conn: _load(conn, year)

    def _show(self, view: CatalogueView) -> None:
        fill_table(
            self.catalogues,
            [
                [c.version, c.name, c.valid_from, c.valid_to, " ".join(c.plans),
                 c.published_at.strftime("%Y-%m-%d %H:%M"), c.offices_sent]
                for c in view.catalogues
            ],
        )  # fmt: skip
        current = self.office.currentData()
        self.office.clear()
        for code, name in view.offices:
            self.office.addItem(f"{code} {name}", code)
        if current is not None and (index := self.office.findData(current)) >= 0:
            self.office.setCurrentIndex(index)
        self.assessment_title.setText(self.tr("{y} 年度目标考核").format(y=self.year.value()))
        fill_table(
            self.assessment,
            [
                [a.office, a.name, self.tr(a.label), a.goal,
                 "—" if a.actual is None else a.actual, self.tr(a.verdict)]
                for a in view.assessment
            ],
        )  # fmt: skip

    def publish(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择保障计划目录"), "", self.tr("保障计划目录 (*.json)")
        )
        if not path:
            return
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            QMessageBox.warning(self, self.tr("发布新目录"), str(exc))
            return
        answer = QMessageBox.question(
            self,
            self.tr("发布新目录"),
            self.tr("发布目录 {f}？发布后随各代办处的下一个回执包下发，不能撤回。").format(
                f=Path(path).name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._act(
            self.tr("发布新目录"),
            lambda conn, who: actions.publish_catalogue(conn, who, text=text),
            self._published,
            CATALOGUES,
        )

    def _published(self, done: tuple[str, bool]) -> None:
        version, created = done
        QMessageBox.information(
            self,
            self.tr("发布新目录"),
            self.tr("目录 {v} 已发布，将随下一批回执包下发。").format(v=version)
            if created
            else self.tr("目录 {v} 此前已发布。").format(v=version),
        )

    def set_targets(self) -> None:
        office = self.office.currentData()
        if office is None:
            QMessageBox.warning(self, self.tr("下达指标"), self.tr("请先登记代办处。"))
            return
        values = {key: edit.text().strip() for key, edit in self.fields.items()}
        year = self.year.value()
        self._act(
            self.tr("下达指标"),
            lambda conn, who: actions.set_targets(
                conn, who, office=office, year=year, values=values
            ),
            self._targets_set,
            TARGETS,
        )

    def _targets_set(self, done: TargetsSet) -> None:
        for edit in self.fields.values():
            edit.clear()
        listed = "；".join(f"{TARGET_LABELS[k]} {v}" for k, v in done.targets.items())
        QMessageBox.information(
            self,
            self.tr("下达指标"),
            self.tr("代办处 {o} {y} 年度指标：{t}；将随下一个回执包下发。").format(
                o=done.office_code, y=done.year, t=listed
            ),
        )
