"""`huzhu print …` and `huzhu verify` as a batch job would run them."""

from __future__ import annotations

import pytest

from app.db import open_database
from models.enums import ClaimStatus
from tests.app import printing_factories as factories
from tests.app.printing_pdf import qr_codes, texts
from tests.cli_runner import huzhu


@pytest.fixture
def office(demo_data_dir, demo_password):
    database = open_database(demo_data_dir / "huzhu.sqlite3")
    with database.unit_of_work() as session:
        made = factories.world(session, members=4)
        approved = factories.claim(
            session, made, status=ClaimStatus.APPROVED, amount=300000, working=["重度 3,000.00 元"]
        ).number
    database.dispose()
    env = {"HUZHU_PASSWORD": demo_password, "HUZHU_TODAY": "2026-07-01"}
    return demo_data_dir, made, approved, env


def test_print_member_certificate_then_verify_its_code(office, tmp_path):
    data, made, _, env = office
    out = tmp_path / "cert.pdf"
    run = huzhu(
        "--data",
        data,
        "--user",
        "clerk1",
        "--json",
        "print",
        "certificate",
        "--member",
        made.members[0].id_number,
        "--out",
        out,
        env=env,
    )
    assert run.code == 0, run.err
    result = run.json()
    assert result["pages"] == 1 and result["numbers"][0].startswith("PZ-61020401-2026-")
    assert made.members[0].name in texts(out)[0]

    [code] = qr_codes(out)
    ok = huzhu("--data", data, "verify", code)
    assert ok.code == 0 and "有效" in ok.out and made.members[0].name in ok.out
    bad = huzhu("--data", data, "--json", "verify", code.replace("ZY1", "ZY2"))
    assert bad.code == 1
    assert bad.json()["valid"] is False and "签名不符" in bad.json()["reason"]


def test_print_unit_certificate_premium_receipt_and_notice(office, tmp_path):
    data, made, approved, env = office
    for args, expected in (
        (["certificate", "--unit", made.unit.uscc], "单位参保凭证"),
        (["premium-receipt", made.receipt_number], "肆佰捌拾元整"),
        (["notice", approved], "给付通知书"),
        (["receipt", approved], "受理回执"),
    ):
        out = tmp_path / f"{args[0]}.pdf"
        run = huzhu("--data", data, "--user", "clerk1", "print", *args, "--out", out, env=env)
        assert run.code == 0, run.err
        assert expected in texts(out)[0]


def test_batch_and_calibration(office, tmp_path):
    data, made, _, env = office
    run = huzhu(
        "--data",
        data,
        "--user",
        "clerk1",
        "print",
        "certificates",
        "--enrollment",
        made.enrollment.number,
        "--out",
        tmp_path / "all.pdf",
        env=env,
    )
    assert run.code == 0, run.err
    assert "4 页" in run.out
    run = huzhu(
        "--data",
        data,
        "print",
        "calibration",
        "--layout",
        "premium_receipt_preprinted",
        "--out",
        tmp_path / "cal.pdf",
    )
    assert run.code == 0, run.err
    assert "校准页" in texts(tmp_path / "cal.pdf")[0]


def test_unknown_claim_is_rejected_with_exit_1(office, tmp_path):
    data, _, _, env = office
    run = huzhu(
        "--data",
        data,
        "--user",
        "clerk1",
        "print",
        "notice",
        "LP-61020401-2026-999999",
        "--out",
        tmp_path / "x.pdf",
        env=env,
    )
    assert run.code == 1
    assert "没有编号为 LP-61020401-2026-999999 的理赔申请" in run.err
    assert not (tmp_path / "x.pdf").exists()


def test_print_member_certificate_with_its_back(office, tmp_path):
    data, made, _, env = office
    out = tmp_path / "cert-back.pdf"
    base = ("--data", data, "--user", "clerk1", "--json", "print", "certificate")
    run = huzhu(*base, "--member", made.members[0].id_number, "--back", "--out", out, env=env)
    assert run.code == 0, run.err
    assert run.json()["pages"] == 2
    front, back = texts(out)
    assert made.members[0].name in front and "阳光社区诊所" in back  # a demo partner

    refused = huzhu(*base, "--unit", made.unit.uscc, "--back", "--out", tmp_path / "u.pdf", env=env)
    assert refused.code == 2 and "--back 只用于会员凭证" in refused.err
    assert not (tmp_path / "u.pdf").exists()
