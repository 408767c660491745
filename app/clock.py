"""The clocks. Business dates (a claim's received day, an enrollment's start, report periods)
come from `now()`/`today()`, which `HUZHU_TODAY=YYYY-MM-DD` or `HUZHU_NOW=YYYY-MM-DDTHH:MM[:SS]`
may fix (tests, training, back-office entry of past paperwork). Security time — the login
lockout and audit timestamps — comes from `real_now()`, which no setting moves: a forged clock
must not unlock an account early or back-date the audit trail."""

from __future__ import annotations

import datetime as dt
import os


def real_now() -> dt.datetime:
    """The machine's local wall-clock time, naive, whole seconds; ignores HUZHU_NOW/TODAY."""
    return dt.datetime.now().replace(microsecond=0)


def now() -> dt.datetime:
    """Local business time, naive, as stored in the database (may be fixed, see the module)."""
    fixed = os.environ.get("HUZHU_NOW")
    if fixed:
        return dt.datetime.fromisoformat(fixed)
    current = real_now()
    fixed_day = os.environ.get("HUZHU_TODAY")
    if fixed_day:
        return dt.datetime.combine(dt.date.fromisoformat(fixed_day), current.time())
    return current


def today() -> dt.date:
    return now().date()
