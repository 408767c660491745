"""office signing keys (printing QR signatures, sync package signatures)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_code", sa.String(length=8), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=True),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "length(public_key) = 32", name=op.f("ck_office_keys_public_key_length")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_keys")),
        sa.UniqueConstraint(
            "office_code",
            "purpose",
            "public_key",
            name=op.f("uq_office_keys_office_code"),
        ),
    )
    with op.batch_alter_table("office_keys", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_office_keys_office_code"), ["office_code"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("office_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_keys_office_code"))
    op.drop_table("office_keys")
