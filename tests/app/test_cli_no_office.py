"""A data folder without an office database (a mistyped --data or HUZHU_DATA): only `init`
makes an office there; every other command exits 1 naming `huzhu init` and creates nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.paths import database_path
from tests.cli_runner import huzhu, huzhu_process

DEMO = {"HUZHU_PASSWORD": "huzhu-demo"}
COMMANDS = [
    ("user", "list"),
    ("audit", "verify"),
    ("--user", "admin", "backup", "--out", "{tmp}/b.hzb"),
    ("--user", "clerk1", "member", "search", "张"),
    ("--json", "unit", "list"),
]


def _files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*"))


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:3]))
def test_a_mistyped_data_folder_is_refused_and_nothing_is_created(tmp_path, command):
    typo = tmp_path / "hzuhu-data"
    args = [a.format(tmp=tmp_path) for a in command]
    run = huzhu("--data", typo, *args, env=DEMO)
    assert run.code == 1, run.err
    assert "没有代办处数据库" in run.err and "huzhu init" in run.err
    assert not typo.exists()
    assert _files(tmp_path) == []


def test_huzhu_data_naming_an_empty_folder_leaves_it_empty(tmp_path):
    empty = tmp_path / "office"
    empty.mkdir()
    run = huzhu("--json", "user", "list", env={"HUZHU_DATA": str(empty)})
    assert run.code == 1
    assert "huzhu init" in run.json()["error"]
    assert _files(empty) == []


def test_init_makes_the_office_and_then_commands_work(tmp_path):
    data = tmp_path / "new-office"
    assert huzhu("--data", data, "user", "list").code == 1
    assert huzhu("--data", data, "init", "--demo").code == 0
    assert database_path(data).is_file()
    run = huzhu("--data", data, "user", "list")
    assert run.code == 0 and "admin" in run.out


def test_diagnostics_reads_a_folder_without_an_office_and_creates_nothing(tmp_path):
    typo = tmp_path / "typo"
    run = huzhu("--data", typo, "diagnostics", "--out", tmp_path / "support.zip")
    assert run.code == 0, run.err
    assert not typo.exists()


def test_the_real_process_refuses_too(tmp_path):
    typo = tmp_path / "typo"
    run = huzhu_process("--data", typo, "--user", "admin", "audit", "verify", env=DEMO)
    assert run.code == 1 and "huzhu init" in run.err
    assert not typo.exists()
