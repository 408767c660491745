"""What the 工作台 shows, read in one reader session: my queue, renewals due, sync reminder,
hub alerts, the office's figures for the year and how they stand against the targets, and the
year's health services (app.health.figures).

The coverage figures read every coverage of the year (400k rows on a 200k-member office, seconds
on a busy machine), so they are kept per database file and period until a coverage or an
enrollment changes — the newest change-journal row of those tables is the key. Everything else
is read fresh each time (indexed counts over claims, payments and enrollments).
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from app import clock, settings
from app.auth import Actor
from app.health.figures import HealthFigures, health_figures
from app.reports.drill import STEPS, step_count
from app.reports.figures import CoverFigures, Figures, Period, cover_figures, office_figures
from app.sync.status import last_export_at

RENEWAL_WINDOWS = (30, 60)
_cache: dict[tuple[str, Period], tuple[int, CoverFigures]] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class QueueItem:
    key: str  # "review" | "approve" | "pay"
    label: str
    count: int


@dataclass(frozen=True)
class HomeData:
    today: dt.date
    queue: list[QueueItem]
    renewals_due: dict[int, int]  # days ahead -> enrollments ending then, not yet renewed
    sync_overdue: bool
    days_since_export: int | None
    sync_interval_days: int
    alerts: list[str]
    figures: Figures
    cover_ready: bool = True  # False: the coverage group is still to be counted (all zero)
    health: HealthFigures | None = None  # 增值服务 of the year (events held up to today)


def _queue(session: Session, actor: Actor) -> list[QueueItem]:
    """How many claims wait for this operator at each step its role may act on (the condition
    is app.reports.drill's, which also lists them on the 理赔 page)."""
    return [
        QueueItem(key, label, step_count(session, actor, key))
        for key, (label, action, _) in STEPS.items()
        if actor.can(action)
    ]


def _renewals(session: Session, today: dt.date) -> dict[int, int]:
    row = session.execute(
        text(
            "SELECT "
            + ", ".join(f"SUM(e.end_date <= :d{days})" for days in RENEWAL_WINDOWS)
            + " FROM enrollments e WHERE e.status = 'confirmed' AND e.end_date >= :today "
            "AND e.end_date <= :dmax AND NOT EXISTS (SELECT 1 FROM enrollments r "
            "WHERE r.renewal_of = e.uuid AND r.status = 'confirmed')"
        ),
        {
            "today": today.isoformat(),
            "dmax": (today + dt.timedelta(days=max(RENEWAL_WINDOWS))).isoformat(),
            **{f"d{d}": (today + dt.timedelta(days=d)).isoformat() for d in RENEWAL_WINDOWS},
        },
    ).one()
    return {days: int(n or 0) for days, n in zip(RENEWAL_WINDOWS, row, strict=True)}


def _cover_key(session: Session) -> int:
    return (
        session.scalar(
            text(
                "SELECT seq FROM change_journal WHERE entity IN ('coverages', 'enrollments') "
                "ORDER BY seq DESC LIMIT 1"
            )
        )
        or 0
    )


EMPTY_COVER = CoverFigures(0, 0, 0, 0, 0, [], {})


def cached_cover_figures(
    session: Session, period: Period, *, compute: bool = True
) -> CoverFigures | None:
    """`cover_figures`, reused while no coverage or enrollment of this database changed;
    None when it is not at hand and `compute` is False."""
    key = (str(session.get_bind().url), period)
    seq = _cover_key(session)
    with _lock:
        hit = _cache.get(key)
    if hit is not None and hit[0] == seq:
        return hit[1]
    if not compute:
        return None
    figures = cover_figures(session, period)
    with _lock:
        _cache[key] = (seq, figures)
    return figures


def home_data(
    session: Session, actor: Actor, *, year: int | None = None, wait_for_cover: bool = True
) -> HomeData:
    """Everything on the 工作台 except the start-up checks (`app.integrity.startup_checks`
    opens its own reader). Read-only. With `wait_for_cover=False` the coverage group is taken
    only if it is at hand (`cover_ready` says so): the page paints at once and asks again."""
    today = clock.today()
    period = Period.year(year or today.year)
    cover = cached_cover_figures(session, period, compute=wait_for_cover)
    last = last_export_at(session)
    interval = int(settings.get(session, "sync_interval_days"))
    days = None if last is None else (today - last.date()).days
    return HomeData(
        today=today,
        queue=_queue(session, actor),
        renewals_due=_renewals(session, today),
        # the same rule as app.sync.status.sync_status, without counting every waiting change
        sync_overdue=(days is not None and days > interval)
        or (last is None and session.scalar(text("SELECT 1 FROM change_journal LIMIT 1")) == 1),
        days_since_export=days,
        sync_interval_days=interval,
        alerts=list(
            session.scalars(
                text("SELECT message FROM sync_alerts WHERE dismissed_at IS NULL ORDER BY id DESC")
            )
        ),
        figures=office_figures(session, period, cover=cover or EMPTY_COVER),
        cover_ready=cover is not None,
        health=health_figures(session, start=period.start, end=period.end, today=today),
    )
