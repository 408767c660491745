"""What every hub page does to show its data: load it off the GUI thread through
HubContext.run, show it, and load again when a hub table it watches changes; and how a hub page
saves what it shows to a file (`save_file`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection

from app.hub.operators import HubOperator
from ui.hub.context import HubContext
from ui.qt import QFileDialog, QHBoxLayout, QMessageBox, QWidget

T = TypeVar("T")


def toolbar(left: Sequence[QWidget], right: Sequence[QWidget] = ()) -> QHBoxLayout:
    """A page's row of controls: `left` from the left edge, `right` against the right one."""
    row = QHBoxLayout()
    for widget in left:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    return row


def save_file(
    page: QWidget, title: str, name: str, pattern: str, write: Callable[[Path], Path], said: str
) -> None:
    """Ask where to save (suggesting `name`), `write(path)` off the GUI thread, then say so:
    `said` with {p}, the file written."""
    path, _ = QFileDialog.getSaveFileName(page, title, name, pattern)
    if not path:
        return
    page.context.run(  # type: ignore[attr-defined]
        page,
        title=title,
        work=lambda _conn: write(Path(path)),
        on_done=lambda saved: QMessageBox.information(page, title, said.format(p=saved)),
    )


class HubPage(QWidget):
    """A subclass sets WATCHED (the hub tables whose change reloads it), defines _work() (the
    load, built on the GUI thread from what the page's widgets hold) and _show(result), and
    ends its __init__ with self._start(title)."""

    WATCHED: frozenset[str] = frozenset()

    def __init__(self, context: HubContext) -> None:
        super().__init__()
        self.context = context
        self.title = ""

    def _start(self, title: str) -> None:
        self.title = title
        if self.WATCHED:
            self.context.bus.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, names: frozenset[str]) -> None:
        if names & self.WATCHED:
            self.refresh()

    def _act(
        self,
        title: str,
        action: Callable[[Connection, HubOperator], T],
        on_done: Callable[[T], None],
        *changed: str,
    ) -> None:
        """Run an app.hub action as the logged-in operator in one write transaction; then
        `on_done(result)`, and the pages watching the `changed` tables reload."""
        who = self.context.operator
        self.context.run(
            self,
            title=title,
            work=lambda conn: action(conn, who),
            on_done=on_done,
            changes=frozenset(changed),
            write=True,
        )

    def refresh(self) -> None:
        work: Callable[[Connection], Any] = self._work()  # type: ignore[attr-defined]
        self.context.run(self, title=self.title, work=work, on_done=self._show)  # type: ignore[attr-defined]
