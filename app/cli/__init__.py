"""The `huzhu` command: a thin layer over the services (docs/design.md §5).

Exit codes: 0 ok · 1 rejected input (nothing written; reasons printed) · 2 usage · 3 other failure.
Each area registers its commands from its own module in this package.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__, logs
from app.errors import HuzhuError, RejectedInput
from app.i18n import msg
from app.paths import DB_FILENAME

log = logging.getLogger(__name__)

# Each area's commands, in help order. Imported only when a command is given, so that the GUI
# (`huzhu` alone) starts without loading what only the command line needs.
COMMAND_MODULES = (
    *("foundation", "registry", "enrollment", "roster", "printing", "claims"),
    *("sync", "hub", "reports", "health", "support"),
)


# The module registering each command: `huzhu roster import …` loads app.cli.roster and what
# it needs, not every area's services (~1 s of imports on a 2-core desk; issue 22). Any other
# first word (`--help`, a typo) builds the whole parser. A test keeps this in step with
# what the modules register.
COMMANDS = {
    **dict.fromkeys(("init", "user", "audit", "backup", "restore"), "foundation"),
    **dict.fromkeys(("unit", "member"), "registry"),
    **dict.fromkeys(("enroll", "renew", "enrollment", "plan"), "enrollment"),
    **dict.fromkeys(("print", "verify"), "printing"),
    **dict.fromkeys(("report", "targets"), "reports"),
    **dict.fromkeys(("partner", "event"), "health"),
    **{"roster": "roster", "claim": "claims", "sync": "sync", "hub": "hub"},
    "diagnostics": "support",
}


# Commands that run where no office database exists: `init` and `restore` make one, `hub` keeps
# its own database, `diagnostics` only reads what is there. Every other command refuses such a
# folder (a mistyped --data or HUZHU_DATA) and creates nothing in it.
MAKES_FOLDER = frozenset({"init", "restore", "hub"})
WITHOUT_OFFICE = MAKES_FOLDER | {"diagnostics"}


def no_office(folder: Path) -> RejectedInput:
    return RejectedInput(
        msg(
            "数据文件夹 {folder} 中没有代办处数据库（{db}）。请检查 --data 或 HUZHU_DATA 是否写错；"
            "新建代办处请运行 huzhu init（--office 代办处文件，或 --demo 演示数据）。",
            folder=str(folder),
            db=DB_FILENAME,
        )
    )


def _shared_options() -> argparse.ArgumentParser:
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument(
        "--data",
        default=argparse.SUPPRESS,
        help="数据文件夹（默认：用户数据目录；或环境变量 HUZHU_DATA）",
    )
    shared.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="输出 JSON")
    shared.add_argument(
        "--user",
        default=argparse.SUPPRESS,
        help="操作员用户名（密码取自 HUZHU_PASSWORD 或标准输入）",
    )
    return shared


WINDOW_CHECK_HELP = "窗口自检：在真实显示上打开登录窗口，窗口显示后即退出（退出码 0）"


def _gui_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when `argv` names no command (start the GUI), else None."""
    gui = argparse.ArgumentParser(add_help=False, parents=[_shared_options()], allow_abbrev=False)
    gui.add_argument("--selftest-window", action="store_true")
    args, rest = gui.parse_known_args(argv)
    return None if rest else args


def command_word(argv: Sequence[str]) -> str | None:
    """The command `argv` names (its first word after the shared options), or None."""
    _, rest = _shared_options().parse_known_args(argv)
    return rest[0] if rest else None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or only `command`'s when it is a known command (see COMMANDS)."""
    shared = _shared_options()
    parser = argparse.ArgumentParser(
        prog="huzhu", parents=[shared], description="职工互助保障代办系统（不带命令时启动图形界面）"
    )
    parser.add_argument("--version", action="version", version=f"huzhu {__version__}")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="自检：临时数据库、演示数据、打印一张凭证并核验二维码",
    )
    parser.add_argument("--selftest-window", action="store_true", help=WINDOW_CHECK_HELP)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = (COMMANDS[command],) if command in COMMANDS else COMMAND_MODULES
    for name in modules:
        importlib.import_module(f"app.cli.{name}").register(commands, shared)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    gui = _gui_only(argv)
    if gui is not None:
        from ui.application import run_gui  # the GUI is the one place app/ reaches up to ui/

        return run_gui(getattr(gui, "data", None), window_check=gui.selftest_window)
    # Only now: the window (above) starts without loading what the commands share.
    from app.cli.common import EXIT_FAILURE, CliUsageError, Context, report_error

    try:
        args = build_parser(command_word(argv)).parse_args(argv)
    except HuzhuError as exc:  # an option's value out of range (app.cli.common converters)
        print(f"错误：{exc.message}", file=sys.stderr)
        return exc.exit_code
    if args.selftest:
        from app.selftest import main as selftest

        return selftest()
    ctx = Context.from_args(args)
    if args.command not in WITHOUT_OFFICE and not ctx.db_path.is_file():
        refused = no_office(ctx.data_dir)  # a mistyped folder: nothing is created
        report_error(ctx, refused)
        return refused.exit_code
    if args.command in MAKES_FOLDER or ctx.db_path.is_file():
        logs.configure(ctx.data_dir)
    try:
        return args.handler(ctx, args) or 0
    except CliUsageError as exc:
        print(f"huzhu: {exc}", file=sys.stderr)
        return 2
    except HuzhuError as exc:
        log.info("%s refused: %s", args.command, exc.message)  # for support (scrubbed)
        report_error(ctx, exc)
        return exc.exit_code
    except Exception as exc:
        log.exception("unexpected failure in %s", args.command)
        report_error(ctx, exc)
        return EXIT_FAILURE
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
