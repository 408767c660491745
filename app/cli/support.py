"""Support commands: `huzhu diagnostics --out FILE.zip` (app/diagnostics.py)."""

from __future__ import annotations

import argparse

from app import diagnostics
from app.cli.common import Context, out_file


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "diagnostics", parents=[shared], help="导出诊断信息（日志、版本、设置；不含数据库）"
    )
    p.add_argument("--out", required=True, type=out_file("--out"), metavar="FILE.zip")
    p.set_defaults(handler=cmd_diagnostics)


def cmd_diagnostics(ctx: Context, args: argparse.Namespace) -> int:
    done = diagnostics.export(ctx.data_dir, args.out.resolve())
    ctx.emit(
        {"ok": True, "path": str(done.path), "entries": done.entries},
        [f"已导出诊断信息：{done.path}", "内含：" + "、".join(done.entries)],
    )
    return 0
