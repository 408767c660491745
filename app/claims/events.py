"""The one way a claim changes: its history row, the audit record and the journal rows.

Every state change or correction of a claim writes a `ClaimEvent` (the claim's history, synced
with the claim), an audit record chained into the log and change-journal rows for both the
claim and the event, all in the caller's transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app import audit, clock
from app.auth import Actor
from app.claims.eligibility import Assessment
from models import Claim, ClaimEvent, JournalEntry
from models.enums import ClaimStatus, HubDecision, JournalOp


def apply_assessment(claim: Claim, result: Assessment) -> bool:
    """Store the benefit, its working and the cover on the claim; True if the amount changed.

    A benefit at or above the hub threshold needs the hub's approval; a changed amount asks the
    hub again (decision back to pending)."""
    changed = claim.computed_benefit != result.amount
    claim.computed_benefit = result.amount
    claim.working = result.result.text
    claim.coverage_uuid = result.coverage_uuid
    claim.needs_hub_approval = result.needs_hub_approval
    if not result.needs_hub_approval:
        claim.hub_decision = None
    elif claim.hub_decision is None or changed:
        claim.hub_decision = HubDecision.PENDING
    return changed


def record_change(
    session: Session,
    actor: Actor,
    claim: Claim,
    action: str,
    from_status: ClaimStatus | None,
    *,
    reason: str | None = None,
    changes: dict[str, Any] | None = None,
    claim_op: JournalOp = JournalOp.UPDATE,
) -> ClaimEvent:
    """History row + audit record (`claim.<action>`) + journal rows for claim and event."""
    now = clock.now()
    event = ClaimEvent(
        claim_uuid=claim.uuid,
        at=now,
        operator=actor.username,
        action=action,
        from_status=from_status.value if from_status is not None else None,
        to_status=claim.status.value,
        reason=reason,
        changes=changes or {},
    )
    session.add(event)
    session.flush()
    session.add(
        JournalEntry(entity="claim_events", uuid=str(event.uuid), op=JournalOp.INSERT, at=now)
    )
    audit.record(
        session,
        actor.username,
        f"claim.{action}",
        entity="claims",
        entity_id=claim.uuid,
        details={
            "number": claim.number,
            "from": event.from_status,
            "to": event.to_status,
            "reason": reason,
            "benefit": claim.computed_benefit,
            "fields": sorted(changes or {}),
        },
        journal=claim_op,
    )
    return event
