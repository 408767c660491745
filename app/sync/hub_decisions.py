"""Applying the hub's decision on a large claim when a return package arrives.

What a decision does to a claim belongs to the claims area (`app.claims.apply_hub_decision`:
approval makes an approved claim payable, a refusal closes an open claim); sync only reads the
row from the return package and hands it over, in the import's transaction.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from app.auth import Actor
from app.claims import apply_hub_decision
from models import Claim


def apply_decision(session: Session, actor: Actor, row: dict[str, Any]) -> dict[str, Any]:
    """Apply one decision row of a return package; returns what was done (for the audit).

    A decision about a claim this desk does not hold changes nothing (it is reported).
    """
    claim_uuid = uuid.UUID(str(row["uuid"]))
    approved = row.get("decision") == "approved"
    if session.get(Claim, claim_uuid) is None:
        return {"claim": str(claim_uuid), "approved": approved, "unknown": True}
    apply_hub_decision(session, actor, claim_uuid, approved, str(row.get("reason") or ""))
    return {"claim": str(claim_uuid), "approved": approved}
