"""Applying what the hub decided when a return package arrives: decisions on large claims and
the office's yearly targets.

What a decision does to a claim belongs to the claims area (`app.claims.apply_hub_decision`:
approval makes an approved claim payable, a refusal closes an open claim), and targets belong to
the reports area (`app.reports.targets.apply_targets`, source "hub"); sync only reads the rows
from the return package and hands them over, in the import's transaction.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from app.auth import Action, Actor, require
from app.claims import apply_hub_decision
from app.errors import RejectedInput
from app.reports.targets import TARGET_LABELS, apply_targets, get_targets
from app.sync.format import PackageRefused
from app.sync.reader import Opened
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


def apply_hub_targets(session: Session, actor: Actor, opened: Opened) -> tuple[int, ...]:
    """Set the yearly targets of the package's `targets` file; the years that changed.

    A year whose sent values the desk already holds from the hub is left alone (no audit record);
    target names this desk does not know are ignored (a newer hub). PackageRefused (`bad_rows`,
    naming the line) for a malformed row or a value `apply_targets` refuses.
    """
    require(actor, Action.SYNC)
    years = []
    for line, row in enumerate(opened.rows("targets"), start=1):
        try:
            year = int(row["year"])
            values = {k: v for k, v in dict(row["targets"]).items() if k in TARGET_LABELS}
            held = get_targets(session, year)
            if held.source == "hub" and values.items() <= held.as_json().items():
                continue
            apply_targets(session, actor, year, values, "hub")
        except (KeyError, TypeError, ValueError) as exc:
            raise _bad_target(opened, line, f"指标行不完整：{exc}") from exc
        except RejectedInput as exc:
            raise _bad_target(opened, line, str(exc.message)) from exc
        years.append(year)
    return tuple(years)


def _bad_target(opened: Opened, line: int, detail: str) -> PackageRefused:
    return PackageRefused(
        "bad_rows", sha256=opened.sha256, entry=opened.entry("targets"), line=line, detail=detail
    )
