"""The sync and hub commands as an operator or a batch job runs them (tests/cli_runner.py)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from app.db import open_database
from tests.app.sync_factories import (
    PASSWORD,
    TODAY,
    add_unit,
    hub,  # noqa: F401
    pg_url,  # noqa: F401
    resident_id,
)
from tests.cli_runner import huzhu

A = "61020401"
AS_ADMIN = ("--user", "admin")


def _url(hub) -> str:  # noqa: F811
    return hub.engine.url.render_as_string(hide_password=False)


def test_office_file_desk_export_ingest_returns_import(hub, tmp_path: Path) -> None:  # noqa: F811
    db, env = _url(hub), {"HUZHU_PASSWORD": PASSWORD, "HUZHU_TODAY": TODAY}
    office_file = tmp_path / "yaozhou.hzo"
    run = huzhu("hub", "--db", db, "init", "--json")
    assert run.code == 0, run.err
    run = huzhu(
        "hub", "--db", db, *AS_ADMIN, "register", "--code", A, "--name", "耀州区代办处",
        "--out", office_file, env=env,
    )  # fmt: skip
    assert run.code == 0, run.err
    again = huzhu(
        "hub", "--db", db, *AS_ADMIN, "register", "--code", A, "--name", "x", "--out", office_file,
        env=env,
    )  # fmt: skip
    assert again.code == 1 and "已经登记过" in again.err

    desk = tmp_path / "desk"
    run = huzhu("--data", desk, "init", "--office", office_file, env=env)
    assert run.code == 0, run.err
    assert "省办事处密钥指纹" in run.out
    twice = huzhu("--data", desk, "init", "--office", office_file, env=env)
    assert twice.code == 1 and "不能再次初始化" in twice.err

    database = open_database(desk / "huzhu.sqlite3")
    with database.unit_of_work() as session:
        add_unit(session, A, [resident_id() for _ in range(3)])
    database.dispose()

    out = tmp_path / "out"
    run = huzhu(
        "--data", desk, "--user", "admin", "sync", "export", "--out", out, "--json", env=env
    )
    assert run.code == 0, run.err
    exported = run.json()
    assert exported["seq"] == 1 and exported["counts"] == {"units": 1, "members": 3}

    run = huzhu("hub", "--db", db, *AS_ADMIN, "ingest", exported["path"], env=env)
    assert run.code == 0, run.err
    run = huzhu("hub", "--db", db, *AS_ADMIN, "ingest", exported["path"], env=env)
    assert run.code == 0 and "未作改动" in run.out
    bogus = tmp_path / "bogus.hzp"
    bogus.write_bytes(b"not a package")
    run = huzhu("hub", "--db", db, *AS_ADMIN, "ingest", bogus, env=env)
    assert run.code == 1 and "不是同步包" in run.err

    run = huzhu("hub", "--db", db, "report", "--json")
    assert run.json()["rows"]["members"] == 3 and run.json()["refusals"] == 1

    run = huzhu(
        "hub", "--db", db, *AS_ADMIN, "returns", "--out", tmp_path / "returns", "--json", env=env
    )
    assert run.code == 0, run.err
    back = run.json()[0]["path"]
    for expected in ("已导入第 1 号回执包", "此前已导入"):
        run = huzhu("--data", desk, "--user", "admin", "sync", "import", back, env=env)
        assert run.code == 0 and expected in run.out, run.err

    run = huzhu("--data", desk, "sync", "status", "--json", env=env)
    status = run.json()
    assert status["pending_changes"] == 0
    assert [p["status"] for p in status["packages"]] == ["applied", "acknowledged"]


def test_hub_without_url_runs_an_embedded_postgresql() -> None:
    # Outside pytest's basetemp: the embedded server runs as its own user when tests run as root.
    data = Path(tempfile.mkdtemp(prefix="huzhu-hub-cli-"))
    try:
        run = huzhu("--data", data, "hub", "init", env={"HUZHU_PASSWORD": PASSWORD})
        assert run.code == 0, run.err
        assert (data / "hub-pg" / "PG_VERSION").exists()
        run = huzhu("--data", data, "hub", "report", "--json")
        assert run.code == 0 and run.json()["offices"] == 0
        # each command stopped the server it started: nothing is left running
        assert not (data / "hub-pg" / "postmaster.pid").exists()
    finally:
        shutil.rmtree(data, ignore_errors=True)
