"""The CLI contract for the foundation commands (docs/design.md §5), run through tests/cli_runner.py."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

from tests.cli_runner import huzhu

DEMO = {"HUZHU_PASSWORD": "huzhu-demo"}


def _tamper(db_file: Path, sql: str) -> None:
    """Change the file the way someone with the sqlite3 shell would."""
    shell = shutil.which("sqlite3")
    if shell:
        subprocess.run([shell, str(db_file), sql], check=True)
    else:
        conn = sqlite3.connect(db_file)
        conn.execute(sql)
        conn.commit()
        conn.close()


def test_init_demo_then_audit_verify_then_tamper(tmp_path: Path) -> None:
    data = tmp_path / "d"
    run = huzhu("--data", data, "init", "--demo")
    assert run.code == 0, run.err
    assert "61020401" in run.out and "huzhu-demo" in run.out

    run = huzhu("--data", data, "audit", "verify")
    assert run.code == 0 and run.out.startswith("ok")

    _tamper(data / "huzhu.sqlite3", "UPDATE audit_log SET operator = 'mallory' WHERE seq = 3")
    run = huzhu("--data", data, "--json", "audit", "verify")
    assert run.code == 1
    assert run.json()["first_bad_seq"] == 3
    run = huzhu("--data", data, "audit", "verify")
    assert run.code == 1 and "序号 3" in run.out


def test_init_demo_twice_keeps_the_data(demo_data_dir: Path) -> None:
    run = huzhu("--data", demo_data_dir, "--json", "init", "--demo")
    assert run.code == 0 and run.json()["created"] is False


def test_exit_codes(demo_data_dir: Path) -> None:
    assert huzhu("--data", demo_data_dir, "no-such-command").code == 2
    assert huzhu("--data", demo_data_dir, "user", "add", "x").code == 2  # --role missing
    run = huzhu(
        "--data",
        demo_data_dir,
        "--user",
        "clerk1",
        "user",
        "add",
        "x2",
        "--role",
        "clerk",
        env={**DEMO, "HUZHU_NEW_PASSWORD": "long-enough"},
    )
    assert run.code == 1 and "无权管理操作员" in run.err


def test_user_add_and_list_as_json(demo_data_dir: Path) -> None:
    run = huzhu(
        "--data",
        demo_data_dir,
        "--user",
        "admin",
        "user",
        "add",
        "clerk3",
        "--role",
        "clerk",
        "--display-name",
        "赵六",
        env={**DEMO, "HUZHU_NEW_PASSWORD": "long-enough"},
    )
    assert run.code == 0, run.err
    users = huzhu("--data", demo_data_dir, "--json", "user", "list").json()
    assert {
        "username": "clerk3",
        "display_name": "赵六",
        "role": "clerk",
        "active": True,
        "locked_until": None,
    } in users


def test_password_from_stdin(demo_data_dir: Path) -> None:
    run = huzhu(
        "--data",
        demo_data_dir,
        "--user",
        "admin",
        "user",
        "add",
        "clerk4",
        "--role",
        "clerk",
        env={"HUZHU_NEW_PASSWORD": "long-enough"},
        stdin="huzhu-demo\n",
    )
    assert run.code == 0, run.err


def test_lockout_in_the_cli_is_on_the_real_clock(demo_data_dir: Path) -> None:
    """Five wrong passwords lock the account; a forged HUZHU_NOW 15 minutes on does not end the
    lock (issue 20 class 9); fifteen real minutes do (the stored lock moved into the past)."""
    args = ("--data", demo_data_dir, "--user", "admin", "user", "add", "late", "--role", "clerk")
    at = {"HUZHU_NOW": "2026-11-28T10:00:00", "HUZHU_NEW_PASSWORD": "long-enough"}
    for _ in range(5):
        run = huzhu(*args, env={**at, "HUZHU_PASSWORD": "bad"})
        assert run.code == 1 and "用户名或密码不正确" in run.err
    run = huzhu(*args, env={**at, **DEMO})
    assert run.code == 1 and "已被锁定" in run.err
    later = {**at, **DEMO, "HUZHU_NOW": "2026-11-28T10:15:01"}
    assert huzhu(*args, env=later).code == 1
    with sqlite3.connect(demo_data_dir / "huzhu.sqlite3") as conn:
        conn.execute("UPDATE operators SET locked_until = '2000-01-01 00:00:00'")
    assert huzhu(*args, env=later).code == 0


def test_backup_and_restore_round_trip(demo_data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.sqlite3"
    run = huzhu("--data", demo_data_dir, "--user", "supervisor1", "backup", "--out", out, env=DEMO)
    assert run.code == 0, run.err
    huzhu(
        "--data",
        demo_data_dir,
        "--user",
        "admin",
        "user",
        "add",
        "after",
        "--role",
        "clerk",
        env={**DEMO, "HUZHU_NEW_PASSWORD": "long-enough"},
    )
    run = huzhu("--data", demo_data_dir, "--user", "admin", "restore", out, env=DEMO)
    assert run.code == 0, run.err
    users = [u["username"] for u in huzhu("--data", demo_data_dir, "--json", "user", "list").json()]
    assert "after" not in users
    kept = list(demo_data_dir.glob("huzhu.sqlite3.replaced-*"))
    assert len(kept) == 1
    assert sqlite3.connect(kept[0]).execute(
        "SELECT count(*) FROM operators WHERE username = 'after'"
    ).fetchone() == (1,)


def test_clerk_may_not_back_up_or_restore(demo_data_dir: Path, tmp_path: Path) -> None:
    run = huzhu(
        "--data",
        demo_data_dir,
        "--user",
        "clerk1",
        "backup",
        "--out",
        tmp_path / "b.sqlite3",
        env=DEMO,
    )
    assert run.code == 1 and "无权备份数据" in run.err
