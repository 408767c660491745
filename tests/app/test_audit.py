"""The hash-chained audit log: every service write appends in its own transaction; tampering is
found and named."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest
from sqlalchemy import func, select

from app import audit, settings
from app.auth import SYSTEM, add_operator
from app.db import changed_tables
from app.errors import RejectedInput
from models import AuditRecord, JournalEntry
from models.enums import JournalOp, Role


def test_records_chain_and_verify(db) -> None:
    with db.unit_of_work() as session:
        first = audit.record(
            session,
            "clerk1",
            "unit.add",
            entity="units",
            entity_id="u1",
            details={"name": "耀州区人民医院"},
            journal=JournalOp.INSERT,
        )
        second = audit.record(session, "clerk1", "unit.edit", entity="units", entity_id="u1")
    assert first.prev_hash == audit.GENESIS
    assert second.prev_hash == first.hash
    with db.reader() as session:
        report = audit.verify(session)
        journal = session.scalars(select(JournalEntry)).all()
    assert report.ok and report.records == 2 and report.head == second.hash
    assert [(j.entity, j.uuid, j.op) for j in journal] == [("units", "u1", JournalOp.INSERT)]


def test_sensitive_details_are_masked(db) -> None:
    with db.unit_of_work() as session:
        rec = audit.record(
            session,
            "clerk1",
            "member.add",
            entity="members",
            entity_id="m1",
            details={"id_number": "11010519491231002X", "name": "张三"},
        )
    assert "11010519491231002X" not in rec.details
    assert "110105********002X" in rec.details


def test_a_failed_service_write_leaves_no_audit_record(db) -> None:
    with pytest.raises(RejectedInput), db.unit_of_work() as session:
        add_operator(
            session, SYSTEM, username="x", display_name="", role=Role.CLERK, password="short"
        )
    with db.reader() as session:
        assert session.scalar(select(func.count()).select_from(AuditRecord)) == 0


@pytest.mark.parametrize(
    ("sql", "bad_seq", "reason"),
    [
        ('UPDATE audit_log SET details = \'{"name":"改"}\' WHERE seq = 2', 2, "内容被改动"),
        ("UPDATE audit_log SET operator = 'admin' WHERE seq = 1", 1, "内容被改动"),
        ("DELETE FROM audit_log WHERE seq = 2", 2, "缺失"),
        ("UPDATE audit_log SET hash = 'x' WHERE seq = 2", 2, "内容被改动"),
    ],
)
def test_tampering_is_found_and_named(db, sql: str, bad_seq: int, reason: str) -> None:
    with db.unit_of_work() as session:
        for i in range(3):
            audit.record(
                session,
                "clerk1",
                "unit.edit",
                entity="units",
                entity_id=f"u{i}",
                details={"name": f"单位{i}"},
            )
    raw = sqlite3.connect(db.path)
    raw.execute(sql)
    raw.commit()
    raw.close()
    with db.reader() as session:
        report = audit.verify(session)
    assert not report.ok
    assert report.first_bad_seq == bad_seq
    assert reason in report.reason


def test_the_unit_of_work_reports_the_tables_it_changed(db, actors) -> None:
    with db.unit_of_work() as session:
        settings.put(session, actors["supervisor1"], "sync_interval_days", 14)
        with contextlib.suppress(RuntimeError), session.begin_nested():
            settings.put(session, actors["supervisor1"], "service_promise_days", 20)
            audit.record(
                session, "x", "test", entity="units", entity_id="1", journal=JournalOp.INSERT
            )
            raise RuntimeError  # the savepoint's rows are gone, and so is their report
    assert changed_tables(session) == {"settings"}
    with db.reader() as reading:
        pass
    assert changed_tables(reading) == frozenset()
