"""`huzhu enroll|renew|enrollment|plan` on the demo database, as a batch job would run them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from app import clock
from app.db import open_database
from app.enrollment import list_enrollments
from models import Member, Unit
from tests.cli_runner import huzhu

PASSWORD = {"HUZHU_PASSWORD": "huzhu-demo"}
START = (clock.today() + dt.timedelta(days=3)).isoformat()  # the demo is dated around today


def _unenrolled_unit(data: Path) -> tuple[str, list[str], int]:
    """The demo unit left without an enrollment: its USCC, ID numbers, headcount."""
    db = open_database(data / "huzhu.sqlite3")
    with db.reader() as session:
        enrolled = {e.unit_uuid for e in list_enrollments(session)}
        unit = next(
            u for u in session.scalars(select(Unit).order_by(Unit.name)) if u.uuid not in enrolled
        )
        ids = list(session.scalars(select(Member.id_number).where(Member.unit_uuid == unit.uuid)))
        result = unit.uscc, sorted(ids), unit.headcount
    db.dispose()
    return result


def test_plan_list_json(demo_data_dir: Path) -> None:
    run = huzhu("--data", demo_data_dir, "--json", "plan", "list")
    assert run.code == 0, run.err
    assert [p["code"] for p in run.json()["plans"]] == ["ZY", "JT", "ZJ", "NZ", "YW"]


def test_enroll_rejected_prints_every_failed_rule_and_exits_1(
    demo_data_dir: Path, tmp_path: Path
) -> None:
    uscc, ids, head = _unenrolled_unit(demo_data_dir)
    roster = tmp_path / "roster.txt"
    roster.write_text("\n".join(ids[: head // 2]) + "\n", encoding="utf-8")
    run = huzhu(
        "--data", demo_data_dir, "--user", "clerk1", "enroll", "--unit", uscc, "--plans", "ZY:1,JT:4",
        "--start", START, "--members", roster, env=PASSWORD,
    )  # fmt: skip
    assert run.code == 1
    assert "请补充" in run.err and "1–3 份" in run.err
    listing = huzhu("--data", demo_data_dir, "--json", "enrollment", "list", "--unit", uscc)
    assert listing.json()["enrollments"] == []


def test_enroll_dry_run_then_for_real_then_show(demo_data_dir: Path) -> None:
    uscc, ids, _ = _unenrolled_unit(demo_data_dir)
    args = ("--data", demo_data_dir, "--user", "clerk1", "--json", "enroll", "--unit", uscc,
            "--plans", "ZY:1", "--start", START, "--all-members")  # fmt: skip
    total = len(ids) * 6000
    payer = f"unit={total // 200}.00,individual={total / 100 - total // 200:.2f}"
    dry = huzhu(*args, "--dry-run", "--payer", payer, env=PASSWORD)
    assert dry.code == 0, dry.out + dry.err
    assert dry.json()["ok"] and len(dry.json()["rules"]) == 11
    real = huzhu(*args, "--payer", payer, env=PASSWORD)
    assert real.code == 0, real.err
    number = real.json()["number"]
    assert [r["payer"] for r in real.json()["receipts"]] == ["unit", "individual"]
    shown = huzhu("--data", demo_data_dir, "--json", "enrollment", "show", number)
    assert shown.json()["summary"]["members"] == len(ids)
    off = huzhu(*args, "--dry-run", "--payer", "unit=1", env=PASSWORD)
    assert off.code == 1 and any(not r["passed"] for r in off.json()["rules"])


def test_override_reason_needs_a_supervisor(demo_data_dir: Path, tmp_path: Path) -> None:
    uscc, ids, _ = _unenrolled_unit(demo_data_dir)
    roster = tmp_path / "roster.txt"
    roster.write_text("\n".join(ids[:5]), encoding="utf-8")
    base = ("--data", demo_data_dir, "--json", "enroll", "--unit", uscc, "--plans", "ZY:1",
            "--start", START, "--members", roster, "--override-reason", "试点")  # fmt: skip
    assert huzhu("--user", "clerk1", *base, env=PASSWORD).code == 1
    ok = huzhu("--user", "supervisor1", *base, env=PASSWORD)
    assert ok.code == 0, ok.err
    assert ok.json()["override_by"] == "supervisor1"


def test_expiring_list_and_renew(demo_data_dir: Path) -> None:
    expiring = huzhu(
        "--data", demo_data_dir, "--json", "enrollment", "list", "--expiring", "30", env=PASSWORD
    )
    rows = expiring.json()["enrollments"]
    assert rows and all(0 <= r["days_left"] <= 30 for r in rows)
    number = rows[0]["number"]
    dry = huzhu(
        "--data",
        demo_data_dir,
        "--user",
        "clerk1",
        "--json",
        "renew",
        number,
        "--dry-run",
        env=PASSWORD,
    )
    assert dry.code == 0, dry.out + dry.err
    done = huzhu(
        "--data", demo_data_dir, "--user", "clerk1", "--json", "renew", number, env=PASSWORD
    )
    assert done.code == 0, done.err
    again = huzhu(
        "--data", demo_data_dir, "--json", "enrollment", "list", "--expiring", "30", env=PASSWORD
    )
    assert number not in {r["number"] for r in again.json()["enrollments"]}


def test_unknown_id_in_member_file_names_the_line(demo_data_dir: Path, tmp_path: Path) -> None:
    uscc, ids, _ = _unenrolled_unit(demo_data_dir)
    roster = tmp_path / "roster.txt"
    roster.write_text(f"{ids[0]}\n110101199003074514\n", encoding="utf-8")
    run = huzhu(
        "--data", demo_data_dir, "--user", "clerk1", "enroll", "--unit", uscc, "--plans", "ZY:1",
        "--start", START, "--members", roster, env=PASSWORD,
    )  # fmt: skip
    assert run.code == 1 and "第 2 行" in run.err
