"""Claim history crosses offices: each event travels under its own UUID and two offices' events
never share a key at the hub (both offices' first event used to be "1")."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.hub.ingest import ingest_package
from app.hub.schema import ENTITY_TABLES
from app.sync.export import export_package
from models import ClaimEvent, JournalEntry, Member
from tests.app.sync_factories import (
    ADMIN,
    CLAIM_DAY,
    TODAY,
    add_unit,
    enrol_all,
    hub,  # noqa: F401
    pg_url,  # noqa: F401
    provision_desk,
    register,
    resident_id,
    take_large_claim,
)

A, B = "61020401", "61020501"


@pytest.fixture
def desks(hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: F811
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    made = {}
    for code in (A, B):
        made[code] = provision_desk(register(hub, code, f"代办处{code}", tmp_path), tmp_path / code)
        with made[code].unit_of_work() as session:
            unit, staff = add_unit(session, code, [resident_id(), resident_id()])
            enrol_all(session, unit, staff, {"ZY": 1})
    monkeypatch.setenv("HUZHU_TODAY", CLAIM_DAY)
    yield made
    for database in made.values():
        database.dispose()


def _claim(database) -> dict[str, str]:
    """Take one claim in, review, submit and approve it (four events); the desk's events as {uuid: action}."""
    with database.unit_of_work() as session:
        take_large_claim(session, session.scalars(select(Member)).first(), self_pay=400_000)
    with database.reader() as session:
        return {str(e.uuid): e.action for e in session.scalars(select(ClaimEvent))}


def test_each_office_journals_its_events_by_uuid(desks) -> None:
    events = _claim(desks[A])
    assert len(events) == 4
    with desks[A].reader() as session:
        journalled = session.scalars(
            select(JournalEntry.uuid).where(JournalEntry.entity == "claim_events")
        ).all()
        numbers = session.scalars(select(ClaimEvent.id).order_by(ClaimEvent.id)).all()
    assert sorted(journalled) == sorted(events)
    assert numbers == [1, 2, 3, 4]  # the desk's running number still orders the history


def test_hub_holds_both_offices_claim_events(hub, desks, tmp_path: Path) -> None:  # noqa: F811
    local = {code: _claim(database) for code, database in desks.items()}
    assert len(local[A]) == len(local[B]) == 4
    for database in desks.values():
        with database.unit_of_work() as session:
            exported = export_package(session, ADMIN, out_dir=tmp_path / "outbox")
        assert exported.counts["claim_events"] == 4
        assert ingest_package(hub, exported.path).counts["claim_events"] == 4

    table = ENTITY_TABLES["claim_events"]
    with hub.engine.connect() as conn:
        rows = conn.execute(select(table.c.uuid, table.c.office_code, table.c.action)).all()
    assert {(str(u), office) for u, office, _ in rows} == {
        (u, code) for code, events in local.items() for u in events
    }
    assert sorted(a for *_, a in rows) == sorted(
        a for events in local.values() for a in events.values()
    )
