"""`huzhu hub [--db URL] init | register | ingest | returns | decide | targets | catalogue publish |
user add | user passwd | office resync | audit verify | report | analysis | assess |
work-report`; with no command,
the hub window.

Without `--db` (or `HUZHU_HUB_DB`) the hub runs on an embedded PostgreSQL in `<data>/hub-pg`.
Commands that change hub data act as a hub operator: `--user NAME`, password from
`HUZHU_PASSWORD` or stdin, checked with the desk's lockout rules; each writes one hub audit row.
`hub init` creates operator `admin`; `report` only reads and needs no login.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from app.cli.common import (
    EXIT_REJECTED,
    CliUsageError,
    Context,
    command_group,
    out_file,
    read_password,
)
from app.errors import NotFound
from app.hub import actions, admin, operators, registry
from app.hub.ingest import ingest_package
from app.hub.returns import write_returns
from app.hub.server import HubDatabase, open_hub_database
from app.i18n import msg
from app.reports.targets import TARGET_LABELS
from app.sync.format import PackageRefused


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    hub_shared = argparse.ArgumentParser(add_help=False, parents=[shared])
    hub_shared.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="PostgreSQL 地址（默认：HUZHU_HUB_DB，或数据文件夹下的内置 PostgreSQL）",
    )
    hub_parser = commands.add_parser(
        "hub", parents=[hub_shared], help="省办事处（不带子命令时打开省办事处窗口）"
    )
    hub_parser.set_defaults(handler=cmd_window)
    hub = hub_parser.add_subparsers(dest="hub_command", required=False)
    p = hub.add_parser("init", parents=[hub_shared], help="创建省办事处数据库和密钥")
    p.set_defaults(handler=cmd_init)
    p = hub.add_parser("register", parents=[hub_shared], help="登记代办处，签发代办处文件")
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--out", required=True, type=out_file("--out"), help="代办处文件 .hzo")
    p.set_defaults(handler=cmd_register)
    p = hub.add_parser("ingest", parents=[hub_shared], help="接收代办处同步包")
    p.add_argument("files", nargs="+", type=Path)
    p.set_defaults(handler=cmd_ingest)
    p = hub.add_parser("returns", parents=[hub_shared], help="为每个代办处生成回执包")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=cmd_returns)
    p = hub.add_parser("decide", parents=[hub_shared], help="审批大额理赔")
    p.add_argument("claim", help="理赔编号或 UUID")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--approve", action="store_true")
    choice.add_argument("--reject", action="store_true")
    p.add_argument("--reason", default="")
    p.set_defaults(handler=cmd_decide)
    p = hub.add_parser("targets", parents=[hub_shared], help="下达代办处年度指标（随回执包下发）")
    p.add_argument("office", help="代办处代码")
    p.add_argument("--year", required=True, type=int, help="年度")
    p.add_argument("--coverage-rate", help="职工覆盖率目标（%%），如 60.5")
    p.add_argument("--new-units", help="新增参保单位目标（家）")
    p.add_argument("--members", help="参保人数目标（人）")
    p.add_argument("--gift-enrollments", help="八大群体赠送目标（人）")
    p.add_argument("--area-workforce", help="辖区职工总数（人），覆盖率的分母")
    p.set_defaults(handler=cmd_targets)
    cat = command_group(hub, "catalogue", hub_shared, "保障计划目录")
    p = cat.add_parser("publish", parents=[hub_shared], help="发布新目录（随回执包下发）")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_publish)
    user = command_group(hub, "user", hub_shared, "省办事处操作员")
    p = user.add_parser(
        "add",
        parents=[hub_shared],
        help="添加操作员（仅管理员；新密码取自 HUZHU_NEW_PASSWORD 或标准输入）",
    )
    p.add_argument("name", help="新操作员用户名")
    p.add_argument(
        "--role",
        choices=operators.ROLES,
        default="operator",
        help="admin 管理员；operator 操作员；approver 审批员（只审批大额理赔）",
    )
    p.set_defaults(handler=cmd_user_add)
    p = user.add_parser(
        "passwd",
        parents=[hub_shared],
        help="修改 --user 本人的密码（原密码取自 HUZHU_PASSWORD，新密码取自 HUZHU_NEW_PASSWORD）",
    )
    p.set_defaults(handler=cmd_user_passwd)
    audit = command_group(hub, "audit", hub_shared, "省办事处审计日志")
    p = audit.add_parser("verify", parents=[hub_shared], help="核验审计日志的哈希链")
    p.set_defaults(handler=cmd_audit_verify)
    p = hub.add_parser("assess", parents=[hub_shared], help="年度目标考核（达标/未达标）")
    p.add_argument("--year", type=int, required=True)
    p.set_defaults(handler=cmd_assess)
    p = hub.add_parser(
        "work-report", parents=[hub_shared], help="全省工作落实情况报表（报省总工会）"
    )
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", type=out_file("--out"), required=True, help="FILE.xlsx 或 FILE.pdf")
    p.set_defaults(handler=cmd_work_report)
    office = command_group(hub, "office", hub_shared, "代办处")
    p = office.add_parser(
        "resync",
        parents=[hub_shared],
        help="同步链断开时：接受该代办处下一个 --full 全量同步包（仅管理员，记入审计）",
    )
    p.add_argument("code", metavar="CODE", help="代办处代码")
    p.set_defaults(handler=cmd_office_resync)
    p = hub.add_parser("report", parents=[hub_shared], help="全省数据概况")
    p.add_argument(
        "--out", type=out_file("--out"), help="全省统计报表 FILE.xlsx（各代办处覆盖率、增长排名）"
    )
    p.add_argument("--from", dest="date_from", help="统计起日（默认本年1月1日）")
    p.add_argument("--to", dest="date_to", help="统计止日（默认本年12月31日）")
    p.set_defaults(handler=cmd_report)
    p = hub.add_parser(
        "analysis",
        parents=[hub_shared],
        help="全省数据分析（按计划×年龄段×性别×行业×代办处×年度；逆选择信号；月度趋势）",
        description=ANALYSIS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--year", type=int, help="年度（默认：全部年度）")
    p.add_argument("--out", type=out_file("--out"), help="分析结果 FILE.xlsx（每张表一页）")
    p.set_defaults(handler=cmd_analysis)


ANALYSIS_HELP = """全省数据分析，在省办事处 PostgreSQL 上按已接收的数据计算（只读，不需登录）。

--json 的输出：
  year                 年度（未给 --year 时为 null，即全部年度）
  plans[]              每个计划一行：
    plan               计划代码（如 ZY）
    premium_income     会费收入，元，两位小数的字符串（如 "1234.00"）
    benefits_paid      支付金额，元，两位小数的字符串
    loss_ratio         赔付率 = 支付金额 ÷ 会费收入，四位小数的字符串（如 "0.4595"）；无收入时 null
    claims             理赔件数（受理，不含撤回、不予赔付）
    exposure_member_months  暴露，人月（保障天数 × 12 ÷ 365.25）
    claim_frequency    出险频率 = 理赔件数 ÷ 暴露人年，四位小数
  total                全部计划合计（同上字段）
  cells[]              year/office/plan/age_band/sex/industry 每组一行（同上字段）
  signals              rider_without_main（参副不参主）、older_enrolled（参老不参少）、
                       early_claims（保障开始90天内出险，参病不参健）
  months[]             月度趋势：month、premium_income、benefits_paid、claims

口径：会费收入按保障开始日所在年度，支付金额按支付日期，理赔件数按受理日期；年龄段按
保障开始日（理赔按出险日）的周岁：16-29、30-39、40-49、50-60，其余为“其他”。"""


def _hub(ctx: Context, args: argparse.Namespace) -> HubDatabase:
    url = getattr(args, "db", None) or os.environ.get("HUZHU_HUB_DB")
    return open_hub_database(url, ctx.data_dir)


def _operator(ctx: Context, hub: HubDatabase) -> operators.HubOperator:
    """Log in the `--user` hub operator (lockout and audit as on a desk)."""
    return operators.login(hub.engine, *ctx.credentials())


@contextmanager
def _opened(ctx: Context, args: argparse.Namespace) -> Iterator[HubDatabase]:
    """The hub database for one command, disposed of however the command ends."""
    hub = _hub(ctx, args)
    try:
        yield hub
    finally:
        hub.dispose()


@contextmanager
def _reading(ctx: Context, args: argparse.Namespace) -> Iterator[Connection]:
    with _opened(ctx, args) as hub, hub.engine.connect() as conn:
        yield conn


@contextmanager
def _working(
    ctx: Context, args: argparse.Namespace
) -> Iterator[tuple[Connection, operators.HubOperator]]:
    """The `--user` operator logged in, then one transaction on the hub for what it does."""
    with _opened(ctx, args) as hub:
        who = _operator(ctx, hub)
        with hub.engine.begin() as conn:
            yield conn, who


def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    with _opened(ctx, args) as hub, hub.engine.begin() as conn:
        fingerprint = registry.init_hub(conn)
        if not operators.has_operators(conn):
            operators.ensure_admin(conn, read_password("HUZHU_PASSWORD"))
    ctx.emit(
        {"ok": True, "hub_fingerprint": fingerprint},
        f"省办事处数据库已就绪；省办事处密钥指纹：{fingerprint}",
    )
    return 0


def cmd_register(ctx: Context, args: argparse.Namespace) -> int:
    with _working(ctx, args) as (conn, who):
        done = actions.register_office(
            conn, who, code=args.code, name=args.name, out=args.out.resolve()
        )
    ctx.emit(
        {"ok": True, **done.__dict__},
        [
            f"已登记代办处 {done.code}（{done.name}），代办处文件：{done.file}",
            f"省办事处密钥指纹：{done.hub_fingerprint}；该文件含代办处私钥，请当面交付。",
        ],
    )
    return 0


def cmd_ingest(ctx: Context, args: argparse.Namespace) -> int:
    results: list[dict[str, Any]] = []
    refused = 0
    with _opened(ctx, args) as hub:
        who = _operator(ctx, hub)
        operators.require_worker(who)  # approvers only decide claims
        for path in args.files:
            path = path.resolve()
            if not path.is_file():
                raise NotFound(msg("找不到同步包文件“{f}”。", f=path))
            try:
                done = ingest_package(hub, path)
            except PackageRefused as exc:
                refused += 1
                results.append(
                    {
                        "file": path.name,
                        "ok": False,
                        "code": exc.code,
                        "sha256": exc.sha256,
                        "error": str(exc.message),
                    }
                )
                print(f"拒收 {path.name}：{exc.message}", file=sys.stderr)
                continue
            results.append({"file": path.name, "ok": True, **done.__dict__})
            if not ctx.as_json:
                verb = "已接收过，未作改动" if done.already_applied else "已接收"
                print(
                    f"{verb} {path.name}（代办处 {done.office_code} 第 {done.seq} 号）"
                    f"：{sum(done.counts.values())} 行，重复参保 {done.duplicates} 起"
                )
        _audit_ingest(hub, who, results)
    if ctx.as_json:
        ctx.emit(results, "")
    return EXIT_REJECTED if refused else 0


def _audit_ingest(
    hub: HubDatabase, who: operators.HubOperator, results: list[dict[str, Any]]
) -> None:
    keys = ("file", "ok", "sha256", "office_code", "seq", "code")
    files = [{k: r[k] for k in keys if k in r} for r in results]
    with hub.engine.begin() as conn:
        operators.record(conn, who.username, "package.ingest", {"files": files})


def cmd_office_resync(ctx: Context, args: argparse.Namespace) -> int:
    with _working(ctx, args) as (conn, who):
        last = actions.resync_office(conn, who, code=args.code)
    ctx.emit(
        {"ok": True, "office": args.code, "last_seq": last},
        f"已允许代办处 {args.code} 重新同步：请该代办处导出全量同步包（sync export --full）后接收。"
        f"此前已收到第 {last} 号包。",
    )
    return 0


def cmd_returns(ctx: Context, args: argparse.Namespace) -> int:
    with _opened(ctx, args) as hub:
        who = _operator(ctx, hub)
        operators.require_worker(who)  # approvers only decide claims
        with hub.engine.begin() as conn:
            written = write_returns(conn, out_dir=args.out.resolve())
            packages = [
                {"office": w.office_code, "seq": w.seq, "sha256": w.sha256} for w in written
            ]
            operators.record(conn, who.username, "returns.write", {"packages": packages})
    ctx.emit(
        [w.__dict__ for w in written],
        [f"代办处 {w.office_code} 第 {w.seq} 号回执包：{w.path}（{w.counts}）" for w in written]
        or ["没有已登记的代办处。"],
    )
    return 0


def cmd_decide(ctx: Context, args: argparse.Namespace) -> int:
    with _working(ctx, args) as (conn, who):
        done = actions.decide_claim(
            conn, who, claim=args.claim, approve=args.approve, reason=args.reason
        )
    verb = "批准" if done.status == "approved" else "不批准"
    ctx.emit(
        {"ok": True, **done.__dict__},
        f"理赔 {done.claim_number}（代办处 {done.office_code}）：{verb}；将随下一个回执包发回。",
    )
    return 0


def cmd_targets(ctx: Context, args: argparse.Namespace) -> int:
    values = {
        "coverage_rate": args.coverage_rate,
        "new_units": args.new_units,
        "members": args.members,
        "gift_members": args.gift_enrollments,
        "area_workforce": args.area_workforce,
    }
    with _working(ctx, args) as (conn, who):
        done = actions.set_targets(conn, who, office=args.office, year=args.year, values=values)
    listed = "；".join(f"{TARGET_LABELS[k]} {v}" for k, v in done.targets.items())
    ctx.emit(
        {"ok": True, **done.__dict__},
        f"代办处 {done.office_code} {done.year} 年度指标：{listed}；将随下一个回执包下发。",
    )
    return 0


def cmd_publish(ctx: Context, args: argparse.Namespace) -> int:
    text = args.file.resolve().read_text(encoding="utf-8")
    with _working(ctx, args) as (conn, who):
        version, created = actions.publish_catalogue(conn, who, text=text)
    ctx.emit(
        {"ok": True, "version": version, "created": created},
        f"目录 {version} {'已发布，将随下一批回执包下发' if created else '此前已发布'}",
    )
    return 0


def cmd_user_add(ctx: Context, args: argparse.Namespace) -> int:
    with _opened(ctx, args) as hub:
        who = _operator(ctx, hub)
        password = read_password("HUZHU_NEW_PASSWORD")
        with hub.engine.begin() as conn:
            added = operators.add_operator(
                conn, who, username=args.name, role=args.role, password=password
            )
    ctx.emit(
        {"ok": True, **added.__dict__}, f"已添加省办事处操作员 {added.username}（{added.role}）"
    )
    return 0


def cmd_user_passwd(ctx: Context, args: argparse.Namespace) -> int:
    with _opened(ctx, args) as hub:
        username, old = ctx.credentials()
        who = operators.change_password(
            hub.engine, username, old, read_password("HUZHU_NEW_PASSWORD")
        )
    ctx.emit({"ok": True, "username": who.username}, f"操作员 {who.username} 的密码已修改。")
    return 0


def cmd_audit_verify(ctx: Context, args: argparse.Namespace) -> int:
    from app.hub import audit

    with _reading(ctx, args) as conn:
        report = audit.verify(conn)
    text = (
        f"审计日志完好：{report.records} 条记录，链头 {report.head[:16]}…"
        if report.ok
        else f"审计日志被改动：{report.reason}（已核验 {report.records} 条）"
    )
    ctx.emit(report, text)
    return 0 if report.ok else EXIT_REJECTED


def cmd_assess(ctx: Context, args: argparse.Namespace) -> int:
    from app.hub.assessment import assess

    with _reading(ctx, args) as conn:
        lines = assess(conn, args.year)
    data = [
        {
            "office": a.office,
            "name": a.name,
            "target": a.target,
            "goal": str(a.goal),
            "actual": None if a.actual is None else str(a.actual),
            "met": a.met,
        }
        for a in lines
    ]
    text = [
        f"{a.office} {a.name} {a.label}：目标 {a.goal}，完成 {a.actual if a.actual is not None else '—'}，{a.verdict}"
        for a in lines
    ] or [f"{args.year} 年度尚未下达指标。"]
    ctx.emit({"year": args.year, "lines": data}, text)
    return 0


def cmd_work_report(ctx: Context, args: argparse.Namespace) -> int:
    from app.hub.workreport import work_report, write_work_pdf, write_work_xlsx

    out = args.out.resolve()
    if out.suffix.lower() not in (".xlsx", ".pdf"):
        raise CliUsageError("--out 应为 .xlsx 或 .pdf 文件")
    with _reading(ctx, args) as conn:
        report = work_report(conn, args.year)
    (write_work_pdf if out.suffix.lower() == ".pdf" else write_work_xlsx)(report, out)
    ctx.emit({"ok": True, "file": str(out)}, f"全省工作落实情况报表已保存：{out}")
    return 0


def cmd_window(ctx: Context, args: argparse.Namespace) -> int:
    """`huzhu hub` with no command: the hub window, after a hub operator logs in."""
    from ui.hub.shell import run_hub_gui  # the GUI is the one place app/ reaches up to ui/

    return run_hub_gui(getattr(args, "db", None) or os.environ.get("HUZHU_HUB_DB"), ctx.data_dir)


def cmd_report(ctx: Context, args: argparse.Namespace) -> int:
    with _reading(ctx, args) as conn:
        numbers = admin.report(conn)
        province = _province_report(conn, args) if args.out else None
    lines = [
        f"代办处 {numbers.offices} 个；同步包 {numbers.packages} 个；拒收 {numbers.refusals} 次；"
        f"跨代办处重复参保 {numbers.duplicates} 起；待审批理赔 {numbers.pending_decisions} 件",
        *(f"{name:<14}{n:>10}" for name, n in numbers.rows.items()),
    ]
    if province is not None:
        lines.append(f"全省统计报表已保存：{args.out}（{len(province.offices)} 个代办处）")
    ctx.emit({**numbers.__dict__, "province": province} if province else numbers, lines)
    return 0


def cmd_analysis(ctx: Context, args: argparse.Namespace) -> int:
    from app.hub.analysis import analyse, write_analysis

    with _reading(ctx, args) as conn:
        result = analyse(conn, year=args.year)
    if args.out:
        write_analysis(result, args.out.resolve())
    lines = [
        f"{'计划':<6}{'会费收入（元）':>16}{'支付金额（元）':>16}{'赔付率':>10}{'理赔件数':>8}",
        *(
            f"{p['plan']:<8}{p['premium_income']:>18}{p['benefits_paid']:>18}"
            f"{p['loss_ratio'] or '—':>12}{p['claims']:>10}"
            for p in result.as_json()["plans"]
        ),
    ]
    if args.out:
        lines.append(f"分析结果已保存：{args.out}")
    ctx.emit(result.as_json(), lines)
    return 0


def _province_report(conn: Any, args: argparse.Namespace) -> Any:
    import datetime as dt

    from app import clock
    from app.hub.reports import write_province_report
    from app.reports.figures import Period

    year = Period.year(clock.today().year)
    period = Period(
        dt.date.fromisoformat(args.date_from) if args.date_from else year.start,
        dt.date.fromisoformat(args.date_to) if args.date_to else year.end,
    )
    return write_province_report(conn, args.out, period)
