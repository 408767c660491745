"""Issue 19.1 at the hub: the same stay claimed at two offices (same ID number, plan, overlapping
stay) is raised as an alert to both in their return packages, once per pair of claims."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.hub.ingest import ingest_package
from app.hub.returns import write_returns
from app.hub.schema import hub_alerts
from app.sync.desk_import import import_return
from app.sync.export import export_package
from models import Member, SyncAlert
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


def test_one_stay_claimed_at_two_offices_alerts_both(
    hub,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    desks = {
        code: provision_desk(register(hub, code, name, tmp_path / "hub-out"), tmp_path / code)
        for code, name in ((A, "铜川市耀州区代办处"), (B, "铜川市宜君县代办处"))
    }
    shared_id = resident_id()
    claimed = {}
    try:
        for code, others in ((A, [resident_id()]), (B, [])):
            with desks[code].unit_of_work() as session:
                unit, staff = add_unit(session, code, [shared_id, *others])
                enrol_all(session, unit, staff, {"ZY": 1})
        monkeypatch.setenv("HUZHU_TODAY", CLAIM_DAY)
        for code in (A, B):
            with desks[code].unit_of_work() as session:
                member = session.scalars(select(Member).where(Member.id_number == shared_id)).one()
                claimed[code] = take_large_claim(session, member, self_pay=500_000)
        for _round in range(2):  # the second packages bring nothing new: no second alert
            for database in desks.values():
                with database.unit_of_work() as session:
                    made = export_package(session, ADMIN, out_dir=tmp_path / "outbox")
                ingest_package(hub, made.path)
        with hub.engine.connect() as conn:
            rows = conn.execute(
                select(hub_alerts).where(hub_alerts.c.kind == "duplicate_claim")
            ).all()
        assert sorted(r.office_code for r in rows) == [A, B]
        assert {r.details["claim_uuid"] for r in rows} == set(claimed.values())
        with hub.engine.begin() as conn:
            written = {r.office_code: r for r in write_returns(conn, out_dir=tmp_path / "ret")}
        with desks[A].unit_of_work() as session:
            import_return(session, ADMIN, path=written[A].path)
        with desks[A].reader() as session:
            alert = session.scalars(
                select(SyncAlert).where(SyncAlert.kind == "duplicate_claim")
            ).one()
        assert B in alert.message and "住院日期重叠" in alert.message
    finally:
        for database in desks.values():
            database.dispose()
