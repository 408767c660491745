"""`partner add|list|check|leaflet|guide` and `event add|list|show|attend|sheet` (issue 11).

`partner check` without `--user` is the partner's own check: the signed QR against the public
keys on this desk, no login and no member records (the QR carries no names). With `--user` it is
the office's check, with the member's name and today's covers from the records."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import Context, day, integer, out_file, person_text


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    group = commands.add_parser("partner", parents=[shared], help="合作机构与会员核验（增值服务）")
    sub = group.add_subparsers(dest="partner_command", required=True)
    p = sub.add_parser("add", parents=[shared], help="登记合作机构及其会员优惠")
    p.add_argument("name", metavar="NAME", type=person_text("NAME"))
    p.add_argument("--kind", required=True, choices=("hospital", "pharmacy", "clinic"))
    p.add_argument(
        "--from", dest="valid_from", required=True, type=day("--from"), help="协议起 YYYY-MM-DD"
    )
    p.add_argument(
        "--to", dest="valid_to", required=True, type=day("--to"), help="协议止 YYYY-MM-DD"
    )
    p.add_argument(
        "--offer",
        type=person_text("--offer"),
        action="append",
        required=True,
        help="会员优惠或服务（可重复）",
    )
    p.add_argument("--contact", type=person_text("--contact"), default="")
    p.add_argument("--phone", default="")
    p.add_argument("--address", type=person_text("--address"), default="")
    p.set_defaults(handler=cmd_partner_add)
    p = sub.add_parser("list", parents=[shared], help="合作机构及优惠")
    p.add_argument("--on", type=day("--on"), default=None, help="只列该日有效的（YYYY-MM-DD）")
    p.set_defaults(handler=cmd_partner_list)
    p = sub.add_parser("check", parents=[shared], help="会员核验：扫描凭证二维码或输入证件号码")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--qr", metavar="TEXT", help="凭证二维码内容")
    who.add_argument("--id", dest="id_number", metavar="ID_NUMBER", help="证件号码（需 --user）")
    p.set_defaults(handler=cmd_partner_check)
    p = sub.add_parser("leaflet", parents=[shared], help="合作机构名单（PDF）")
    p.add_argument("--out", required=True, type=out_file("--out"))
    p.set_defaults(handler=cmd_partner_leaflet)
    p = sub.add_parser("guide", parents=[shared], help="合作机构会员核验说明（PDF）")
    p.add_argument("--out", required=True, type=out_file("--out"))
    p.add_argument("--partner", default=None, help="合作机构名称")
    p.set_defaults(handler=cmd_partner_guide)
    _register_events(commands, shared)


def _register_events(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    group = commands.add_parser("event", parents=[shared], help="健康活动与签到（增值服务）")
    sub = group.add_subparsers(dest="event_command", required=True)
    p = sub.add_parser("add", parents=[shared], help="登记活动")
    p.add_argument("--kind", required=True, choices=("lecture", "clinic", "checkup", "training"))
    p.add_argument("--title", type=person_text("--title"), required=True)
    p.add_argument("--date", required=True, type=day("--date"), help="YYYY-MM-DD")
    p.add_argument("--place", type=person_text("--place"), required=True)
    p.add_argument("--capacity", required=True, type=integer("--capacity", 1, 100_000))
    p.add_argument("--partner", default=None, help="合作机构名称")
    p.set_defaults(handler=cmd_event_add)
    p = sub.add_parser("list", parents=[shared], help="活动列表")
    p.set_defaults(handler=cmd_event_list)
    p = sub.add_parser("show", parents=[shared], help="活动及签到名单")
    p.add_argument("event", metavar="EVENT")
    p.set_defaults(handler=cmd_event_show)
    p = sub.add_parser("attend", parents=[shared], help="签到：凭证二维码或证件号码")
    p.add_argument("event", metavar="EVENT")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--qr", metavar="TEXT")
    who.add_argument("--id", dest="id_number", metavar="ID_NUMBER")
    p.set_defaults(handler=cmd_event_attend)
    p = sub.add_parser("sheet", parents=[shared], help="签到表（PDF，纸质备份）")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("--out", required=True, type=out_file("--out"))
    p.set_defaults(handler=cmd_event_sheet)


def cmd_partner_add(ctx: Context, args: argparse.Namespace) -> int:
    from app.health import partners

    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        made = partners.add_partner(
            session,
            actor,
            name=args.name,
            kind=args.kind,
            valid_from=args.valid_from,
            valid_to=args.valid_to,
            offers=args.offer,
            contact=args.contact,
            phone=args.phone,
            address=args.address,
        )
    ctx.emit(
        {"ok": True, "partner": made}, f"已登记合作机构 {made.name}（{len(made.offers)} 项优惠）"
    )
    return 0


def cmd_partner_list(ctx: Context, args: argparse.Namespace) -> int:
    from app.health import partners

    with ctx.db().reader() as session:
        found = partners.list_partners(session, on=args.on)
    lines = []
    for p in found:
        lines.append(f"{p.name}（{p.kind_label}）{p.valid_from}–{p.valid_to} {p.contact} {p.phone}")
        lines += [f"  · {o.description}（{o.valid_from}–{o.valid_to}）" for o in p.offers]
    ctx.emit({"ok": True, "partners": found}, lines or ["没有合作机构"])
    return 0


def cmd_partner_check(ctx: Context, args: argparse.Namespace) -> int:
    from app.cli.common import CliUsageError
    from app.health import membership

    if ctx.username:
        actor = ctx.actor()
        with ctx.db().reader() as session:
            result = membership.check_membership(
                session, actor, qr=args.qr, id_number=args.id_number
            )
    elif args.qr is None:
        raise CliUsageError("按证件号码核验需要 --user（查本处记录）；合作机构请扫描凭证二维码")
    else:
        with ctx.db().reader() as session:
            result = membership.check_offline(session, args.qr)
    ctx.emit({"ok": result.valid, **_plain_check(result)}, _check_lines(result))
    return 0 if result.valid else 1


def _plain_check(result: Any) -> dict[str, Any]:
    return {k: v for k, v in result.__dict__.items() if k != "member_uuid"}


def _check_lines(result: Any) -> list[str]:
    lines = [("是：" if result.valid else "否：") + result.reason]
    if result.name or result.masked_id:
        lines.append(f"会员：{result.name or '（二维码不含姓名）'} {result.masked_id}")
    if result.plans:
        lines.append("保障计划：" + "、".join(result.plans))
    if result.valid_from:
        lines.append(f"保障期间：{result.valid_from}至{result.valid_to}")
    return lines + list(result.notes)


def _write(ctx: Context, out: Path, make: Any) -> int:
    from app.printing.pdf import write_pdf

    out = out.resolve()
    with ctx.db().reader() as session:
        pages = write_pdf([make(session)], out, data_dir=ctx.data_dir)
    ctx.emit({"ok": True, "file": out, "pages": pages}, f"已生成：{out}（{pages} 页）")
    return 0


def cmd_partner_leaflet(ctx: Context, args: argparse.Namespace) -> int:
    from app.printing import health_docs

    ctx.actor()
    return _write(ctx, args.out, health_docs.partner_leaflet)


def cmd_partner_guide(ctx: Context, args: argparse.Namespace) -> int:
    from app.printing import health_docs

    ctx.actor()
    return _write(ctx, args.out, lambda s: health_docs.partner_guide(s, partner=args.partner))


def cmd_event_add(ctx: Context, args: argparse.Namespace) -> int:
    from app.health import events

    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        made = events.add_event(
            session,
            actor,
            kind=args.kind,
            title=args.title,
            held_on=args.date,
            place=args.place,
            capacity=args.capacity,
            partner=args.partner,
        )
    ctx.emit({"ok": True, "event": made}, f"已登记活动 {made.number}：{made.title}")
    return 0


def _event_line(e: Any) -> str:
    partner = f" 合作机构：{e.partner}" if e.partner else ""
    return (
        f"{e.number} {e.held_on} {e.kind_label}：{e.title}（{e.place}）"
        f" 签到 {e.attended}/{e.capacity}{partner}"
    )


def cmd_event_list(ctx: Context, args: argparse.Namespace) -> int:
    from app.health import events

    with ctx.db().reader() as session:
        found = events.list_events(session)
    ctx.emit({"ok": True, "events": found}, [_event_line(e) for e in found] or ["没有活动"])
    return 0


def cmd_event_show(ctx: Context, args: argparse.Namespace) -> int:
    from app.health import events

    ctx.actor()
    with ctx.db().reader() as session:
        event, people = events.event_detail(session, args.event)
    lines = [_event_line(event)]
    lines += [
        f"{i}. {p.name} {p.masked_id} {p.unit} {p.recorded_at:%H:%M}"
        for i, p in enumerate(people, 1)
    ]
    ctx.emit({"ok": True, "event": event, "attendees": people}, lines)
    return 0


def cmd_event_attend(ctx: Context, args: argparse.Namespace) -> int:
    from app.health import events

    actor = ctx.actor()
    with ctx.db().unit_of_work() as session:
        result = events.record_attendance(
            session, actor, event_number=args.event, scanned=args.qr or args.id_number
        )
    who = f"{result.name} {result.masked_id}".strip()
    text = f"签到成功：{who}" if result.recorded else f"未签到：{result.reason}"
    ctx.emit(
        {"ok": result.recorded, **result.__dict__},
        f"{text}（已签到 {result.attended}/{result.capacity}）",
    )
    return 0 if result.recorded else 1


def cmd_event_sheet(ctx: Context, args: argparse.Namespace) -> int:
    from app.printing import health_docs

    ctx.actor()
    return _write(ctx, args.out, lambda s: health_docs.sign_in_sheet(s, event_number=args.event))
