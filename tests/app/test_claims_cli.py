"""`huzhu claim …` through tests/cli_runner.py (issue 5 acceptance 2 through the CLI)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app.db import open_database
from tests.app.claims_factories import TODAY, Insured, insured
from tests.cli_runner import Run, huzhu


def covered_member(data_dir: Path) -> Insured:
    db = open_database(data_dir / "huzhu.sqlite3")
    try:
        return insured(db, {"ZY": 1})
    finally:
        db.dispose()


def as_user(data_dir: Path, user: str, *args: str, password: str) -> Run:
    env = {"HUZHU_PASSWORD": password, "HUZHU_TODAY": TODAY}
    return huzhu("--data", data_dir, "--user", user, "claim", *args, env=env)


def stay(admitted: str = "2026-03-01", discharged: str = "2026-03-10") -> tuple[str, ...]:
    return (
        "--plan", "ZY", "--kind", "stay", "--hospital-level", "2",
        "--admitted", admitted, "--discharged", discharged, "--settled", discharged,
        "--total", "13300", "--insurance-paid", "8000", "--out-of-policy", "300",
        "--documents", "all",
    )  # fmt: skip


STAY = stay()


def test_claim_cli_four_eyes_flow(demo_data_dir: Path, demo_password: str, tmp_path: Path) -> None:
    who = covered_member(demo_data_dir)

    def run(user: str, *args: str) -> Run:
        return as_user(demo_data_dir, user, *args, password=demo_password)

    bad = run("clerk1", "new", "--member", who.id_number, *STAY, "--self-pay", "5000.123")
    assert bad.code == 1 and "最多两位小数" in bad.err

    made = run("clerk1", "--json", "new", "--member", who.id_number, *STAY, "--self-pay", "5000")
    assert made.code == 0, made.err
    claim = made.json()
    assert claim["benefit"] == "3360.00" and claim["missing_documents"] == []
    assert claim["working"][1] == "× 70%（本保障期首次住院）= 3,360.00 元"
    number = claim["number"]

    assert run("reviewer1", "review", number).code == 0
    refused = run("clerk1", "approve", number)
    assert refused.code == 1 and "无权审批理赔" in refused.err

    # the supervisor who takes a claim in cannot approve it
    own = run(
        "supervisor1", "--json", "new", "--member", who.id_number,
        *stay("2026-04-01", "2026-04-05"), "--self-pay", "1000",
    )  # fmt: skip
    own_number = own.json()["number"]
    assert run("reviewer1", "review", own_number).code == 0
    four_eyes = run("supervisor1", "approve", own_number)
    assert four_eyes.code == 1 and "受理人不能审批自己受理的申请" in four_eyes.err

    approved = run("supervisor1", "--json", "approve", number, "--reason", "材料齐全")
    assert approved.code == 0, approved.err
    assert approved.json()["status"] == "approved"

    out = tmp_path / "代发清单.xlsx"
    listed = run("clerk1", "paylist", "--out", str(out), number)
    assert listed.code == 0, listed.err
    assert "合计 3,360.00 元" in listed.out
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[2][1] == number and rows[-1][0] == "合计"

    assert run("clerk1", "pay", number, "--amount", "3360.001").code == 1
    paid = run("clerk1", "pay", number)
    assert paid.code == 0 and "已支付 3,360.00 元" in paid.out
    shown = run("clerk1", "--json", "show", number).json()
    assert [h["action"] for h in shown["history"]] == [
        "intake", "review", "submit", "approve", "pay",
    ]  # fmt: skip
    listed_paid = run("clerk1", "--json", "list", "--status", "paid").json()
    assert number in {r["number"] for r in listed_paid}
    assert {r["status"] for r in listed_paid} == {"paid"}
    verify = huzhu("--data", demo_data_dir, "audit", "verify")
    assert verify.code == 0 and verify.out.startswith("ok")


def test_claim_cli_duplicate_override_and_payment_details(
    demo_data_dir: Path, demo_password: str, tmp_path: Path
) -> None:
    """Issue 19.1 and 19.3 through the CLI: the same stay twice exits 1 naming the first claim;
    a clerk's --override-reason is refused; a supervisor's is taken in; a payment records its
    method, voucher and date, a future date is refused, and `claim show` prints them in yuan."""
    who = covered_member(demo_data_dir)

    def run(user: str, *args: str) -> Run:
        return as_user(demo_data_dir, user, *args, password=demo_password)

    first = run("clerk1", "--json", "new", "--member", who.id_number, *STAY, "--self-pay", "5000")
    assert first.code == 0, first.err
    number = first.json()["number"]
    again = run("clerk2", "new", "--member", who.id_number, *STAY, "--self-pay", "5000")
    assert again.code == 1 and number in again.err and "2026-03-01 至 2026-03-10" in again.err
    clerk = run("clerk2", "new", "--member", who.id_number, *STAY, "--override-reason", "家属坚持")
    assert clerk.code == 1 and "只有主管" in clerk.err
    scan = tmp_path / "发票.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x01" * 32)
    taken = run(
        "supervisor1", "--json", "new", "--member", who.id_number, *STAY,
        "--self-pay", "5000", "--override-reason", "首笔为误录，另行受理",
        "--scan", f"发票原件={scan}",
    )  # fmt: skip
    assert taken.code == 0, taken.err
    assert taken.json()["duplicate_of"] == [number]
    history = run("supervisor1", "--json", "show", taken.json()["number"]).json()["history"]
    assert [h["action"] for h in history] == ["intake", "attach"]

    assert run("reviewer1", "review", number).code == 0
    assert run("supervisor1", "approve", number).code == 0
    future = run("clerk1", "pay", number, "--date", "2026-07-01", "--method", "转账")
    assert future.code == 1 and "晚于今天" in future.err
    paid = run(
        "clerk1", "pay", number, "--method", "工会经费划拨", "--voucher", "ZZ-0630-7",
        "--date", "2026-06-30",
    )  # fmt: skip
    assert paid.code == 0, paid.err
    assert "工会经费划拨" in paid.out and "ZZ-0630-7" in paid.out
    shown = run("clerk1", "show", number)
    assert "总费用（元）：13,300.00" in shown.out and "1330000" not in shown.out
    assert "支付：3,360.00 元，2026-06-30 工会经费划拨，凭证号 ZZ-0630-7" in shown.out
    data = run("clerk1", "--json", "show", number).json()
    assert data["fields"]["total_cost"] == "13300.00" and data["row"]["paid_amount"] == "3360.00"
    assert (data["pay_method"], data["pay_voucher"]) == ("工会经费划拨", "ZZ-0630-7")
    found = run("clerk1", "list", "--search", who.id_number[-4:])
    assert found.code == 0 and number in found.out and "重复特批" in found.out
