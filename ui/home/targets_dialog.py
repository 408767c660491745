"""设定年度指标: a supervisor or administrator sets the office's targets for a year (coverage rate,
new units, members, gift enrollments for 八大群体, and the area's workforce that the coverage rate
is counted against). Saved through app.reports.targets.set_targets on the writer; a refusal
appears under the field it names. An empty field clears that target."""

from __future__ import annotations

from app.reports.targets import TARGET_LABELS, Targets, get_targets, set_targets
from ui.context import PageContext
from ui.forms import FieldErrors, form_buttons, save_dialog
from ui.ops import Job
from ui.qt import (
    QCoreApplication,
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
    Signal,
)


class TargetsDialog(QDialog):
    saved = Signal(object)  # Targets

    def __init__(self, context: PageContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("设定年度指标"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.setGroupSeparatorShown(False)
        self.edits = {name: QLineEdit() for name in TARGET_LABELS}
        self.edits["coverage_rate"].setPlaceholderText(self.tr("如 60.5"))
        form = QFormLayout(self)
        form.addRow(self.tr("年度"), self.year)
        for name, edit in self.edits.items():
            edit.setObjectName(f"target-{name}")
            form.addRow(QCoreApplication.translate("app", TARGET_LABELS[name]), edit)
        self.errors = FieldErrors(form, {"year": self.year, **self.edits})
        self.save_button = form_buttons(self, form, self.submit)
        self.year.valueChanged.connect(self._load)
        self._load()

    def _load(self) -> None:
        """Fill the fields with the targets already set for the chosen year."""
        year = self.year.value()
        current = self.context.read(lambda s: get_targets(s, year))
        self._fill(current)
        self.errors.clear()

    def _fill(self, targets: Targets) -> None:
        for name, edit in self.edits.items():
            value = getattr(targets, name)
            edit.setText("" if value is None else str(value))

    def values(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}

    def submit(self) -> None:
        year, values = self.year.value(), self.values()

        def work(job: Job) -> Targets:
            return set_targets(job.session, job.actor, year, **values)

        self.op = save_dialog(
            self, self.context, work, errors=self.errors, button=self.save_button, saved=self.saved
        )
