"""`unit add|list|show` and `member add|show|search|move|leave`: the register of units and members.

Commands that change data log in as `--user`; read commands without `--user` show personal data
masked (as to a clerk), with `--user` as the operator's role allows.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from app import auth, member_search, members, units
from app.cli.common import Context, command_group, day, from_args, integer, person_text
from app.history import HistoryEntry, change_history, describe_changes
from app.members import GENDER_LABELS, ID_TYPE_LABELS, MemberFields, parse_gender
from app.money import plain_yuan
from models.enums import IdType, Role

ANONYMOUS = auth.Actor("cli", "命令行（未登录）", Role.CLERK)
STATUS_LABELS = {"active": "在用", "inactive": "停用", "left": "离职"}


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    unit = command_group(commands, "unit", shared, "投保单位")
    p = unit.add_parser("add", parents=[shared], help="登记单位")
    p.add_argument("--uscc", required=True, help="统一社会信用代码")
    p.add_argument("--name", type=person_text("--name"), required=True)
    p.add_argument("--headcount", required=True, type=int, help="在职职工数")
    p.add_argument("--female-headcount", type=int, default=0, help="女职工数")
    for option in ("industry", "union-name", "contact", "phone", "address"):
        p.add_argument(f"--{option}", type=person_text(f"--{option}"), default="")
    p.set_defaults(handler=cmd_unit_add)
    p = unit.add_parser("list", parents=[shared], help="列出或查找单位")
    p.add_argument("--search", default="", help="名称、联系人或信用代码")
    p.set_defaults(handler=cmd_unit_list)
    p = unit.add_parser("show", parents=[shared], help="单位详情、参保记录和变更历史")
    p.add_argument("uscc")
    p.set_defaults(handler=cmd_unit_show)

    member = command_group(commands, "member", shared, "会员")
    p = member.add_parser("add", parents=[shared], help="登记会员")
    p.add_argument("--id", required=True, dest="id_number", help="证件号码")
    p.add_argument("--name", type=person_text("--name"), required=True)
    p.add_argument("--unit", required=True, help="所在单位的统一社会信用代码")
    p.add_argument("--phone", default="")
    p.add_argument("--tag", default="", help="群体类别：" + "、".join(members.ALLOWED_TAGS[1:]))
    p.add_argument("--id-type", default=IdType.RESIDENT_ID.value, choices=[t.value for t in IdType])
    p.add_argument("--gender", default="", help="男/女（非居民身份证时必填）")
    p.add_argument(
        "--birth-date", type=day("--birth-date"), help="YYYY-MM-DD（非居民身份证时必填）"
    )
    p.add_argument("--bank-name", type=person_text("--bank-name"), default="")
    p.add_argument("--bank-account", default="")
    p.set_defaults(handler=cmd_member_add)
    p = member.add_parser("show", parents=[shared], help="会员详情、保障和变更历史")
    p.add_argument("id_number")
    p.set_defaults(handler=cmd_member_show)
    p = member.add_parser(
        "search", parents=[shared], help="按证件号、尾号、姓名、拼音首字母或电话查找"
    )
    p.add_argument("text")
    p.add_argument("--limit", type=integer("--limit", 1, 10_000), default=50)
    p.set_defaults(handler=cmd_member_search)
    p = member.add_parser("move", parents=[shared], help="调动到另一单位")
    p.add_argument("id_number")
    p.add_argument("--unit", required=True, help="调入单位的统一社会信用代码")
    p.set_defaults(handler=cmd_member_move)
    p = member.add_parser("leave", parents=[shared], help="办理离职")
    p.add_argument("id_number")
    p.add_argument("--date", required=True, type=day("--date"), help="离职日期 YYYY-MM-DD")
    p.add_argument("--reason", type=person_text("--reason", multiline=True), default="")
    p.set_defaults(handler=cmd_member_leave)


def _reader_actor(ctx: Context) -> auth.Actor:
    return ctx.actor() if ctx.username else ANONYMOUS


def _unit_line(u: units.UnitRow) -> str:
    state = "" if u.status == "active" else "（停用）"
    return f"{u.uscc}  {u.name}{state}  在职职工 {u.headcount} 人，已登记会员 {u.members} 人"


def cmd_unit_add(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    data = from_args(units.UnitFields, args)
    with ctx.db().unit_of_work() as session:
        row = units.add_unit(session, actor, data=data)
    ctx.emit({"ok": True, "unit": row}, f"已登记单位 {row.name}（{row.uscc}）")
    return 0


def cmd_unit_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db().reader() as session:
        rows = units.search_units(session, text=args.search)
    ctx.emit(rows, [_unit_line(u) for u in rows] or ["没有找到单位"])
    return 0


def _history(entries: list[HistoryEntry]) -> list[dict[str, Any]]:
    return [
        {
            "at": h.at,
            "operator": h.operator,
            "action": h.action,
            "label": h.label,
            "changes": {k: list(v) for k, v in h.changes.items()},
        }
        for h in entries
    ]


def _history_lines(entity: str, entries: list[HistoryEntry]) -> list[str]:
    return [
        f"  {h.at:%Y-%m-%d %H:%M}  {h.operator}  {h.label}  "
        f"{describe_changes(entity, h.changes)}".rstrip()
        for h in entries
    ]


def cmd_unit_show(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db().reader() as session:
        row = units.get_unit(session, uscc=args.uscc)
        enrollments = units.unit_enrollments(session, row.uuid)
        history = change_history(session, entity="units", entity_id=row.uuid)
    lines = [
        _unit_line(row),
        f"工会：{row.union_name}  行业：{row.industry}  女职工 {row.female_headcount} 人",
        f"联系人：{row.contact}  电话：{row.phone}  地址：{row.address}",
        "参保记录：" if enrollments else "参保记录：无",
        *(
            f"  {e.number}  {e.start_date}～{e.end_date}  {e.members} 人  "
            f"保费 {plain_yuan(e.premium_total)} 元"
            for e in enrollments
        ),
        "变更历史：",
        *_history_lines("units", history),
    ]
    ctx.emit({"unit": row, "enrollments": enrollments, "history": _history(history)}, lines)
    return 0


def cmd_member_add(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    data = MemberFields(
        id_number=args.id_number,
        name=args.name,
        id_type=IdType(args.id_type),
        gender=parse_gender(args.gender),
        birth_date=args.birth_date,
        phone=args.phone,
        group_tag=args.tag,
        bank_name=args.bank_name,
        bank_account=args.bank_account,
    )
    with ctx.db().unit_of_work() as session:
        unit = units.find_unit(session, args.unit)
        added = members.add_member(session, actor, unit_uuid=unit.uuid, data=data)
    ctx.emit(
        {"ok": True, "uuid": added.uuid, "id_number": added.id_number, "name": added.name},
        f"已登记会员 {added.name}（{unit.name}）",
    )
    return 0


def _member_line(r: member_search.MemberRow) -> str:
    state = "" if r.status == "active" else f"（离职 {r.left_on}）"
    sex = GENDER_LABELS[r.gender]
    return f"{r.id_number}  {r.name}  {sex}  {r.birth_date}  {r.phone}  {r.unit_name}{state}"


def cmd_member_show(ctx: Context, args: argparse.Namespace) -> int:
    actor = _reader_actor(ctx)
    with ctx.db().reader() as session:
        found = members.find_member(session, args.id_number)
        detail = member_search.member_detail(session, actor, member_uuid=found.uuid)
        history = change_history(session, entity="members", entity_id=found.uuid)
    row = detail.row
    lines = [
        _member_line(row),
        f"证件：{ID_TYPE_LABELS[row.id_type]}  群体：{row.group_tag or '—'}  "
        f"开户行：{detail.bank_name}  账号：{detail.bank_account}",
        "保障：" if detail.coverages else "保障：无",
        *(
            f"  {c.enrollment_number}  {c.plan_name} {c.shares} 份  {c.start_date}～{c.end_date}"
            for c in detail.coverages
        ),
        "变更历史：",
        *_history_lines("members", history),
    ]
    ctx.emit({**asdict(detail), "history": _history(history)}, lines)
    return 0


def cmd_member_search(ctx: Context, args: argparse.Namespace) -> int:
    actor = _reader_actor(ctx)
    with ctx.db().reader() as session:
        rows = member_search.search_members(session, actor, text=args.text, limit=args.limit)
    ctx.emit(rows, [_member_line(r) for r in rows] or ["没有找到会员"])
    return 0


def cmd_member_move(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        member = members.find_member(session, args.id_number)
        unit = units.find_unit(session, args.unit)
        moved = members.move_member(session, actor, member_uuid=member.uuid, unit_uuid=unit.uuid)
    ctx.emit(
        {"ok": True, "uuid": moved.uuid, "unit_uuid": moved.unit_uuid, "unit": unit.name},
        f"已将 {moved.name} 调入 {unit.name}",
    )
    return 0


def cmd_member_leave(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        member = members.find_member(session, args.id_number)
        left = members.leave_member(
            session, actor, member_uuid=member.uuid, on=args.date, reason=args.reason
        )
    ctx.emit(
        {"ok": True, "uuid": left.uuid, "status": left.status, "left_on": left.left_on},
        f"已为 {left.name} 办理离职（{left.left_on}）",
    )
    return 0
