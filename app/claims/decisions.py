"""Decisions on a claim: approve (four eyes), reject, withdraw, the document checklist, and the
provincial hub's decision on large benefits (set by sync from return packages)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy.orm import Session

from app.auth import Action, Actor, require
from app.claims import kinds
from app.claims.actions import ClaimAction, require_allowed
from app.claims.events import record_change
from app.claims.workflow import (
    ClaimState,
    S,
    load,
    move,
    need_reason,
    reassess,
    recompute_changes,
    state_of,
)
from app.errors import RejectedInput
from app.i18n import msg
from app.texts import check_text
from models.enums import HubDecision


def approve(
    session: Session, actor: Actor, *, claim_uuid: uuid.UUID | str, note: str | None = None
) -> ClaimState:
    """待审批 → 已批准 at the benefit computed now (claims approved since are counted).

    Raises PermissionDenied for anyone but a supervisor, and for the supervisor who took the
    claim in; RejectedInput when the claim is not awaiting approval or pays nothing (it must be
    rejected with its reason instead).
    """
    require(actor, Action.APPROVE_CLAIM)
    claim = load(session, claim_uuid)
    require_allowed(actor, claim, ClaimAction.APPROVE)
    result = reassess(session, claim)
    changes = recompute_changes(claim, result)
    if not result.eligible or result.amount <= 0:
        reasons = "；".join(result.problems) or "计算给付金额为 0.00 元"
        raise RejectedInput(msg("该申请无可给付金额，请以“拒绝”结案并写明原因：{p}", p=reasons))
    claim.approved_amount = result.amount
    claim.approver = actor.username
    check_text(note, field="reason", label=msg("说明"), multiline=True)
    claim.decision_reason = (note or "").strip() or None
    move(session, actor, claim, S.APPROVED, "approve", reason=note, changes=changes)
    return state_of(claim)


def reject(
    session: Session, actor: Actor, *, claim_uuid: uuid.UUID | str, reason: str
) -> ClaimState:
    """Close a claim unpaid, with the reason the applicant is told. A reviewer may reject
    during review; once the claim awaits approval only a supervisor may."""
    claim = load(session, claim_uuid)
    require_allowed(actor, claim, ClaimAction.REJECT)
    text = need_reason(reason, msg("拒绝"))
    claim.decision_reason = text
    if claim.status is S.AWAITING_APPROVAL:
        claim.approver = actor.username
    move(session, actor, claim, S.REJECTED, "reject", reason=text)
    return state_of(claim)


def withdraw(
    session: Session, actor: Actor, *, claim_uuid: uuid.UUID | str, reason: str
) -> ClaimState:
    """The applicant withdraws (any time before approval); a clerk records it with the reason."""
    require(actor, Action.TAKE_CLAIM)
    claim = load(session, claim_uuid)
    require_allowed(actor, claim, ClaimAction.WITHDRAW)
    text = need_reason(reason, msg("撤回"))
    claim.decision_reason = text
    move(session, actor, claim, S.WITHDRAWN, "withdraw", reason=text)
    return state_of(claim)


def update_documents(
    session: Session, actor: Actor, *, claim_uuid: uuid.UUID | str, received: Mapping[str, bool]
) -> ClaimState:
    """Tick documents received (or untick); names outside the kind's checklist are refused."""
    claim = load(session, claim_uuid)
    require_allowed(actor, claim, ClaimAction.DOCUMENTS)
    unknown = [name for name in received if name not in claim.documents]
    if unknown:
        raise RejectedInput(
            msg(
                "“{u}”不在{k}申请的材料清单中（清单：{l}）。",
                u="、".join(unknown),
                k=kinds.KIND_LABELS[claim.kind],
                l="、".join(claim.documents),
            ),
            field="documents",
        )
    diff = {
        k: [claim.documents[k], bool(v)]
        for k, v in received.items()
        if claim.documents[k] != bool(v)
    }
    if not diff:
        return state_of(claim)
    claim.documents = {**claim.documents, **{k: new for k, (_old, new) in diff.items()}}
    record_change(session, actor, claim, "documents", claim.status, changes=diff)
    return state_of(claim)


def apply_hub_decision(
    session: Session, actor: Actor, claim_uuid: uuid.UUID | str, approved: bool, reason: str
) -> ClaimState:
    """Record the provincial hub's decision on a claim that needed it (called by sync when a
    return package brings it). Approval lets the claim be paid; a refusal closes an open claim
    as rejected with the hub's reason. The same decision twice changes nothing.
    """
    require(actor, Action.SYNC)
    claim = load(session, claim_uuid)
    decision = HubDecision.APPROVED if approved else HubDecision.REJECTED
    if claim.hub_decision is decision:
        return state_of(claim)
    before = claim.status
    changes = {
        "hub_decision": [claim.hub_decision.value if claim.hub_decision else None, decision.value]
    }
    claim.hub_decision = decision
    text = check_text(reason, field="reason", label=msg("原因"), multiline=True).strip() or None
    if not approved and claim.status in kinds.OPEN_STATUSES:
        claim.status = S.REJECTED
        claim.decision_reason = str(msg("省办事处未批准：{r}", r=text or "未说明原因"))
    record_change(session, actor, claim, "hub_decision", before, reason=text, changes=changes)
    return state_of(claim)
