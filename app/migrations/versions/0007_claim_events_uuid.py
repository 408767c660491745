"""claim events get a UUID identity (they travel to the hub, where two offices' event 1 collided)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 01:50:00

The table is rebuilt with `uuid` as its primary key; `id` stays as the desk's running number
(the order of a claim's history). Every existing event gets a random UUID, the change journal's
rows for claim events are rewritten from the old integer to that UUID, and events whose journal
rows were all exported already are journalled again, so the hub receives the whole history with
the next package.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_COLUMNS = "claim_uuid, at, operator, action, from_status, to_status, reason, changes"


def _rebuild(head: list[sa.Column], constraints: list[sa.Constraint]) -> None:
    """Create `_claim_events_new`: the given key columns, then the unchanged others."""
    op.create_table(
        "_claim_events_new",
        *head,
        sa.Column("claim_uuid", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(length=40), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("from_status", sa.String(length=24), nullable=True),
        sa.Column("to_status", sa.String(length=24), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_uuid"], ["claims.uuid"], name="fk_claim_events_claim_uuid_claims"
        ),
        *constraints,
    )


def _swap() -> None:
    op.drop_index("ix_claim_events_claim_uuid", table_name="claim_events")
    op.drop_table("claim_events")
    op.rename_table("_claim_events_new", "claim_events")
    op.create_index("ix_claim_events_claim_uuid", "claim_events", ["claim_uuid"], unique=False)


def upgrade() -> None:
    conn = op.get_bind()
    ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM claim_events")]
    conn.exec_driver_sql("CREATE TEMP TABLE claim_event_keys (id INTEGER PRIMARY KEY, u TEXT)")
    if ids:
        conn.exec_driver_sql(
            "INSERT INTO claim_event_keys (id, u) VALUES (?, ?)",
            [(i, str(uuid.uuid4())) for i in ids],
        )
    _rebuild(
        [
            sa.Column("uuid", sa.Uuid(), nullable=False),
            sa.Column("id", sa.Integer(), nullable=False),
        ],
        [
            sa.PrimaryKeyConstraint("uuid", name="pk_claim_events"),
            sa.UniqueConstraint("id", name="uq_claim_events_id"),
        ],
    )
    conn.exec_driver_sql(
        f"INSERT INTO _claim_events_new (uuid, id, {_COLUMNS}) "
        f"SELECT replace(k.u, '-', ''), e.id, {_COLUMNS} FROM claim_events e "
        "JOIN claim_event_keys k ON k.id = e.id"
    )
    conn.exec_driver_sql(
        "UPDATE change_journal SET uuid = (SELECT k.u FROM claim_event_keys k "
        "WHERE CAST(k.id AS TEXT) = change_journal.uuid) "
        "WHERE entity = 'claim_events' AND uuid IN (SELECT CAST(id AS TEXT) FROM claim_event_keys)"
    )
    conn.exec_driver_sql(
        "INSERT INTO change_journal (entity, uuid, op, at) "
        "SELECT 'claim_events', k.u, 'update', datetime('now', 'localtime') "
        "FROM claim_event_keys k WHERE NOT EXISTS (SELECT 1 FROM change_journal j "
        "WHERE j.entity = 'claim_events' AND j.uuid = k.u AND j.seq > (SELECT "
        "coalesce(max(journal_to), 0) FROM sync_packages WHERE direction = 'out')) "
        "ORDER BY k.id"
    )
    conn.exec_driver_sql("DROP TABLE claim_event_keys")
    _swap()


def downgrade() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql(
        "UPDATE change_journal SET uuid = (SELECT CAST(e.id AS TEXT) FROM claim_events e "
        "WHERE e.uuid = replace(change_journal.uuid, '-', '')) "
        "WHERE entity = 'claim_events' AND replace(uuid, '-', '') IN (SELECT uuid FROM claim_events)"
    )
    _rebuild(
        [sa.Column("id", sa.Integer(), nullable=False)],
        [sa.PrimaryKeyConstraint("id", name="pk_claim_events")],
    )
    conn.exec_driver_sql(
        f"INSERT INTO _claim_events_new (id, {_COLUMNS}) SELECT id, {_COLUMNS} FROM claim_events"
    )
    _swap()
