"""The claim workflow (docs/domain.md §4): 已受理 → 审核中 → 待审批 → 已批准 / 已拒绝 → 已支付,
withdrawal any time before approval, corrections with a reason, the hub's decision on large
benefits.

Roles are checked here, not in the UI: a clerk takes claims in, a reviewer reviews and corrects,
a supervisor approves — and never a claim they took in themselves (four eyes). Every change goes
through `record_change` (history row, audit, journal).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.auth import Action, Actor, require
from app.benefits import event_date
from app.claims import kinds
from app.claims.actions import ClaimAction, require_allowed, status_refusal
from app.claims.duplicates import duplicate_message, find_conflicts
from app.claims.eligibility import Assessment, assess, facts_of
from app.claims.events import apply_assessment, record_change
from app.claims.fields import CORRECTABLE
from app.claims.intake import ClaimInput, input_problems
from app.errors import NotFound, RejectedInput, ValidationFailed
from app.i18n import Message, msg
from app.texts import check_text
from models import Claim, ClaimEvent, Member
from models.enums import ClaimStatus

S = ClaimStatus


@dataclass(frozen=True)
class ClaimState:
    uuid: str
    number: str
    status: str
    status_label: str
    benefit: int
    approved_amount: int | None
    working: list[str]
    needs_hub_approval: bool
    hub_decision: str | None
    missing_documents: list[str]


def state_of(claim: Claim) -> ClaimState:
    return ClaimState(
        uuid=str(claim.uuid),
        number=claim.number,
        status=claim.status.value,
        status_label=kinds.STATUS_LABELS[claim.status],
        benefit=claim.computed_benefit,
        approved_amount=claim.approved_amount,
        working=list(claim.working),
        needs_hub_approval=claim.needs_hub_approval,
        hub_decision=claim.hub_decision.value if claim.hub_decision else None,
        missing_documents=kinds.missing(claim.documents),
    )


def load(session: Session, claim_uuid: uuid.UUID | str) -> Claim:
    key = claim_uuid if isinstance(claim_uuid, uuid.UUID) else uuid.UUID(str(claim_uuid))
    claim = session.get(Claim, key)
    if claim is None:
        raise NotFound(msg("没有这笔理赔申请（{u}）。", u=key))
    return claim


def uuid_of(session: Session, number: str) -> uuid.UUID:
    """The claim with this number (`LP-…`)."""
    found = session.scalar(select(Claim.uuid).where(Claim.number == number.strip().upper()))
    if found is None:
        raise NotFound(msg("没有编号为 {n} 的理赔申请。", n=number), field="number")
    return found


def expect_status(
    claim: Claim, allowed: frozenset[ClaimStatus] | set[ClaimStatus], doing: Message
) -> None:
    if claim.status not in allowed:
        raise status_refusal(claim.number, claim.status, frozenset(allowed), doing)


def need_reason(reason: str | None, doing: Message) -> str:
    text = check_text(reason, field="reason", label=msg("原因"), multiline=True).strip()
    if not text:
        raise RejectedInput(msg("{what}必须写明原因。", what=doing), field="reason")
    return text


def claimant_name(session: Session, claim: Claim) -> str:
    """The applicant's name as last entered (intake or a correction), kept in the history."""
    events = session.scalars(
        select(ClaimEvent).where(ClaimEvent.claim_uuid == claim.uuid).order_by(ClaimEvent.id)
    )
    name = ""
    for event in events:
        name = str(event.changes.get("claimant_name", name) or "")
    return name


def reassess(session: Session, claim: Claim, *, name: str | None = None) -> Assessment:
    """Assess the stored claim again against the claims approved or paid since (the applicant's
    name as last entered unless `name` is given)."""
    member = session.get(Member, claim.member_uuid)
    assert member is not None
    return assess(
        session,
        member=member,
        plan_code=claim.plan_code,
        claim=claim,
        filed_on=claim.received_on,
        claimant_name=claimant_name(session, claim) if name is None else name,
        exclude=claim.uuid,
    )


def move(
    session: Session,
    actor: Actor,
    claim: Claim,
    to: ClaimStatus,
    action: str,
    *,
    reason: str | None = None,
    changes: dict[str, Any] | None = None,
) -> None:
    before = claim.status
    claim.status = to
    record_change(session, actor, claim, action, before, reason=reason, changes=changes)


def start_review(session: Session, actor: Actor, *, claim_uuid: uuid.UUID | str) -> ClaimState:
    """已受理 → 审核中; the reviewer is recorded."""
    require(actor, Action.REVIEW_CLAIM)
    claim = load(session, claim_uuid)
    require_allowed(actor, claim, ClaimAction.REVIEW)
    expect_status(claim, {S.RECEIVED}, msg("开始审核"))
    claim.reviewer = actor.username
    move(session, actor, claim, S.REVIEWING, "review")
    return state_of(claim)


def submit_for_approval(
    session: Session, actor: Actor, *, claim_uuid: uuid.UUID | str, note: str | None = None
) -> ClaimState:
    """审核中 → 待审批. Refused while documents are missing or the claim is ineligible (it must
    be rejected with its reasons instead)."""
    require(actor, Action.REVIEW_CLAIM)
    claim = load(session, claim_uuid)
    require_allowed(actor, claim, ClaimAction.REVIEW)
    expect_status(claim, {S.REVIEWING}, msg("提交审批"))
    missing = kinds.missing(claim.documents)
    if missing:
        raise RejectedInput(
            msg("材料不全（待补件：{m}），补齐后才能提交审批。", m="、".join(missing)),
            field="documents",
        )
    result = reassess(session, claim)
    if not result.eligible:
        raise RejectedInput(
            msg("该申请不符合给付条件，请以“拒绝”结案并写明原因：{p}", p="；".join(result.problems))
        )
    changed = recompute_changes(claim, result)
    move(session, actor, claim, S.AWAITING_APPROVAL, "submit", reason=note, changes=changed)
    return state_of(claim)


def review(
    session: Session, actor: Actor, *, claim_uuid: uuid.UUID | str, note: str | None = None
) -> ClaimState:
    """Review in one step (the CLI's `claim review`): start the review if needed, then submit."""
    if load(session, claim_uuid).status is S.RECEIVED:
        start_review(session, actor, claim_uuid=claim_uuid)
    return submit_for_approval(session, actor, claim_uuid=claim_uuid, note=note)


def recompute_changes(claim: Claim, result: Assessment) -> dict[str, Any]:
    old = claim.computed_benefit
    if apply_assessment(claim, result):
        return {"computed_benefit": [old, claim.computed_benefit]}
    return {}


def correct(
    session: Session,
    actor: Actor,
    *,
    claim_uuid: uuid.UUID | str,
    changes: Mapping[str, Any],
    reason: str,
) -> ClaimState:
    """A reviewer corrects fields of a claim under review, with a reason; the benefit is
    computed again. Old and new values are kept in the history. A correction that would make
    the claim duplicate another live claim (`duplicates`) beyond those a supervisor already
    overrode at intake is refused naming it."""
    require(actor, Action.REVIEW_CLAIM)
    claim = load(session, claim_uuid)
    require_allowed(actor, claim, ClaimAction.CORRECT)
    text = need_reason(reason, msg("更正"))
    unknown = sorted(set(changes) - set(CORRECTABLE))
    if unknown:
        raise RejectedInput(msg("这些字段不能更正：{f}。", f="、".join(unknown)), field=unknown[0])
    current = {name: getattr(claim, name) for name in CORRECTABLE if name != "claimant_name"}
    current["claimant_name"] = claimant_name(session, claim)
    proposed = ClaimInput(id_number="", plan_code=claim.plan_code, kind=claim.kind, **current)
    proposed = dataclasses.replace(proposed, **changes)
    problems = input_problems(proposed, clock.today())
    if problems:
        raise ValidationFailed(msg("更正后的信息有 {n} 处需要修改。", n=len(problems)), problems)
    diff = {k: [current[k], v] for k, v in changes.items() if current[k] != v}
    if not diff:
        raise RejectedInput(msg("没有需要更正的内容。"))
    overridden = set((claim.duplicate_of or "").split("、"))
    conflicts = find_conflicts(
        session,
        member_uuid=claim.member_uuid,
        plan_code=claim.plan_code,
        claim=proposed,
        exclude=claim.uuid,
    )
    fresh = [c for c in conflicts if c.number not in overridden]
    if fresh:
        raise RejectedInput(duplicate_message(fresh), field="duplicate")
    for name, (_old, new) in diff.items():
        if name != "claimant_name":
            setattr(claim, name, new)
    new_event = event_date(facts_of(claim, claim.received_on))
    assert new_event is not None
    claim.event_date = new_event
    diff.update(recompute_changes(claim, reassess(session, claim, name=proposed.claimant_name)))
    record_change(session, actor, claim, "correct", claim.status, reason=text, changes=_plain(diff))
    return state_of(claim)


def _plain(diff: dict[str, Any]) -> dict[str, Any]:
    """JSON-ready history values (dates as ISO text; the new claimant name also under its own
    key so `claimant_name()` finds it)."""
    out = {
        k: [v if isinstance(v, int | str | None) else str(v) for v in pair]
        for k, pair in diff.items()
    }
    if "claimant_name" in diff:
        out["claimant_name"] = diff["claimant_name"][1]
    return out
