"""Plan catalogues, units, members, enrollments, coverages, payments and certificates."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, enum_column, updated_at_column, uuid_pk
from models.enums import (
    CoverageStatus,
    EnrollmentStatus,
    Gender,
    IdType,
    MemberStatus,
    Payer,
    PaymentKind,
    PlanKind,
    RecordStatus,
)


class Catalogue(Base):
    """A published plan catalogue version; kept forever so old enrollments stay explainable."""

    __tablename__ = "catalogues"

    version: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    document: Mapped[str] = mapped_column(Text)  # the catalogue JSON as loaded
    loaded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Plan(Base):
    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    catalogue_version: Mapped[str] = mapped_column(ForeignKey("catalogues.version"))
    code: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[PlanKind] = mapped_column(enum_column(PlanKind, "plan_kind"))
    requires: Mapped[list[str]] = mapped_column(JSON, default=list)
    premium_per_share: Mapped[int] = mapped_column(Integer)
    premium_high_risk: Mapped[int | None] = mapped_column(Integer)
    max_shares: Mapped[int] = mapped_column(Integer)
    term_months: Mapped[int] = mapped_column(Integer)
    waiting_days: Mapped[int] = mapped_column(Integer)
    min_age: Mapped[int] = mapped_column(Integer)
    max_age: Mapped[int] = mapped_column(Integer)
    gender: Mapped[Gender | None] = mapped_column(enum_column(Gender, "plan_gender"))
    benefit: Mapped[dict[str, Any]] = mapped_column(JSON)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date] = mapped_column(Date)

    __table_args__ = (
        UniqueConstraint("catalogue_version", "code"),
        CheckConstraint("premium_per_share >= 0", name="premium_nonneg"),
        CheckConstraint("max_shares >= 1", name="max_shares_pos"),
        CheckConstraint("term_months >= 1", name="term_pos"),
        CheckConstraint("waiting_days >= 0", name="waiting_nonneg"),
        CheckConstraint("min_age <= max_age", name="age_range"),
    )


class Unit(Base):
    __tablename__ = "units"

    uuid: Mapped[uuid.UUID] = uuid_pk()
    office_code: Mapped[str] = mapped_column(ForeignKey("offices.code"))
    uscc: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    union_name: Mapped[str] = mapped_column(String(120), default="")
    industry: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    contact: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    headcount: Mapped[int] = mapped_column(Integer)
    female_headcount: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    status: Mapped[RecordStatus] = mapped_column(
        enum_column(RecordStatus, "unit_status"), default=RecordStatus.ACTIVE
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = updated_at_column()

    __table_args__ = (
        CheckConstraint("headcount >= 0", name="headcount_nonneg"),
        CheckConstraint(
            "female_headcount >= 0 AND female_headcount <= headcount", name="female_headcount"
        ),
    )


class Member(Base):
    __tablename__ = "members"

    uuid: Mapped[uuid.UUID] = uuid_pk()
    office_code: Mapped[str] = mapped_column(ForeignKey("offices.code"))
    id_type: Mapped[IdType] = mapped_column(enum_column(IdType, "id_type"))
    id_number: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    # pinyin initials of the name ("张三" -> "zs") for search as you type
    name_initials: Mapped[str] = mapped_column(
        String(60), default="", server_default="", index=True
    )
    gender: Mapped[Gender] = mapped_column(enum_column(Gender, "gender"))
    birth_date: Mapped[dt.date] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(30), default="", index=True)
    unit_uuid: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.uuid"), index=True)
    group_tag: Mapped[str] = mapped_column(String(20), default="")
    bank_name: Mapped[str] = mapped_column(String(60), default="")
    bank_account: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[MemberStatus] = mapped_column(
        enum_column(MemberStatus, "member_status"), default=MemberStatus.ACTIVE
    )
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = updated_at_column()

    # Clerks look people up by the last digits of the ID card; an expression index serves it.
    __table_args__ = (Index("ix_members_id_tail", func.substr(text("id_number"), -4)),)


class Enrollment(Base):
    __tablename__ = "enrollments"

    uuid: Mapped[uuid.UUID] = uuid_pk()
    number: Mapped[str] = mapped_column(String(32), unique=True)
    office_code: Mapped[str] = mapped_column(ForeignKey("offices.code"))
    unit_uuid: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.uuid"), index=True)
    catalogue_version: Mapped[str] = mapped_column(ForeignKey("catalogues.version"))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    plans: Mapped[dict[str, int]] = mapped_column(JSON)  # plan code -> shares
    premium_total: Mapped[int] = mapped_column(Integer)
    pay_unit: Mapped[int] = mapped_column(Integer, default=0)
    pay_union: Mapped[int] = mapped_column(Integer, default=0)
    pay_individual: Mapped[int] = mapped_column(Integer, default=0)
    pay_gift: Mapped[int] = mapped_column(Integer, default=0)
    is_gift: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[EnrollmentStatus] = mapped_column(
        enum_column(EnrollmentStatus, "enrollment_status"), default=EnrollmentStatus.CONFIRMED
    )
    override_reason: Mapped[str | None] = mapped_column(Text)
    override_by: Mapped[str | None] = mapped_column(String(40))
    renewal_of: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    operator: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = updated_at_column()

    __table_args__ = (
        CheckConstraint(
            "premium_total >= 0 AND pay_unit >= 0 AND pay_union >= 0 "
            "AND pay_individual >= 0 AND pay_gift >= 0",
            name="money_nonneg",
        ),
        CheckConstraint(
            "pay_unit + pay_union + pay_individual + pay_gift = premium_total",
            name="split_adds_up",
        ),
        CheckConstraint("end_date >= start_date", name="period_order"),
    )


class Coverage(Base):
    __tablename__ = "coverages"

    uuid: Mapped[uuid.UUID] = uuid_pk()
    member_uuid: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.uuid"))
    enrollment_uuid: Mapped[uuid.UUID] = mapped_column(ForeignKey("enrollments.uuid"), index=True)
    plan_code: Mapped[str] = mapped_column(String(8))
    shares: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    waiting_until: Mapped[dt.date] = mapped_column(Date)
    premium: Mapped[int] = mapped_column(Integer)
    is_renewal: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[CoverageStatus] = mapped_column(
        enum_column(CoverageStatus, "coverage_status"), default=CoverageStatus.ACTIVE
    )
    updated_at: Mapped[dt.datetime] = updated_at_column()

    __table_args__ = (
        CheckConstraint("shares >= 1", name="shares_pos"),
        CheckConstraint("premium >= 0", name="premium_nonneg"),
        CheckConstraint("end_date >= start_date", name="period_order"),
        CheckConstraint("waiting_until >= start_date", name="waiting_order"),
        Index("ix_coverages_member_plan", "member_uuid", "plan_code", "start_date"),
    )


class Payment(Base):
    __tablename__ = "payments"

    uuid: Mapped[uuid.UUID] = uuid_pk()
    enrollment_uuid: Mapped[uuid.UUID] = mapped_column(ForeignKey("enrollments.uuid"), index=True)
    kind: Mapped[PaymentKind] = mapped_column(
        enum_column(PaymentKind, "payment_kind"), default=PaymentKind.PAYMENT
    )
    amount: Mapped[int] = mapped_column(Integer)
    payer: Mapped[Payer] = mapped_column(enum_column(Payer, "payer"))
    method: Mapped[str] = mapped_column(String(20), default="")  # 现金, 转账 … (as printed)
    voucher: Mapped[str] = mapped_column(String(40), default="", server_default="")
    paid_on: Mapped[dt.date] = mapped_column(Date)
    receipt_number: Mapped[str | None] = mapped_column(String(32), unique=True)
    operator: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[dt.datetime] = updated_at_column()

    __table_args__ = (CheckConstraint("amount >= 0", name="amount_nonneg"),)


class Certificate(Base):
    __tablename__ = "certificates"

    uuid: Mapped[uuid.UUID] = uuid_pk()
    number: Mapped[str] = mapped_column(String(32), unique=True)
    member_uuid: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("members.uuid"))
    enrollment_uuid: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("enrollments.uuid"))
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)
    reprints: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = updated_at_column()

    __table_args__ = (
        CheckConstraint(
            "member_uuid IS NOT NULL OR enrollment_uuid IS NOT NULL", name="has_subject"
        ),
        CheckConstraint("reprints >= 0", name="reprints_nonneg"),
    )
