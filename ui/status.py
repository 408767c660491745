"""What the status bar shows about the office: its code and name, and the last outgoing sync.

Two small reads on the GUI thread (one indexed row each), after login.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.db import Database
from app.office import find_self
from app.sync.status import last_export_at
from ui.context import read


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
