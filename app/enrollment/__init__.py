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

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Each name is imported from its module when first asked for (PEP 562): `huzhu roster import`
# needs the service and its rules, not additions, leavers, queries or renewal (issue 22).
_MODULE_OF = {
    "add_to_enrollment": "additions",
    "preview_addition": "additions",
    "EnrollmentRequest": "context",
    "leave_enrollment": "leavers",
    "PaymentDetails": "payments",
    "PaymentSplit": "premiums",
    "expiring_enrollments": "queries",
    "list_enrollments": "queries",
    "show_enrollment": "queries",
    "prepare_renewal": "renewal",
    "preview_renewal": "renewal",
    "renew": "renewal",
    "RULES": "rules",
    "Rule": "rules",
    "RuleResult": "rules",
    "EnrollmentRejected": "service",
    "EnrollmentResult": "service",
    "cancel_enrollment": "service",
    "check_enrollment": "service",
    "enrol": "service",
    "preview_enrollment": "service",
}

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
