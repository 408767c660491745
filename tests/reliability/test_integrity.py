"""app/integrity.py: a sound office has no findings; each kind of damage is named."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app import audit, integrity
from app.db import Database
from tests.reliability import scenario


def _sql(db: Database, *statements: str) -> None:
    """Damage the file behind the services' back, as a bug or a hand edit would."""
    db.dispose()
    conn = sqlite3.connect(db.path)
    conn.execute("PRAGMA foreign_keys=OFF")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _codes(db: Database) -> set[str]:
    return {f.code for f in integrity.check_all(db)}


def test_an_office_built_by_the_services_is_sound(office_db, office_dir, monkeypatch) -> None:
    assert integrity.check_all(office_db) == []
    for operation in scenario.OPERATIONS:
        monkeypatch.setenv("HUZHU_TODAY", scenario.DAYS[operation])
        scenario.run(office_db, operation, office_dir)
    assert scenario.counts(office_db)["packages"] == 1
    assert integrity.check_all(office_db) == []
    assert integrity.startup_checks(office_db) == []


def test_the_demo_office_is_sound(demo_db) -> None:
    assert integrity.check_all(demo_db) == []


FIRST = "(SELECT MIN(rowid) FROM {t})"

DAMAGE = {
    "payments": [
        "UPDATE payments SET amount = amount + 1 WHERE rowid = " + FIRST.format(t="payments")
    ],
    "coverage_status": ["UPDATE enrollments SET status = 'cancelled'"],
    "coverage_premium": [
        "UPDATE coverages SET premium = premium + 1 WHERE rowid = " + FIRST.format(t="coverages")
    ],
    "coverage_orphan": [
        "UPDATE coverages SET enrollment_uuid = 'ffffffffffffffffffffffffffffffff'"
    ],
    "foreign_keys": ["UPDATE members SET unit_uuid = 'ffffffffffffffffffffffffffffffff'"],
    "journal_dangling": [
        "INSERT INTO change_journal (entity, uuid, op, at) "
        "VALUES ('members', '00000000-0000-0000-0000-000000000001', 'insert', '2026-03-10')"
    ],
    "journal_missing": [
        "DELETE FROM change_journal WHERE entity = 'coverages' AND seq = "
        "(SELECT MIN(seq) FROM change_journal WHERE entity = 'coverages')"
    ],
    "journal_entity": [
        "INSERT INTO change_journal (entity, uuid, op, at) VALUES ('nonsense', 'x', 'insert', '2026-03-10')"
    ],
    "numbering": ["UPDATE number_sequences SET last = last + 1 WHERE prefix = 'BD'"],
    "audit_chain": ["UPDATE audit_log SET details = '{}' WHERE seq = 3"],
}


@pytest.mark.parametrize("code", sorted(DAMAGE))
def test_each_kind_of_damage_is_found_and_named_in_chinese(office_db, code) -> None:
    _sql(office_db, *DAMAGE[code])
    found = integrity.check_all(office_db)
    assert code in {f.code for f in found}
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in str(f)) for f in found)


def test_a_number_issued_twice_or_beyond_the_counter_is_found(office_db) -> None:
    _sql(office_db, "UPDATE payments SET receipt_number = 'SJ-61020401-2026-000099'")
    [finding] = [f for f in integrity.check_all(office_db) if f.code == "numbering"]
    assert "超出计数 99" in str(finding) and "缺号 1" in str(finding)


def test_a_bulk_registration_without_its_import_is_a_half_imported_roster(office_db) -> None:
    with office_db.unit_of_work() as session:
        audit.record(
            session, "clerk1", "member.bulk_add", entity="units", entity_id="x",
            details={"members": 12},
        )  # fmt: skip
    assert _codes(office_db) == {"roster_partial"}


def test_start_up_checks_name_a_broken_chain_and_a_damaged_file(office_db) -> None:
    _sql(office_db, "UPDATE audit_log SET operator = 'mallory' WHERE seq = 2")
    [finding] = integrity.startup_checks(office_db)
    assert finding.code == "audit_chain" and "第 2 条记录内容被改动" in str(finding)


def test_a_file_too_damaged_to_read_is_a_finding_not_a_crash(office_db) -> None:
    office_db.dispose()
    path: Path = office_db.path
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096 : page * 4096 + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    found = integrity.startup_checks(office_db)
    assert found and found[0].code == "sqlite"
