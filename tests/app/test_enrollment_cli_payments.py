"""`huzhu renew --dry-run` prints the renewal preview; renew, enroll and additions record how the
premium moved (--payment-method, --voucher, --paid-on) and `enrollment show` prints it; 减员 from
the command line; the exit codes of issue 19 (0 done, 1 refused with nothing written, 2 usage)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app import clock
from app.db import open_database
from models import Unit
from tests.app.enrollment_factories import make_member
from tests.app.test_enrollment_cli import PASSWORD, START, _unenrolled_unit
from tests.cli_runner import huzhu

TODAY = clock.today()


def _expiring(data: Path) -> str:
    run = huzhu("--data", data, "--json", "enrollment", "list", "--expiring", "30")
    return run.json()["enrollments"][0]["number"]


def _count(data: Path) -> int:
    return len(huzhu("--data", data, "--json", "enrollment", "list").json()["enrollments"])


def test_renew_dry_run_prints_the_preview_and_writes_nothing(demo_data_dir: Path) -> None:
    number, before = _expiring(demo_data_dir), _count(demo_data_dir)
    base = ("--data", demo_data_dir, "--user", "clerk1", "renew", number, "--dry-run")
    text = huzhu(*base, "--payment-method", "现金", "--voucher", "XJ-1", env=PASSWORD)
    assert text.code == 0, text.out + text.err
    assert f"续保 {number}：新保障期" in text.out
    assert "不再续保：离职或调出" in text.out and "元整" in text.out
    assert "收款方式 现金，凭证号 XJ-1" in text.out and "预览通过（未保存）。" in text.out
    data = huzhu("--json", *base, env=PASSWORD).json()
    assert data["dry_run"] and data["ok"] and len(data["rules"]) == 11
    assert data["payment_method"] == "转账" and {"leavers", "new_hires", "split"} <= set(data)
    off = huzhu("--json", *base, "--payer", "unit=1", env=PASSWORD)
    assert off.code == 1 and not off.json()["ok"]
    assert _count(demo_data_dir) == before


def test_renew_records_payer_method_voucher_and_paid_date(demo_data_dir: Path) -> None:
    number = _expiring(demo_data_dir)
    base = ("--data", demo_data_dir, "--user", "clerk1", "--json", "renew", number)
    total = huzhu(*base, "--dry-run", env=PASSWORD).json()["premium_total"]  # fen
    unit, union = total // 2, total - total // 2
    payer = f"unit={unit // 100}.{unit % 100:02d},union={union // 100}.{union % 100:02d}"
    paid = (TODAY - dt.timedelta(days=1)).isoformat()
    done = huzhu(
        *base, "--payer", payer, "--payment-method", "union-funds", "--voucher", "GH-77",
        "--paid-on", paid, env=PASSWORD,
    )  # fmt: skip
    assert done.code == 0, done.err
    assert [r["payer"] for r in done.json()["receipts"]] == ["unit", "union"]
    shown = huzhu("--data", demo_data_dir, "enrollment", "show", done.json()["number"])
    assert shown.code == 0
    lines = [line for line in shown.out.splitlines() if "收款" in line]
    assert len(lines) == 2 and all("工会经费划拨" in x and "凭证号 GH-77" in x for x in lines)
    assert all(paid in x for x in lines)
    again = huzhu(*base, env=PASSWORD)
    assert again.code == 1 and "已续保" in again.err


def test_future_paid_date_and_unknown_method_are_refused(demo_data_dir: Path) -> None:
    number, before = _expiring(demo_data_dir), _count(demo_data_dir)
    base = ("--data", demo_data_dir, "--user", "clerk1", "renew", number)
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    late = huzhu(*base, "--paid-on", tomorrow, env=PASSWORD)
    assert late.code == 1 and f"缴费日期 {tomorrow} 晚于今天" in late.err
    odd = huzhu(*base, "--payment-method", "信用卡", env=PASSWORD)
    assert odd.code == 1 and "收款方式“信用卡”不认识" in odd.err
    uscc, _ids, _ = _unenrolled_unit(demo_data_dir)
    enrol = huzhu(
        "--data", demo_data_dir, "--user", "clerk1", "enroll", "--unit", uscc, "--plans", "ZY:1",
        "--start", START, "--all-members", "--paid-on", tomorrow, env=PASSWORD,
    )  # fmt: skip
    assert enrol.code == 1 and "晚于今天" in enrol.err
    assert _count(demo_data_dir) == before


def test_add_members_and_leave_from_the_command_line(demo_data_dir: Path) -> None:
    uscc, _ids, _ = _unenrolled_unit(demo_data_dir)
    user = ("--data", demo_data_dir, "--user", "clerk1", "--json")
    made = huzhu(
        *user, "enroll", "--unit", uscc, "--plans", "ZY:1", "--start", START, "--all-members",
        env=PASSWORD,
    )  # fmt: skip
    assert made.code == 0, made.err
    number = made.json()["number"]
    db = open_database(demo_data_dir / "huzhu.sqlite3")
    with db.unit_of_work() as session:
        unit = next(u for u in session.query(Unit) if u.uscc == uscc)
        newcomer = make_member(session, unit, name="钱新人").id_number
    db.dispose()
    unknown = huzhu(*user, "enrollment", "add-members", number, "--id", "610204199001011234",
                    env=PASSWORD)  # fmt: skip
    assert unknown.code == 1 and "第 1 行" in unknown.out + unknown.err
    add = ("enrollment", "add-members", number, "--id", newcomer, "--payment-method", "cash")
    dry = huzhu("--data", demo_data_dir, "--user", "clerk1", *add, "--dry-run", env=PASSWORD)
    assert dry.code == 0 and "个月" in dry.out and "检查通过（未保存）" in dry.out
    real = huzhu(*user, *add, "--voucher", "XJ-9", env=PASSWORD)
    assert real.code == 0, real.err
    assert real.json()["members"] == 1 and real.json()["premium_total"]
    shown = huzhu("--data", demo_data_dir, "enrollment", "show", number)
    assert "现金" in shown.out and "凭证号 XJ-9" in shown.out
    usage = huzhu(*user, "enrollment", "leave", number, "--id", newcomer, "--date",
                  TODAY.isoformat(), env=PASSWORD)  # fmt: skip
    assert usage.code == 2  # --reason is required
    leave = huzhu(
        "--data", demo_data_dir, "--user", "clerk1", "enrollment", "leave", number, "--id",
        newcomer, "--date", TODAY.isoformat(), "--reason", "离职", env=PASSWORD,
    )  # fmt: skip
    assert leave.code == 0, leave.err
    assert "减员 1 人" in leave.out and "钱新人：退费" in leave.out
