"""Enumerations stored as strings. Values are stable identifiers; labels for clerks live in app/."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    CLERK = "clerk"
    REVIEWER = "reviewer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class OfficeLevel(enum.StrEnum):
    PROVINCE = "province"
    CITY = "city"
    COUNTY = "county"
    INDUSTRY = "industry"


class RecordStatus(enum.StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"


class MemberStatus(enum.StrEnum):
    ACTIVE = "active"
    LEFT = "left"


class IdType(enum.StrEnum):
    RESIDENT_ID = "resident_id"  # 居民身份证, GB 11643 checked
    PASSPORT = "passport"
    HMT_PERMIT = "hmt_permit"  # 港澳台居民居住证 / 通行证
    OTHER = "other"


class Gender(enum.StrEnum):
    MALE = "M"
    FEMALE = "F"


class PlanKind(enum.StrEnum):
    MAIN = "main"
    RIDER = "rider"


class EnrollmentStatus(enum.StrEnum):
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class CoverageStatus(enum.StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"


class Payer(enum.StrEnum):
    UNIT = "unit"
    UNION = "union"
    INDIVIDUAL = "individual"
    GIFT = "gift"


class PaymentKind(enum.StrEnum):
    PAYMENT = "payment"
    REFUND = "refund"


class ClaimKind(enum.StrEnum):
    STAY = "stay"
    ALLOWANCE = "allowance"
    CRITICAL = "critical"
    FEMALE = "female"
    ACCIDENT_DEATH = "accident-death"
    ACCIDENT_DISABILITY = "accident-disability"
    ACCIDENT_STAY = "accident-stay"


class ClaimStatus(enum.StrEnum):
    RECEIVED = "received"
    REVIEWING = "reviewing"
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
    REJECTED = "rejected"
    PAID = "paid"
    WITHDRAWN = "withdrawn"


class HubDecision(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class JournalOp(enum.StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class SyncDirection(enum.StrEnum):
    OUTGOING = "out"
    INCOMING = "in"
