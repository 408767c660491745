"""`enroll`, `renew`, `enrollment show|list|cancel`, `plan list` (design.md §5).

A rejected enrollment exits 1 printing every failed rule's message; `--dry-run` prints every
rule's result and writes nothing. Amounts on the command line are yuan; output shows yuan.
"""

from __future__ import annotations

import argparse
import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.catalogue import list_plans
from app.cli.common import EXIT_REJECTED, Context
from app.enrollment import (
    EnrollmentRequest,
    RuleResult,
    cancel_enrollment,
    enrol,
    list_enrollments,
    preview_enrollment,
    renew,
    show_enrollment,
)
from app.enrollment.context import chunks
from app.enrollment.premiums import parse_payer_spec
from app.enrollment.renewal import check_renewal
from app.enrollment.service import EnrollmentPreview, EnrollmentRejected, EnrollmentResult
from app.errors import RejectedInput, ValidationFailed
from app.i18n import msg
from app.ids import normalise
from app.money import plain_yuan
from app.units import find_unit
from models import Member
from models.enums import MemberStatus


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期“{text}”应写成 YYYY-MM-DD") from None


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
    p.add_argument("--start", required=True, type=_date, help="生效日 YYYY-MM-DD")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--members", type=Path, help="名单文件：每行一个证件号码")
    who.add_argument("--all-members", action="store_true", help="单位全部在职会员")
    p.add_argument("--payer", default="", help="unit=..,union=..,individual=..,gift=..（元）")
    p.add_argument("--paid-on", type=_date, help="缴费日（默认今天）")
    p.add_argument("--gift", action="store_true", help="赠送项目（免参保率，全部由赠送承担）")
    p.add_argument("--dry-run", action="store_true", help="只检查规则，不保存")
    p.add_argument("--override-reason", help="主管审批例外的理由（--user 须为主管）")
    p.set_defaults(handler=cmd_enroll)

    p = commands.add_parser("renew", parents=[shared], help="续保（按上期名单，免观察期）")
    p.add_argument("number", help="到期参保单编号 BD-…")
    p.add_argument("--start", type=_date, help="生效日（默认上期期满次日）")
    p.add_argument("--dry-run", action="store_true")
    p.set_defaults(handler=cmd_renew)

    group = commands.add_parser("enrollment", parents=[shared], help="参保单").add_subparsers(
        dest="enrollment_command", required=True
    )
    p = group.add_parser("show", parents=[shared], help="参保单详情")
    p.add_argument("number")
    p.set_defaults(handler=cmd_show)
    p = group.add_parser("list", parents=[shared], help="参保单列表")
    p.add_argument("--expiring", type=int, metavar="DAYS", help="只列出 DAYS 天内到期未续保的")
    p.add_argument("--unit", help="单位统一社会信用代码")
    p.set_defaults(handler=cmd_list)
    p = group.add_parser("cancel", parents=[shared], help="生效前撤销并退费（主管）")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_cancel)

    plan = commands.add_parser("plan", parents=[shared], help="保障计划").add_subparsers(
        dest="plan_command", required=True
    )
    p = plan.add_parser("list", parents=[shared], help="现行保障计划目录")
    p.add_argument("--date", type=_date, help="查看某日适用的目录")
    p.set_defaults(handler=cmd_plan_list)


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
        payment=parse_payer_spec(args.payer) if args.payer else None,
        paid_on=args.paid_on,
        is_gift=args.gift,
        override_reason=args.override_reason,
        override_by=actor if args.override_reason else None,
    )


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


def cmd_renew(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        if args.dry_run:
            return _emit_preview(ctx, check_renewal(session, number=args.number, start=args.start))
        try:
            result = renew(session, actor, number=args.number, start=args.start)
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
            f"{plain_yuan(p.amount)} 元 {p.paid_on} {p.receipt_number or ''}"
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
    with ctx.db().unit_of_work() as session:
        result = cancel_enrollment(session, actor, number=args.number, reason=args.reason)
    ctx.emit(
        result,
        [f"已撤销 {result.number}，退费："]
        + [f"  {r.payer_label} {plain_yuan(r.amount)} 元" for r in result.refunds],
    )
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
