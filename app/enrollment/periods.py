"""Dates of cover (docs/domain.md §3 rules 7–9): effective-date policy, end dates, whole months."""

from __future__ import annotations

import calendar
import datetime as dt

ONE_DAY = dt.timedelta(days=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months; the 31st becomes the last day of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def end_of_term(start: dt.date, term_months: int) -> dt.date:
    """End = start + term − 1 day (2026-03-01 + 12 months → 2027-02-28)."""
    return add_months(start, term_months) - ONE_DAY


def months_remaining(start: dt.date, end: dt.date) -> int:
    """Whole months from `start` to the end of day `end`, a part month counting as one."""
    stop = end + ONE_DAY
    months = (stop.year - start.year) * 12 + stop.month - start.month
    if add_months(start, months) > stop:
        months -= 1
    return months + (add_months(start, months) < stop)


def policy_start(policy: str, paid_on: dt.date, fixed: dt.date | None) -> dt.date | None:
    """The start date the office's policy gives for a payment on `paid_on` (None: not set)."""
    if policy == "first_of_next_month":
        return add_months(paid_on.replace(day=1), 1)
    if policy == "fixed_date":
        return fixed
    return paid_on + ONE_DAY
