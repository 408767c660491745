"""Eligibility (docs/domain.md §4) and the benefit assessment of a claim against the database.

The pure parts (cover on the event date, waiting period, filing deadline, the formulas) live in
`app.benefits`; this module finds what they need: the plan's rule from the catalogue version the
cover was enrolled under, the member's cover on the event date, the claims of that cover already
approved or paid, and the identity of the applicant. Each failed check is a Chinese sentence; an
ineligible claim is still assessed (benefit 0) so the office can record and answer it.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.benefits import (
    BenefitResult,
    ClaimFacts,
    CoverageFacts,
    EarlierClaim,
    WorkingLine,
    compute_benefit,
    event_date,
)
from app.errors import NotFound
from app.i18n import msg
from models import Catalogue, Claim, Coverage, Enrollment, Member, Plan
from models.enums import ClaimKind, ClaimStatus, CoverageStatus

COUNTED_STATUSES = (ClaimStatus.APPROVED, ClaimStatus.PAID)


class ClaimLike(Protocol):
    """What the assessment reads from a claim: a stored `Claim` or an intake `ClaimInput`."""

    kind: ClaimKind
    admitted: dt.date | None
    discharged: dt.date | None
    settled: dt.date | None
    self_pay: int
    severity: str | None
    diagnosis: str
    diagnosed: dt.date | None
    accident_date: dt.date | None
    grade: int | None
    days: int | None


@dataclass(frozen=True)
class PlanRules:
    code: str
    name: str
    catalogue_version: str
    benefit: dict[str, Any]
    deadline_years: int
    hub_threshold: int  # fen


@dataclass(frozen=True)
class Assessment:
    plan: PlanRules
    coverage_uuid: uuid.UUID | None
    result: BenefitResult
    problems: list[str] = field(default_factory=list)

    @property
    def eligible(self) -> bool:
        return not self.problems

    @property
    def amount(self) -> int:
        return self.result.amount_fen

    @property
    def needs_hub_approval(self) -> bool:
        return self.amount >= self.plan.hub_threshold


def facts_of(claim: ClaimLike, filed_on: dt.date) -> ClaimFacts:
    return ClaimFacts(
        kind=ClaimKind(claim.kind),
        filed_on=filed_on,
        admitted=claim.admitted,
        discharged=claim.discharged,
        settled=claim.settled,
        self_pay=claim.self_pay or 0,
        severity=claim.severity,
        diagnosis=claim.diagnosis or "",
        diagnosed=claim.diagnosed,
        accident_date=claim.accident_date,
        grade=claim.grade,
        days=claim.days,
    )


def plan_rules(session: Session, code: str, *, version: str | None = None) -> PlanRules:
    """The plan `code` of catalogue `version` (default: the newest catalogue that has it)."""
    query = select(Plan, Catalogue).join(Catalogue, Plan.catalogue_version == Catalogue.version)
    query = query.where(Plan.code == code)
    if version is not None:
        query = query.where(Plan.catalogue_version == version)
    row = session.execute(query.order_by(Plan.valid_from.desc(), Plan.id.desc()).limit(1)).first()
    if row is None:
        raise NotFound(msg("保障计划目录中没有代码为 {c} 的计划。", c=code), field="plan")
    plan, catalogue = row
    rules = json.loads(catalogue.document).get("rules", {})
    return PlanRules(
        code=plan.code,
        name=plan.name,
        catalogue_version=plan.catalogue_version,
        benefit=dict(plan.benefit),
        deadline_years=int(rules["claim_deadline_years"]),
        hub_threshold=int(rules["hub_approval_threshold"]),
    )


def cover_on(
    session: Session, member_uuid: uuid.UUID, plan_code: str, day: dt.date | None
) -> Coverage | None:
    """The member's active cover of the plan on `day` (a stay counts by its admission day)."""
    if day is None:
        return None
    return session.scalars(
        select(Coverage)
        .where(
            Coverage.member_uuid == member_uuid,
            Coverage.plan_code == plan_code,
            Coverage.status == CoverageStatus.ACTIVE,
            Coverage.start_date <= day,
            Coverage.end_date >= day,
        )
        .order_by(Coverage.start_date.desc())
        .limit(1)
    ).first()


def earlier_claims(
    session: Session, coverage_uuid: uuid.UUID, *, exclude: uuid.UUID | None = None
) -> list[EarlierClaim]:
    """Claims of the cover already approved (approved amount) or paid (paid amount)."""
    query = select(Claim).where(
        Claim.coverage_uuid == coverage_uuid, Claim.status.in_(COUNTED_STATUSES)
    )
    if exclude is not None:
        query = query.where(Claim.uuid != exclude)
    return [
        EarlierClaim(
            kind=c.kind,
            amount=(c.paid_amount if c.status is ClaimStatus.PAID else c.approved_amount) or 0,
            severity=c.severity,
        )
        for c in session.scalars(query.order_by(Claim.received_on, Claim.number))
    ]


def identity_problems(member: Member, claimant_name: str) -> list[str]:
    """The name on the application must be the member's registered name."""
    name = claimant_name.strip()
    if name and name != member.name:
        return [str(msg("申请人姓名“{a}”与会员登记姓名“{m}”不符。", a=name, m=member.name))]
    return []


def assess(
    session: Session,
    *,
    member: Member,
    plan_code: str,
    claim: ClaimLike,
    filed_on: dt.date,
    claimant_name: str = "",
    exclude: uuid.UUID | None = None,
) -> Assessment:
    """Run every eligibility check and the benefit engine; never raises for ineligibility."""
    facts = facts_of(claim, filed_on)
    cover = cover_on(session, member.uuid, plan_code, event_date(facts))
    version = None
    if cover is not None:
        version = session.scalar(
            select(Enrollment.catalogue_version).where(Enrollment.uuid == cover.enrollment_uuid)
        )
    rules = plan_rules(session, plan_code, version=version)
    problems = identity_problems(member, claimant_name)
    if cover is None:
        problems.append(
            str(
                msg(
                    "会员 {n} 在事件日期 {d} 没有有效的“{p}”保障。",
                    n=member.name,
                    d=event_date(facts) or "（未填写）",
                    p=rules.name,
                )
            )
        )
        return Assessment(rules, None, _refusal(problems), problems)
    result = compute_benefit(
        rules.benefit,
        CoverageFacts(cover.shares, cover.start_date, cover.end_date, cover.waiting_until),
        facts,
        earlier_claims(session, cover.uuid, exclude=exclude),
        claim_deadline_years=rules.deadline_years,
    )
    problems.extend(result.problems)
    if problems and result.eligible:  # identity failed although the cover is fine
        result = _refusal(problems)
    return Assessment(rules, cover.uuid, result, problems)


def _refusal(problems: list[str]) -> BenefitResult:
    lines = [WorkingLine(str(msg("不予给付：{p}", p=p))) for p in problems]
    lines.append(WorkingLine(str(msg("给付互助金 {a} 元", a="0.00"))))
    return BenefitResult(0, lines, eligible=False, problems=list(problems))
