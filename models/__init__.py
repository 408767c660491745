"""ORM models. Importing this package registers every table on `Base.metadata`."""

from models.base import Base
from models.claims import Claim, ClaimAttachment, ClaimEvent
from models.core import (
    AuditRecord,
    JournalEntry,
    NumberSequence,
    Office,
    Operator,
    Setting,
    SyncPackage,
)
from models.enrollment import (
    Catalogue,
    Certificate,
    Coverage,
    Enrollment,
    Member,
    Payment,
    Plan,
    Unit,
)
from models.health import HealthAttendance, HealthEvent, HealthOffer, HealthPartner
from models.keys import OfficeKey
from models.sync import SyncAlert

__all__ = [
    "AuditRecord",
    "Base",
    "Catalogue",
    "Certificate",
    "Claim",
    "ClaimAttachment",
    "ClaimEvent",
    "Coverage",
    "Enrollment",
    "HealthAttendance",
    "HealthEvent",
    "HealthOffer",
    "HealthPartner",
    "JournalEntry",
    "Member",
    "NumberSequence",
    "Office",
    "OfficeKey",
    "Operator",
    "Payment",
    "Plan",
    "Setting",
    "SyncAlert",
    "SyncPackage",
    "Unit",
]
