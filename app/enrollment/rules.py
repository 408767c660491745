"""The enrolment rules of docs/domain.md §3, one named object each.

Every rule looks at a `RuleContext` (facts gathered up front, no queries here) and returns a
`RuleResult` whose message tells the clerk what to change. All rules always run: a dry-run shows
every result at once. The numbers (ratios, ages, gaps) come from the catalogue, never from code.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.auth import Action
from app.enrollment.context import MemberFacts, RuleContext, unit_active
from app.enrollment.periods import ONE_DAY, months_remaining
from app.enrollment.quote import premium_total, split_of
from app.i18n import Message, msg
from app.ids import age_on
from app.money import plain_yuan
from app.texts import check_text
from models.enums import Gender, MemberStatus

SHOW_NAMES = 5


@dataclass(frozen=True)
class RuleResult:
    code: str
    title: str
    passed: bool
    message: Message
    needs_override: bool = False  # failed, but a supervisor may approve an exception
    overridden: bool = False


@dataclass(frozen=True)
class Rule:
    code: str
    title: str
    func: Callable[[RuleContext], tuple[bool, Message] | tuple[bool, Message, bool]]

    def check(self, context: RuleContext) -> RuleResult:
        passed, message, *rest = self.func(context)
        return RuleResult(self.code, self.title, passed, message, bool(rest and rest[0]))


def _names(
    people: list[MemberFacts], extra: Callable[[MemberFacts], Message] | None = None
) -> Message | str:
    """The first names, then how many in all; a message, so the shell translates its words."""
    first = people[:SHOW_NAMES]
    shown = [msg("{p}（{x}）", p=p.name, x=extra(p)) if extra else p.name for p in first]
    listed = functools.reduce(lambda a, b: msg("{a}、{b}", a=a, b=b), shown)
    if len(people) > SHOW_NAMES:
        return msg("{names} 等 {n} 人", names=listed, n=len(people))
    return listed


def _ok(message: Message | None = None) -> tuple[bool, Message]:
    return True, message or msg("符合")


def _listed(parts: list[Message]) -> Message:
    """The parts separated by "，", each still a message of its own."""
    return functools.reduce(lambda a, b: msg("{a}，{b}", a=a, b=b), parts)


def _in_turn(parts: list[Message]) -> Message:
    """The parts separated by "；", each still a message of its own (the shell translates them)."""
    return functools.reduce(lambda a, b: msg("{a}；{b}", a=a, b=b), parts)


# 1 ---------------------------------------------------------------------------------------------
def unit_based(ctx: RuleContext) -> tuple[bool, Message]:
    unit = ctx.unit
    if unit is None:
        return False, msg("找不到所选单位，请重新选择参保单位。")
    if not unit_active(unit):
        return False, msg("单位“{u}”已停用，不能参保；请先恢复该单位。", u=unit.name)
    if not ctx.request.member_uuids:
        return False, msg("参保名单为空，请至少选择一名职工。")
    problems = []
    if ctx.missing:
        problems.append(msg("名单中有 {n} 人在会员库中找不到，请先登记会员", n=len(ctx.missing)))
    if ctx.duplicates:
        dup = [ctx.members[u] for u in ctx.duplicates if u in ctx.members]
        problems.append(msg("名单中有重复人员：{p}，请删去重复的行", p=_names(dup)))
    others = [m for m in ctx.members.values() if m.unit_uuid != unit.uuid]
    if others:
        problems.append(
            msg("{p} 不属于单位“{u}”，请先办理调动或移出名单", p=_names(others), u=unit.name)
        )
    left = [m for m in ctx.members.values() if m.status is MemberStatus.LEFT]
    if left:
        problems.append(msg("{p} 已离职，请移出名单", p=_names(left)))
    if problems:
        return False, msg("{p}。", p=_in_turn(problems))
    return _ok(msg("名单 {n} 人均为单位“{u}”的在职职工。", n=len(ctx.members), u=unit.name))


# 2 ---------------------------------------------------------------------------------------------
def _percent(part: int, whole: int) -> str:
    value = Decimal(part * 100) / Decimal(whole)
    return str(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _exempt(ctx: RuleContext) -> tuple[bool, Message] | None:
    if ctx.request.is_gift:
        return _ok(msg("赠送项目免于参保率要求。"))
    if ctx.is_addition:
        return _ok(msg("增员加入已生效的参保单，不另计参保率。"))
    return None


def participation_ratio(ctx: RuleContext) -> tuple[bool, Message, bool]:
    exempt = _exempt(ctx)
    mains = [p for p in ctx.plans.values() if p.is_main]
    if exempt or not mains or ctx.unit is None:
        return (*(exempt or _ok(msg("本次未选主险，不计参保率。"))), False)
    head, enrolled = ctx.unit.headcount, len(ctx.assigned(mains[0]))
    rules = ctx.catalogue.rules
    if head < rules.small_unit_headcount:
        if enrolled >= head:
            return True, msg("单位在职职工 {h} 人，全员参保。", h=head), False
        return (
            False,
            msg(
                "单位在职职工 {h} 人（不足 {s} 人须全员参保），本次参保 {e} 人，"
                "请补充 {n} 人或由主管审批",
                h=head,
                s=rules.small_unit_headcount,
                e=enrolled,
                n=head - enrolled,
            ),
            True,
        )
    need = math.ceil(rules.participation_ratio * head)
    params = dict(
        h=head, e=enrolled, pct=_percent(enrolled, head), r=int(rules.participation_ratio * 100)
    )
    if enrolled >= need:
        return (
            True,
            msg("单位在职职工 {h} 人，本次参保 {e} 人（{pct}%），达到 {r}%。", **params),
            False,
        )
    return (
        False,
        msg(
            "单位在职职工 {h} 人，本次参保 {e} 人（{pct}%），主险参保率须达到 {r}%，"
            "请补充 {n} 人或由主管审批",
            n=need - enrolled,
            **params,
        ),
        True,
    )


def female_ratio(ctx: RuleContext) -> tuple[bool, Message, bool]:
    exempt = _exempt(ctx)
    limited = [p for p in ctx.plans.values() if p.gender is Gender.FEMALE]
    if exempt or not limited or ctx.unit is None:
        return (*(exempt or _ok(msg("本次未选女职工计划。"))), False)
    plan, women = limited[0], ctx.unit.female_headcount
    covered = len(ctx.assigned(plan)) + ctx.running_female
    ratio = ctx.catalogue.rules.female_ratio
    need = math.ceil(ratio * women)
    params = dict(
        w=women, c=plan.code, e=covered, pct=_percent(covered, women or 1), r=int(ratio * 100)
    )
    if covered >= need:
        return (
            True,
            msg("单位女职工 {w} 人，{c} 参保 {e} 人（{pct}%），达到 {r}%。", **params),
            False,
        )
    return (
        False,
        msg(
            "单位女职工 {w} 人，本次参保 {c} {e} 人（{pct}%），女职工参保率须达到 {r}%，"
            "请补充 {n} 人或由主管审批",
            n=need - covered,
            **params,
        ),
        True,
    )


# 3 ---------------------------------------------------------------------------------------------
def rider_needs_main(ctx: RuleContext) -> tuple[bool, Message]:
    unknown = [c for c in ctx.request.plans if c not in ctx.catalogue.plans]
    if unknown:
        return False, msg(
            "计划 {u} 不在目录 {v} 中；可选：{all}。",
            u="、".join(unknown),
            v=ctx.catalogue.version,
            all="、".join(ctx.catalogue.plans),
        )
    if not ctx.plans:
        return False, msg("请至少选择一个保障计划。")
    for plan in ctx.plans.values():
        lacking = [c for c in plan.requires if c not in ctx.plans]
        if lacking:
            return False, msg(
                "副险 {r} 须与主险 {m} 同时参保，单位不能单独参保副险；请加选 {m}。",
                r=plan.code,
                m="、".join(lacking),
            )
        if plan.is_main:
            continue
        main_members = {m.uuid for c in plan.requires for m in ctx.assigned(ctx.plans[c])}
        orphans = [m for m in ctx.assigned(plan) if m.uuid not in main_members]
        if orphans:
            return False, msg(
                "{p} 参保副险 {r} 却未参保主险，请为其同时参保主险。",
                p=_names(orphans),
                r=plan.code,
            )
    return _ok(msg("副险均随主险参保。"))


# 4 ---------------------------------------------------------------------------------------------
def same_shares(ctx: RuleContext) -> tuple[bool, Message]:
    for plan in ctx.plans.values():
        chosen = {ctx.request.plans[plan.code]}
        if ctx.request.member_shares:  # else every member has the request's shares
            chosen = {ctx.shares(m.uuid, plan) for m in ctx.assigned(plan)} or chosen
        if len(chosen) > 1:
            return False, msg(
                "同一单位同一次参保，计划 {c} 的份数须一致，名单中出现了 {s} 份；请统一份数。",
                c=plan.code,
                s="、".join(str(s) for s in sorted(chosen)),
            )
        shares = chosen.pop()
        if not 1 <= shares <= plan.max_shares:
            return False, msg(
                "计划 {c} 每人可参保 1–{m} 份，本次填写 {s} 份，请调整。",
                c=plan.code,
                m=plan.max_shares,
                s=shares,
            )
    return _ok(msg("各计划份数一致且不超过上限。"))


# 5 ---------------------------------------------------------------------------------------------
def age_sex(ctx: RuleContext) -> tuple[bool, Message]:
    start = ctx.request.start
    notes, problems = [], []
    for plan in ctx.plans.values():
        outside = [
            m
            for m in ctx.assigned(plan)
            if not plan.min_age <= age_on(m.birth_date, start) <= plan.max_age
        ]
        if outside:
            problems.append(
                msg(
                    "{p} 在生效日 {d} 不符合 {c} 的参保年龄 {lo}–{hi} 周岁，请移出名单",
                    p=_names(outside, lambda m: msg("{a}周岁", a=age_on(m.birth_date, start))),
                    d=start.isoformat(),
                    c=plan.code,
                    lo=plan.min_age,
                    hi=plan.max_age,
                )
            )
        if plan.gender is not None:
            eligible = len(ctx.assigned(plan))
            sex = msg("女") if plan.gender is Gender.FEMALE else msg("男")
            if eligible == 0 and plan.code not in ctx.request.plan_members:
                problems.append(msg("名单中没有{s}职工，不能参保 {c}", s=sex, c=plan.code))
            else:
                notes.append(
                    msg("{c} 仅限{s}职工，名单中 {n} 人参保此项", c=plan.code, s=sex, n=eligible)
                )
    if problems:
        return False, msg("{p}。", p=_in_turn(problems))
    checked = msg("年龄均符合。")
    for note in notes:
        checked = msg("{a}{n}。", a=checked, n=note)
    return _ok(checked)


# 6 ---------------------------------------------------------------------------------------------
def no_double_cover(ctx: RuleContext) -> tuple[bool, Message]:
    problems = []
    for plan in ctx.plans.values():
        held = [h for h in ctx.held if h.plan_code == plan.code]
        if not held:
            continue
        wanted = {m.uuid for m in ctx.assigned(plan)}
        end = ctx.end(plan)
        clashes = [
            h
            for h in held
            if h.member_uuid in wanted and h.start <= end and h.end >= ctx.request.start
        ]
        if clashes:
            first = clashes[0]
            people = list(
                {
                    ctx.members[h.member_uuid].uuid: ctx.members[h.member_uuid] for h in clashes
                }.values()
            )
            problems.append(
                msg(
                    "{p} 在 {s} 至 {e} 已参保 {c}（如 {n}），同一计划同一天只能参保一次，"
                    "请移出名单或改在原保障期满后生效",
                    p=_names(people),
                    s=first.start.isoformat(),
                    e=first.end.isoformat(),
                    c=plan.code,
                    n=first.enrollment_number,
                )
            )
    if problems:
        return False, msg("{p}。", p=_in_turn(problems))
    return _ok(msg("名单中无人重复参保。"))


# 7 ---------------------------------------------------------------------------------------------
POLICY_LABELS = {
    "day_after_payment": "缴费次日生效",
    "first_of_next_month": "次月1日生效",
    "fixed_date": "固定批次日生效",
}


def effective_date(ctx: RuleContext) -> tuple[bool, Message]:
    start, paid = ctx.request.start, ctx.paid_on
    label = msg(POLICY_LABELS[ctx.policy]) if ctx.policy in POLICY_LABELS else ctx.policy
    if ctx.is_addition:
        return _ok(msg("增员自 {d} 起生效，随原参保单期满。", d=start.isoformat()))
    if ctx.continuity_start is not None and start == ctx.continuity_start:
        return _ok(msg("续保紧接上期，自 {d} 起生效。", d=start.isoformat()))
    if ctx.policy == "fixed_date":
        if ctx.fixed_start is None or start != ctx.fixed_start:
            fixed = ctx.fixed_start.isoformat() if ctx.fixed_start else msg("（未设置）")
            return False, msg(
                "本处生效日规则为“{l}”，生效日应为 {f}，请调整生效日期。", l=label, f=fixed
            )
    elif start <= paid:
        return False, msg(
            "本处生效日规则为“{l}”，缴费日 {p} 的参保最早于 {d} 生效，请调整生效日期。",
            l=label,
            p=paid.isoformat(),
            d=(paid + ONE_DAY).isoformat(),
        )
    elif ctx.policy == "first_of_next_month" and start.day != 1:
        return False, msg("本处生效日规则为“{l}”，生效日须为某月1日，请调整生效日期。", l=label)
    ends = _listed([msg("{c} 至 {e}", c=c, e=e.isoformat()) for c, e in ctx.ends.items()])
    return _ok(msg("自 {d} 起生效（{l}）；{ends}。", d=start.isoformat(), l=label, ends=ends))


# 8 ---------------------------------------------------------------------------------------------
def waiting_period(ctx: RuleContext) -> tuple[bool, Message]:
    parts = []
    for plan in ctx.plans.values():
        people = ctx.assigned(plan)
        renewing = sum((m.uuid, plan.code) in ctx.renewing for m in people) if ctx.renewing else 0
        if plan.waiting_days == 0:
            parts.append(msg("{c} 无观察期", c=plan.code))
            continue
        until = ctx.request.start + dt.timedelta(days=plan.waiting_days)
        parts.append(
            msg(
                "{c} 新参保 {n} 人观察期至 {d}，续保 {r} 人免观察期",
                c=plan.code,
                n=len(people) - renewing,
                d=until.isoformat(),
                r=renewing,
            )
        )
    return _ok(msg("{p}。", p=_in_turn(parts)))


# 9 ---------------------------------------------------------------------------------------------
def additions(ctx: RuleContext) -> tuple[bool, Message]:
    if ctx.addition_window is None:
        return _ok(msg("不适用（新参保单）。"))
    first, last = ctx.addition_window
    if not first <= ctx.request.start <= last:
        return False, msg(
            "增员生效日 {d} 须在原参保单保障期 {a} 至 {b} 之内。",
            d=ctx.request.start.isoformat(),
            a=first.isoformat(),
            b=last.isoformat(),
        )
    parts = [
        msg(
            "{c} {m}/{t} 个月",
            c=p.code,
            m=months_remaining(ctx.request.start, ctx.end(p)),
            t=p.term_months,
        )
        for p in ctx.plans.values()
    ]
    return _ok(msg("增员按剩余月数计收会费：{p}。", p=_listed(parts)))


# 10 --------------------------------------------------------------------------------------------
def payment_split(ctx: RuleContext) -> tuple[bool, Message]:
    total = premium_total(ctx)
    split = split_of(ctx, total)
    if any(amount < 0 for amount in split.parts().values()):
        return False, msg("缴费分摊的各项金额不能为负数。")
    if split.total != total:
        return False, msg(
            "缴费分摊合计 {p} 元，应缴会费 {d} 元，相差 {x} 元；各项相加须等于应缴会费。",
            p=plain_yuan(split.total),
            d=plain_yuan(total),
            x=plain_yuan(abs(total - split.total)),
        )
    if ctx.request.is_gift and split.gift != total:
        return False, msg(
            "赠送项目的会费 {d} 元应全部由“赠送”承担，请调整缴费分摊。", d=plain_yuan(total)
        )
    return _ok(msg("应缴会费 {d} 元，缴费分摊相符。", d=plain_yuan(total)))


# The rules in the order they are checked; their titles are clerk-facing (a *_LABELS table is
# extracted for translation).
RULE_LABELS = {
    "unit_based": "以单位为参保对象",
    "participation_ratio": "主险参保率",
    "female_ratio": "女职工参保率",
    "rider_needs_main": "主险带副险",
    "same_shares": "同一单位份数一致",
    "age_sex": "年龄与性别",
    "no_double_cover": "不得重复参保",
    "effective_date": "生效日期",
    "waiting_period": "观察期",
    "additions": "增员",
    "payment_split": "缴费分摊",
}
RULES: tuple[Rule, ...] = tuple(
    Rule(code, RULE_LABELS[code], check)
    for code, check in (
        ("unit_based", unit_based),
        ("participation_ratio", participation_ratio),
        ("female_ratio", female_ratio),
        ("rider_needs_main", rider_needs_main),
        ("same_shares", same_shares),
        ("age_sex", age_sex),
        ("no_double_cover", no_double_cover),
        ("effective_date", effective_date),
        ("waiting_period", waiting_period),
        ("additions", additions),
        ("payment_split", payment_split),
    )
)


def run_rules(ctx: RuleContext) -> list[RuleResult]:
    """Every rule's result, overridable failures approved when a supervisor gave a reason."""
    results = [rule.check(ctx) for rule in RULES]
    return [_apply_override(ctx, r) for r in results]


def _apply_override(ctx: RuleContext, result: RuleResult) -> RuleResult:
    reason = (ctx.request.override_reason or "").strip()
    check_text(reason, field="override_reason", label=msg("例外理由"), multiline=True)
    by = ctx.request.override_by
    if result.passed or not result.needs_override or not reason:
        return result
    if by is None or not by.can(Action.OVERRIDE_RULES):
        who = by.username if by else msg("（未登录主管）")
        text = msg("{m}；例外须由主管审批，{who} 无此权限。", m=result.message, who=who)
        return RuleResult(result.code, result.title, False, text, needs_override=True)
    text = msg(
        "{m}；已由主管 {s} 审批例外，理由：{r}", m=result.message, s=by.display_name, r=reason
    )
    return RuleResult(result.code, result.title, True, text, overridden=True)
