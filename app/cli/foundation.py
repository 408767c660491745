"""`init`, `user`, `audit`, `backup`, `restore`."""

from __future__ import annotations

import argparse
import contextlib
import os
from pathlib import Path

from app import audit, auth, backup
from app.auth import Action
from app.cli.common import (
    CliUsageError,
    Context,
    command_group,
    out_file,
    person_text,
    read_password,
)
from app.cli.sync import init_office
from app.db import open_database
from app.demo import build_demo
from app.errors import DatabaseProblem
from app.i18n import msg
from models.enums import Role


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    p = commands.add_parser("init", parents=[shared], help="创建或升级数据库")
    p.add_argument("--demo", action="store_true", help="创建演示代办处和示例数据")
    p.add_argument(
        "--office", type=Path, metavar="FILE.hzo", help="用省办事处签发的代办处文件创建数据库"
    )
    p.set_defaults(handler=cmd_init)

    user = command_group(commands, "user", shared, "操作员")
    p = user.add_parser(
        "add", parents=[shared], help="新增操作员（新密码取自 HUZHU_NEW_PASSWORD 或标准输入）"
    )
    p.add_argument("name", type=person_text("NAME"))
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--display-name", type=person_text("--display-name"), default="")
    p.set_defaults(handler=cmd_user_add)
    p = user.add_parser("list", parents=[shared], help="列出操作员")
    p.set_defaults(handler=cmd_user_list)
    p = user.add_parser(
        "passwd",
        parents=[shared],
        help="修改 --user 本人的密码（原密码同登录；新密码取自 HUZHU_NEW_PASSWORD 或标准输入下一行）",
    )
    p.set_defaults(handler=cmd_user_passwd)
    p = user.add_parser(
        "reset",
        parents=[shared],
        help="重置操作员密码（管理员；新密码取自 HUZHU_NEW_PASSWORD 或标准输入）",
    )
    p.add_argument("name")
    p.set_defaults(handler=cmd_user_reset)
    for verb, label in (("disable", "停用"), ("enable", "启用")):
        p = user.add_parser(verb, parents=[shared], help=f"{label}操作员（管理员）")
        p.add_argument("name")
        p.set_defaults(handler=cmd_user_active, active=verb == "enable")

    aud = command_group(commands, "audit", shared, "审计日志")
    p = aud.add_parser("verify", parents=[shared], help="校验审计日志哈希链")
    p.set_defaults(handler=cmd_audit_verify)

    p = commands.add_parser("backup", parents=[shared], help="备份数据库")
    p.add_argument("--out", required=True, type=out_file("--out"))
    p.add_argument("--passphrase-env", metavar="NAME", help="加密备份：口令取自该环境变量")
    p.set_defaults(handler=cmd_backup)

    p = commands.add_parser("restore", parents=[shared], help="从备份恢复（原数据库另存保留）")
    p.add_argument("file", type=Path)
    p.add_argument("--passphrase-env", metavar="NAME", help="加密备份：口令取自该环境变量")
    p.set_defaults(handler=cmd_restore)


def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    if args.office:
        return init_office(ctx, args.office)
    if not args.demo:
        raise CliUsageError("请指定 --demo（演示数据）或 --office 代办处文件")
    summary = build_demo(ctx.db())
    verb = "已创建演示代办处" if summary.created else "数据库已是演示代办处，已检查并升级"
    ctx.emit(
        {"ok": True, "database": str(ctx.db_path), **summary.__dict__},
        [
            f"{verb} {summary.office_code}（{ctx.db_path}）",
            f"操作员 {summary.operators} 个，单位 {summary.units} 个，会员 {summary.members} 人"
            if summary.created
            else "",
            "演示操作员：admin、clerk1、clerk2、reviewer1、supervisor1，密码均为 huzhu-demo",
        ],
    )
    return 0


def cmd_user_add(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    password = read_password("HUZHU_NEW_PASSWORD")
    with ctx.db().unit_of_work() as session:
        added = auth.add_operator(
            session,
            actor,
            username=args.name,
            display_name=args.display_name,
            role=Role(args.role),
            password=password,
        )
    ctx.emit(
        {"ok": True, "username": added.username, "role": added.role.value},
        f"已新增操作员 {added.username}（{auth.ROLE_LABELS[added.role]}）",
    )
    return 0


def cmd_user_passwd(ctx: Context, args: argparse.Namespace) -> int:
    username, old = ctx.credentials()
    actor = auth.authenticate(ctx.db(), username, old)
    new = read_password("HUZHU_NEW_PASSWORD")
    with ctx.db().unit_of_work() as session:
        auth.change_password(session, actor, old_password=old, new_password=new)
    ctx.emit({"ok": True, "username": actor.username}, f"已修改操作员 {actor.username} 的密码")
    return 0


def cmd_user_reset(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    new = read_password("HUZHU_NEW_PASSWORD")
    with ctx.db().unit_of_work() as session:
        auth.reset_password(session, actor, username=args.name, new_password=new)
    ctx.emit({"ok": True, "username": args.name}, f"已重置操作员 {args.name} 的密码")
    return 0


def cmd_user_active(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        changed = auth.set_operator_active(session, actor, username=args.name, active=args.active)
    verb = "启用" if args.active else "停用"
    text = f"已{verb}操作员 {args.name}" if changed else f"操作员 {args.name} 本已{verb}，未作修改"
    ctx.emit({"ok": True, "username": args.name, "active": args.active, "changed": changed}, text)
    return 0


def cmd_user_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db().reader() as session:
        rows = auth.list_operators(session)
    data = [
        {
            "username": a.username,
            "display_name": a.display_name,
            "role": a.role.value,
            "active": active,
            "locked_until": locked,
        }
        for a, active, locked in rows
    ]
    lines = [
        f"{a.username:<14}{auth.ROLE_LABELS[a.role]:<6}{a.display_name}"
        + ("" if active else "（停用）")
        + (f"（锁定至 {locked:%H:%M}）" if locked else "")
        for a, active, locked in rows
    ]
    ctx.emit(data, lines)
    return 0


def cmd_audit_verify(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db().reader() as session:
        report = audit.verify(session)
    if report.ok:
        ctx.emit(
            {"ok": True, "records": report.records, "head": report.head},
            f"ok：审计日志 {report.records} 条，哈希链完整",
        )
        return 0
    ctx.emit(
        {
            "ok": False,
            "records": report.records,
            "first_bad_seq": report.first_bad_seq,
            "reason": report.reason,
        },
        f"审计日志校验失败：{report.reason}（序号 {report.first_bad_seq}）",
    )
    return 1


def cmd_backup(ctx: Context, args: argparse.Namespace) -> int:
    auth.require(ctx.actor(), Action.BACKUP)
    info = backup.backup(ctx.db_path, args.out.resolve(), passphrase=_passphrase(args))
    ctx.emit(
        {
            "ok": True,
            "file": info.path,
            "office_code": info.office_code,
            "revision": info.revision,
            "size": info.size,
            "encrypted": info.encrypted,
        },
        f"已{'加密' if info.encrypted else ''}备份到 {info.path}（{info.size // 1024} KB）",
    )
    return 0


def _passphrase(args: argparse.Namespace) -> str | None:
    if not args.passphrase_env:
        return None
    value = os.environ.get(args.passphrase_env)
    if not value:
        raise CliUsageError(f"环境变量 {args.passphrase_env} 未设置备份口令")
    return value


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    candidate = args.file.resolve()
    passphrase = _passphrase(args)
    # every check first: a refused backup is refused before anyone is logged in (nothing written)
    info = backup.check_restore(ctx.db_path, candidate, passphrase=passphrase)
    with contextlib.ExitStack() as stack:
        try:
            if not ctx.db_path.exists():
                raise DatabaseProblem(msg("没有数据库"))
            db = ctx.db()
        except DatabaseProblem:
            # No usable database here: the operator proves who they are against the backup.
            own = candidate
            if info.encrypted:
                ctx.data_dir.mkdir(parents=True, exist_ok=True)
                own = stack.enter_context(backup.decrypted(candidate, passphrase, ctx.data_dir))
            db = open_database(own, migrate=False)
        try:
            if not ctx.username:
                raise CliUsageError("恢复需要 --user 管理员用户名")
            actor = auth.authenticate(db, ctx.username, read_password("HUZHU_PASSWORD"))
            auth.require(actor, Action.RESTORE)
        finally:
            db.dispose()
            ctx.close()
    kept = backup.restore(ctx.db_path, candidate, passphrase=passphrase)
    open_database(ctx.db_path).dispose()  # upgrade now, so the next start is quick
    ctx.emit(
        {"ok": True, "restored": candidate, "office_code": info.office_code, "kept": kept},
        [
            str(msg("已从 {f} 恢复代办处 {c} 的数据。", f=candidate.name, c=info.office_code)),
            f"原数据库已另存为 {kept}",
        ],
    )
    return 0
