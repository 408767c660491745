"""Enrolment (docs/domain.md §3): rules, enrollments, additions, cancellation, renewal, premiums.

- `context`: the request and the facts the rules need, gathered with set-based queries
- `rules`: one named `Rule` per programme rule, all run on every check
- `service`: `check_enrollment`, `enrol`, `cancel_enrollment`
- `additions`: 增员 (`preview_addition`, `add_to_enrollment`); `leavers`: 减员 (`leave_enrollment`)
- `coverages`: the bulk write of an enrollment's coverages and their journal rows
- `queries`: lists (expiring filter) and detail; `renewal`: `preview_renewal`, `renew`
- `payments`: how a premium moved (method, voucher, paid date)
- `premiums`, `periods`: money and date arithmetic
"""

from app.enrollment.additions import add_to_enrollment, preview_addition
from app.enrollment.context import EnrollmentRequest
from app.enrollment.leavers import leave_enrollment
from app.enrollment.payments import PaymentDetails
from app.enrollment.premiums import PaymentSplit
from app.enrollment.queries import expiring_enrollments, list_enrollments, show_enrollment
from app.enrollment.renewal import prepare_renewal, preview_renewal, renew
from app.enrollment.rules import RULES, Rule, RuleResult
from app.enrollment.service import (
    EnrollmentRejected,
    EnrollmentResult,
    cancel_enrollment,
    check_enrollment,
    enrol,
    preview_enrollment,
)

__all__ = [
    "RULES",
    "EnrollmentRejected",
    "EnrollmentRequest",
    "EnrollmentResult",
    "PaymentDetails",
    "PaymentSplit",
    "Rule",
    "RuleResult",
    "add_to_enrollment",
    "cancel_enrollment",
    "check_enrollment",
    "enrol",
    "expiring_enrollments",
    "leave_enrollment",
    "list_enrollments",
    "prepare_renewal",
    "preview_addition",
    "preview_enrollment",
    "preview_renewal",
    "renew",
    "show_enrollment",
]
