"""The premium of a request: per coverage (pro rata for additions, rule 9) and in total, and the
split used when the clerk gave none (rule 10)."""

from __future__ import annotations

from app.enrollment.context import RuleContext
from app.enrollment.periods import months_remaining
from app.enrollment.premiums import PaymentSplit, pro_rata


def premium_for(ctx: RuleContext, plan_code: str, shares: int) -> int:
    plan = ctx.catalogue.plans[plan_code]
    full = plan.premium_per_share * shares
    if not ctx.is_addition:
        return full
    return pro_rata(full, months_remaining(ctx.request.start, ctx.end(plan)), plan.term_months)


def premium_total(ctx: RuleContext) -> int:
    total = 0
    for plan in ctx.plans.values():
        people = ctx.assigned(plan)
        if ctx.request.member_shares:
            total += sum(premium_for(ctx, plan.code, ctx.shares(m.uuid, plan)) for m in people)
        else:
            total += len(people) * premium_for(ctx, plan.code, ctx.request.plans[plan.code])
    return total


def split_of(ctx: RuleContext, total: int) -> PaymentSplit:
    """The request's split, else the whole premium by the unit (by the gift for a gift)."""
    if ctx.request.payment is not None:
        return ctx.request.payment
    return PaymentSplit(gift=total) if ctx.request.is_gift else PaymentSplit(unit=total)
