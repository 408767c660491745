"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28 22:36:02.240684
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(length=40), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_log_hash")),
    )
    op.create_table(
        "catalogues",
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_catalogues")),
    )
    op.create_table(
        "change_journal",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column(
            "op",
            sa.Enum(
                "insert",
                "update",
                "delete",
                name="journal_op",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_journal")),
    )
    with op.batch_alter_table("change_journal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_journal_uuid"), ["uuid"], unique=False)

    op.create_table(
        "number_sequences",
        sa.Column("office_code", sa.String(length=8), nullable=False),
        sa.Column("prefix", sa.String(length=4), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "last >= 0 AND last <= 999999", name=op.f("ck_number_sequences_last_range")
        ),
        sa.PrimaryKeyConstraint("office_code", "prefix", "year", name=op.f("pk_number_sequences")),
    )
    op.create_table(
        "offices",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("parent_code", sa.String(length=8), nullable=True),
        sa.Column(
            "level",
            sa.Enum(
                "province",
                "city",
                "county",
                "industry",
                name="office_level",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("is_self", sa.Boolean(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("length(code) = 8", name=op.f("ck_offices_code_length")),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_offices")),
    )
    op.create_table(
        "operators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("display_name", sa.String(length=60), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "clerk",
                "reviewer",
                "supervisor",
                "admin",
                name="role",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "failed_attempts >= 0", name=op.f("ck_operators_failed_attempts_nonneg")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operators")),
        sa.UniqueConstraint("username", name=op.f("uq_operators_username")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "sync_packages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "direction",
            sa.Enum(
                "out",
                "in",
                name="sync_direction",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("office_code", sa.String(length=8), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("journal_to", sa.Integer(), nullable=True),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_packages")),
        sa.UniqueConstraint(
            "direction", "office_code", "seq", name=op.f("uq_sync_packages_direction")
        ),
    )
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("catalogue_version", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "main",
                "rider",
                name="plan_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("requires", sa.JSON(), nullable=False),
        sa.Column("premium_per_share", sa.Integer(), nullable=False),
        sa.Column("premium_high_risk", sa.Integer(), nullable=True),
        sa.Column("max_shares", sa.Integer(), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("waiting_days", sa.Integer(), nullable=False),
        sa.Column("min_age", sa.Integer(), nullable=False),
        sa.Column("max_age", sa.Integer(), nullable=False),
        sa.Column(
            "gender",
            sa.Enum(
                "M", "F", name="plan_gender", native_enum=False, create_constraint=True, length=24
            ),
            nullable=True,
        ),
        sa.Column("benefit", sa.JSON(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.CheckConstraint("max_shares >= 1", name=op.f("ck_plans_max_shares_pos")),
        sa.CheckConstraint("min_age <= max_age", name=op.f("ck_plans_age_range")),
        sa.CheckConstraint("premium_per_share >= 0", name=op.f("ck_plans_premium_nonneg")),
        sa.CheckConstraint("term_months >= 1", name=op.f("ck_plans_term_pos")),
        sa.CheckConstraint("waiting_days >= 0", name=op.f("ck_plans_waiting_nonneg")),
        sa.ForeignKeyConstraint(
            ["catalogue_version"],
            ["catalogues.version"],
            name=op.f("fk_plans_catalogue_version_catalogues"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
        sa.UniqueConstraint("catalogue_version", "code", name=op.f("uq_plans_catalogue_version")),
    )
    op.create_table(
        "units",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("office_code", sa.String(length=8), nullable=False),
        sa.Column("uscc", sa.String(length=18), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("union_name", sa.String(length=120), nullable=False),
        sa.Column("industry", sa.String(length=60), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=40), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("headcount", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "inactive",
                name="unit_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("headcount >= 0", name=op.f("ck_units_headcount_nonneg")),
        sa.ForeignKeyConstraint(
            ["office_code"], ["offices.code"], name=op.f("fk_units_office_code_offices")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_units")),
        sa.UniqueConstraint("uscc", name=op.f("uq_units_uscc")),
    )
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_units_name"), ["name"], unique=False)

    op.create_table(
        "enrollments",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("office_code", sa.String(length=8), nullable=False),
        sa.Column("unit_uuid", sa.Uuid(), nullable=False),
        sa.Column("catalogue_version", sa.String(length=40), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("plans", sa.JSON(), nullable=False),
        sa.Column("premium_total", sa.Integer(), nullable=False),
        sa.Column("pay_unit", sa.Integer(), nullable=False),
        sa.Column("pay_union", sa.Integer(), nullable=False),
        sa.Column("pay_individual", sa.Integer(), nullable=False),
        sa.Column("pay_gift", sa.Integer(), nullable=False),
        sa.Column("is_gift", sa.Boolean(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "confirmed",
                "cancelled",
                name="enrollment_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("override_by", sa.String(length=40), nullable=True),
        sa.Column("renewal_of", sa.Uuid(), nullable=True),
        sa.Column("operator", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_enrollments_period_order")),
        sa.CheckConstraint(
            "pay_unit + pay_union + pay_individual + pay_gift = premium_total",
            name=op.f("ck_enrollments_split_adds_up"),
        ),
        sa.CheckConstraint(
            "premium_total >= 0 AND pay_unit >= 0 AND pay_union >= 0 AND pay_individual >= 0 AND pay_gift >= 0",
            name=op.f("ck_enrollments_money_nonneg"),
        ),
        sa.ForeignKeyConstraint(
            ["catalogue_version"],
            ["catalogues.version"],
            name=op.f("fk_enrollments_catalogue_version_catalogues"),
        ),
        sa.ForeignKeyConstraint(
            ["office_code"], ["offices.code"], name=op.f("fk_enrollments_office_code_offices")
        ),
        sa.ForeignKeyConstraint(
            ["unit_uuid"], ["units.uuid"], name=op.f("fk_enrollments_unit_uuid_units")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_enrollments")),
        sa.UniqueConstraint("number", name=op.f("uq_enrollments_number")),
    )
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrollments_unit_uuid"), ["unit_uuid"], unique=False)

    op.create_table(
        "members",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("office_code", sa.String(length=8), nullable=False),
        sa.Column(
            "id_type",
            sa.Enum(
                "resident_id",
                "passport",
                "hmt_permit",
                "other",
                name="id_type",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("id_number", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column(
            "gender",
            sa.Enum("M", "F", name="gender", native_enum=False, create_constraint=True, length=24),
            nullable=False,
        ),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("unit_uuid", sa.Uuid(), nullable=False),
        sa.Column("group_tag", sa.String(length=20), nullable=False),
        sa.Column("bank_name", sa.String(length=60), nullable=False),
        sa.Column("bank_account", sa.String(length=40), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "left",
                name="member_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["office_code"], ["offices.code"], name=op.f("fk_members_office_code_offices")
        ),
        sa.ForeignKeyConstraint(
            ["unit_uuid"], ["units.uuid"], name=op.f("fk_members_unit_uuid_units")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_members")),
        sa.UniqueConstraint("id_number", name=op.f("uq_members_id_number")),
    )
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_members_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_members_phone"), ["phone"], unique=False)
        batch_op.create_index(batch_op.f("ix_members_unit_uuid"), ["unit_uuid"], unique=False)

    op.create_table(
        "certificates",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("member_uuid", sa.Uuid(), nullable=True),
        sa.Column("enrollment_uuid", sa.Uuid(), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("reprints", sa.Integer(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "member_uuid IS NOT NULL OR enrollment_uuid IS NOT NULL",
            name=op.f("ck_certificates_has_subject"),
        ),
        sa.CheckConstraint("reprints >= 0", name=op.f("ck_certificates_reprints_nonneg")),
        sa.ForeignKeyConstraint(
            ["enrollment_uuid"],
            ["enrollments.uuid"],
            name=op.f("fk_certificates_enrollment_uuid_enrollments"),
        ),
        sa.ForeignKeyConstraint(
            ["member_uuid"], ["members.uuid"], name=op.f("fk_certificates_member_uuid_members")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_certificates")),
        sa.UniqueConstraint("number", name=op.f("uq_certificates_number")),
    )
    op.create_table(
        "coverages",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("member_uuid", sa.Uuid(), nullable=False),
        sa.Column("enrollment_uuid", sa.Uuid(), nullable=False),
        sa.Column("plan_code", sa.String(length=8), nullable=False),
        sa.Column("shares", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("waiting_until", sa.Date(), nullable=False),
        sa.Column("premium", sa.Integer(), nullable=False),
        sa.Column("is_renewal", sa.Boolean(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "cancelled",
                name="coverage_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_coverages_period_order")),
        sa.CheckConstraint("premium >= 0", name=op.f("ck_coverages_premium_nonneg")),
        sa.CheckConstraint("shares >= 1", name=op.f("ck_coverages_shares_pos")),
        sa.CheckConstraint("waiting_until >= start_date", name=op.f("ck_coverages_waiting_order")),
        sa.ForeignKeyConstraint(
            ["enrollment_uuid"],
            ["enrollments.uuid"],
            name=op.f("fk_coverages_enrollment_uuid_enrollments"),
        ),
        sa.ForeignKeyConstraint(
            ["member_uuid"], ["members.uuid"], name=op.f("fk_coverages_member_uuid_members")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_coverages")),
    )
    with op.batch_alter_table("coverages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coverages_enrollment_uuid"), ["enrollment_uuid"], unique=False
        )
        batch_op.create_index(
            "ix_coverages_member_plan", ["member_uuid", "plan_code", "start_date"], unique=False
        )

    op.create_table(
        "payments",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("enrollment_uuid", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "payment",
                "refund",
                name="payment_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column(
            "payer",
            sa.Enum(
                "unit",
                "union",
                "individual",
                "gift",
                name="payer",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("receipt_number", sa.String(length=32), nullable=True),
        sa.Column("operator", sa.String(length=40), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_payments_amount_nonneg")),
        sa.ForeignKeyConstraint(
            ["enrollment_uuid"],
            ["enrollments.uuid"],
            name=op.f("fk_payments_enrollment_uuid_enrollments"),
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_payments")),
        sa.UniqueConstraint("receipt_number", name=op.f("uq_payments_receipt_number")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payments_enrollment_uuid"), ["enrollment_uuid"], unique=False
        )

    op.create_table(
        "claims",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("office_code", sa.String(length=8), nullable=False),
        sa.Column("member_uuid", sa.Uuid(), nullable=False),
        sa.Column("coverage_uuid", sa.Uuid(), nullable=True),
        sa.Column("plan_code", sa.String(length=8), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "stay",
                "allowance",
                "critical",
                "female",
                "accident-death",
                "accident-disability",
                "accident-stay",
                name="claim_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("event_date", sa.Date(), nullable=False),
        sa.Column("diagnosis", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=4), nullable=True),
        sa.Column("hospital", sa.String(length=120), nullable=False),
        sa.Column("hospital_level", sa.Integer(), nullable=True),
        sa.Column("admitted", sa.Date(), nullable=True),
        sa.Column("discharged", sa.Date(), nullable=True),
        sa.Column("settled", sa.Date(), nullable=True),
        sa.Column("diagnosed", sa.Date(), nullable=True),
        sa.Column("accident_date", sa.Date(), nullable=True),
        sa.Column("grade", sa.Integer(), nullable=True),
        sa.Column("days", sa.Integer(), nullable=True),
        sa.Column("total_cost", sa.Integer(), nullable=False),
        sa.Column("insurance_paid", sa.Integer(), nullable=False),
        sa.Column("self_pay", sa.Integer(), nullable=False),
        sa.Column("out_of_policy", sa.Integer(), nullable=False),
        sa.Column("computed_benefit", sa.Integer(), nullable=False),
        sa.Column("working", sa.JSON(), nullable=False),
        sa.Column("approved_amount", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "received",
                "reviewing",
                "awaiting_approval",
                "approved",
                "rejected",
                "paid",
                "withdrawn",
                name="claim_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("needs_hub_approval", sa.Boolean(), nullable=False),
        sa.Column(
            "hub_decision",
            sa.Enum(
                "pending",
                "approved",
                "rejected",
                name="hub_decision",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("intake_operator", sa.String(length=40), nullable=False),
        sa.Column("reviewer", sa.String(length=40), nullable=True),
        sa.Column("approver", sa.String(length=40), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("documents", sa.JSON(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("paid_amount", sa.Integer(), nullable=True),
        sa.Column("pay_bank", sa.String(length=60), nullable=True),
        sa.Column("pay_account", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "approved_amount IS NULL OR approved_amount >= 0",
            name=op.f("ck_claims_approved_nonneg"),
        ),
        sa.CheckConstraint(
            "grade IS NULL OR (grade BETWEEN 1 AND 10)", name=op.f("ck_claims_grade_range")
        ),
        sa.CheckConstraint(
            "paid_amount IS NULL OR paid_amount >= 0", name=op.f("ck_claims_paid_nonneg")
        ),
        sa.CheckConstraint(
            "total_cost >= 0 AND insurance_paid >= 0 AND self_pay >= 0 AND out_of_policy >= 0 AND computed_benefit >= 0",
            name=op.f("ck_claims_money_nonneg"),
        ),
        sa.ForeignKeyConstraint(
            ["coverage_uuid"], ["coverages.uuid"], name=op.f("fk_claims_coverage_uuid_coverages")
        ),
        sa.ForeignKeyConstraint(
            ["member_uuid"], ["members.uuid"], name=op.f("fk_claims_member_uuid_members")
        ),
        sa.ForeignKeyConstraint(
            ["office_code"], ["offices.code"], name=op.f("fk_claims_office_code_offices")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_claims")),
        sa.UniqueConstraint("number", name=op.f("uq_claims_number")),
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claims_member_uuid"), ["member_uuid"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_status"), ["status"], unique=False)

    op.create_table(
        "claim_attachments",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("claim_uuid", sa.Uuid(), nullable=False),
        sa.Column("document", sa.String(length=40), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["claim_uuid"], ["claims.uuid"], name=op.f("fk_claim_attachments_claim_uuid_claims")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_claim_attachments")),
    )
    with op.batch_alter_table("claim_attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_claim_attachments_claim_uuid"), ["claim_uuid"], unique=False
        )

    op.create_table(
        "claim_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_uuid", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(length=40), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("from_status", sa.String(length=24), nullable=True),
        sa.Column("to_status", sa.String(length=24), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_uuid"], ["claims.uuid"], name=op.f("fk_claim_events_claim_uuid_claims")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_events")),
    )
    with op.batch_alter_table("claim_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_claim_events_claim_uuid"), ["claim_uuid"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("claim_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_events_claim_uuid"))

    op.drop_table("claim_events")
    with op.batch_alter_table("claim_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_attachments_claim_uuid"))

    op.drop_table("claim_attachments")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claims_status"))
        batch_op.drop_index(batch_op.f("ix_claims_member_uuid"))

    op.drop_table("claims")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payments_enrollment_uuid"))

    op.drop_table("payments")
    with op.batch_alter_table("coverages", schema=None) as batch_op:
        batch_op.drop_index("ix_coverages_member_plan")
        batch_op.drop_index(batch_op.f("ix_coverages_enrollment_uuid"))

    op.drop_table("coverages")
    op.drop_table("certificates")
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_members_unit_uuid"))
        batch_op.drop_index(batch_op.f("ix_members_phone"))
        batch_op.drop_index(batch_op.f("ix_members_name"))

    op.drop_table("members")
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrollments_unit_uuid"))

    op.drop_table("enrollments")
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_units_name"))

    op.drop_table("units")
    op.drop_table("plans")
    op.drop_table("sync_packages")
    op.drop_table("settings")
    op.drop_table("operators")
    op.drop_table("offices")
    op.drop_table("number_sequences")
    with op.batch_alter_table("change_journal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_journal_uuid"))

    op.drop_table("change_journal")
    op.drop_table("catalogues")
    op.drop_table("audit_log")
