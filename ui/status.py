"""What the status bar shows about the office: its code and name, and the last outgoing sync;
and how a passing message (the backup just taken) is fitted beside the permanent labels.

Two small reads on the GUI thread (one indexed row each), after login.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.db import Database
from app.office import find_self
from app.sync.status import last_export_at
from ui.context import read
from ui.qt import QStatusBar, Qt, QWidget

# the widest a permanent status-bar label may draw (a failure's text; the tooltip has it all)
LABEL_ROOM = 360


@dataclass(frozen=True)
class OfficeStatus:
    code: str
    name: str
    last_sync: dt.datetime | None


def office_status(db: Database) -> OfficeStatus:
    office, last = read(db, lambda s: (find_self(s), last_export_at(s)))
    if office is None:
        return OfficeStatus("", "", last)
    return OfficeStatus(office.code, office.name, last)


def fitted(bar: QStatusBar, text: str, keep: str, beside: tuple[QWidget, ...]) -> str:
    """`text` then `keep`, the text elided in the middle (a folder path) so that both fit left
    of the status bar's visible permanent widgets `beside`: a temporary message is clipped
    under them otherwise, and reads as if it ran into the operator's name. `keep` (a file's
    name) is never shortened."""
    metrics = bar.fontMetrics()
    edge = min((w.x() for w in beside if w.isVisible()), default=bar.width())
    room = max(edge - 16 - metrics.horizontalAdvance(keep), 40)
    return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, room) + keep


def elided(widget: QWidget, text: str, room: int = LABEL_ROOM) -> str:
    """`text` elided in the middle to `room` pixels in `widget`'s font."""
    return widget.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, room)
