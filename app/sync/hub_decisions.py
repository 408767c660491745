"""Applying the hub's decision on a large claim when a return package arrives.

The claims area owns what a decision does to a claim (`app.claims.apply_hub_decision`). Until
that service exists this module records the decision itself — `claims.hub_decision`, a history
row and a journal row — which is what makes an approved claim payable; nothing else changes.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from app import audit, clock
from app.auth import Actor
from models import Claim, ClaimEvent
from models.enums import HubDecision, JournalOp


def apply_decision(session: Session, actor: Actor, row: dict[str, Any]) -> dict[str, Any]:
    """Apply one decision row of a return package; returns what was done (for the audit)."""
    claim_uuid = uuid.UUID(str(row["uuid"]))
    approved = row.get("decision") == "approved"
    reason = str(row.get("reason") or "")
    try:
        from app.claims import apply_hub_decision  # the claims area's service, once it exists
    except ImportError:
        apply_hub_decision = _record_decision
    apply_hub_decision(session, actor, claim_uuid, approved, reason)
    return {"claim": str(claim_uuid), "approved": approved}


def _record_decision(
    session: Session, actor: Actor, claim_uuid: uuid.UUID, approved: bool, reason: str
) -> None:
    claim = session.get(Claim, claim_uuid)
    if claim is None:
        return  # a decision about a claim this desk does not hold changes nothing here
    decision = HubDecision.APPROVED if approved else HubDecision.REJECTED
    if claim.hub_decision == decision:
        return
    claim.hub_decision = decision
    session.add(
        ClaimEvent(
            claim_uuid=claim.uuid,
            at=clock.now(),
            operator=actor.username,
            action="hub_decision",
            from_status=claim.status.value,
            to_status=claim.status.value,
            reason=f"省办事处{'批准' if approved else '不批准'}"
            + (f"：{reason}" if reason else ""),
            changes={"hub_decision": decision.value},
        )
    )
    audit.record(
        session,
        actor.username,
        "claim.hub_decision",
        entity="claims",
        entity_id=claim.uuid,
        details={"number": claim.number, "decision": decision.value},
        journal=JournalOp.UPDATE,
    )
