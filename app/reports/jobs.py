"""What a report builder gets (`ReportJob`) and raw rows read for the forms."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.auth import Actor
from app.reports.figures import Figures, Period


@dataclass(frozen=True)
class ReportJob:
    session: Session
    actor: Actor
    period: Period
    figures: Figures
    unit_uscc: str | None


def _value(value: Any) -> Any:
    """A date column read through text() comes back as ISO text: make it a date again."""
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def read_rows(session: Session, sql: str, params: dict[str, Any]) -> list[list[Any]]:
    return [[_value(v) for v in r] for r in session.execute(text(sql), params)]
