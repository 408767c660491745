"""The one clock. `HUZHU_TODAY=YYYY-MM-DD` fixes the date (tests, training, back-office entry);
`HUZHU_NOW=YYYY-MM-DDTHH:MM[:SS]` fixes the time as well (lockout expiry in tests)."""

from __future__ import annotations

import datetime as dt
import os


def now() -> dt.datetime:
    """Local wall-clock time, naive, as stored in the database."""
    fixed = os.environ.get("HUZHU_NOW")
    if fixed:
        return dt.datetime.fromisoformat(fixed)
    current = dt.datetime.now().replace(microsecond=0)
    fixed_day = os.environ.get("HUZHU_TODAY")
    if fixed_day:
        return dt.datetime.combine(dt.date.fromisoformat(fixed_day), current.time())
    return current


def today() -> dt.date:
    return now().date()
