"""Two desks on one machine share one database file; a desk that cannot get the write lock is
told to retry instead of crashing."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import db as db_module
from app import integrity
from app.db import open_database
from app.errors import DatabaseProblem
from app.units import UnitFields, add_unit
from models import Claim, Member, Unit
from tests.app.roster_factories import uscc
from tests.reliability import scenario

REPO = Path(__file__).resolve().parents[2]
N = 15


def test_two_desks_write_interleaved_and_see_each_other(office_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUZHU_")}
    env["PYTHONPATH"] = str(REPO)
    desks = {
        name: subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.desk", str(office_dir), name, str(N)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("east", "west")
    }
    for name, proc in desks.items():
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err[-2000:]
        assert json.loads(out.strip().splitlines()[-1]) == {"seen": N}, name
    db = open_database(office_dir / "huzhu.sqlite3")
    try:
        assert integrity.check_all(db) == []
        with db.reader() as session:
            units = session.scalar(select(func.count()).select_from(Unit))
            members = session.scalar(select(func.count()).select_from(Member))
            claims = session.scalar(select(func.count()).select_from(Claim))
            numbers = sorted(session.scalars(select(Claim.number)))
    finally:
        db.dispose()
    assert units == len(scenario.UNITS) + 2 * N
    assert members == 100 + 2 * N
    assert claims == 2 * N
    assert numbers == [f"LP-61020401-2026-{i:06d}" for i in range(1, 2 * N + 1)]


def test_a_locked_database_asks_to_retry_and_writes_nothing(office_dir, monkeypatch) -> None:
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)
    db = open_database(office_dir / "huzhu.sqlite3")
    other_desk = sqlite3.connect(office_dir / "huzhu.sqlite3", isolation_level=None)
    other_desk.execute("BEGIN IMMEDIATE")
    try:
        with (
            pytest.raises(DatabaseProblem, match=r"数据库正忙.*请稍后重试"),
            db.unit_of_work() as session,
        ):
            add_unit(
                    session, scenario.CLERK,
                    data=UnitFields(uscc=uscc(900), name="忙时单位", headcount=3),
                )  # fmt: skip
    finally:
        other_desk.execute("ROLLBACK")
        other_desk.close()
    with db.unit_of_work() as session:  # once the other desk is done, the retry goes through
        add_unit(
            session, scenario.CLERK, data=UnitFields(uscc=uscc(900), name="忙时单位", headcount=3)
        )
    with db.reader() as session:
        assert session.scalar(select(func.count()).where(Unit.name == "忙时单位")) == 1
    db.dispose()
