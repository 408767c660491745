"""Acceptance 3 (issue 11): partners, offers, events and attendance reach the hub in the next
office package (a provisioned desk, the sync export, hub ingest on the embedded PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.health import events, partners
from app.hub.ingest import ingest_package
from app.hub.schema import ENTITY_TABLES
from app.sync import tables
from app.sync.export import export_package
from tests.app.sync_factories import (
    ADMIN,
    CLERK,
    TODAY,
    add_unit,
    enrol_all,
    hub,  # noqa: F401
    pg_url,  # noqa: F401
    provision_desk,
    register,
    resident_id,
)

OFFICE = "61020401"
HEALTH_TABLES = ("health_partners", "health_offers", "health_events", "health_attendance")


def test_health_tables_are_synced_tables():
    assert set(HEALTH_TABLES) <= set(tables.SYNC_TABLES) and set(HEALTH_TABLES) <= set(
        ENTITY_TABLES
    )


def test_event_and_attendance_rows_reach_the_hub_in_the_next_package(
    hub,  # noqa: F811
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    desk = provision_desk(register(hub, OFFICE, "铜川市耀州区代办处", tmp_path / "hub"), tmp_path)
    with desk.unit_of_work() as session:
        unit, staff = add_unit(session, OFFICE, [resident_id(), resident_id(), resident_id()])
        enrol_all(session, unit, staff, {"ZY": 1})
    with desk.unit_of_work() as session:
        first = export_package(session, ADMIN, out_dir=tmp_path / "outbox")
    ingest_package(hub, first.path)

    with desk.unit_of_work() as session:
        partners.add_partner(
            session,
            CLERK,
            name="耀州区中医医院",
            kind="hospital",
            valid_from=dt.date(2026, 1, 1),
            valid_to=dt.date(2026, 12, 31),
            offers=["义诊免挂号费"],
        )
        event = events.add_event(
            session,
            CLERK,
            kind="clinic",
            title="春季义诊",
            held_on=dt.date(2026, 4, 1),
            place="耀州区文化广场",
            capacity=100,
            partner="耀州区中医医院",
        )
        signed = [
            events.record_attendance(session, CLERK, event_number=event.number, scanned=m.id_number)
            for m in staff[:2]
        ]
    assert all(s.recorded for s in signed)
    with desk.unit_of_work() as session:
        second = export_package(session, ADMIN, out_dir=tmp_path / "outbox")
    assert second.seq == first.seq + 1
    ingest_package(hub, second.path)
    desk.dispose()

    with hub.engine.connect() as conn:
        rows = {
            name: conn.execute(select(ENTITY_TABLES[name])).mappings().all()
            for name in HEALTH_TABLES
        }
    assert [r["number"] for r in rows["health_events"]] == [event.number]
    assert rows["health_events"][0]["office_code"] == OFFICE
    assert rows["health_events"][0]["package_seq"] == second.seq
    assert {r["member_uuid"] for r in rows["health_attendance"]} == {m.uuid for m in staff[:2]}
    assert all(r["office_code"] == OFFICE for r in rows["health_attendance"])
    assert [r["description"] for r in rows["health_offers"]] == ["义诊免挂号费"]
    assert [r["name"] for r in rows["health_partners"]] == ["耀州区中医医院"]
