"""Issue 23 §3, §5, §6 on a real PostgreSQL: hub roles, password change, the hash-chained audit
and its verify command, catalogue publication checks, the yearly assessment, the province's
工作落实情况 report."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import delete, select, text, update

from app.catalogue import SHIPPED_DIR
from app.errors import PermissionDenied, RejectedInput
from app.hub import actions, assessment, audit, operators, registry
from app.hub.schema import hub_audit, hub_meta
from app.hub.workreport import work_report, write_work_pdf, write_work_xlsx
from tests.app.hub_factories import A, B, TwoOffices, two_offices
from tests.app.sync_factories import (
    PASSWORD,
    hub,  # noqa: F401
    pg_url,  # noqa: F401
)
from tests.cli_runner import huzhu

ADMIN = operators.HubOperator("admin", "省办事处管理员", "admin")


def _url(hub) -> str:  # noqa: F811
    return hub.engine.url.render_as_string(hide_password=False)


def _catalogue(version: str, valid_from: str, valid_to: str) -> str:
    doc = json.loads((SHIPPED_DIR / "shaanxi-2026.json").read_text(encoding="utf-8"))
    doc.update(version=version, valid_from=valid_from, valid_to=valid_to)
    return json.dumps(doc, ensure_ascii=False)


def test_audit_chain_verifies_and_names_a_changed_or_removed_row(hub) -> None:  # noqa: F811
    with hub.engine.begin() as conn:
        actions.publish_catalogue(
            conn, ADMIN, text=_catalogue("t-2027.1", "2027-01-01", "2027-12-31")
        )
        operators.record(conn, "admin", "test.one", {"n": 1})
        operators.record(conn, "admin", "test.two", {"n": 2, "text": "中文"})
    run = huzhu("--json", "hub", "--db", _url(hub), "audit", "verify")
    assert run.code == 0, run.err
    assert run.json()["ok"] is True and run.json()["records"] == 4
    with hub.engine.begin() as conn:
        conn.execute(
            update(hub_audit).where(hub_audit.c.action == "test.one").values(details={"n": 9})
        )
        bad = conn.scalar(select(hub_audit.c.seq).where(hub_audit.c.action == "test.one"))
    run = huzhu("hub", "--db", _url(hub), "audit", "verify")
    assert run.code == 1 and f"第 {bad} 条记录内容被改动" in run.out
    with hub.engine.begin() as conn:
        conn.execute(delete(hub_audit).where(hub_audit.c.seq == bad))
    with hub.engine.connect() as conn:
        report = audit.verify(conn)
    assert not report.ok and report.first_bad_seq == bad and "缺失" in report.reason


def test_hub_init_chains_the_audit_rows_of_an_older_hub(hub) -> None:  # noqa: F811
    with hub.engine.begin() as conn:
        operators.record(conn, "admin", "test.old", {"n": 1})
        conn.execute(text("ALTER TABLE hub_audit DROP COLUMN hash, DROP COLUMN prev_hash"))
        conn.execute(update(hub_meta).where(hub_meta.c.key == "schema_version").values(value="3"))
    with hub.engine.begin() as conn:
        registry.init_hub(conn)
        operators.record(conn, "admin", "test.new", {"n": 2})
    with hub.engine.connect() as conn:
        report = audit.verify(conn)
        done = list(conn.scalars(select(hub_audit.c.action).order_by(hub_audit.c.seq)))
    # the upgrade is audited too, chained after the rows it chained
    assert report.ok and report.records == 4
    assert done == ["operator.add", "test.old", "hub.upgrade", "test.new"]


def test_only_approvers_and_admins_decide_and_approvers_do_nothing_else(hub, tmp_path) -> None:  # noqa: F811
    env = {"HUZHU_PASSWORD": PASSWORD, "HUZHU_NEW_PASSWORD": "approver-pw-1"}
    url = _url(hub)
    add = ("hub", "--db", url, "--user", "admin", "user", "add")
    assert huzhu(*add, "shen", "--role", "approver", env=env).code == 0
    assert huzhu(*add, "wang", "--role", "operator", env=env).code == 0
    approver = operators.HubOperator("shen", "shen", "approver")
    worker = operators.HubOperator("wang", "wang", "operator")
    with hub.engine.begin() as conn, pytest.raises(PermissionDenied, match="审批员或管理员"):
        actions.decide_claim(conn, worker, claim="LP-1", approve=True, reason="")
    with hub.engine.begin() as conn, pytest.raises(PermissionDenied, match="审批员只能审批理赔"):
        actions.register_office(conn, approver, code=A, name="x", out=tmp_path / "a.hzo")
    run = huzhu(
        "hub", "--db", url, "--user", "wang", "decide", "LP-1", "--approve",
        env={"HUZHU_PASSWORD": "approver-pw-1"},
    )  # fmt: skip
    assert run.code != 0 and "审批员或管理员" in run.err
    package = tmp_path / "61020401-000001.hzp"
    package.write_bytes(b"not a package")
    shen = {"HUZHU_PASSWORD": "approver-pw-1"}
    run = huzhu("hub", "--db", url, "--user", "shen", "ingest", package, env=shen)
    assert run.code != 0 and "审批员只能审批理赔" in run.err
    run = huzhu("hub", "--db", url, "--user", "shen", "returns", "--out", tmp_path, env=shen)
    assert run.code != 0 and "审批员只能审批理赔" in run.err


def test_password_change_takes_the_old_one_and_refuses_a_short_new_one(hub) -> None:  # noqa: F811
    url = _url(hub)
    passwd = ("hub", "--db", url, "--user", "admin", "user", "passwd")
    short = huzhu(*passwd, env={"HUZHU_PASSWORD": PASSWORD, "HUZHU_NEW_PASSWORD": "x"})
    assert short.code == 1 and "密码" in short.err
    wrong = huzhu(
        *passwd, env={"HUZHU_PASSWORD": "not-it-at-all", "HUZHU_NEW_PASSWORD": "n-pw-12345"}
    )
    assert wrong.code != 0
    done = huzhu(*passwd, env={"HUZHU_PASSWORD": PASSWORD, "HUZHU_NEW_PASSWORD": "n-pw-12345"})
    assert done.code == 0, done.err
    with pytest.raises(Exception, match="用户名或密码不正确"):
        operators.login(hub.engine, "admin", PASSWORD)
    assert operators.login(hub.engine, "admin", "n-pw-12345").role == "admin"
    with hub.engine.connect() as conn:
        actions_logged = list(conn.scalars(select(hub_audit.c.action)))
        assert "operator.passwd" in actions_logged and audit.verify(conn).ok


def test_catalogue_versions_may_not_overlap_and_riders_need_a_main_plan(hub) -> None:  # noqa: F811
    with hub.engine.begin() as conn:
        assert actions.publish_catalogue(
            conn, ADMIN, text=_catalogue("p-2027.1", "2027-01-01", "2027-12-31")
        ) == ("p-2027.1", True)
    with hub.engine.begin() as conn, pytest.raises(RejectedInput, match="重叠"):
        registry.publish_catalogue(conn, text=_catalogue("p-2027.2", "2027-07-01", "2028-06-30"))
    doc = json.loads(_catalogue("p-2028.1", "2028-01-01", "2028-12-31"))
    next(p for p in doc["plans"] if p["code"] == "JT")["requires"] = []
    with hub.engine.begin() as conn, pytest.raises(RejectedInput, match="副险"):
        registry.publish_catalogue(conn, text=json.dumps(doc, ensure_ascii=False))
    doc["plans"] = [p for p in doc["plans"] if p["kind"] == "rider"]
    for plan in doc["plans"]:
        plan["requires"] = ["ZY"]
    with hub.engine.begin() as conn, pytest.raises(RejectedInput, match="主险"):
        registry.publish_catalogue(conn, text=json.dumps(doc, ensure_ascii=False))
    with hub.engine.connect() as conn:
        listed = registry.list_catalogues(conn)
    assert [c.version for c in listed] == ["p-2027.1"]
    assert "JT(ZY)" in listed[0].plans and listed[0].offices_sent == 0


@pytest.fixture(scope="module")
def province(pg_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TwoOffices]:  # noqa: F811
    with two_offices(pg_url, tmp_path_factory.mktemp("province-ops")) as built:
        yield built


def test_assessment_says_met_or_not_per_target(province: TwoOffices) -> None:
    with province.hub.engine.begin() as conn:
        actions.set_targets(
            conn, ADMIN, office=A, year=2026,
            values={"members": 6, "new_units": 3, "coverage_rate": "50", "area_workforce": 10},
        )  # fmt: skip
        actions.set_targets(conn, ADMIN, office=B, year=2026, values={"members": 3})
    with province.hub.engine.connect() as conn:
        lines = {(a.office, a.target): a for a in assessment.assess(conn, 2026)}
        overview = {o.code: o for o in assessment.office_overview(conn, 2026)}
    assert lines[(A, "members")].actual == 6 and lines[(A, "members")].verdict == "达标"
    assert lines[(A, "new_units")].actual == 2 and lines[(A, "new_units")].verdict == "未达标"
    assert lines[(A, "coverage_rate")].actual == Decimal("60.0")
    assert lines[(A, "coverage_rate")].verdict == "达标"
    assert lines[(B, "members")].verdict == "达标"
    assert overview[A].last_seq == 1 and overview[A].coverage == Decimal("60.0")
    assert overview[B].pending_claims == 1 and overview[B].coverage is None
    run = huzhu("--json", "hub", "--db", _url(province.hub), "assess", "--year", "2026")
    assert {(x["office"], x["target"]): x["met"] for x in run.json()["lines"]}[
        (A, "new_units")
    ] is False


def test_work_report_as_excel_and_pdf(province: TwoOffices, tmp_path: Path) -> None:
    with province.hub.engine.connect() as conn:
        report = work_report(conn, 2026)
    sheet = load_workbook(write_work_xlsx(report, tmp_path / "w.xlsx"))["各代办处"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=4, values_only=True)}
    assert rows[A][3] == 6 and rows[B][3] == 3
    total = next(r for r in sheet.iter_rows(min_row=4, values_only=True) if r[1] == "全省合计")
    assert total[3] == 9
    pdf = PdfReader(write_work_pdf(report, tmp_path / "w.pdf"))
    words = "".join(page.extract_text() for page in pdf.pages)
    assert "工作落实情况" in words and "八大群体" in words and "全省合计" in words
    run = huzhu(
        "hub",
        "--db",
        _url(province.hub),
        "work-report",
        "--year",
        "2026",
        "--out",
        tmp_path / "x.txt",
    )
    assert run.code == 2
