"""Acceptance 1 (issue 7): two desks and a hub on a real PostgreSQL, all the way round."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.auth import Actor
from app.claims import record_payment
from app.errors import RejectedInput
from app.hub import admin
from app.hub.ingest import ingest_package
from app.hub.returns import write_returns
from app.sync import tables
from app.sync.desk_import import import_return
from app.sync.export import export_package
from app.sync.status import sync_status
from models import Claim, SyncAlert, SyncPackage
from models.enums import ClaimStatus, HubDecision, Role
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
ADMIN_PAYER = Actor("payer", "出纳经办", Role.CLERK)


@pytest.fixture
def two_desks(hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: F811
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    files = {
        code: register(hub, code, name, tmp_path / "hub-out")
        for code, name in ((A, "铜川市耀州区代办处"), (B, "铜川市宜君县代办处"))
    }
    desks = {code: provision_desk(files[code], tmp_path / code) for code in files}
    yield desks
    for database in desks.values():
        database.dispose()


def _local_counts(database) -> dict[str, int]:
    with database.reader() as session:
        return {
            name: session.scalar(select(func.count()).select_from(table)) or 0
            for name, table in tables.SYNC_TABLES.items()
        }


def _pay(database, claim_uuid: str) -> None:
    with database.unit_of_work() as session:
        record_payment(
            session,
            ADMIN_PAYER,
            claim_uuid=claim_uuid,
            paid_on=dt.date(2026, 5, 1),
            amount=100,
            bank="中国农业银行耀州支行",
            account="6228480000000000000",
        )


def test_round_trip_counts_duplicates_and_hub_approval(
    hub,  # noqa: F811
    two_desks,
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,
):
    shared_id = resident_id()
    with two_desks[A].unit_of_work() as session:
        unit, staff_a = add_unit(session, A, [shared_id, resident_id(), resident_id()])
        enrol_all(session, unit, staff_a, {"ZY": 2})
    with two_desks[B].unit_of_work() as session:
        unit, members = add_unit(session, B, [shared_id, resident_id()])
        enrol_all(session, unit, members, {"ZY": 1})
    monkeypatch.setenv("HUZHU_TODAY", CLAIM_DAY)
    with two_desks[A].unit_of_work() as session:
        big = take_large_claim(session, staff_a[1], self_pay=4_000_000)
    with pytest.raises(RejectedInput, match="须经省办事处批准"):
        _pay(two_desks[A], big)
    outbox = tmp_path / "outbox"
    for database in two_desks.values():
        with database.unit_of_work() as session:
            result = export_package(session, ADMIN, out_dir=outbox)
        assert result.seq == 1 and result.rows > 0
        ingested = ingest_package(hub, result.path)
        assert not ingested.already_applied

    with hub.engine.connect() as conn:
        numbers = admin.report(conn)
    expected = {name: 0 for name in tables.SYNC_TABLES}
    for database in two_desks.values():
        for name, n in _local_counts(database).items():
            expected[name] += n
    assert numbers.rows == expected
    assert numbers.duplicates == 1
    assert numbers.pending_decisions == 1

    with hub.engine.begin() as conn:
        decision = admin.decide(conn, claim=big, approve=True, reason="材料齐全", decided_by="hub")
    assert decision.status == "approved"

    with hub.engine.begin() as conn:
        written = {r.office_code: r for r in write_returns(conn, out_dir=tmp_path / "returns")}
    assert set(written) == {A, B}

    for code, database in two_desks.items():
        with database.unit_of_work() as session:
            imported = import_return(session, ADMIN, path=written[code].path)
        assert imported.acknowledged == 1
        with database.reader() as session:
            alerts = session.scalars(select(SyncAlert)).all()
            assert [a.kind for a in alerts] == ["duplicate"]
            assert (B if code == A else A) in alerts[0].message
            statuses = session.scalars(select(SyncPackage.status)).all()
            assert sorted(statuses) == ["acknowledged", "applied"]
            assert sync_status(session).alerts[0].kind == "duplicate"

    with two_desks[A].reader() as session:
        assert session.get(Claim, uuid.UUID(big)).hub_decision is HubDecision.APPROVED
    _pay(two_desks[A], big)
    with two_desks[A].reader() as session:
        assert session.get(Claim, uuid.UUID(big)).status is ClaimStatus.PAID
