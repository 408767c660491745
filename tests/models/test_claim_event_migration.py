"""Migration 0007: claim events of an existing desk get UUIDs, their journal rows follow, and the
ones already exported are journalled again so the hub gets the whole history."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select

from app.db import Database, _alembic_config, upgrade
from app.integrity import check_journal
from models import ClaimEvent, JournalEntry


def _downgrade(database: Database, revision: str) -> None:
    cfg = _alembic_config()
    with database.engine.connect() as conn:
        conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
        conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def test_existing_events_get_uuids_and_travel_again(demo_db: Database) -> None:
    with demo_db.reader() as session:
        before = session.execute(
            select(ClaimEvent.id, ClaimEvent.claim_uuid).order_by(ClaimEvent.id)
        ).all()
    assert len(before) > 3
    _downgrade(demo_db, "0006")
    with demo_db.engine.begin() as conn:
        old_keys = {r[0] for r in conn.exec_driver_sql("SELECT id FROM claim_events")}
        journalled = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT uuid FROM change_journal WHERE entity = 'claim_events'"
            )
        }
        assert journalled == {str(k) for k in old_keys}
        # Pretend everything up to now went to the hub before the upgrade.
        conn.exec_driver_sql(
            "INSERT INTO sync_packages (direction, office_code, seq, sha256, created_at, status,"
            " journal_to) SELECT 'out', code, 1, 'x', '2026-03-01 00:00:00', 'exported', "
            "(SELECT max(seq) FROM change_journal) FROM offices LIMIT 1"
        )
        last = conn.exec_driver_sql("SELECT max(seq) FROM change_journal").scalar_one()

    upgrade(demo_db.engine)

    with demo_db.reader() as session:
        after = session.execute(
            select(ClaimEvent.id, ClaimEvent.claim_uuid, ClaimEvent.uuid).order_by(ClaimEvent.id)
        ).all()
        rows = session.execute(
            select(JournalEntry.seq, JournalEntry.uuid, JournalEntry.op).where(
                JournalEntry.entity == "claim_events"
            )
        ).all()
        findings = check_journal(session)
    assert [(i, c) for i, c, _ in after] == before
    keys = {str(u) for *_, u in after}
    assert len(keys) == len(after)
    assert {u for _, u, _ in rows} == keys
    again = {u for seq, u, op in rows if seq > last}
    assert again == keys and {op for seq, _, op in rows if seq > last} == {"update"}
    assert findings == []
