"""`sync export|import|status` on a desk, and `init --office FILE.hzo` (called by `init`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import Context, command_group, read_password
from app.errors import NotFound, RejectedInput
from app.i18n import msg
from app.office import find_self
from app.sync.desk_import import import_return
from app.sync.export import export_package
from app.sync.office_file import provision, read_office_file
from app.sync.status import sync_status


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    sync = command_group(commands, "sync", shared, "与省办事处同步")
    p = sync.add_parser("export", parents=[shared], help="导出同步包（.hzp）")
    p.add_argument("--out", required=True, type=Path, help="输出文件夹")
    p.add_argument("--full", action="store_true", help="导出全部数据（省办事处要求时）")
    p.set_defaults(handler=cmd_export)
    p = sync.add_parser("import", parents=[shared], help="导入省办事处回执包（.hzr）")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_import)
    p = sync.add_parser("status", parents=[shared], help="同步状态")
    p.set_defaults(handler=cmd_status)


def init_office(ctx: Context, office_path: Path) -> int:
    """`huzhu init --office FILE.hzo`: a new desk database for the office in the file."""
    office = read_office_file(office_path.resolve())
    password = read_password("HUZHU_PASSWORD")
    with ctx.db().unit_of_work() as session:
        existing = find_self(session)
        if existing is not None:
            raise RejectedInput(
                msg(
                    "数据库 {p} 已属于代办处 {c}（{n}），不能再次初始化。",
                    p=ctx.db_path,
                    c=existing.code,
                    n=existing.name,
                )
            )
        done = provision(session, office, admin_password=password)
    ctx.emit(
        {"ok": True, "database": str(ctx.db_path), **done.__dict__},
        [
            f"已创建代办处 {done.office_code}（{done.name}）的数据库：{ctx.db_path}",
            f"操作员 admin 已创建；保障计划目录：{done.catalogue_version or '随软件提供的版本'}",
            f"省办事处密钥指纹：{done.hub_fingerprint}（请与省办事处核对）",
            "代办处文件含私钥，导入后请妥善保管或删除。",
        ],
    )
    return 0


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        result = export_package(session, actor, out_dir=args.out.resolve(), full=args.full)
    counts = "，".join(f"{k} {v}" for k, v in result.counts.items()) or "无变更"
    ctx.emit(
        {"ok": True, **result.__dict__, "rows": result.rows},
        [
            f"已导出第 {result.seq} 号同步包：{result.path}",
            f"{'全量' if result.full else '增量'}：{counts}；删除标记 {result.tombstones} 条",
            f"SHA-256 {result.sha256}",
        ],
    )
    return 0


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    path = args.file.resolve()
    if not path.is_file():
        raise NotFound(msg("找不到回执包文件“{f}”。", f=path))
    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        result = import_return(session, actor, path=path)
    text = (
        f"第 {result.seq} 号回执包此前已导入，未作任何改动。"
        if result.already_applied
        else (
            f"已导入第 {result.seq} 号回执包：确认 {result.acknowledged} 个同步包，"
            f"提醒 {result.alerts} 条，审批结果 {result.decisions} 条，"
            f"新目录 {'、'.join(result.catalogues) or '无'}，"
            f"年度指标 {'、'.join(map(str, result.targets)) or '无'}"
        )
    )
    ctx.emit({"ok": True, **result.__dict__}, text)
    return 0


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db().reader() as session:
        status = sync_status(session)
    last = f"{status.last_export_at:%Y-%m-%d %H:%M}" if status.last_export_at else "从未导出"
    lines = [
        f"代办处 {status.office_code or '（未初始化）'}；上次导出：{last}；"
        f"待同步变更 {status.pending_changes} 条",
    ]
    if status.overdue:
        lines.append(f"提醒：已超过 {status.interval_days} 天未同步，请尽快导出同步包。")
    if not status.provisioned:
        lines.append("本数据库没有省办事处签发的密钥，不能同步（huzhu init --office 代办处文件）。")
    lines += [
        f"{p.direction:<4}{p.seq:>6}  {p.created_at:%Y-%m-%d %H:%M}  {p.status}"
        for p in status.packages
    ]
    lines += [f"提醒：{a.message}" for a in status.alerts]
    ctx.emit(status, lines)
    return 0
