"""`claim new|review|approve|reject|pay|withdraw|docs|show|list|paylist` (docs/design.md §5).

Amounts are yuan with at most two decimals (Decimal, never float); dates YYYY-MM-DD.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from app import claims
from app.auth import Actor
from app.claims.fields import BY_NAME, CLAIM_FIELDS, MONEY_FIELDS, FieldType, parse_field
from app.claims.kinds import DOCUMENTS, KIND_LABELS, STATUS_LABELS, checklist
from app.claims.payments import PAY_METHOD_LABELS
from app.cli.common import CliUsageError, Context, day, out_file, person_text
from app.money import parse_yuan, plain_yuan, yuan
from models.enums import ClaimKind, ClaimStatus

# Amounts in --json output: yuan strings like "12000.00" under the same keys (never fen).
MONEY_KEYS = frozenset(
    {*MONEY_FIELDS, "benefit", "approved_amount", "paid_amount", "computed_benefit", "total"}
)


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
    p.add_argument(
        "--date", type=day("--date"), default=None, help="支付日期（默认：今天；不能晚于今天）"
    )
    p.add_argument(
        "--method",
        default=None,
        help="支付方式："
        + "、".join(PAY_METHOD_LABELS)
        + "（默认：转账；也可用 cash、transfer 等代码）",
    )
    p.add_argument(
        "--voucher", type=person_text("--voucher"), default=None, help="凭证号或转账流水号"
    )
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
    p.add_argument("--received", default="", help="材料名称，逗号分隔；all 表示全部")
    p.add_argument(
        "--scan",
        action="append",
        default=[],
        metavar="材料=文件",
        help="附上扫描件（可重复），如 --scan 出院小结=小结.pdf",
    )
    p.set_defaults(handler=cmd_docs)
    p = sub.add_parser("show", parents=[shared], help="查看一笔理赔")
    p.add_argument("number", metavar="NUMBER")
    p.set_defaults(handler=cmd_show)
    p = sub.add_parser("list", parents=[shared], help="理赔列表")
    p.add_argument("--status", choices=[s.value for s in ClaimStatus], default=None)
    p.add_argument("--plan", default=None)
    p.add_argument("--from", dest="date_from", type=day("--from"), default=None)
    p.add_argument("--to", dest="date_to", type=day("--to"), default=None)
    p.add_argument(
        "--search", default="", metavar="TEXT", help="理赔编号、证件号码（或末几位）、姓名"
    )
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
    for spec in CLAIM_FIELDS:
        kinds = "、".join(KIND_LABELS[k] for k in ClaimKind if k in spec.kinds)
        extra = {
            FieldType.MONEY: "（元，最多两位小数）",
            FieldType.DATE: "（YYYY-MM-DD）",
            FieldType.CHOICE: "（" + "/".join(label for label, _v in spec.choices) + "）",
            FieldType.INT: f"（{spec.bounds[0]}-{spec.bounds[1]}）",
        }.get(spec.type, "")
        p.add_argument(
            spec.option,
            dest=f"field_{spec.name}",
            type=functools.partial(_field_value, spec.name, spec.option),
            default=None,
            metavar="V",
            help=f"{spec.short_label}{extra}：{kinds}",
        )
    p.add_argument("--documents", default="", help="已收到的材料，逗号分隔；all 表示全部")
    p.add_argument(
        "--scan",
        action="append",
        default=[],
        metavar="材料=文件",
        help="附上扫描件（可重复），如 --scan 发票原件=发票.png",
    )
    p.add_argument(
        "--override-reason",
        default=None,
        metavar="R",
        help="主管受理与已有申请重复的申请时写明的原因",
    )
    p.set_defaults(handler=cmd_new)


def _field_value(name: str, option: str, text: str) -> Any:
    """A claim field's option parsed as the form parses it (typed, bounded, no hidden
    characters), refused naming the option before anyone is logged in."""
    return parse_field(name, text, label=option)


def _scans(specs: list[str]) -> list[tuple[str, Path]]:
    scans = []
    for spec in specs:
        document, sep, path = spec.partition("=")
        if not sep or not document.strip() or not path.strip():
            raise CliUsageError(f"--scan “{spec}”应为 材料名称=文件路径")
        scans.append((document.strip(), Path(path.strip()).resolve()))
    return scans


def _documents(spec: str, names: tuple[str, ...] | list[str]) -> dict[str, bool]:
    if spec.strip() == "all":
        return dict.fromkeys(names, True)
    return {name.strip(): True for name in spec.split(",") if name.strip()}


def cmd_new(ctx: Context, args: argparse.Namespace) -> int:
    kind = ClaimKind(args.kind)
    values = {
        spec.name: value
        for spec in CLAIM_FIELDS
        if (value := getattr(args, f"field_{spec.name}")) is not None
    }
    data = claims.ClaimInput(
        id_number=args.member,
        plan_code=args.plan.upper(),
        kind=kind,
        documents=checklist(kind, _documents(args.documents, DOCUMENTS[kind])),
        **values,
    )
    scans = _scans(args.scan)
    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        result = claims.take_claim_with_scans(
            session,
            actor,
            data=data,
            scans=scans,
            data_dir=ctx.data_dir,
            override_reason=args.override_reason,
        )
    lines = [f"已受理 {result.number}，计算给付 {yuan(result.benefit)} 元", *result.working]
    if result.missing_documents:
        lines.append("待补件：" + "、".join(result.missing_documents))
    if result.needs_hub_approval:
        lines.append("给付金额达到省办事处审批标准，批准后须待省办事处同意才能支付")
    if result.override_reason:
        lines.append(
            f"重复申请（与 {'、'.join(result.duplicate_of)} 重叠），经主管特批受理："
            f"{result.override_reason}"
        )
    _emit(ctx, {"ok": True, **result.__dict__}, lines)
    return 0


def _emit(ctx: Context, data: Any, lines: str | list[str]) -> None:
    """Output with every amount in yuan: the text as "12,345.67", --json as "12345.67"."""
    ctx.emit(_yuan_json(data) if ctx.as_json else data, lines)


def _yuan_json(data: Any) -> Any:
    if is_dataclass(data) and not isinstance(data, type):
        return _yuan_json(asdict(data))
    if isinstance(data, dict):
        return {
            k: plain_yuan(v) if k in MONEY_KEYS and isinstance(v, int) else _yuan_json(v)
            for k, v in data.items()
        }
    if isinstance(data, list | tuple):
        return [_yuan_json(v) for v in data]
    return data


def _act(ctx: Context, args: argparse.Namespace, work: Callable[..., Any], **kw: Any) -> int:
    actor: Actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        state = work(session, actor, claim_uuid=claims.uuid_of(session, args.number), **kw)
    text = f"{state.number}：{state.status_label}，计算给付 {yuan(state.benefit)} 元"
    if state.approved_amount is not None:
        text += f"，批准 {yuan(state.approved_amount)} 元"
    _emit(ctx, {"ok": True, **state.__dict__}, text)
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
    amount = None if args.amount is None else parse_yuan(args.amount, label="--amount")
    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        state = claims.record_payment(
            session,
            actor,
            claim_uuid=claims.uuid_of(session, args.number),
            paid_on=args.date,
            amount=amount,
            method=args.method,
            voucher=args.voucher,
            bank=args.bank,
            account=args.account,
        )
        detail = claims.claim_detail(session, actor, state.uuid)
    text = f"{state.number}：已支付 {yuan(detail.row.paid_amount or 0)} 元，" + _payment(detail)
    _emit(ctx, {"ok": True, **state.__dict__, **_pay_fields(detail)}, text)
    return 0


def _payment(detail: claims.lists.ClaimDetail) -> str:
    voucher = f"，凭证号 {detail.pay_voucher}" if detail.pay_voucher else ""
    return (
        f"{detail.paid_on} {detail.pay_method or ''}{voucher}，"
        f"收款 {detail.pay_bank or ''} {detail.pay_account or ''}"
    )


def _pay_fields(detail: claims.lists.ClaimDetail) -> dict[str, Any]:
    return {
        "paid_amount": detail.row.paid_amount,
        "paid_on": detail.paid_on,
        "pay_method": detail.pay_method,
        "pay_voucher": detail.pay_voucher,
    }


def cmd_docs(ctx: Context, args: argparse.Namespace) -> int:
    if not args.received.strip() and not args.scan:
        raise CliUsageError("请给出 --received 材料名称 或 --scan 材料=文件")
    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        key = claims.uuid_of(session, args.number)
        names = list(claims.claim_detail(session, actor, key).documents)
        state = claims.receive_documents(
            session,
            actor,
            claim_uuid=key,
            received=_documents(args.received, names),
            scans=_scans(args.scan),
            data_dir=ctx.data_dir,
        )
    missing = "、".join(state.missing_documents) or "无"
    _emit(ctx, {"ok": True, **state.__dict__}, f"{state.number}：待补件 {missing}")
    return 0


def _shown(name: str, value: object) -> str:
    spec = BY_NAME.get(name)
    if spec is None:
        return str(value)
    if spec.type is FieldType.MONEY and isinstance(value, int):
        return yuan(value)
    return next((label for label, v in spec.choices if v == value), str(value))


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    with ctx.db().reader() as session:
        detail = claims.claim_detail(session, actor, claims.uuid_of(session, args.number))
    row = detail.row
    money = f"计算给付 {yuan(row.benefit)} 元"
    if row.approved_amount is not None:
        money += f"，批准 {yuan(row.approved_amount)} 元"
    lines = [
        f"{row.number}  {row.member_name}（{row.id_number}）  {row.plan_code} {row.kind_label}",
        f"状态：{row.status_label}  受理：{row.received_on} {row.intake_operator}  {money}",
        *(
            f"  {BY_NAME[name].label if name in BY_NAME else '事件日期'}：{_shown(name, value)}"
            for name, value in detail.fields.items()
            if value not in (None, "", 0)
        ),
    ]
    if row.override_reason:
        lines.append(
            f"重复申请特批：与 {row.duplicate_of} 重叠；主管写明的原因：{row.override_reason}"
        )
    if row.paid_amount is not None:
        lines.append(f"支付：{yuan(row.paid_amount)} 元，{_payment(detail)}")
    lines += [
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
    _emit(ctx, detail, lines)
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
                text=args.search,
            )
    lines = [
        f"{r.number}  {r.received_on}  {r.member_name:<6} {r.plan_code} {r.kind_label:<8}"
        f"{r.status_label:<5} {yuan(r.benefit):>12}"
        + ("  待补件" if r.missing_documents else "")
        + ("  重复特批" if r.override_reason else "")
        for r in rows
    ]
    _emit(ctx, rows, lines or ["（没有符合条件的理赔）"])
    return 0


def cmd_paylist(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        keys = [claims.uuid_of(session, n) for n in args.numbers]
        made = claims.write_paylist(session, actor, claim_uuids=keys, out=args.out.resolve())
    note = "（账号已遮蔽）" if made.accounts_masked else ""
    _emit(
        ctx,
        {"ok": True, **made.__dict__},
        f"已生成代发清单 {made.path}：{made.count} 笔，合计 {yuan(made.total)} 元{note}",
    )
    return 0
