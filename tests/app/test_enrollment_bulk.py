"""The bulk writes behind enrolment (app/bulk.py): the rows they store are the rows SQLAlchemy
itself would store, new ids are proper random UUIDs, and a batch leaves the connection as found."""

from __future__ import annotations

import datetime as dt
import gc
import uuid

import pytest
from sqlalchemy import insert, select

from app import clock
from app.bulk import (
    bulk_insert,
    insert_columns,
    journal_inserted,
    journal_rows,
    last_rowid,
    new_ids,
    select_rows,
)
from app.collector import cycle_collector_paused
from app.enrollment import enrol
from models import Coverage, JournalEntry, Member
from models.enums import CoverageStatus, JournalOp
from tests.app.enrollment_factories import request, scene, setup_office


@pytest.fixture
def office(db):
    setup_office(db)
    return db


def _stored(session, table: str, key: str) -> tuple:
    sql = f"SELECT * FROM {table} WHERE uuid = ?"
    return tuple(session.connection().exec_driver_sql(sql, (key,)).one())


def _coverage(sc, member: uuid.UUID, plan: str, shares: int) -> dict:
    start = dt.date(2026, 3, 1)
    return dict(
        member_uuid=member,
        plan_code=plan,
        shares=shares,
        start_date=start,
        end_date=dt.date(2027, 2, 28),
        waiting_until=start + dt.timedelta(days=30),
        premium=6000 * shares,
        is_renewal=shares == 2,
        status=CoverageStatus.ACTIVE,
        updated_at=clock.now(),
    )


def test_columns_store_exactly_what_sqlalchemy_stores(office, actors) -> None:
    sc = scene(office, headcount=3)
    with office.unit_of_work() as session:
        result = enrol(session, actors["clerk1"], request=request(sc))
        ours, theirs = uuid.uuid4(), uuid.uuid4()
        rows = [
            {"uuid": ours, "enrollment_uuid": result.uuid, **_coverage(sc, sc.members[1], "ZJ", 2)},
            {"uuid": uuid.uuid4(), "enrollment_uuid": result.uuid, **_coverage(sc, sc.members[2], "ZJ", 1)},
        ]  # fmt: skip
        bulk_insert(session, Coverage, rows)
        session.execute(insert(Coverage), [{**rows[0], "uuid": theirs}])
        mine, core = (
            _stored(session, "coverages", ours.hex),
            _stored(session, "coverages", theirs.hex),
        )
        assert mine[1:] == core[1:]
        assert session.get(Coverage, rows[1]["uuid"]).is_renewal is False


def test_shared_values_and_hex_ids_read_back_as_objects(office, actors) -> None:
    sc = scene(office, headcount=2)
    with office.unit_of_work() as session:
        result = enrol(session, actors["clerk1"], request=request(sc))
        ids = new_ids(2)
        fields = _coverage(sc, sc.members[0], "ZJ", 1)
        insert_columns(
            session, Coverage, 2,
            {**fields, "uuid": ids, "enrollment_uuid": result.uuid, "member_uuid": sc.members},
        )  # fmt: skip
        journal_rows(session, "coverages", ids, JournalOp.INSERT)
        stored = [session.get(Coverage, uuid.UUID(h)) for h in ids]
        assert [c.member_uuid for c in stored] == sc.members
        assert {(c.start_date, c.waiting_until, c.status) for c in stored} == {
            (fields["start_date"], fields["waiting_until"], CoverageStatus.ACTIVE)
        }
        journal = session.scalars(
            select(JournalEntry.uuid).order_by(JournalEntry.seq.desc()).limit(2)
        ).all()
        assert journal[::-1] == [str(uuid.UUID(h)) for h in ids]


def test_new_ids_are_distinct_version_4_uuids() -> None:
    ids = new_ids(2000)
    parsed = [uuid.UUID(h) for h in ids]
    assert len(set(ids)) == 2000
    assert all(
        u.version == 4 and u.variant == uuid.RFC_4122 and u.hex == h
        for u, h in zip(parsed, ids, strict=True)
    )
    assert new_ids(0) == []


def test_a_short_column_is_refused_before_anything_is_written(office, actors) -> None:
    sc = scene(office, headcount=2)
    with office.unit_of_work() as session:
        result = enrol(session, actors["clerk1"], request=request(sc))
        fields = {**_coverage(sc, sc.members[0], "ZJ", 1), "enrollment_uuid": result.uuid}
        with pytest.raises(ValueError, match="member_uuid: 1 values for 2 rows"):
            insert_columns(
                session, Coverage, 2, {**fields, "uuid": new_ids(2), "member_uuid": sc.members[:1]}
            )
        assert len(session.scalars(select(Coverage.uuid)).all()) == 2


def test_a_batch_gives_the_page_cache_back(office, actors) -> None:
    sc = scene(office, headcount=4)
    with office.unit_of_work() as session:
        before = session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
        enrol(session, actors["clerk1"], request=request(sc))
        assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one() == before


def test_coverages_are_journalled_in_the_order_written(office, actors) -> None:
    sc = scene(office, headcount=6, women=2)
    with office.unit_of_work() as session:
        enrol(session, actors["clerk1"], request=request(sc, plans={"ZY": 1, "NZ": 1}))
    with office.reader() as session:
        written = session.connection().exec_driver_sql(
            "SELECT uuid, plan_code, member_uuid FROM coverages ORDER BY rowid"
        )
        journal = session.execute(
            select(JournalEntry.uuid, JournalEntry.op)
            .where(JournalEntry.entity == "coverages")
            .order_by(JournalEntry.seq)
        ).all()
    rows = written.all()
    assert [p for _, p, _ in rows] == ["ZY"] * 6 + ["NZ"] * 2
    assert journal == [(str(uuid.UUID(h)), JournalOp.INSERT) for h, _, _ in rows]
    for plan in ("ZY", "NZ"):  # key order: each index is filled front to back
        ours = [(h, m) for h, p, m in rows if p == plan]
        assert ours == sorted(ours) and [m for _, m in ours] == sorted(m for _, m in ours)


def test_journalling_a_batch_refuses_rows_it_was_not_told_of(office, actors) -> None:
    sc = scene(office, headcount=3)
    with office.unit_of_work() as session:
        result = enrol(session, actors["clerk1"], request=request(sc))
        since = last_rowid(session, Coverage)
        fields = {**_coverage(sc, sc.members[0], "ZJ", 1), "enrollment_uuid": result.uuid}
        ids = new_ids(2)
        insert_columns(session, Coverage, 2, {**fields, "uuid": ids})
        with pytest.raises(ValueError, match="2 new rows after rowid"):
            journal_inserted(session, Coverage, ids[:1], since)


def test_select_rows_reads_what_sqlalchemy_reads(office, actors) -> None:
    sc = scene(office, headcount=3, women=1)
    with office.unit_of_work() as session:
        session.get(Member, sc.members[2]).left_on = dt.date(2026, 1, 31)
    query = select(Member.uuid, Member.name, Member.gender, Member.birth_date, Member.left_on)
    with office.reader() as session:
        rows = select_rows(session, query.where(Member.unit_uuid == sc.unit_uuid))
        expected = session.execute(query.where(Member.unit_uuid == sc.unit_uuid)).all()
        assert rows == [tuple(r) for r in expected] and len(rows) == 3
        assert select_rows(session, query.where(Member.name == "nobody")) == []


@pytest.mark.parametrize("was_on", [True, False])
def test_the_cycle_collector_is_left_as_found(was_on) -> None:
    before = gc.isenabled()
    (gc.enable if was_on else gc.disable)()
    try:
        with cycle_collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is was_on
    finally:
        (gc.enable if before else gc.disable)()
