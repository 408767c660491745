"""Taking a claim in: the application as entered, its checks, the preview and the stored claim.

`take_claim` records every application that is complete enough to assess, eligible or not (the
office must answer each one): an ineligible claim is stored with benefit 0 and the reasons in its
working, and the reviewer rejects it with them. Incomplete input (a missing date, costs that do
not add up) is refused with one message per field, and nothing is written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit, clock
from app.auth import Action, Actor, require
from app.benefits import ACCIDENT_KINDS, MILD, SEVERE, event_date, kinds_for_rule
from app.claims import kinds
from app.claims.duplicates import Conflict, check_override, find_conflicts
from app.claims.eligibility import Assessment, assess, facts_of, plan_rules
from app.claims.events import apply_assessment, record_change
from app.claims.fields import CLAIM_FIELDS, MONEY_FIELDS, FieldType
from app.errors import NotFound, RejectedInput, ValidationFailed
from app.i18n import Message, msg
from app.ids import normalise
from app.numbering import next_number
from app.office import self_office
from app.texts import first_hidden, hidden_message
from models import Claim, Member, Plan
from models.enums import ClaimKind, ClaimStatus, JournalOp


@dataclass(frozen=True)
class ClaimInput:
    """An application as the clerk enters it. Money in fen, dates as dates."""

    id_number: str
    plan_code: str
    kind: ClaimKind
    claimant_name: str = ""  # as written on the application; checked against the member
    hospital: str = ""
    hospital_level: int | None = None
    admitted: dt.date | None = None
    discharged: dt.date | None = None
    settled: dt.date | None = None
    total_cost: int = 0
    insurance_paid: int = 0
    self_pay: int = 0
    out_of_policy: int = 0
    severity: str | None = None
    diagnosis: str = ""
    diagnosed: dt.date | None = None
    accident_date: dt.date | None = None
    grade: int | None = None
    days: int | None = None
    invoice_number: str = ""
    documents: Mapping[str, bool] = field(default_factory=dict)


@dataclass(frozen=True)
class Preview:
    """What the intake form shows while the clerk types."""

    amount: int
    lines: list[str]
    problems: list[str]
    coverage_found: bool
    needs_hub_approval: bool
    conflicts: list[Conflict] = field(default_factory=list)  # earlier claims it duplicates


@dataclass(frozen=True)
class IntakeResult:
    uuid: str
    number: str
    status: str
    benefit: int
    working: list[str]
    problems: list[str]
    missing_documents: list[str]
    needs_hub_approval: bool
    duplicate_of: list[str] = field(default_factory=list)  # the numbers a supervisor overrode
    override_reason: str | None = None


@dataclass(frozen=True)
class PlanChoice:
    code: str
    name: str
    kinds: tuple[ClaimKind, ...]


def plan_choices(session: Session) -> list[PlanChoice]:
    """The plans a claim can be made under, in catalogue order (newest catalogue per code),
    with their claim kinds."""
    first = func.min(Plan.id)
    codes = session.scalars(select(Plan.code).group_by(Plan.code).order_by(first)).all()
    rules = [plan_rules(session, code) for code in codes]
    return [PlanChoice(r.code, r.name, kinds_for_rule(r.benefit)) for r in rules]


TEXT_LABELS = {"claimant_name": "申请人姓名", "hospital": "医院", "diagnosis": "诊断"}


def _bad(field_name: str, message: Message) -> RejectedInput:
    return RejectedInput(message, field=field_name)


def input_problems(data: ClaimInput, today: dt.date) -> list[RejectedInput]:
    """Everything that keeps the application from being assessed, one message per field."""
    problems = _date_problems(data, today)
    for name, label in TEXT_LABELS.items():
        hidden = first_hidden(getattr(data, name) or "")
        if hidden is not None:
            problems.append(_bad(name, hidden_message(label, *hidden)))
    for name in MONEY_FIELDS:
        if getattr(data, name) < 0:
            problems.append(_bad(name, msg("金额不能为负数。")))
    if data.hospital_level not in (None, 1, 2, 3):
        problems.append(_bad("hospital_level", msg("医院等级只能是 1、2 或 3 级。")))
    if data.kind is ClaimKind.STAY:
        parts = data.insurance_paid + data.self_pay + data.out_of_policy
        if data.total_cost <= 0:
            problems.append(_bad("total_cost", msg("请填写住院总费用。")))
        elif parts > data.total_cost:
            problems.append(
                _bad(
                    "self_pay",
                    msg(
                        "医保已付、政策内自付和自费合计 {p} 分，超过总费用 {t} 分，请核对结算单。",
                        p=parts,
                        t=data.total_cost,
                    ),
                )
            )
    if data.kind is ClaimKind.CRITICAL and data.severity not in (SEVERE, MILD):
        problems.append(_bad("severity", msg("请选择疾病程度：重度或轻度。")))
    if data.kind is ClaimKind.FEMALE and not data.diagnosis.strip():
        problems.append(_bad("diagnosis", msg("请填写诊断（疾病名称）。")))
    if data.kind is ClaimKind.ACCIDENT_DISABILITY and data.grade not in range(1, 11):
        problems.append(_bad("grade", msg("伤残等级应为 1 到 10 级。")))
    if data.kind is ClaimKind.ACCIDENT_STAY and data.days is None and data.discharged is None:
        problems.append(_bad("days", msg("请填写住院天数，或入院和出院日期。")))
    if data.days is not None and data.days < 0:
        problems.append(_bad("days", msg("住院天数不能为负数。")))
    return problems


def _date_problems(data: ClaimInput, today: dt.date) -> list[RejectedInput]:
    problems: list[RejectedInput] = []
    dates = [f for f in CLAIM_FIELDS if f.type is FieldType.DATE]
    for spec in dates:
        if data.kind in spec.required_for and getattr(data, spec.name) is None:
            problems.append(_bad(spec.name, msg("请填写{label}。", label=spec.label)))
    labels = {f.name: f.label for f in dates}
    for name, label in labels.items():
        value = getattr(data, name)
        if value is not None and value > today:
            problems.append(_bad(name, msg("{label} {d} 晚于今天。", label=label, d=value)))
    if data.admitted and data.discharged and data.discharged < data.admitted:
        problems.append(_bad("discharged", msg("出院日期不能早于入院日期。")))
    if data.discharged and data.settled and data.settled < data.discharged:
        problems.append(_bad("settled", msg("结算日期不能早于出院日期。")))
    late = data.accident_date and data.admitted and data.admitted < data.accident_date
    if data.kind in ACCIDENT_KINDS and late:
        problems.append(_bad("admitted", msg("入院日期不能早于出险日期。")))
    return problems


def find_member(session: Session, id_number: str) -> Member:
    """The member with this ID number (a scanner's trailing x is taken as X)."""
    wanted = normalise(id_number)
    member = session.scalar(select(Member).where(Member.id_number == wanted))
    if member is None:
        raise NotFound(msg("没有证件号为 {n} 的会员。", n=wanted), field="id_number")
    return member


def _check(session: Session, data: ClaimInput) -> Member:
    rules = plan_rules(session, data.plan_code)
    if data.kind not in kinds_for_rule(rules.benefit):
        allowed = "、".join(kinds.KIND_LABELS[k] for k in kinds_for_rule(rules.benefit))
        raise _bad("kind", msg("“{p}”只受理{a}申请。", p=rules.name, a=allowed))
    problems = input_problems(data, clock.today())
    if problems:
        raise ValidationFailed(msg("申请信息有 {n} 处需要修改。", n=len(problems)), problems)
    return find_member(session, data.id_number)


def preview(session: Session, data: ClaimInput) -> Preview:
    """The benefit and its working as the form stands; nothing is written, nothing raised for
    ineligibility (the problems are listed instead)."""
    member = _check(session, data)
    result = assess(
        session,
        member=member,
        plan_code=data.plan_code,
        claim=data,
        filed_on=clock.today(),
        claimant_name=data.claimant_name,
    )
    return Preview(
        result.amount,
        result.result.text,
        result.problems,
        result.coverage_uuid is not None,
        result.needs_hub_approval,
        find_conflicts(session, member_uuid=member.uuid, plan_code=data.plan_code, claim=data),
    )


def take_claim(
    session: Session, actor: Actor, *, data: ClaimInput, override_reason: str | None = None
) -> IntakeResult:
    """Record an application: number `LP-<office>-<year>-<seq>`, status 已受理, its assessment
    and document checklist, one history row, audit and journal.

    An application that duplicates a live claim (`duplicates`) is refused naming it, unless a
    supervisor gives `override_reason`: the claim is then flagged with the earlier numbers and
    the reason, and the override is audited.

    Raises PermissionDenied (not a clerk or supervisor; a reason from anyone but a supervisor),
    ValidationFailed (incomplete input), RejectedInput (a duplicate), NotFound (unknown ID
    number or plan).
    """
    require(actor, Action.TAKE_CLAIM)
    member = _check(session, data)
    conflicts = find_conflicts(
        session, member_uuid=member.uuid, plan_code=data.plan_code, claim=data
    )
    reason = check_override(actor, conflicts, override_reason)
    today, now = clock.today(), clock.now()
    office = self_office(session)
    facts = facts_of(data, today)
    when = event_date(facts)
    assert when is not None  # input_problems demands the event date
    values = {f.name: getattr(data, f.name) for f in dataclasses.fields(ClaimInput)}
    for name in ("id_number", "claimant_name", "documents"):
        values.pop(name)
    values["invoice_number"] = data.invoice_number.strip() or None
    claim = Claim(
        **values,
        number=next_number(session, prefix="LP", office_code=office.code, year=today.year),
        office_code=office.code,
        member_uuid=member.uuid,
        event_date=when,
        status=ClaimStatus.RECEIVED,
        intake_operator=actor.username,
        documents=kinds.checklist(data.kind, dict(data.documents)),
        received_on=today,
        created_at=now,
        pay_bank=member.bank_name or None,
        pay_account=member.bank_account or None,
        duplicate_of="、".join(c.number for c in conflicts)[:200] if reason else None,
        override_reason=reason,
    )
    session.add(claim)
    session.flush()
    result = assess(
        session,
        member=member,
        plan_code=data.plan_code,
        claim=claim,
        filed_on=today,
        claimant_name=data.claimant_name,
    )
    apply_assessment(claim, result)
    changes: dict[str, object] = {"claimant_name": data.claimant_name, "problems": result.problems}
    if reason:
        changes |= {"duplicate_of": [c.number for c in conflicts], "override_reason": reason}
    record_change(session, actor, claim, "intake", None, changes=changes, claim_op=JournalOp.INSERT)
    if reason:
        audit.record(
            session,
            actor.username,
            "claim.duplicate_override",
            entity="claims",
            entity_id=claim.uuid,
            details={
                "number": claim.number,
                "duplicate_of": [c.number for c in conflicts],
                "reason": reason,
            },
        )
    return intake_result(claim, result)


def intake_result(claim: Claim, result: Assessment) -> IntakeResult:
    return IntakeResult(
        uuid=str(claim.uuid),
        number=claim.number,
        status=claim.status.value,
        benefit=claim.computed_benefit,
        working=list(claim.working),
        problems=result.problems,
        missing_documents=kinds.missing(claim.documents),
        needs_hub_approval=claim.needs_hub_approval,
        duplicate_of=claim.duplicate_of.split("、") if claim.duplicate_of else [],
        override_reason=claim.override_reason,
    )
