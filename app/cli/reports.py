"""`report NAME --out FILE.xlsx [--from D --to D] [--unit USCC]`, `report watch`,
`targets set|show` (docs/domain.md §6). The period defaults to this calendar year; `--json` prints
the figures the report was built from. Amounts print in yuan."""

from __future__ import annotations

import argparse
import functools
from typing import Any

from app import clock
from app.cli.common import CliUsageError, Context, command_group, day, integer, out_file
from app.money import yuan
from app.reports import REPORT_LABELS
from app.reports.figures import Figures, Period
from app.reports.targets import (
    TARGET_LABELS,
    Targets,
    get_targets,
    parse_target,
    set_targets,
)  # fmt: skip
from app.reports.watch import watch_list


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    p = commands.add_parser("report", parents=[shared], help="统计报表（Excel）")
    p.add_argument("name", choices=[*REPORT_LABELS, "watch"], help="报表名称；watch 为逆选择监测")
    p.add_argument("--out", type=out_file("--out"), help="保存到 FILE.xlsx（watch 不需要）")
    p.add_argument(
        "--from", dest="date_from", type=day("--from"), help="统计起日（默认本年1月1日）"
    )
    p.add_argument("--to", dest="date_to", type=day("--to"), help="统计止日（默认本年12月31日）")
    p.add_argument("--unit", help="单位对账单：单位统一社会信用代码")
    p.set_defaults(handler=cmd_report)

    group = command_group(commands, "targets", shared, "年度工作目标")
    p = group.add_parser("show", parents=[shared], help="查看年度目标")
    p.add_argument("--year", type=integer("--year", 2000, 2099), help="年度（默认本年）")
    p.set_defaults(handler=cmd_targets_show)
    p = group.add_parser("set", parents=[shared], help="设置年度目标（主管/管理员）")
    p.add_argument("--year", type=integer("--year", 2000, 2099), help="年度（默认本年）")
    for name, label in TARGET_LABELS.items():
        p.add_argument(
            f"--{name.replace('_', '-')}", dest=name, type=functools.partial(parse_target, name),
            help=label,
        )  # fmt: skip
    p.set_defaults(handler=cmd_targets_set)


def _period(args: argparse.Namespace) -> Period:
    year = Period.year(clock.today().year)
    return Period(args.date_from or year.start, args.date_to or year.end)


def figures_json(f: Figures) -> dict[str, Any]:
    """The figures as plain JSON values (fen as integers, rates as text)."""
    return {
        "period": {"from": f.period.start, "to": f.period.end},
        "units_enrolled": f.units_enrolled,
        "enrollments": f.enrollments,
        "members": f.members,
        "person_times": f.person_times,
        "by_plan": f.by_plan,
        "members_by_month": f.members_by_month,
        "premium_by_payer_fen": f.premium_by_payer,
        "premium_income_fen": f.premium_income,
        "claims_count": f.claims_count,
        "claims_amount_fen": f.claims_amount,
        "claims_by_plan": f.claims_by_plan,
        "claims_by_month": f.claims_by_month,
        "claims_by_status": f.claims_by_status,
        "paid_count": f.paid_count,
        "benefits_paid_fen": f.benefits_paid,
        "average_days_to_pay": None
        if f.average_days_to_pay is None
        else str(f.average_days_to_pay),
        "loss_ratio_pct": None if f.loss_ratio is None else str(f.loss_ratio),
        "coverage_pct": None if f.coverage is None else str(f.coverage),
        "gift_members": f.gift_members,
        "new_units": f.new_units,
        "targets": f.targets.as_json(),
    }


def cmd_report(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    period = _period(args)
    if args.name == "watch":
        with ctx.db().reader() as session:
            items = watch_list(session, actor, period)
        ctx.emit(
            {"ok": True, "items": items},
            [f"[{i.subject}] {i.reason}" for i in items] or ["没有需要关注的单位、参保单或理赔。"],
        )
        return 0
    if args.out is None:
        raise CliUsageError("请用 --out FILE.xlsx 指定保存位置")
    from app.reports.workbooks import write_report  # openpyxl only when a report is written

    with ctx.db().reader() as session:
        result = write_report(session, actor, args.name, args.out, period, unit_uscc=args.unit)
    f = result.figures
    ctx.emit(
        {"ok": True, "path": result.path, "sheets": result.sheets, "figures": figures_json(f)},
        [
            f"{REPORT_LABELS[args.name]}已保存：{result.path}（{'、'.join(result.sheets)}）",
            f"{period.label()}：参保单位 {f.units_enrolled} 家，{f.members} 人，{f.person_times} 人次，"
            f"会费 {yuan(f.premium_income)} 元；理赔受理 {f.claims_count} 件，"
            f"支付 {f.paid_count} 件 {yuan(f.benefits_paid)} 元",
        ],
    )
    return 0


def _targets_lines(year: int, t: Targets) -> list[str]:
    values = t.as_json()
    return [f"{year} 年度目标" + (f"（来源：{t.source}）" if t.source else "")] + [
        f"  {label}：{values.get(name, '未设置')}" for name, label in TARGET_LABELS.items()
    ]


def cmd_targets_show(ctx: Context, args: argparse.Namespace) -> int:
    ctx.actor()
    year = args.year or clock.today().year
    with ctx.db().reader() as session:
        targets = get_targets(session, year)
    ctx.emit(
        {"ok": True, "year": year, "targets": targets.as_json()}, _targets_lines(year, targets)
    )
    return 0


def cmd_targets_set(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    year = args.year or clock.today().year
    given = {n: getattr(args, n) for n in TARGET_LABELS if getattr(args, n) is not None}
    if not given:
        raise CliUsageError("请至少给出一项目标，如 --members 6000")
    with ctx.db().unit_of_work() as session:
        targets = set_targets(session, actor, year, **given)
    ctx.emit(
        {"ok": True, "year": year, "targets": targets.as_json()}, _targets_lines(year, targets)
    )
    return 0
