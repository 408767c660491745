"""What the 增员, 减员, 撤销参保 and 续保 dialogs share: the context, the enrollment's number, the
result once written (None before), and confirming through save_form, a refusal shown beside
its field in `self.errors`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ui.context import PageContext
from ui.forms import FieldErrors, save_form
from ui.ops import Job
from ui.qt import QBoxLayout, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget


class ChangeDialog(QDialog):
    errors: FieldErrors

    def __init__(self, context: PageContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.number = context, number
        self.result: Any = None

    def _save(
        self,
        title: str,
        work: Callable[[Job], Any],
        button: QPushButton,
        on_saved: Callable[[Any], None] | None = None,
    ) -> None:
        """Write with `work`; then `on_saved(result)`, by default keep the result and close."""
        save_form(
            self.context,
            self,
            title=title,
            work=work,
            on_saved=on_saved or self._done,
            on_rejected=self.errors.show,
            button=button,
        )

    def _arrange(
        self,
        left: QBoxLayout,
        right: QBoxLayout,
        widths: tuple[int, int],
        buttons: Sequence[QPushButton],
    ) -> None:
        """Two columns side by side (`widths` their shares of the width) over a row of buttons
        at the right (增员, 续保)."""
        body = QHBoxLayout()
        body.addLayout(left, widths[0])
        body.addLayout(right, widths[1])
        row = QHBoxLayout()
        row.addStretch()
        for button in buttons:
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(row)

    def _done(self, result: object) -> None:
        self.result = result
        self.accept()
