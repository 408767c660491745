"""member ID-tail expression index and audit log entity index

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 00:15:00
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_members_id_tail ON members (substr(id_number, -4))")
    op.create_index("ix_audit_log_entity", "audit_log", ["entity", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_entity", table_name="audit_log")
    op.execute("DROP INDEX ix_members_id_tail")
