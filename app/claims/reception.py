"""The counter's use cases that touch scans: a claim taken in together with its scans, and
documents brought in later with theirs. The window and `huzhu claim new|docs` call these, so
neither assembles the steps (record, attach each scan, tick the checklist) itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from app.auth import Action, Actor, require
from app.claims.attachments import attach_scan
from app.claims.decisions import update_documents
from app.claims.intake import ClaimInput, IntakeResult, take_claim
from app.claims.workflow import ClaimState, load, state_of

Scan = tuple[str, Path]  # (checklist document, file)


def take_claim_with_scans(
    session: Session,
    actor: Actor,
    *,
    data: ClaimInput,
    scans: Sequence[Scan] = (),
    data_dir: Path,
    override_reason: str | None = None,
) -> IntakeResult:
    """Take the application in (`intake.take_claim`: checks, duplicates, assessment) and store
    each scan under `data_dir`, ticking its document — all in the caller's transaction, so a
    refused scan leaves no claim behind. Returns the claim as it stands after the scans."""
    require(actor, Action.TAKE_CLAIM)
    result = take_claim(session, actor, data=data, override_reason=override_reason)
    for document, path in scans:
        attach_scan(
            session,
            actor,
            claim_uuid=result.uuid,
            document=document,
            source=path,
            data_dir=data_dir,
        )
    if not scans:
        return result
    state = state_of(load(session, result.uuid))
    return IntakeResult(**{**result.__dict__, "missing_documents": state.missing_documents})


def receive_documents(
    session: Session,
    actor: Actor,
    *,
    claim_uuid: uuid.UUID | str,
    received: Mapping[str, bool],
    scans: Sequence[Scan] = (),
    data_dir: Path,
) -> ClaimState:
    """补件: tick (or untick) documents and store the scans brought for them, in one go."""
    if received:
        update_documents(session, actor, claim_uuid=claim_uuid, received=received)
    for document, path in scans:
        attach_scan(
            session,
            actor,
            claim_uuid=claim_uuid,
            document=document,
            source=path,
            data_dir=data_dir,
        )
    return state_of(load(session, claim_uuid))
