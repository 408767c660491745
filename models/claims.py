"""Claims, their history and their attached scans."""

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
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, enum_column, updated_at_column, uuid_pk
from models.enums import ClaimKind, ClaimStatus, HubDecision

_MONEY = ("total_cost", "insurance_paid", "self_pay", "out_of_policy", "computed_benefit")


class Claim(Base):
    __tablename__ = "claims"

    uuid: Mapped[uuid.UUID] = uuid_pk()
    number: Mapped[str] = mapped_column(String(32), unique=True)
    office_code: Mapped[str] = mapped_column(ForeignKey("offices.code"))
    member_uuid: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.uuid"), index=True)
    coverage_uuid: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("coverages.uuid"))
    plan_code: Mapped[str] = mapped_column(String(8))
    kind: Mapped[ClaimKind] = mapped_column(enum_column(ClaimKind, "claim_kind"))
    event_date: Mapped[dt.date] = mapped_column(Date)
    diagnosis: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[str | None] = mapped_column(String(4))
    hospital: Mapped[str] = mapped_column(String(120), default="")
    hospital_level: Mapped[int | None] = mapped_column(Integer)
    admitted: Mapped[dt.date | None] = mapped_column(Date)
    discharged: Mapped[dt.date | None] = mapped_column(Date)
    settled: Mapped[dt.date | None] = mapped_column(Date)
    diagnosed: Mapped[dt.date | None] = mapped_column(Date)
    accident_date: Mapped[dt.date | None] = mapped_column(Date)
    grade: Mapped[int | None] = mapped_column(Integer)
    days: Mapped[int | None] = mapped_column(Integer)
    invoice_number: Mapped[str | None] = mapped_column(String(40))  # 发票号码
    total_cost: Mapped[int] = mapped_column(Integer, default=0)
    insurance_paid: Mapped[int] = mapped_column(Integer, default=0)
    self_pay: Mapped[int] = mapped_column(Integer, default=0)  # 政策内个人自付
    out_of_policy: Mapped[int] = mapped_column(Integer, default=0)  # 自费
    computed_benefit: Mapped[int] = mapped_column(Integer, default=0)
    working: Mapped[list[Any]] = mapped_column(JSON, default=list)
    approved_amount: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[ClaimStatus] = mapped_column(
        enum_column(ClaimStatus, "claim_status"), default=ClaimStatus.RECEIVED, index=True
    )
    needs_hub_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    hub_decision: Mapped[HubDecision | None] = mapped_column(
        enum_column(HubDecision, "hub_decision")
    )
    intake_operator: Mapped[str] = mapped_column(String(40))
    reviewer: Mapped[str | None] = mapped_column(String(40))
    approver: Mapped[str | None] = mapped_column(String(40))
    decision_reason: Mapped[str | None] = mapped_column(Text)
    # A duplicate taken in by a supervisor: the claims it overlapped and the written reason.
    duplicate_of: Mapped[str | None] = mapped_column(String(200))
    override_reason: Mapped[str | None] = mapped_column(Text)
    documents: Mapped[dict[str, bool]] = mapped_column(JSON, default=dict)
    received_on: Mapped[dt.date] = mapped_column(Date)
    paid_on: Mapped[dt.date | None] = mapped_column(Date)
    paid_amount: Mapped[int | None] = mapped_column(Integer)
    pay_bank: Mapped[str | None] = mapped_column(String(60))
    pay_account: Mapped[str | None] = mapped_column(String(40))
    pay_method: Mapped[str | None] = mapped_column(String(20))  # 现金, 转账, …
    pay_voucher: Mapped[str | None] = mapped_column(String(60))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = updated_at_column()

    __table_args__ = (
        CheckConstraint(" AND ".join(f"{c} >= 0" for c in _MONEY), name="money_nonneg"),
        CheckConstraint("approved_amount IS NULL OR approved_amount >= 0", name="approved_nonneg"),
        CheckConstraint("paid_amount IS NULL OR paid_amount >= 0", name="paid_nonneg"),
        CheckConstraint("grade IS NULL OR (grade BETWEEN 1 AND 10)", name="grade_range"),
    )


def _next_event_number(context: Any) -> int:
    """The desk's next running number of claim events: the highest so far + 1, counted on for
    the further rows of one multi-row INSERT (they all share the execution context)."""
    number = getattr(context, "_claim_event_number", None)
    if number is None:
        number = context.connection.scalar(
            text("SELECT coalesce(max(id), 0) + 1 FROM claim_events")
        )
    context._claim_event_number = number + 1
    return int(number)


class ClaimEvent(Base):
    """One row per state change or correction: the claim's history.

    It travels to the hub with its claim, so its identity is a UUID like every synced row; `id`
    is only the desk's running number, which orders a claim's history on the desk."""

    __tablename__ = "claim_events"

    uuid: Mapped[uuid.UUID] = uuid_pk()
    id: Mapped[int] = mapped_column(Integer, unique=True, default=_next_event_number)
    claim_uuid: Mapped[uuid.UUID] = mapped_column(ForeignKey("claims.uuid"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(30))
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str | None] = mapped_column(Text)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ClaimAttachment(Base):
    """A scan stored content-addressed under the data folder (documents/<sha256>)."""

    __tablename__ = "claim_attachments"

    uuid: Mapped[uuid.UUID] = uuid_pk()
    claim_uuid: Mapped[uuid.UUID] = mapped_column(ForeignKey("claims.uuid"), index=True)
    document: Mapped[str] = mapped_column(String(40))
    filename: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = updated_at_column()
