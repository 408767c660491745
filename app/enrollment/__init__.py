"""Enrolment (docs/domain.md §3): rules, enrollments, additions, cancellation, renewal, premiums.

- `context`: the request and the facts the rules need, gathered with set-based queries
- `rules`: one named `Rule` per programme rule, all run on every check
- `service`: `check_enrollment`, `enrol`, `add_to_enrollment`, `cancel_enrollment`
- `coverages`: the bulk write of an enrollment's coverages and their journal rows
- `queries`: lists (expiring filter) and detail; `renewal`: `prepare_renewal`, `renew`
- `premiums`, `periods`: money and date arithmetic
"""

from app.enrollment.context import EnrollmentRequest
from app.enrollment.premiums import PaymentSplit
from app.enrollment.queries import expiring_enrollments, list_enrollments, show_enrollment
from app.enrollment.renewal import prepare_renewal, renew
from app.enrollment.rules import RULES, Rule, RuleResult
from app.enrollment.service import (
    EnrollmentRejected,
    EnrollmentResult,
    add_to_enrollment,
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
    "PaymentSplit",
    "Rule",
    "RuleResult",
    "add_to_enrollment",
    "cancel_enrollment",
    "check_enrollment",
    "enrol",
    "expiring_enrollments",
    "list_enrollments",
    "prepare_renewal",
    "preview_enrollment",
    "renew",
    "show_enrollment",
]
