"""premium payments record the voucher or transfer number (issue 19.3)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 22:00:00

`payments.method` exists since the first schema; the voucher (凭证号/转账流水号) joins it. Old
rows get an empty voucher: it was never asked for.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "payments",
        sa.Column("voucher", sa.String(length=40), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_column("payments", "voucher")
