"""What the 增员, 减员, 撤销参保 and 续保 dialogs share: the context, the enrollment's number, the
result once written (None before), and confirming through save_form, a refusal shown beside
its field in `self.errors`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ui.context import PageContext
from ui.forms import FieldErrors, save_form
from ui.ops import Job
from ui.qt import QDialog, QPushButton, QWidget


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

    def _done(self, result: object) -> None:
        self.result = result
        self.accept()
