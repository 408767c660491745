"""`print certificate|certificates|receipt|notice|premium-receipt|calibration` and `verify`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.auth import Actor
from app.cli.common import CliUsageError, Context, out_file

if TYPE_CHECKING:
    from app.printing.service import PrintJob

# reportlab, zxing-cpp and the layouts are imported by the handlers, not here: building the
# parser must stay cheap, because `huzhu` without a command starts the GUI through it.

Handler = Callable[[Context, argparse.Namespace], int]
BACK_HELP = "每张会员凭证后加背面：打印当日有效的合作机构与优惠（双面打印）"


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    out = argparse.ArgumentParser(add_help=False)
    out.add_argument("--out", required=True, type=out_file("--out"), help="输出 PDF 文件")
    out.add_argument("--printer", default=None, help="打印机名称（取该打印机的套打校准偏移）")
    group = commands.add_parser("print", parents=[shared], help="打印凭证、收据、回执和通知书")
    sub = group.add_subparsers(dest="print_command", required=True)

    p = sub.add_parser("certificate", parents=[shared, out], help="参保凭证（会员或单位）")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--member", metavar="ID", help="会员证件号码")
    who.add_argument("--unit", metavar="USCC", help="单位统一社会信用代码（含会员名单）")
    p.add_argument("--enrollment", default=None, help="参保单号（默认：最近一次有效参保）")
    p.add_argument("--back", action="store_true", help=BACK_HELP)
    p.set_defaults(handler=cmd_certificate)

    p = sub.add_parser("certificates", parents=[shared, out], help="一个参保单全部会员的凭证")
    p.add_argument("--enrollment", required=True, help="参保单号 BD-…")
    p.add_argument("--back", action="store_true", help=BACK_HELP)
    p.set_defaults(handler=cmd_certificates)

    p = sub.add_parser("receipt", parents=[shared, out], help="理赔受理回执")
    p.add_argument("claim", metavar="CLAIM_NUMBER")
    p.set_defaults(handler=cmd_receipt)

    p = sub.add_parser("notice", parents=[shared, out], help="给付通知书或不予给付通知书")
    p.add_argument("claim", metavar="CLAIM_NUMBER")
    p.set_defaults(handler=cmd_notice)

    p = sub.add_parser("premium-receipt", parents=[shared, out], help="互助费收款收据")
    p.add_argument("receipt", metavar="RECEIPT_NUMBER")
    p.add_argument("--preprinted", action="store_true", help="套打到预印收据上")
    p.set_defaults(handler=cmd_premium_receipt)

    p = sub.add_parser("calibration", parents=[shared, out], help="套打校准页")
    p.add_argument("--layout", required=True, help="版式名称，如 premium_receipt_preprinted")
    p.set_defaults(handler=cmd_calibration)

    p = commands.add_parser("verify", parents=[shared], help="离线校验凭证或收据上的二维码")
    p.add_argument("text", metavar="QR_TEXT")
    p.set_defaults(handler=cmd_verify)


def _run(ctx: Context, args: argparse.Namespace, make: Callable[[Session, Actor], PrintJob]) -> int:
    """Prepare the job and draw the PDF in one transaction: if drawing fails, no number is used
    and no reprint is counted."""
    from app.printing.service import print_to_pdf

    actor = ctx.actor()
    out: Path = args.out.resolve()
    with ctx.db().unit_of_work() as session:
        printed = print_to_pdf(
            session, actor, make, out, data_dir=ctx.data_dir, printer=args.printer
        )
    job, pages = printed.job, printed.pages
    numbers = [d.number for d in job.documents]
    reprint = f"，其中补打 {job.reprints} 份" if job.reprints else ""
    ctx.emit(
        {"ok": True, "file": out, "pages": pages, "numbers": numbers, "reprints": job.reprints},
        f"已生成 {job.title}：{out}（{pages} 页{reprint}）",
    )
    return 0


def _service() -> ModuleType:
    from app.printing import service

    return service


def _printing(make: Callable[[Session, Actor, argparse.Namespace], PrintJob]) -> Handler:
    """The handler that prints the job `make` prepares from the command's arguments."""
    return lambda ctx, args: _run(ctx, args, lambda s, a: make(s, a, args))


def cmd_certificate(ctx: Context, args: argparse.Namespace) -> int:
    if args.back and not args.member:
        raise CliUsageError("--back 只用于会员凭证：单位凭证没有背面")
    if args.member:
        return _run(
            ctx,
            args,
            lambda s, a: _service().member_certificate(
                s, a, id_number=args.member, enrollment_number=args.enrollment, back=args.back
            ),
        )
    return _run(
        ctx,
        args,
        lambda s, a: _service().unit_certificate(
            s, a, uscc=args.unit, enrollment_number=args.enrollment
        ),
    )


cmd_certificates = _printing(
    lambda s, a, o: _service().enrollment_certificates(
        s, a, enrollment_number=o.enrollment, back=o.back
    )
)
cmd_receipt = _printing(lambda s, a, o: _service().claim_receipt(s, a, claim_number=o.claim))
cmd_notice = _printing(lambda s, a, o: _service().claim_notice(s, a, claim_number=o.claim))
cmd_premium_receipt = _printing(
    lambda s, a, o: _service().premium_receipt(
        s, a, receipt_number=o.receipt, preprinted=o.preprinted
    )
)


def cmd_calibration(ctx: Context, args: argparse.Namespace) -> int:
    from app.printing.calibration import write_calibration_page
    from app.printing.layout import available_layouts

    if args.layout not in available_layouts(ctx.data_dir):
        raise CliUsageError(f"没有版式 {args.layout}；可用：{'、'.join(available_layouts())}")
    out: Path = args.out.resolve()
    dx, dy = write_calibration_page(args.layout, out, data_dir=ctx.data_dir, printer=args.printer)
    ctx.emit(
        {"ok": True, "file": out, "layout": args.layout, "offset_mm": [dx, dy]},
        f"已生成校准页：{out}（当前偏移 右 {dx} mm，下 {dy} mm）",
    )
    return 0


def cmd_verify(ctx: Context, args: argparse.Namespace) -> int:
    from app.printing import service
    from app.signing.qr import FIELD_LABELS

    with ctx.db().reader() as session:
        check = service.check_qr(session, args.text)
    v = check.verification
    lines = [("有效" if v.valid else "无效") + f"：{v.reason}"]
    if v.document:
        lines.append(f"文书：{v.document}")
    lines += [f"{FIELD_LABELS.get(k, k)}：{value}" for k, value in v.fields.items()]
    if v.valid:
        lines += [f"本处记录 {k}：{value}" for k, value in check.record.items()] or [
            "本处没有该编号的记录（可能是其他代办处签发）"
        ]
    ctx.emit(
        {
            "ok": v.valid,
            "valid": v.valid,
            "reason": v.reason,
            "kind": v.kind,
            "document": v.document,
            "fields": v.fields,
            "record": check.record,
        },
        lines,
    )
    return 0 if v.valid else 1
