"""Which actions an operator may take on a claim now: status × role × who took it in.

This is the one statement of those rules. The services call `require_allowed` before they act
(so a refusal carries the same message whichever way the action was asked for), and the work
list enables its buttons from `allowed_actions`. What depends on the claim's content rather than
its state (documents missing, an ineligible claim, nothing to pay) is the services' own check.
"""

from __future__ import annotations

import enum
from typing import Protocol

from app.auth import Action, Actor, require
from app.claims import kinds
from app.errors import HuzhuError, PermissionDenied, RejectedInput
from app.i18n import Message, msg
from app.money import yuan
from models.enums import ClaimStatus, HubDecision

S = ClaimStatus


class ClaimAction(enum.StrEnum):
    REVIEW = "review"
    APPROVE = "approve"
    REJECT = "reject"
    PAY = "pay"
    WITHDRAW = "withdraw"
    DOCUMENTS = "documents"
    CORRECT = "correct"


class ClaimLike(Protocol):
    """What the rules read: a stored `Claim` or a list's `ClaimRow`."""

    number: str
    intake_operator: str
    approved_amount: int | None

    @property
    def status(self) -> ClaimStatus | str: ...
    @property
    def needs_hub_approval(self) -> bool: ...
    @property
    def hub_decision(self) -> HubDecision | str | None: ...


_REVIEWABLE = frozenset({S.RECEIVED, S.REVIEWING})
# (the statuses it applies to, what the refusal says the clerk tried to do)
_STATES: dict[ClaimAction, tuple[frozenset[ClaimStatus], Message]] = {
    ClaimAction.REVIEW: (_REVIEWABLE, msg("审核")),
    ClaimAction.APPROVE: (frozenset({S.AWAITING_APPROVAL}), msg("审批")),
    ClaimAction.REJECT: (kinds.BEFORE_APPROVAL, msg("拒绝")),
    ClaimAction.PAY: (frozenset({S.APPROVED}), msg("登记支付")),
    ClaimAction.WITHDRAW: (kinds.BEFORE_APPROVAL, msg("撤回")),
    ClaimAction.DOCUMENTS: (kinds.OPEN_STATUSES, msg("登记材料")),
    ClaimAction.CORRECT: (_REVIEWABLE, msg("更正")),
}


def status_refusal(
    number: str, status: ClaimStatus, allowed: frozenset[ClaimStatus], doing: Message
) -> RejectedInput:
    wanted = "、".join(kinds.STATUS_LABELS[s] for s in S if s in allowed)
    return RejectedInput(
        msg(
            "理赔 {n} 当前为“{s}”，不能{what}（只有“{w}”的申请可以）。",
            n=number,
            s=msg(kinds.STATUS_LABELS[status]),
            what=doing,
            w=wanted,
        ),
        field="status",
    )


def hub_ready(claim: ClaimLike) -> bool:
    """A benefit that needs the hub's approval is paid only once the hub has approved it."""
    decision = claim.hub_decision
    return not claim.needs_hub_approval or (
        decision is not None and HubDecision(decision) is HubDecision.APPROVED
    )


def hub_hold_message(claim: ClaimLike) -> Message:
    """Why an approved claim waits for the hub before it can be paid or listed."""
    label = {HubDecision.PENDING: "待省办事处审批", HubDecision.REJECTED: "省办事处未批准"}
    decision = HubDecision(claim.hub_decision) if claim.hub_decision else None
    return msg(
        "理赔 {n} 给付 {a} 元，须经省办事处批准后才能支付（当前：{d}）。",
        n=claim.number,
        a=yuan(claim.approved_amount or 0),
        d=label.get(decision, "尚未报送") if decision else "尚未报送",
    )


def _role_refusal(actor: Actor, claim: ClaimLike, action: ClaimAction) -> HuzhuError | None:
    status = S(claim.status)
    needed = {
        ClaimAction.REVIEW: (Action.REVIEW_CLAIM,),
        ClaimAction.APPROVE: (Action.APPROVE_CLAIM,),
        ClaimAction.REJECT: (
            Action.APPROVE_CLAIM if status is S.AWAITING_APPROVAL else Action.REVIEW_CLAIM,
        ),
        ClaimAction.PAY: (Action.PAY_CLAIM,),
        ClaimAction.WITHDRAW: (Action.TAKE_CLAIM,),
        ClaimAction.DOCUMENTS: (Action.TAKE_CLAIM, Action.REVIEW_CLAIM),
        ClaimAction.CORRECT: (Action.REVIEW_CLAIM,),
    }[action]
    if not any(actor.can(need) for need in needed):
        try:
            require(actor, needed[0])
        except PermissionDenied as denied:
            return denied
    if action is ClaimAction.APPROVE and claim.intake_operator == actor.username:
        return PermissionDenied(
            msg(
                "理赔 {n} 由 {u} 受理，受理人不能审批自己受理的申请（双人复核）；请由另一位主管审批。",
                n=claim.number,
                u=actor.username,
            )
        )
    return None


def refusal(actor: Actor, claim: ClaimLike, action: ClaimAction) -> HuzhuError | None:
    """Why `actor` may not take `action` on `claim` now, or None if they may."""
    denied = _role_refusal(actor, claim, action)
    if denied is not None:
        return denied
    allowed, doing = _STATES[action]
    status = S(claim.status)
    if status not in allowed:
        return status_refusal(claim.number, status, allowed, doing)
    if action is ClaimAction.PAY and not hub_ready(claim):
        return RejectedInput(hub_hold_message(claim))
    return None


def require_allowed(actor: Actor, claim: ClaimLike, action: ClaimAction) -> None:
    """Raise the refusal (PermissionDenied or RejectedInput) unless the action is allowed."""
    problem = refusal(actor, claim, action)
    if problem is not None:
        raise problem


def allowed_actions(actor: Actor, claim: ClaimLike) -> frozenset[ClaimAction]:
    """The actions `actor` may take on `claim` in its present state (the work list's buttons)."""
    return frozenset(a for a in ClaimAction if refusal(actor, claim, a) is None)
