"""The lists behind the 工作台's figures (click-through): each is read with the same condition the
figure is counted with, so the page a figure opens shows exactly the rows it counted.

- claims: a queue step (`step`: review / approve / pay — what waits for this operator), claims
  taken in during a period (`received_in`), claims paid during a period (`paid_in`);
- units and enrollments with an active cover starting in a period (`covered_in`: the 参保单位 and
  参保人次 figures of app.reports.figures).

Read-only; the ClaimRow lists are masked for the operator like every claim list.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, false, func, select
from sqlalchemy.orm import Session

from app.auth import Action, Actor, require
from app.reports.figures import Period
from models import Claim, Coverage, Enrollment
from models.enums import ClaimStatus, CoverageStatus, EnrollmentStatus, HubDecision

if TYPE_CHECKING:
    from app.claims.lists import ClaimRow

S = ClaimStatus
DRILL_LIMIT = 100_000  # a county office's year of claims is well under this


def _step_review(_actor: Actor) -> ColumnElement[bool]:
    return Claim.status.in_((S.RECEIVED, S.REVIEWING))


def _step_approve(actor: Actor) -> ColumnElement[bool]:
    return (Claim.status == S.AWAITING_APPROVAL) & (Claim.intake_operator != actor.username)


def _step_pay(_actor: Actor) -> ColumnElement[bool]:
    return (Claim.status == S.APPROVED) & (
        Claim.needs_hub_approval.is_(False) | (Claim.hub_decision == HubDecision.APPROVED)
    )


# queue step -> (its label, the Action it needs, the claims waiting at it)
STEPS: dict[str, tuple[str, Action, Callable[[Actor], ColumnElement[bool]]]] = {
    "review": ("待审核理赔", Action.REVIEW_CLAIM, _step_review),
    "approve": ("待审批理赔", Action.APPROVE_CLAIM, _step_approve),
    "pay": ("待支付理赔", Action.PAY_CLAIM, _step_pay),
}


def step_count(session: Session, actor: Actor, step: str) -> int:
    """How many claims wait at queue `step` for `actor` (the 工作台's 我的待办 line)."""
    require(actor, Action.VIEW_REPORTS)
    condition = STEPS[step][2](actor)
    return session.scalar(select(func.count()).select_from(Claim).where(condition)) or 0


def claims_behind(
    session: Session,
    actor: Actor,
    *,
    step: str | None = None,
    received_in: Period | None = None,
    paid_in: Period | None = None,
) -> list[ClaimRow]:
    """The claims behind a claim figure or queue line, oldest first, masked for `actor`.
    (app.claims is imported here: the 工作台 counts with STEPS without loading it.)"""
    require(actor, Action.VIEW_REPORTS)
    from app.claims.lists import claim_rows

    conditions: list[ColumnElement[bool]] = []
    if step is not None:
        conditions.append(STEPS[step][2](actor) if step in STEPS else false())
    if received_in is not None:
        conditions.append(Claim.received_on.between(received_in.start, received_in.end))
    if paid_in is not None:
        conditions.append(Claim.status == S.PAID)
        conditions.append(Claim.paid_on.between(paid_in.start, paid_in.end))
    return claim_rows(session, actor, select(Claim).where(*conditions), DRILL_LIMIT)


def _covered(column: Any, period: Period) -> Select:
    return (
        select(column)
        .distinct()
        .select_from(Coverage)
        .join(Enrollment, Enrollment.uuid == Coverage.enrollment_uuid)
        .where(
            Coverage.status == CoverageStatus.ACTIVE,
            Enrollment.status == EnrollmentStatus.CONFIRMED,
            Coverage.start_date.between(period.start, period.end),
        )
    )


def units_covered(session: Session, period: Period) -> set[uuid.UUID]:
    """Units with an active cover starting in `period` (the 参保单位 figure)."""
    return set(session.scalars(_covered(Enrollment.unit_uuid, period)))


def enrollments_covered(session: Session, period: Period) -> set[uuid.UUID]:
    """Enrollments with an active cover starting in `period` (the enrollments behind 参保人次)."""
    return set(session.scalars(_covered(Enrollment.uuid, period)))
