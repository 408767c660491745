"""Claims (docs/domain.md §4): intake with documents, eligibility, the workflow with four eyes,
payments and the bank payment list, lists and scans.

- `intake`: `ClaimInput`, `preview`, `take_claim`, `find_member`
- `eligibility`: the cover, earlier claims and identity around the pure engine `app.benefits`
- `workflow`: review, correction, submission; `decisions`: approve, reject, withdraw,
  documents, `apply_hub_decision` (for sync)
- `payments`: `record_payment`, `write_paylist`; `lists`: queues, searches, detail
- `attachments`: scans stored content-addressed; `events`: history + audit + journal
- `reception`: `take_claim_with_scans`, `receive_documents` (the window's and the CLI's intake)
- `fields`: every claim field declared once (`CLAIM_FIELDS`); `duplicates`: one stay paid once
- `actions`: which actions an operator may take on a claim now (`allowed_actions`)
"""

from app.claims.actions import ClaimAction, allowed_actions
from app.claims.attachments import attach_scan
from app.claims.decisions import apply_hub_decision, approve, reject, update_documents, withdraw
from app.claims.intake import (
    ClaimInput,
    IntakeResult,
    PlanChoice,
    Preview,
    find_member,
    plan_choices,
    preview,
    take_claim,
)
from app.claims.lists import (
    claim_detail,
    find_claims,
    member_file,
    overdue_claims,
    work_queue,
)
from app.claims.payments import PAY_METHOD_LABELS, record_payment, write_paylist
from app.claims.reception import receive_documents, take_claim_with_scans
from app.claims.workflow import (
    ClaimState,
    correct,
    review,
    start_review,
    submit_for_approval,
    uuid_of,
)

__all__ = [
    "PAY_METHOD_LABELS",
    "ClaimAction",
    "ClaimInput",
    "ClaimState",
    "IntakeResult",
    "PlanChoice",
    "Preview",
    "allowed_actions",
    "apply_hub_decision",
    "approve",
    "attach_scan",
    "claim_detail",
    "correct",
    "find_claims",
    "find_member",
    "member_file",
    "overdue_claims",
    "plan_choices",
    "preview",
    "receive_documents",
    "record_payment",
    "reject",
    "review",
    "start_review",
    "submit_for_approval",
    "take_claim",
    "take_claim_with_scans",
    "update_documents",
    "uuid_of",
    "withdraw",
    "work_queue",
    "write_paylist",
]
