"""`huzhu roster import …` loads only what the import needs (issue 22): the command word picks
the one module registering it, and that table stays in step with what the modules register."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

from app import cli


def test_every_command_is_found_in_the_module_that_registers_it() -> None:
    registered = {}
    for name in cli.COMMAND_MODULES:
        commands = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"app.cli.{name}").register(commands, cli._shared_options())
        registered.update(dict.fromkeys(commands.choices, name))
    assert registered == cli.COMMANDS


def test_the_command_word_follows_the_shared_options() -> None:
    words = ["--data", "/x", "--user", "clerk1", "--json", "roster", "import", "f.xlsx"]
    assert cli.command_word(words) == "roster"
    assert cli.command_word(["--version"]) == "--version"
    assert cli.command_word(["--data", "/x"]) is None


def test_a_roster_import_does_not_load_other_areas_or_workbook_writers() -> None:
    code = (
        "import sys; from app import cli; "
        "cli.build_parser(cli.command_word(['roster', 'import', 'f.xlsx']))"
        ".parse_args(['roster', 'import', 'f.xlsx', '--unit', 'U', '--plans', 'ZY:1', "
        "'--start', '2026-03-11']); "
        "print(sorted(m for m in ('app.hub.ingest', 'app.cli.sync', 'app.sync.desk_import', "
        "'openpyxl', 'app.roster.exports', 'app.claims', 'app.enrollment.additions', "
        "'app.enrollment.leavers', 'app.enrollment.queries', 'app.enrollment.renewal', "
        "'sqlalchemy.dialects.postgresql') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_an_unknown_word_still_gets_the_whole_parser() -> None:
    parser = cli.build_parser(cli.command_word(["rostr"]))
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) == set(cli.COMMANDS)


def test_the_enrollment_package_gives_every_name_it_lists() -> None:
    import app.enrollment as enrollment

    assert sorted(enrollment.__all__) == sorted(enrollment._MODULE_OF)
    for name in enrollment.__all__:
        module = importlib.import_module(f"app.enrollment.{enrollment._MODULE_OF[name]}")
        assert getattr(enrollment, name) is getattr(module, name)
