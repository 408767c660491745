"""unit female headcount and member name initials

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 22:36:02.878842
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_initials", sa.String(length=60), server_default="", nullable=False)
        )
        batch_op.create_index(
            batch_op.f("ix_members_name_initials"), ["name_initials"], unique=False
        )

    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("female_headcount", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.create_check_constraint(
            "female_headcount", "female_headcount >= 0 AND female_headcount <= headcount"
        )


def downgrade() -> None:
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.drop_constraint("ck_units_female_headcount", type_="check")
        batch_op.drop_column("female_headcount")

    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_members_name_initials"))
        batch_op.drop_column("name_initials")
