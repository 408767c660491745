"""Enrol a unit's members, add new hires, cancel before the start (docs/domain.md §3).

`check_enrollment` runs every rule and writes nothing. `enrol` runs the same rules and, only if
all pass (or a supervisor approved the overridable ones), writes the enrollment, its coverages,
one payment row per payer with a premium receipt number, the audit records and the
change-journal rows in the caller's transaction. Coverages and journal rows are bulk inserts, so
a 50,000-member roster costs a few statements, not 50,000.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app import audit, clock
from app.auth import Action, Actor, require
from app.bulk import journal_rows
from app.enrollment.context import (
    EnrollmentRequest,
    MemberFacts,
    RuleContext,
    build_context,
    get_enrollment,
)
from app.enrollment.coverages import write_coverages
from app.enrollment.payments import PaymentDetails, checked_details
from app.enrollment.premiums import PAYER_LABELS, PaymentSplit
from app.enrollment.quote import premium_total, split_of
from app.enrollment.rules import RuleResult, run_rules
from app.errors import RejectedInput, ValidationFailed
from app.i18n import msg
from app.money import plain_yuan
from app.numbering import next_number
from app.office import self_office
from app.texts import check_text
from models import Coverage, Enrollment, Payment
from models.enums import CoverageStatus, EnrollmentStatus, JournalOp, Payer, PaymentKind

Progress = Callable[[int, int], None]


class EnrollmentRejected(ValidationFailed):
    """One or more rules failed; `results` holds every rule's result (passed ones too)."""

    def __init__(self, results: list[RuleResult]) -> None:
        failed = [r for r in results if not r.passed]
        super().__init__(
            msg("参保未通过规则检查：{n} 项不符合，未保存任何数据。", n=len(failed)),
            [RejectedInput(r.message, field=r.code) for r in failed],
        )
        self.results = results


@dataclass(frozen=True)
class Receipt:
    payer: Payer
    payer_label: str
    amount: int  # fen
    number: str


@dataclass(frozen=True)
class EnrollmentPreview:
    results: list[RuleResult]
    catalogue_version: str
    premium_total: int
    split: PaymentSplit
    members_by_plan: dict[str, int]
    ends: dict[str, dt.date]

    @property
    def ok(self) -> bool:
        return all(r.passed for r in self.results)

    @property
    def needs_override(self) -> bool:
        failed = [r for r in self.results if not r.passed]
        return bool(failed) and all(r.needs_override for r in failed)


@dataclass(frozen=True)
class EnrollmentResult:
    uuid: uuid.UUID
    number: str
    unit_uuid: uuid.UUID
    catalogue_version: str
    start: dt.date
    end: dt.date
    plans: dict[str, int]
    members: int
    coverages: int
    premium_total: int
    split: PaymentSplit
    receipts: list[Receipt]
    results: list[RuleResult] = field(default_factory=list)
    override_reason: str | None = None
    override_by: str | None = None


def rule_preview(ctx: RuleContext) -> EnrollmentPreview:
    """Every rule's result, the premium and the split for gathered facts (enrolment, additions)."""
    total = premium_total(ctx)
    return EnrollmentPreview(
        results=run_rules(ctx),
        catalogue_version=ctx.catalogue.version,
        premium_total=total,
        split=split_of(ctx, total),
        members_by_plan={c: len(ctx.assigned(p)) for c, p in ctx.plans.items()},
        ends=dict(ctx.ends),
    )


def preview_enrollment(session: Session, *, request: EnrollmentRequest) -> EnrollmentPreview:
    """Every rule result, the premium and the split, without writing (the wizard's check step)."""
    return rule_preview(build_context(session, request))


def check_enrollment(
    session: Session, actor: Actor, *, request: EnrollmentRequest
) -> list[RuleResult]:
    """Dry run: ALL rule results at once (not the first failure). Writes nothing."""
    require(actor, Action.ENROLL)
    return preview_enrollment(session, request=request).results


def _main_end(ctx: RuleContext) -> dt.date:
    mains = [ctx.end(p) for p in ctx.plans.values() if p.is_main]
    return mains[0] if mains else max(ctx.ends.values())


def enrol(
    session: Session,
    actor: Actor,
    *,
    request: EnrollmentRequest,
    progress: Progress | None = None,
    written: Mapping[uuid.UUID, MemberFacts] | None = None,
) -> EnrollmentResult:
    """Write an enrollment whose rules all pass. Raises EnrollmentRejected (nothing written)
    listing every failed rule, or PermissionDenied. `written`: the facts of members registered
    in this transaction (`context.load_members`), not read back."""
    require(actor, Action.ENROLL)
    request = with_checked_details(request)
    ctx = build_context(session, request, written=written)
    preview = rule_preview(ctx)
    if not preview.ok:
        raise EnrollmentRejected(preview.results)
    if progress:
        progress(1, 3)
    office = self_office(session)
    overridden = [r for r in preview.results if r.overridden]
    reason = request.override_reason.strip() if overridden and request.override_reason else None
    by = request.override_by.username if reason and request.override_by else None
    enrollment = Enrollment(
        number=next_number(session, prefix="BD", office_code=office.code, year=clock.today().year),
        office_code=office.code,
        unit_uuid=request.unit_uuid,
        catalogue_version=ctx.catalogue.version,
        start_date=request.start,
        end_date=_main_end(ctx),
        plans=dict(request.plans),
        premium_total=preview.premium_total,
        is_gift=request.is_gift,
        override_reason=reason,
        override_by=by,
        renewal_of=request.renewal_of,
        operator=actor.username,
        created_at=clock.now(),
        **split_columns(preview.split),
    )
    session.add(enrollment)
    session.flush()
    covers = write_coverages(session, ctx, enrollment.uuid)
    if progress:
        progress(2, 3)
    receipts = write_payments(session, actor, enrollment.uuid, preview.split, request.details)
    journal_rows(session, "enrollments", [enrollment.uuid], JournalOp.INSERT)
    details: dict[str, Any] = {
        "number": enrollment.number,
        "unit": str(request.unit_uuid),
        "plans": request.plans,
        "members": len(ctx.members),
        "coverages": covers,
        "premium": preview.premium_total,
        "split": split_columns(preview.split),
        "receipts": [r.number for r in receipts],
        "method": request.method,
        "voucher": request.voucher,
        "paid_on": ctx.paid_on.isoformat(),
        "renewal_of": str(request.renewal_of) if request.renewal_of else None,
    }
    audit.record(
        session, actor.username, "enrollment.create", entity="enrollments",
        entity_id=enrollment.uuid, details=details,
    )  # fmt: skip
    if reason:
        audit.record(
            session, by or actor.username, "enrollment.override", entity="enrollments",
            entity_id=enrollment.uuid,
            details={"reason": reason, "rules": [r.code for r in overridden], "clerk": actor.username},
        )  # fmt: skip
    if progress:
        progress(3, 3)
    return result_of(enrollment, ctx, covers, receipts, preview.results)


def split_columns(split: PaymentSplit) -> dict[str, int]:
    """The enrollment columns that hold a split (pay_unit …)."""
    return dict(
        pay_unit=split.unit,
        pay_union=split.union,
        pay_individual=split.individual,
        pay_gift=split.gift,
    )


def result_of(
    enrollment: Enrollment,
    ctx: RuleContext,
    covers: int,
    receipts: list[Receipt],
    results: list[RuleResult],
) -> EnrollmentResult:
    return EnrollmentResult(
        uuid=enrollment.uuid,
        number=enrollment.number,
        unit_uuid=enrollment.unit_uuid,
        catalogue_version=enrollment.catalogue_version,
        start=ctx.request.start,
        end=enrollment.end_date,
        plans=dict(enrollment.plans),
        members=len(ctx.members),
        coverages=covers,
        premium_total=sum(r.amount for r in receipts),
        split=PaymentSplit(**{r.payer.value: r.amount for r in receipts}),
        receipts=receipts,
        results=results,
        override_reason=enrollment.override_reason,
        override_by=enrollment.override_by,
    )


def with_checked_details(request: EnrollmentRequest) -> EnrollmentRequest:
    """`request` with its payment details checked (method, voucher, paid date not after today)
    and the paid date filled in; RejectedInput before anything is read or written."""
    details = checked_details(request.details)
    return replace(request, method=details.method, voucher=details.voucher, paid_on=details.paid_on)


def write_payments(
    session: Session,
    actor: Actor,
    enrollment_uuid: uuid.UUID,
    split: PaymentSplit,
    details: PaymentDetails,
    *,
    kind: PaymentKind = PaymentKind.PAYMENT,
) -> list[Receipt]:
    """One payment row per payer with money, recording how it moved; a payment gets a premium
    receipt (收款收据) number."""
    office_code = self_office(session).code
    paid_on = details.day()
    receipts, ids = [], []
    for payer, amount in split.parts().items():
        if amount == 0:
            continue
        number = None
        if kind is PaymentKind.PAYMENT:
            number = next_number(session, prefix="SJ", office_code=office_code, year=paid_on.year)
        row = Payment(
            enrollment_uuid=enrollment_uuid,
            kind=kind,
            amount=amount,
            payer=payer,
            method=details.method,
            voucher=details.voucher,
            paid_on=paid_on,
            receipt_number=number,
            operator=actor.username,
        )
        session.add(row)
        session.flush()
        ids.append(row.uuid)
        receipts.append(Receipt(payer, PAYER_LABELS[payer], amount, number or ""))
    journal_rows(session, "payments", ids, JournalOp.INSERT)
    return receipts


def paid_split(enrollment: Enrollment) -> PaymentSplit:
    """What each payer has paid for `enrollment`, net of refunds to leavers: what a cancellation
    refunds (the 撤销参保 dialog shows it before the supervisor confirms)."""
    return PaymentSplit(
        enrollment.pay_unit, enrollment.pay_union, enrollment.pay_individual, enrollment.pay_gift
    )


def cancellation_refund(session: Session, *, number: str) -> PaymentSplit:
    """The refund per payer that cancelling `number` would make (reads only)."""
    return paid_split(get_enrollment(session, number))


@dataclass(frozen=True)
class CancelResult:
    number: str
    refunds: list[Receipt]
    coverages: int


def cancel_enrollment(
    session: Session,
    actor: Actor,
    *,
    number: str,
    reason: str,
    refund: PaymentDetails | None = None,
) -> CancelResult:
    """Cancel an enrollment before its start and refund every payer (supervisor; audited),
    the refund recorded as `refund` says (default: by transfer, today). After the start there is
    no exit and no refund (docs/domain.md §3 rule 7)."""
    require(actor, Action.CANCEL_ENROLLMENT)
    details = checked_details(refund or PaymentDetails())
    enrollment = get_enrollment(session, number)
    check_text(reason, field="reason", label=msg("撤销理由"), multiline=True)
    if not reason.strip():
        raise RejectedInput(msg("撤销参保须填写理由。"), field="reason")
    if enrollment.status is EnrollmentStatus.CANCELLED:
        raise RejectedInput(msg("参保单 {n} 已撤销过。", n=number))
    if clock.today() >= enrollment.start_date:
        raise RejectedInput(
            msg(
                "参保单 {n} 已于 {d} 生效，生效后不能退保，也不退还会费。",
                n=number,
                d=enrollment.start_date.isoformat(),
            )
        )
    enrollment.status = EnrollmentStatus.CANCELLED
    ids = list(
        session.scalars(select(Coverage.uuid).where(Coverage.enrollment_uuid == enrollment.uuid))
    )
    session.execute(
        update(Coverage)
        .where(Coverage.enrollment_uuid == enrollment.uuid)
        .values(status=CoverageStatus.CANCELLED, updated_at=clock.now())
    )
    journal_rows(session, "coverages", ids, JournalOp.UPDATE)
    journal_rows(session, "enrollments", [enrollment.uuid], JournalOp.UPDATE)
    split = paid_split(enrollment)
    refunds = write_payments(
        session, actor, enrollment.uuid, split, details, kind=PaymentKind.REFUND
    )
    audit.record(
        session, actor.username, "enrollment.cancel", entity="enrollments",
        entity_id=enrollment.uuid,
        details={"number": number, "reason": reason.strip(), "refund": plain_yuan(split.total),
                 "method": details.method, "voucher": details.voucher},
    )  # fmt: skip
    return CancelResult(number, refunds, len(ids))
