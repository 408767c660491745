"""claims: invoice number, duplicate override, how a payment was made

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 21:50:00

- `invoice_number`: the hospital invoice (发票号码), optional; the same number twice for one member
  and plan is a duplicate claim.
- `duplicate_of` / `override_reason`: the claims a duplicate overlapped and the supervisor's
  written reason for taking it in anyway (shown to the reviewer and approver as a flag).
- `pay_method` / `pay_voucher`: how the benefit was paid (现金, 转账, …) and the voucher or
  transfer number; `paid_on` already holds the paid date.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("invoice_number", sa.String(length=40)),
    ("duplicate_of", sa.String(length=200)),
    ("override_reason", sa.Text()),
    ("pay_method", sa.String(length=20)),
    ("pay_voucher", sa.String(length=60)),
)


# Plain ALTER TABLE (SQLite ≥ 3.35 drops a column in place): a batch copy of claims would
# reflect the tables it references, and members carries an expression index reflection skips.
def upgrade() -> None:
    for name, kind in _COLUMNS:
        op.add_column("claims", sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    for name, _kind in reversed(_COLUMNS):
        op.drop_column("claims", name)
