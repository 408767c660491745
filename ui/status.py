"""What the status bar shows about the office: its code and name, and the last outgoing sync.

These are small reads on the GUI thread (one indexed row each).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from app.db import Database
from app.office import find_self
from models import SyncPackage
from models.enums import SyncDirection


@dataclass(frozen=True)
class OfficeStatus:
    code: str
    name: str
    last_sync: dt.datetime | None


def office_status(db: Database) -> OfficeStatus:
    with db.reader() as session:
        office = find_self(session)
        last = session.scalar(
            select(func.max(SyncPackage.created_at)).where(
                SyncPackage.direction == SyncDirection.OUTGOING
            )
        )
        if office is None:
            return OfficeStatus("", "", last)
        return OfficeStatus(office.code, office.name, last)
