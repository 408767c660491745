"""`enroll`, `renew`, `enrollment show|list|cancel|add-members|leave`, `plan list`.

A rejected enrollment exits 1 printing every failed rule's message; `--dry-run` prints every
rule's result and writes nothing (for `renew`, the whole renewal preview the window shows).
Amounts on the command line are yuan; output shows yuan. Every command that takes money records
how it moved: `--payment-method`, `--voucher`, `--paid-on` (not later than today).
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.catalogue import list_plans
from app.cli.common import EXIT_REJECTED, Context, day, integer, person_text
from app.enrollment import (
    EnrollmentRequest,
    RuleResult,
    add_to_enrollment,
    cancel_enrollment,
    enrol,
    leave_enrollment,
    list_enrollments,
    preview_enrollment,
    renew,
    show_enrollment,
)
from app.enrollment.additions import addition_start, members_by_id_numbers, preview_addition
from app.enrollment.context import MemberFacts, chunks, get_enrollment
from app.enrollment.payments import DEFAULT_METHOD, PAYMENT_METHODS, PaymentDetails
from app.enrollment.premiums import PAYER_LABELS, parse_payer_spec
from app.enrollment.renewal import RenewalPreview, preview_renewal
from app.enrollment.service import EnrollmentPreview, EnrollmentRejected, EnrollmentResult
from app.errors import RejectedInput, ValidationFailed
from app.i18n import msg
from app.ids import normalise
from app.money import capitals, plain_yuan
from app.privacy import mask_id
from app.units import find_unit
from models import Member
from models.enums import MemberStatus


def _plans(text: str) -> dict[str, int]:
    plans: dict[str, int] = {}
    for item in filter(None, (s.strip() for s in text.split(","))):
        code, _, shares = item.partition(":")
        if not shares.isdigit():
            raise argparse.ArgumentTypeError(f"计划“{item}”应写成 代码:份数，如 ZY:1")
        plans[code.strip().upper()] = int(shares)
    return plans


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    p = commands.add_parser("enroll", parents=[shared], help="单位参保（按名单或全员）")
    p.add_argument("--unit", required=True, help="单位统一社会信用代码")
    p.add_argument("--plans", required=True, type=_plans, help="如 ZY:1,ZJ:2")
    p.add_argument("--start", required=True, type=day("--start"), help="生效日 YYYY-MM-DD")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--members", type=Path, help="名单文件：每行一个证件号码")
    who.add_argument("--all-members", action="store_true", help="单位全部在职会员")
    _payment_options(p)
    p.add_argument("--gift", action="store_true", help="赠送项目（免参保率，全部由赠送承担）")
    p.add_argument("--dry-run", action="store_true", help="只检查规则，不保存")
    p.add_argument("--override-reason", help="主管审批例外的理由（--user 须为主管）")
    p.set_defaults(handler=cmd_enroll)

    p = commands.add_parser("renew", parents=[shared], help="续保（按上期名单，免观察期）")
    p.add_argument("number", help="到期参保单编号 BD-…")
    p.add_argument("--start", type=day("--start"), help="生效日（默认上期期满次日）")
    _payment_options(p, paid_help="缴费日（默认新期生效前一日与今天中较早者）")
    p.add_argument("--dry-run", action="store_true", help="只显示续保预览，不保存")
    p.set_defaults(handler=cmd_renew)

    group = commands.add_parser("enrollment", parents=[shared], help="参保单").add_subparsers(
        dest="enrollment_command", required=True
    )
    p = group.add_parser("show", parents=[shared], help="参保单详情")
    p.add_argument("number")
    p.set_defaults(handler=cmd_show)
    p = group.add_parser("list", parents=[shared], help="参保单列表")
    p.add_argument(
        "--expiring",
        type=integer("--expiring", 0, 3660),
        metavar="DAYS",
        help="只列出 DAYS 天内到期未续保的",
    )
    p.add_argument("--unit", help="单位统一社会信用代码")
    p.set_defaults(handler=cmd_list)
    p = group.add_parser("cancel", parents=[shared], help="生效前撤销并退费（主管）")
    p.add_argument("number")
    p.add_argument("--reason", type=person_text("--reason", multiline=True), required=True)
    _refund_options(p)
    p.set_defaults(handler=cmd_cancel)
    p = group.add_parser("add-members", parents=[shared], help="增员：新职工加入有效参保单")
    p.add_argument("number", help="参保单编号 BD-…")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--members", type=Path, help="名单文件：每行一个证件号码")
    who.add_argument("--id", nargs="+", metavar="ID", help="会员证件号码（可多个）")
    p.add_argument(
        "--start", type=day("--start"), help="生效日（默认缴费次日，不早于参保单生效日）"
    )
    _payment_options(p)
    p.add_argument("--dry-run", action="store_true", help="只显示按月折算的会费，不保存")
    p.set_defaults(handler=cmd_add_members)
    p = group.add_parser("leave", parents=[shared], help="减员：生效前退费，生效后不退费")
    p.add_argument("number", help="参保单编号 BD-…")
    p.add_argument("--id", nargs="+", required=True, metavar="ID", help="会员证件号码（可多个）")
    p.add_argument("--date", required=True, type=day("--date"), help="离开日期 YYYY-MM-DD")
    p.add_argument(
        "--reason",
        type=person_text("--reason", multiline=True),
        required=True,
        help="减员原因，如 离职",
    )
    _refund_options(p)
    p.set_defaults(handler=cmd_leave)

    plan = commands.add_parser("plan", parents=[shared], help="保障计划").add_subparsers(
        dest="plan_command", required=True
    )
    p = plan.add_parser("list", parents=[shared], help="现行保障计划目录")
    p.add_argument("--date", type=day("--date"), help="查看某日适用的目录")
    p.set_defaults(handler=cmd_plan_list)


def _payment_options(p: argparse.ArgumentParser, *, paid_help: str = "缴费日（默认今天）") -> None:
    p.add_argument(
        "--payer",
        type=parse_payer_spec,
        default=None,
        help="unit=..,union=..,individual=..,gift=..（元）",
    )
    p.add_argument("--payment-method", "--method", default=DEFAULT_METHOD, help=METHOD_HELP)
    p.add_argument(
        "--voucher", type=person_text("--voucher"), default="", help="凭证号或转账流水号"
    )
    p.add_argument("--paid-on", type=day("--paid-on"), help=paid_help + "；不能晚于今天")


def _refund_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--payment-method", "--method", default=DEFAULT_METHOD, help="退费方式：" + METHOD_HELP
    )
    p.add_argument(
        "--voucher", type=person_text("--voucher"), default="", help="退费凭证号或转账流水号"
    )


def _details(args: argparse.Namespace) -> PaymentDetails:
    return PaymentDetails(args.payment_method, args.voucher, getattr(args, "paid_on", None))


def _member_ids(session: Session, path: Path) -> list[uuid.UUID]:
    lines = [normalise(x) for x in path.read_text(encoding="utf-8-sig").splitlines()]
    numbers = [n for n in lines if n]
    found: dict[str, uuid.UUID] = {}
    for part in chunks(numbers):  # type: ignore[arg-type]
        query = select(Member.id_number, Member.uuid).where(Member.id_number.in_(part))
        found.update({n: u for n, u in session.execute(query)})
    unknown = [
        RejectedInput(msg("第 {row} 行：没有证件号码为 {n} 的会员，请先登记。", row=i, n=n), row=i)
        for i, n in enumerate(lines, start=1)
        if n and n not in found
    ]
    if unknown:
        raise ValidationFailed(msg("名单中有 {k} 人未登记为会员。", k=len(unknown)), unknown)
    return [found[n] for n in numbers]


def _request(session: Session, args: argparse.Namespace, actor: Any) -> EnrollmentRequest:
    unit = find_unit(session, args.unit)
    if args.all_members:
        members = list(
            session.scalars(
                select(Member.uuid).where(
                    Member.unit_uuid == unit.uuid, Member.status == MemberStatus.ACTIVE
                )
            )
        )
    else:
        members = _member_ids(session, args.members)
    return EnrollmentRequest(
        unit_uuid=unit.uuid,
        plans=args.plans,
        member_uuids=tuple(members),
        start=args.start,
        payment=args.payer,
        paid_on=args.paid_on,
        method=args.payment_method,
        voucher=args.voucher,
        is_gift=args.gift,
        override_reason=args.override_reason,
        override_by=actor if args.override_reason else None,
    )


METHOD_HELP = "收款方式：" + "、".join(f"{w}（{c}）" for c, w in PAYMENT_METHODS.items())


def _rule_lines(results: list[RuleResult]) -> list[str]:
    return [f"{'✓' if r.passed else '✗'} {r.title}：{r.message}" for r in results]


def _rule_data(results: list[RuleResult]) -> list[dict[str, Any]]:
    return [
        {
            "code": r.code,
            "title": r.title,
            "passed": r.passed,
            "message": str(r.message),
            "needs_override": r.needs_override,
            "overridden": r.overridden,
        }
        for r in results
    ]


def _emit_preview(ctx: Context, preview: EnrollmentPreview) -> int:
    split = {p.value: a for p, a in preview.split.parts().items()}
    ctx.emit(
        {
            "ok": preview.ok,
            "dry_run": True,
            "premium_total": preview.premium_total,
            "split": split,
            "members_by_plan": preview.members_by_plan,
            "catalogue_version": preview.catalogue_version,
            "rules": _rule_data(preview.results),
        },
        [
            *_rule_lines(preview.results),
            f"应缴会费 {plain_yuan(preview.premium_total)} 元（目录 {preview.catalogue_version}）",
            "检查通过（未保存）。" if preview.ok else "检查未通过（未保存）。",
        ],
    )
    return 0 if preview.ok else EXIT_REJECTED


def _emit_result(ctx: Context, result: EnrollmentResult) -> int:
    data = {
        "ok": True,
        "number": result.number,
        "catalogue_version": result.catalogue_version,
        "start": result.start,
        "end": result.end,
        "plans": result.plans,
        "members": result.members,
        "coverages": result.coverages,
        "premium_total": result.premium_total,
        "receipts": [
            {"payer": r.payer.value, "amount": r.amount, "number": r.number}
            for r in result.receipts
        ],
        "split": {p.value: a for p, a in result.split.parts().items()},
        "override_reason": result.override_reason,
        "override_by": result.override_by,
    }
    ctx.emit(
        data,
        [
            f"已参保 {result.number}：{result.members} 人，{result.coverages} 条保障记录，"
            f"{result.start} 至 {result.end}",
            f"应缴会费 {plain_yuan(result.premium_total)} 元",
            *(
                f"  收款收据 {r.number}：{r.payer_label} {plain_yuan(r.amount)} 元"
                for r in result.receipts
            ),
        ],
    )
    return 0


def _rejected(ctx: Context, exc: EnrollmentRejected) -> None:
    if not ctx.as_json:
        print("\n".join(_rule_lines(exc.results)))
    raise exc


def cmd_enroll(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        request = _request(session, args, actor)
        if args.dry_run:
            return _emit_preview(ctx, preview_enrollment(session, request=request))
        try:
            result = enrol(session, actor, request=request)
        except EnrollmentRejected as exc:
            _rejected(ctx, exc)
    return _emit_result(ctx, result)


def _renewal_data(preview: RenewalPreview) -> dict[str, Any]:
    roster, request = preview.roster, preview.request

    def people(members: list[MemberFacts]) -> list[dict[str, str]]:
        return [{"name": m.name, "id_number": mask_id(m.id_number)} for m in members]

    return {
        "ok": preview.ok,
        "dry_run": True,
        "previous": roster.previous_number,
        "start": roster.start,
        "end": preview.end,
        "plans": roster.plans,
        "members": len(request.member_uuids),
        "continuing": len(roster.continuing),
        "new_hires": people(roster.new_hires),
        "leavers": people(roster.leavers),
        "aged_out": people(roster.aged_out),
        "members_by_plan": preview.check.members_by_plan,
        "premium_total": preview.premium_total,
        "split": {p.value: a for p, a in preview.split.parts().items()},
        "payment_method": request.method,
        "voucher": request.voucher,
        "paid_on": request.paid_on,
        "rules": _rule_data(preview.check.results),
    }


def renewal_lines(preview: RenewalPreview) -> list[str]:
    """The renewal preview as text (the same facts the window's preview shows)."""
    roster, request = preview.roster, preview.request

    def names(members: list[MemberFacts]) -> str:
        return "、".join(m.name for m in members) or "无"

    split = "，".join(
        f"{PAYER_LABELS[p]} {plain_yuan(a)} 元" for p, a in preview.split.parts().items() if a
    )
    return [
        f"续保 {roster.previous_number}：新保障期 {roster.start} 至 {preview.end}",
        "计划：" + "，".join(f"{c} {s} 份" for c, s in roster.plans.items()),
        f"续保 {len(request.member_uuids)} 人：上期续保 {len(roster.continuing)} 人，"
        f"新增在职 {len(roster.new_hires)} 人（{names(roster.new_hires)}）",
        f"不再续保：离职或调出 {len(roster.leavers)} 人（{names(roster.leavers)}）；"
        f"超龄 {len(roster.aged_out)} 人（{names(roster.aged_out)}）",
        f"应缴会费 {plain_yuan(preview.premium_total)} 元（{capitals(preview.premium_total)}）",
        f"缴费分摊：{split or '无'}",
        f"收款方式 {request.method}，凭证号 {request.voucher or '（无）'}，缴费日 {request.paid_on}",
        *_rule_lines(preview.check.results),
        "预览通过（未保存）。" if preview.ok else "预览未通过规则检查（未保存）。",
    ]


def cmd_renew(ctx: Context, args: argparse.Namespace) -> int:
    payment = args.payer
    if args.dry_run:
        with ctx.db().reader() as session:
            preview = preview_renewal(
                session, number=args.number, start=args.start, payment=payment,
                details=_details(args),
            )  # fmt: skip
        ctx.emit(_renewal_data(preview), renewal_lines(preview))
        return 0 if preview.ok else EXIT_REJECTED
    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        try:
            result = renew(
                session, actor, number=args.number, start=args.start, payment=payment,
                details=_details(args),
            )  # fmt: skip
        except EnrollmentRejected as exc:
            _rejected(ctx, exc)
    return _emit_result(ctx, result)


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db().reader() as session:
        detail = show_enrollment(session, args.number)
    s = detail.summary
    lines = [
        f"{s.number}  {s.unit_name}（{s.unit_uscc}）  {s.status.value}",
        f"保障期 {s.start} 至 {s.end}，目录 {s.catalogue_version}，{s.members} 人",
        *(
            f"  {code} {s.plans.get(code, '')} 份：{n} 人，{plain_yuan(detail.premium_by_plan[code])} 元"
            for code, n in detail.members_by_plan.items()
        ),
        f"应缴会费 {plain_yuan(s.premium_total)} 元" + ("（赠送）" if s.is_gift else ""),
        *(
            f"  {'收款' if p.kind.value == 'payment' else '退费'} {p.payer_label} "
            f"{plain_yuan(p.amount)} 元 {p.paid_on} {p.method or '（未记录方式）'}"
            + (f" 凭证号 {p.voucher}" if p.voucher else "")
            + (f" 收据 {p.receipt_number}" if p.receipt_number else "")
            for p in detail.payments
        ),
    ]
    if s.override_reason:
        lines.append(f"主管 {s.override_by} 审批例外：{s.override_reason}")
    if detail.renewal_of:
        lines.append(f"续保自 {detail.renewal_of}")
    ctx.emit(detail, lines)
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db().reader() as session:
        unit = find_unit(session, args.unit).uuid if args.unit else None
        rows = list_enrollments(session, unit_uuid=unit, expiring_within=args.expiring)
    ctx.emit(
        {"today": clock.today(), "enrollments": rows},
        [
            f"{r.number}  {r.unit_name}  {r.start}–{r.end}  {r.members} 人  "
            f"{plain_yuan(r.premium_total)} 元"
            + (f"  剩 {r.days_left} 天" if args.expiring else "")
            for r in rows
        ]
        or ["（无）"],
    )
    return 0


def cmd_cancel(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    refund = PaymentDetails(args.payment_method, args.voucher)
    with ctx.db().unit_of_work() as session:
        result = cancel_enrollment(
            session, actor, number=args.number, reason=args.reason, refund=refund
        )
    total = sum(r.amount for r in result.refunds)
    ctx.emit(
        result,
        [f"已撤销 {result.number}，退费 {plain_yuan(total)} 元（{capitals(total)}）："]
        + [f"  {r.payer_label} {plain_yuan(r.amount)} 元" for r in result.refunds],
    )
    return 0


def _ids(session: Session, unit: uuid.UUID, args: argparse.Namespace) -> list[uuid.UUID]:
    if getattr(args, "members", None) is not None:
        lines = args.members.read_text(encoding="utf-8-sig").splitlines()
        pairs = list(enumerate(lines, start=1))
    else:
        pairs = [(i, n) for i, n in enumerate(args.id, start=1)]
    return members_by_id_numbers(session, unit, pairs)


def cmd_add_members(ctx: Context, args: argparse.Namespace) -> int:
    payment = args.payer
    with ctx.db().reader() as session:
        enrollment = get_enrollment(session, args.number)
        members = _ids(session, enrollment.unit_uuid, args)
        start = args.start or addition_start(session, number=args.number, paid_on=args.paid_on)
        preview = preview_addition(
            session, number=args.number, member_uuids=members, start=start, payment=payment,
            paid_on=args.paid_on, method=args.payment_method, voucher=args.voucher,
        )  # fmt: skip
    if args.dry_run or not preview.check.ok:
        lines = [
            f"{p.code} {p.shares} 份：{plain_yuan(p.full_premium)} 元 × {p.months}/{p.term_months} 个月"
            f" = {plain_yuan(p.premium)} 元/人，{p.members} 人，保障至 {p.end}"
            for p in preview.plans
        ]
        data = {"ok": preview.check.ok, "dry_run": True, "start": start,
                "premium_total": preview.premium_total, "plans": preview.plans,
                "rules": _rule_data(preview.check.results)}  # fmt: skip
        if preview.check.ok:
            ctx.emit(data, [*lines, *_rule_lines(preview.check.results), "检查通过（未保存）。"])
            return 0
        _rejected(ctx, EnrollmentRejected(preview.check.results))
    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        try:
            result = add_to_enrollment(
                session, actor, number=args.number, member_uuids=members, start=start,
                payment=payment, paid_on=args.paid_on, method=args.payment_method,
                voucher=args.voucher,
            )  # fmt: skip
        except EnrollmentRejected as exc:
            _rejected(ctx, exc)
    return _emit_result(ctx, result)


def cmd_leave(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    refund = PaymentDetails(args.payment_method, args.voucher)
    with ctx.db().unit_of_work() as session:
        enrollment = get_enrollment(session, args.number)
        members = _ids(session, enrollment.unit_uuid, args)
        result = leave_enrollment(
            session, actor, number=args.number, member_uuids=members, on=args.date,
            reason=args.reason, refund=refund,
        )  # fmt: skip
    lines = [
        f"{x.name}：退费 {plain_yuan(x.refunded)} 元" if x.cover_runs_to is None
        else f"{x.name}：已生效，不退费，保障至 {x.cover_runs_to}"
        for x in result.leavers
    ]  # fmt: skip
    total = result.refund_total
    ctx.emit(
        {"ok": True, "number": result.number, "leavers": result.leavers,
         "refund_total": total, "refunds": result.refunds},
        [f"已为 {result.number} 减员 {len(result.leavers)} 人，退费 {plain_yuan(total)} 元"
         f"（{capitals(total)}）", *lines],
    )  # fmt: skip
    return 0


def cmd_plan_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db().reader() as session:
        spec = list_plans(session, day=args.date)
    plans = list(spec.plans.values())
    ctx.emit(
        {"version": spec.version, "name": spec.name, "plans": plans},
        [f"{spec.name}（{spec.version}）"]
        + [
            f"  {p.code} {p.name}  {'主险' if p.is_main else '副险'}  {plain_yuan(p.premium_per_share)} 元/份"
            f"  最多 {p.max_shares} 份  {p.term_months} 个月  {p.min_age}–{p.max_age} 周岁"
            f"  观察期 {p.waiting_days} 天"
            for p in plans
        ],
    )
    return 0
