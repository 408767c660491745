"""`roster template|import|export`: the unit's spreadsheet in and out (docs/design.md §5).

`roster import` reads the file first (no database), then checks and imports in one
transaction; progress goes to stderr. When rows or rules fail, `--errors OUT.xlsx` writes the
error report for the unit, and the exit code is 1 with nothing written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import CliUsageError, Context, command_group, day, out_file
from app.enrollment.premiums import parse_payer_spec
from app.money import plain_yuan
from app.roster.importer import ImportOptions, RosterOutcome, RosterRejected, import_roster
from app.roster.reading import read_roster
from app.units import find_unit

# The workbook writers (template, exports, error report: openpyxl and the member search) are
# imported by the commands that write one, so that `roster import` — which a clerk waits for —
# does not load them (issue 22).


def parse_plans(spec: str) -> dict[str, int]:
    """'ZY:1,ZJ:2' → {'ZY': 1, 'ZJ': 2}."""
    plans: dict[str, int] = {}
    for item in filter(None, (s.strip() for s in spec.split(","))):
        code, _, shares = item.partition(":")
        if not code.strip() or not shares.strip().isdigit():
            raise CliUsageError(f"计划“{item}”应写成 代码:份数，如 ZY:1,ZJ:2")
        plans[code.strip().upper()] = int(shares)
    if not plans:
        raise CliUsageError("请用 --plans 指定保障计划，如 ZY:1,ZJ:2")
    return plans


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    roster = command_group(commands, "roster", shared, "花名册（Excel）")
    p = roster.add_parser("template", parents=[shared], help="生成花名册模板")
    p.add_argument("out", type=out_file("OUT"))
    p.add_argument("--unit", help="为该单位生成（统一社会信用代码），填好单位名称")
    p.add_argument("--renewal", help="续保名单：预填该参保单（编号）中仍在职的人员")
    p.set_defaults(handler=cmd_template)

    p = roster.add_parser("import", parents=[shared], help="导入花名册并参保")
    p.add_argument("file", type=Path)
    p.add_argument("--unit", required=True, help="统一社会信用代码")
    p.add_argument("--plans", required=True, help="计划和份数，如 ZY:1,ZJ:2")
    p.add_argument("--start", required=True, type=day("--start"), help="生效日期 YYYY-MM-DD")
    p.add_argument(
        "--payer",
        type=parse_payer_spec,
        help="缴费分摊（元），如 unit=100,union=20；默认全部由单位缴纳",
    )
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    p.add_argument(
        "--errors", type=out_file("--errors"), help="有问题时把错误报告写到此 .xlsx 文件"
    )
    p.add_argument("--skip-invalid", action="store_true", help="跳过有问题的行，导入其余各行")
    p.set_defaults(handler=cmd_import)

    export = command_group(roster, "export", shared, "导出名单")
    p = export.add_parser("members", parents=[shared], help="单位会员名单")
    p.add_argument("--unit", required=True, help="统一社会信用代码")
    p.add_argument("--out", required=True, type=out_file("--out"))
    p.set_defaults(handler=cmd_export_members)
    p = export.add_parser("search", parents=[shared], help="会员查询结果")
    p.add_argument("text", nargs="?", default="")
    p.add_argument("--out", required=True, type=out_file("--out"))
    p.set_defaults(handler=cmd_export_search)
    p = export.add_parser("statement", parents=[shared], help="参保对账单（含会费和合计）")
    p.add_argument("number", help="参保单号，如 BD-61020401-2026-000001")
    p.add_argument("--out", required=True, type=out_file("--out"))
    p.set_defaults(handler=cmd_export_statement)


def cmd_template(ctx: Context, args: argparse.Namespace) -> int:
    from app.roster import template

    if args.renewal:
        actor = ctx.actor()
        with ctx.db().reader() as session:
            rows = template.renewal_roster(session, actor, number=args.renewal, path=args.out)
        ctx.emit(
            {"ok": True, "out": args.out, "rows": rows}, f"已生成续保名单 {args.out}（{rows} 人）"
        )
        return 0
    if args.unit:
        with ctx.db().reader() as session:
            unit = find_unit(session, args.unit)
            template.unit_template(session, unit_uuid=unit.uuid, path=args.out)
    else:
        template.write_template(args.out)
    ctx.emit({"ok": True, "out": args.out}, f"已生成花名册模板 {args.out}")
    return 0


class _StderrProgress:
    """'导入进度 40%' on stderr, once per 10%."""

    def __init__(self) -> None:
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        tenth = 10 * done // max(total, 1)
        if tenth > self.shown:
            self.shown = tenth
            print(f"导入进度 {tenth * 10}%", file=sys.stderr, flush=True)


def _outcome_data(outcome: RosterOutcome) -> dict[str, Any]:
    result = outcome.enrollment
    return {
        "ok": outcome.ok,
        "dry_run": outcome.dry_run,
        "file": outcome.source,
        "rows": outcome.rows,
        "imported_rows": len(outcome.imported_rows),
        "bad_rows": outcome.bad_rows,
        "hidden_rows": list(outcome.hidden_rows),
        "warnings": [str(w) for w in outcome.warnings],
        "new_members": outcome.new_members,
        "existing_members": outcome.existing_members,
        "problems": [
            {"row": p.row, "field": p.field, "code": p.code, "message": str(p.message)}
            for p in outcome.problems
        ],
        "failed_rules": [{"rule": r.code, "message": str(r.message)} for r in outcome.failed_rules],
        "enrollment": result.number if result else None,
        "premium_total": result.premium_total if result else None,
    }


def _outcome_text(outcome: RosterOutcome) -> list[str]:
    lines = [f"{outcome.source}：{outcome.rows} 行，可导入 {len(outcome.imported_rows)} 行"]
    lines += [f"  注意：{w}" for w in outcome.warnings]
    lines += [f"  - {p.message}" for p in outcome.problems]
    lines += [f"  - {r.title}：{r.message}" for r in outcome.failed_rules]
    if outcome.enrollment is not None:
        e = outcome.enrollment
        lines.append(
            f"已导入：新登记 {outcome.new_members} 人，原有会员 {outcome.existing_members} 人；"
            f"参保单 {e.number}，{e.members} 人，会费 {plain_yuan(e.premium_total)} 元"
        )
        if outcome.problems:
            lines.append(f"已跳过有问题的 {len(outcome.bad_rows)} 行。")
    elif outcome.dry_run:
        lines.append("检查通过，可以导入（未写入）。" if outcome.ok else "检查未通过（未写入）。")
    return lines


def _write_errors(args: argparse.Namespace, sheet: Any, outcome: RosterOutcome) -> None:
    if args.errors and (outcome.problems or outcome.failed_rules):
        from app.roster.report import write_error_report

        write_error_report(args.errors, sheet, outcome)
        print(f"错误报告已写入 {args.errors}", file=sys.stderr)


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    plans = parse_plans(args.plans)
    payment = args.payer
    sheet = read_roster(args.file)  # a refused file is refused before anyone logs in
    actor = ctx.actor()
    try:
        with ctx.db().unit_of_work() as session:
            unit = find_unit(session, args.unit)
            options = ImportOptions(
                unit.uuid, plans, args.start, payment, args.dry_run, args.skip_invalid
            )
            outcome = import_roster(
                session, actor, sheet=sheet, options=options, progress=_StderrProgress()
            )
    except RosterRejected as exc:
        _write_errors(args, sheet, exc.outcome)
        raise
    _write_errors(args, sheet, outcome)
    ctx.emit(_outcome_data(outcome), _outcome_text(outcome))
    return 0 if outcome.ok else 1


def _exported(ctx: Context, result: Any, what: str) -> int:
    """Report an `app.roster.exports.ExportResult`."""
    note = "（证件号码已隐藏中间几位）" if result.masked else ""
    ctx.emit(
        {"ok": True, "out": result.path, "rows": result.rows, "masked": result.masked},
        f"已导出{what} {result.path}：{result.rows} 行{note}",
    )
    return 0


def cmd_export_members(ctx: Context, args: argparse.Namespace) -> int:
    from app.roster import exports

    actor = ctx.actor()
    with ctx.db().reader() as session:
        unit = find_unit(session, args.unit)
        result = exports.export_unit_members(session, actor, unit_uuid=unit.uuid, path=args.out)
    return _exported(ctx, result, "会员名单")


def cmd_export_search(ctx: Context, args: argparse.Namespace) -> int:
    from app.member_search import MemberFilter
    from app.roster import exports

    actor = ctx.actor()
    with ctx.db().reader() as session:
        filt = MemberFilter(text=args.text)
        result = exports.export_member_search(session, actor, filt=filt, path=args.out)
    return _exported(ctx, result, "查询结果")


def cmd_export_statement(ctx: Context, args: argparse.Namespace) -> int:
    from app.roster import exports

    actor = ctx.actor()
    with ctx.db().reader() as session:
        result = exports.export_enrollment_statement(
            session, actor, number=args.number, path=args.out
        )
    return _exported(ctx, result, "对账单")
