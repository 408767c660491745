"""增员: new hires join an open enrollment (docs/domain.md §3 rule 9).

They take the enrollment's plans and shares, their cover ends with the enrollment's, and each
pays premium × remaining whole months / term months (a part month counts whole; fen rounded
half up). `preview_addition` shows all of it and writes nothing; `add_to_enrollment` runs the
same rules again and writes the coverages, one payment per payer with its receipt number and
how the money moved. The window's 增员 dialog and `huzhu enrollment add-members` call these.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, clock
from app.auth import Action, Actor, require
from app.bulk import journal_rows
from app.catalogue import catalogue_version
from app.enrollment.context import (
    EnrollmentRequest,
    RuleContext,
    build_context,
    chunks,
    get_enrollment,
)
from app.enrollment.coverages import write_coverages
from app.enrollment.payments import DEFAULT_METHOD, PaymentDetails
from app.enrollment.periods import ONE_DAY, months_remaining
from app.enrollment.premiums import PaymentSplit
from app.enrollment.quote import premium_for
from app.enrollment.service import (
    EnrollmentPreview,
    EnrollmentRejected,
    EnrollmentResult,
    result_of,
    rule_preview,
    split_columns,
    with_checked_details,
    write_payments,
)
from app.errors import RejectedInput, ValidationFailed
from app.i18n import msg
from app.ids import normalise
from models import Enrollment, Member
from models.enums import EnrollmentStatus, JournalOp


@dataclass(frozen=True)
class PlanProration:
    """One plan of an addition: the full premium per member, the months paid for, the result."""

    code: str
    shares: int
    full_premium: int  # fen per member for the whole term
    months: int  # remaining whole months, a part month counted
    term_months: int
    premium: int  # fen per member, pro rata
    members: int
    end: dt.date


@dataclass(frozen=True)
class AdditionPreview:
    number: str
    start: dt.date
    plans: list[PlanProration]
    check: EnrollmentPreview

    @property
    def premium_total(self) -> int:
        return self.check.premium_total


def _open(session: Session, number: str) -> Enrollment:
    enrollment = get_enrollment(session, number)
    if enrollment.status is not EnrollmentStatus.CONFIRMED:
        raise RejectedInput(msg("参保单 {n} 已撤销，不能增员。", n=number))
    return enrollment


def _context(
    session: Session,
    number: str,
    member_uuids: Iterable[uuid.UUID],
    start: dt.date,
    payment: PaymentSplit | None,
    details: PaymentDetails,
) -> tuple[Enrollment, RuleContext]:
    """The open enrollment and the facts for adding `member_uuids` to it from `start` (payment
    details checked first)."""
    enrollment = _open(session, number)
    request = with_checked_details(
        EnrollmentRequest(
            unit_uuid=enrollment.unit_uuid,
            plans=dict(enrollment.plans),
            member_uuids=tuple(member_uuids),
            start=start,
            payment=payment,
            paid_on=details.paid_on,
            method=details.method,
            voucher=details.voucher,
            is_gift=enrollment.is_gift,
        )
    )
    cat = catalogue_version(session, enrollment.catalogue_version)
    return enrollment, build_context(session, request, catalogue=cat, addition_to=enrollment)


def preview_addition(
    session: Session,
    *,
    number: str,
    member_uuids: Iterable[uuid.UUID],
    start: dt.date,
    payment: PaymentSplit | None = None,
    paid_on: dt.date | None = None,
    method: str = DEFAULT_METHOD,
    voucher: str = "",
) -> AdditionPreview:
    """Every rule result and the pro-rata premium per plan, without writing. RejectedInput for
    a cancelled enrollment or bad payment details."""
    details = PaymentDetails(method, voucher, paid_on)
    enrollment, ctx = _context(session, number, member_uuids, start, payment, details)
    plans = []
    for code, plan in ctx.plans.items():
        shares = ctx.request.plans[code]
        plans.append(
            PlanProration(
                code=code,
                shares=shares,
                full_premium=plan.premium_per_share * shares,
                months=months_remaining(start, ctx.end(plan)),
                term_months=plan.term_months,
                premium=premium_for(ctx, code, shares),
                members=len(ctx.assigned(plan)),
                end=ctx.end(plan),
            )
        )
    return AdditionPreview(enrollment.number, start, plans, rule_preview(ctx))


def add_to_enrollment(
    session: Session,
    actor: Actor,
    *,
    number: str,
    member_uuids: Iterable[uuid.UUID],
    start: dt.date,
    payment: PaymentSplit | None = None,
    paid_on: dt.date | None = None,
    method: str = DEFAULT_METHOD,
    voucher: str = "",
) -> EnrollmentResult:
    """New hires join an open enrollment: same plans and shares, cover until its end, premium
    × remaining whole months / term months, paid as `payment` splits it (default: the unit).
    Raises EnrollmentRejected when a rule fails, RejectedInput for bad payment details."""
    require(actor, Action.ENROLL)
    details = PaymentDetails(method, voucher, paid_on)
    enrollment, ctx = _context(session, number, member_uuids, start, payment, details)
    request = ctx.request
    preview = rule_preview(ctx)
    if not preview.ok:
        raise EnrollmentRejected(preview.results)
    covers = write_coverages(session, ctx, enrollment.uuid)
    receipts = write_payments(session, actor, enrollment.uuid, preview.split, request.details)
    enrollment.premium_total += preview.premium_total
    for column, amount in split_columns(preview.split).items():
        setattr(enrollment, column, getattr(enrollment, column) + amount)
    journal_rows(session, "enrollments", [enrollment.uuid], JournalOp.UPDATE)
    audit.record(
        session, actor.username, "enrollment.add_members", entity="enrollments",
        entity_id=enrollment.uuid,
        details={"number": number, "members": len(ctx.members), "coverages": covers,
                 "premium": preview.premium_total, "start": start.isoformat(),
                 "receipts": [r.number for r in receipts], "method": request.method,
                 "voucher": request.voucher},
    )  # fmt: skip
    return result_of(enrollment, ctx, covers, receipts, preview.results)


def addition_start(session: Session, *, number: str, paid_on: dt.date | None = None) -> dt.date:
    """The usual start of an addition: the day after the payment, not before the enrollment's
    own start (what the 增员 dialog proposes and the CLI uses without --start)."""
    enrollment = _open(session, number)
    return max(enrollment.start_date, (paid_on or clock.today()) + ONE_DAY)


def members_by_id_numbers(
    session: Session, unit_uuid: uuid.UUID, numbers: list[tuple[int, str]]
) -> list[uuid.UUID]:
    """The unit's registered members for (row, ID number) pairs, in order. ValidationFailed
    naming every row whose number is not a registered member of this unit, and how to fix it."""
    wanted = [(row, normalise(text)) for row, text in numbers if text and str(text).strip()]
    found: dict[str, tuple[uuid.UUID, uuid.UUID]] = {}
    for part in chunks([n for _row, n in wanted]):  # type: ignore[arg-type]
        query = select(Member.id_number, Member.uuid, Member.unit_uuid).where(
            Member.id_number.in_(part)
        )
        found.update({n: (u, unit) for n, u, unit in session.execute(query)})
    problems: list[RejectedInput] = []
    for row, n in wanted:
        if n not in found:
            text = msg(
                "第 {row} 行：证件号码 {n} 尚未登记为会员，请先在“会员”页登记后再增员。",
                row=row,
                n=n,
            )
            problems.append(RejectedInput(text, field="id_number", row=row))
        elif found[n][1] != unit_uuid:
            text = msg("第 {row} 行：证件号码 {n} 的会员不属于本单位，请先办理调动。", row=row, n=n)
            problems.append(RejectedInput(text, field="id_number", row=row))
    if problems:
        raise ValidationFailed(msg("增员名单中有 {k} 行不能办理。", k=len(problems)), problems)
    if not wanted:
        raise RejectedInput(msg("增员名单是空的：请至少填写一人的证件号码。"), field="members")
    return [found[n][0] for _row, n in wanted]
