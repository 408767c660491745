"""理赔: the intake form (受理) and the work list (待办与查询) side by side as tabs.

A saved claim is selected in the refreshed work list.
"""

from __future__ import annotations

from app.auth import Action
from ui.claims.intake_form import IntakeForm
from ui.claims.queue import ClaimQueue
from ui.context import PageContext
from ui.qt import QTabWidget, QVBoxLayout, QWidget


class ClaimsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget()
        self.intake = IntakeForm(context)
        self.queue = ClaimQueue(context)
        self.tabs.addTab(self.intake, self.tr("受理"))
        self.tabs.addTab(self.queue, self.tr("待办与查询"))
        if not context.actor.can(Action.TAKE_CLAIM):
            self.tabs.setCurrentWidget(self.queue)
        self.intake.saved.connect(self._saved)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def apply_filter(self, **filters: object) -> None:
        """From the 工作台: the work list showing only the claims the figure counted."""
        self.tabs.setCurrentWidget(self.queue)
        self.queue.apply_filter(**filters)  # type: ignore[arg-type]

    def _saved(self, result: object) -> None:
        self.queue.load()
        self.queue.select_number(getattr(result, "number", ""))
