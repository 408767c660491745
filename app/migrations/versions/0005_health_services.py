"""health services: partners, offers, events and attendance (issue 11)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 23:43:32.926591
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "health_partners",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("office_code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("contact", sa.String(length=40), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("valid_from <= valid_to", name=op.f("ck_health_partners_valid_dates")),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_health_partners")),
        sa.UniqueConstraint("name", name=op.f("uq_health_partners_name")),
    )
    op.create_table(
        "health_events",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("office_code", sa.String(length=8), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("partner_uuid", sa.Uuid(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("capacity > 0", name=op.f("ck_health_events_capacity_positive")),
        sa.ForeignKeyConstraint(
            ["partner_uuid"],
            ["health_partners.uuid"],
            name=op.f("fk_health_events_partner_uuid_health_partners"),
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_health_events")),
        sa.UniqueConstraint("number", name=op.f("uq_health_events_number")),
    )
    with op.batch_alter_table("health_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_health_events_held_on"), ["held_on"], unique=False)

    op.create_table(
        "health_offers",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("partner_uuid", sa.Uuid(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("valid_from <= valid_to", name=op.f("ck_health_offers_valid_dates")),
        sa.ForeignKeyConstraint(
            ["partner_uuid"],
            ["health_partners.uuid"],
            name=op.f("fk_health_offers_partner_uuid_health_partners"),
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_health_offers")),
    )
    with op.batch_alter_table("health_offers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_health_offers_partner_uuid"), ["partner_uuid"], unique=False
        )

    op.create_table(
        "health_attendance",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("event_uuid", sa.Uuid(), nullable=False),
        sa.Column("member_uuid", sa.Uuid(), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("certificate_number", sa.String(length=32), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(length=40), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["event_uuid"],
            ["health_events.uuid"],
            name=op.f("fk_health_attendance_event_uuid_health_events"),
        ),
        sa.ForeignKeyConstraint(
            ["member_uuid"], ["members.uuid"], name=op.f("fk_health_attendance_member_uuid_members")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_health_attendance")),
        sa.UniqueConstraint(
            "event_uuid", "member_uuid", name=op.f("uq_health_attendance_event_uuid")
        ),
    )
    with op.batch_alter_table("health_attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_health_attendance_event_uuid"), ["event_uuid"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("health_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_health_attendance_event_uuid"))

    op.drop_table("health_attendance")
    with op.batch_alter_table("health_offers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_health_offers_partner_uuid"))

    op.drop_table("health_offers")
    with op.batch_alter_table("health_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_health_events_held_on"))

    op.drop_table("health_events")
    op.drop_table("health_partners")
