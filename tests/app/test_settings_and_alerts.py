"""Use cases the window calls for several rows at once: settings.put_all and
sync.status.dismiss_alerts, each all-or-nothing in the caller's transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app import settings
from app.errors import NotFound, RejectedInput
from app.sync.status import dismiss_alerts
from models import SyncAlert


def test_put_all_changes_every_setting_or_none(db, actors):
    boss = actors["supervisor1"]
    with db.unit_of_work() as session:
        settings.put_all(session, boss, {"sync_interval_days": 14, "service_promise_days": 20})
    with pytest.raises(RejectedInput, match="1 到 365"), db.unit_of_work() as session:
        settings.put_all(session, boss, {"sync_interval_days": 30, "service_promise_days": 0})
    with db.reader() as session:
        assert settings.get(session, "sync_interval_days") == 14
        assert settings.get(session, "service_promise_days") == 20


def test_dismiss_alerts_marks_the_selection_or_nothing(db, actors):
    at = dt.datetime(2026, 3, 1, 9, 0)
    with db.unit_of_work() as session:
        for n in (1, 2, 3):
            session.add(
                SyncAlert(
                    uuid=f"alert-{n}", kind="duplicate", message="重复参保", details={},
                    created_at=at, received_at=at, return_seq=1,
                )
            )  # fmt: skip
    with db.reader() as session:
        ids = list(session.scalars(select(SyncAlert.id).order_by(SyncAlert.id)))
    with pytest.raises(NotFound), db.unit_of_work() as session:
        dismiss_alerts(session, actors["clerk1"], alert_ids=[ids[0], 999])
    with db.unit_of_work() as session:
        assert dismiss_alerts(session, actors["clerk1"], alert_ids=ids[:2]) == 2
    with db.reader() as session:
        done = {a.uuid: a.dismissed_by for a in session.scalars(select(SyncAlert))}
    assert done == {"alert-1": "clerk1", "alert-2": "clerk1", "alert-3": None}
