"""`claim new|review|approve|reject|pay|withdraw|docs|show|list|paylist` (design.md §5).

Amounts are yuan with at most two decimals (Decimal, never float); dates YYYY-MM-DD.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app import claims, clock
from app.auth import Actor
from app.claims.kinds import STATUS_LABELS
from app.cli.common import Context, day, integer, out_file, person_text
from app.enrollment.premiums import parse_yuan
from app.printing.amounts import yuan
from models.enums import ClaimKind, ClaimStatus

MONEY = {
    "--total": "total_cost",
    "--insurance-paid": "insurance_paid",
    "--self-pay": "self_pay",
    "--out-of-policy": "out_of_policy",
}


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    group = commands.add_parser("claim", parents=[shared], help="理赔：受理、审核、审批、支付")
    sub = group.add_subparsers(dest="claim_command", required=True)
    _register_new(sub, shared)
    reason = argparse.ArgumentParser(add_help=False)
    reason.add_argument("number", metavar="NUMBER", help="理赔编号 LP-…")
    reason.add_argument(
        "--reason", type=person_text("--reason", multiline=True), default=None, help="说明或原因"
    )
    for name, text, handler in (
        ("review", "审核并提交审批", cmd_review),
        ("approve", "审批通过（主管，且不能是受理人）", cmd_approve),
        ("reject", "拒绝（须写原因）", cmd_reject),
        ("withdraw", "申请人撤回（须写原因）", cmd_withdraw),
    ):
        sub.add_parser(name, parents=[shared, reason], help=text).set_defaults(handler=handler)
    p = sub.add_parser("pay", parents=[shared, reason], help="登记支付")
    p.add_argument("--amount", default=None, help="支付金额（元，默认：批准金额）")
    p.add_argument("--date", type=day("--date"), default=None, help="支付日期（默认：今天）")
    p.add_argument(
        "--bank", type=person_text("--bank"), default=None, help="开户银行（默认：会员登记的银行）"
    )
    p.add_argument(
        "--account",
        type=person_text("--account"),
        default=None,
        help="银行账号（默认：会员登记的账号）",
    )
    p.set_defaults(handler=cmd_pay)
    p = sub.add_parser("docs", parents=[shared], help="登记已收到的材料")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--received", required=True, help="材料名称，逗号分隔；all 表示全部")
    p.set_defaults(handler=cmd_docs)
    p = sub.add_parser("show", parents=[shared], help="查看一笔理赔")
    p.add_argument("number", metavar="NUMBER")
    p.set_defaults(handler=cmd_show)
    p = sub.add_parser("list", parents=[shared], help="理赔列表")
    p.add_argument("--status", choices=[s.value for s in ClaimStatus], default=None)
    p.add_argument("--plan", default=None)
    p.add_argument("--from", dest="date_from", type=day("--from"), default=None)
    p.add_argument("--to", dest="date_to", type=day("--to"), default=None)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--queue", action="store_true", help="我的待办")
    which.add_argument("--overdue", action="store_true", help="超过服务承诺时限的申请")
    p.set_defaults(handler=cmd_list)
    p = sub.add_parser("paylist", parents=[shared], help="代发清单（Excel）")
    p.add_argument("--out", required=True, type=out_file("--out"))
    p.add_argument("numbers", nargs="+", metavar="NUMBER")
    p.set_defaults(handler=cmd_paylist)


def _register_new(sub: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    p = sub.add_parser("new", parents=[shared], help="受理理赔申请")
    p.add_argument("--member", required=True, metavar="ID", help="会员证件号码")
    p.add_argument("--plan", required=True, metavar="CODE")
    p.add_argument("--kind", required=True, choices=[k.value for k in ClaimKind])
    p.add_argument(
        "--name", type=person_text("--name"), default="", help="申请书上的姓名（与会员登记核对）"
    )
    p.add_argument("--hospital", type=person_text("--hospital"), default="")
    p.add_argument("--hospital-level", type=int, choices=(1, 2, 3), default=None)
    for flag in ("--admitted", "--discharged", "--settled", "--diagnosed", "--accident-date"):
        p.add_argument(flag, type=day(flag), default=None)
    for flag in MONEY:
        p.add_argument(flag, default=None, metavar="Y", help="元，最多两位小数")
    p.add_argument("--severity", choices=("重度", "轻度"), default=None)
    p.add_argument("--diagnosis", type=person_text("--diagnosis"), default="")
    p.add_argument("--grade", type=int, choices=range(1, 11), default=None, metavar="1-10")
    p.add_argument("--days", type=integer("--days", 0, 3660), default=None)
    p.add_argument("--documents", default="", help="已收到的材料，逗号分隔；all 表示全部")
    p.set_defaults(handler=cmd_new)


def _documents(spec: str, names: tuple[str, ...] | list[str]) -> dict[str, bool]:
    if spec.strip() == "all":
        return dict.fromkeys(names, True)
    return {name.strip(): True for name in spec.split(",") if name.strip()}


def cmd_new(ctx: Context, args: argparse.Namespace) -> int:
    from app.claims import kinds
    from app.claims.kinds import DOCUMENTS

    kind = ClaimKind(args.kind)
    money = {}
    for flag, field in MONEY.items():
        text = getattr(args, flag[2:].replace("-", "_"))
        if text is not None:
            money[field] = parse_yuan(text, field=field, label=flag)
    data = claims.ClaimInput(
        id_number=args.member,
        plan_code=args.plan.upper(),
        kind=kind,
        claimant_name=args.name,
        hospital=args.hospital,
        hospital_level=args.hospital_level,
        admitted=args.admitted,
        discharged=args.discharged,
        settled=args.settled,
        severity=args.severity,
        diagnosis=args.diagnosis,
        diagnosed=args.diagnosed,
        accident_date=args.accident_date,
        grade=args.grade,
        days=args.days,
        documents=kinds.checklist(kind, _documents(args.documents, DOCUMENTS[kind])),
        **money,
    )
    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        result = claims.take_claim(session, actor, data=data)
    lines = [f"已受理 {result.number}，计算给付 {yuan(result.benefit)} 元", *result.working]
    if result.missing_documents:
        lines.append("待补件：" + "、".join(result.missing_documents))
    if result.needs_hub_approval:
        lines.append("给付金额达到省办事处审批标准，批准后须待省办事处同意才能支付")
    ctx.emit({"ok": True, **result.__dict__}, lines)
    return 0


def _act(ctx: Context, args: argparse.Namespace, work: Callable[..., Any], **kw: Any) -> int:
    actor: Actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        state = work(session, actor, claim_uuid=claims.uuid_of(session, args.number), **kw)
    text = f"{state.number}：{state.status_label}，计算给付 {yuan(state.benefit)} 元"
    if state.approved_amount is not None:
        text += f"，批准 {yuan(state.approved_amount)} 元"
    ctx.emit({"ok": True, **state.__dict__}, text)
    return 0


def cmd_review(ctx: Context, args: argparse.Namespace) -> int:
    return _act(ctx, args, claims.review, note=args.reason)


def cmd_approve(ctx: Context, args: argparse.Namespace) -> int:
    return _act(ctx, args, claims.approve, note=args.reason)


def cmd_reject(ctx: Context, args: argparse.Namespace) -> int:
    return _act(ctx, args, claims.reject, reason=args.reason or "")


def cmd_withdraw(ctx: Context, args: argparse.Namespace) -> int:
    return _act(ctx, args, claims.withdraw, reason=args.reason or "")


def cmd_pay(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        key = claims.uuid_of(session, args.number)
        if args.amount is None:
            amount = claims.claim_detail(session, actor, key).row.approved_amount or 0
        else:
            amount = parse_yuan(args.amount, field="amount", label="--amount")
        state = claims.record_payment(
            session,
            actor,
            claim_uuid=key,
            paid_on=args.date or clock.today(),
            amount=amount,
            bank=args.bank,
            account=args.account,
        )
    ctx.emit({"ok": True, **state.__dict__}, f"{state.number}：已支付 {yuan(amount)} 元")
    return 0


def cmd_docs(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        key = claims.uuid_of(session, args.number)
        names = list(claims.claim_detail(session, actor, key).documents)
        state = claims.update_documents(
            session, actor, claim_uuid=key, received=_documents(args.received, names)
        )
    missing = "、".join(state.missing_documents) or "无"
    ctx.emit({"ok": True, **state.__dict__}, f"{state.number}：待补件 {missing}")
    return 0


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    with ctx.db().reader() as session:
        detail = claims.claim_detail(session, actor, claims.uuid_of(session, args.number))
    row = detail.row
    lines = [
        f"{row.number}  {row.member_name}（{row.id_number}）  {row.plan_code} {row.kind_label}",
        f"状态：{row.status_label}  受理：{row.received_on} {row.intake_operator}",
        *(
            f"  {name}：{value}"
            for name, value in detail.fields.items()
            if value not in (None, "", 0)
        ),
        "计算过程：",
        *(f"  {line}" for line in detail.working),
        "材料：" + "、".join(f"{n}{'✓' if ok else '✗'}" for n, ok in detail.documents.items()),
        "历史：",
        *(
            f"  {h.at:%Y-%m-%d %H:%M} {h.operator} {h.action} → "
            f"{STATUS_LABELS[ClaimStatus(h.to_status)]}" + (f"（{h.reason}）" if h.reason else "")
            for h in detail.history
        ),
    ]
    ctx.emit(detail, lines)
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    with ctx.db().reader() as session:
        if args.queue:
            rows = claims.work_queue(session, actor)
        elif args.overdue:
            rows = claims.overdue_claims(session, actor)
        else:
            rows = claims.find_claims(
                session,
                actor,
                status=ClaimStatus(args.status) if args.status else None,
                plan_code=args.plan.upper() if args.plan else None,
                date_from=args.date_from,
                date_to=args.date_to,
            )
    lines = [
        f"{r.number}  {r.received_on}  {r.member_name:<6} {r.plan_code} {r.kind_label:<8}"
        f"{r.status_label:<5} {yuan(r.benefit):>12}" + ("  待补件" if r.missing_documents else "")
        for r in rows
    ]
    ctx.emit(rows, lines or ["（没有符合条件的理赔）"])
    return 0


def cmd_paylist(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        keys = [claims.uuid_of(session, n) for n in args.numbers]
        made = claims.write_paylist(session, actor, claim_uuids=keys, out=args.out.resolve())
    note = "（账号已遮蔽）" if made.accounts_masked else ""
    ctx.emit(
        {"ok": True, **made.__dict__},
        f"已生成代发清单 {made.path}：{made.count} 笔，合计 {yuan(made.total)} 元{note}",
    )
    return 0
