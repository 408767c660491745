"""Bank payment list (real xlsx), work queues, overdue claims, scans stored by content."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app import claims, settings
from app.auth import SYSTEM
from app.claims.attachments import stored_path
from app.claims.lists import working_days
from app.db import Database
from app.errors import RejectedInput, ValidationFailed
from models import ClaimAttachment
from models.enums import ClaimStatus
from tests.app.claims_factories import (
    insured,
    stay_input,
    today,  # noqa: F401  (fixture)
)

pytestmark = pytest.mark.usefixtures("today")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def approved_claim(db: Database, actors, self_pay: int = 500_000) -> str:  # type: ignore[no-untyped-def]
    who = insured(db, {"ZY": 1})
    with db.unit_of_work() as session:
        c = claims.take_claim(session, actors["clerk1"], data=stay_input(who, self_pay=self_pay))
    with db.unit_of_work() as session:
        claims.review(session, actors["reviewer1"], claim_uuid=c.uuid)
        claims.approve(session, actors["supervisor1"], claim_uuid=c.uuid)
    return c.uuid


def test_paylist_masked_for_clerk_full_for_supervisor(
    demo_db: Database, actors, tmp_path: Path
) -> None:
    a = approved_claim(demo_db, actors)  # 3360.00
    b = approved_claim(demo_db, actors, self_pay=100_000)  # (1000 − 200) × 70% = 560.00
    with demo_db.unit_of_work() as session:
        masked = claims.write_paylist(
            session, actors["clerk1"], claim_uuids=[a, b], out=tmp_path / "clerk.xlsx"
        )
        full = claims.write_paylist(
            session, actors["supervisor1"], claim_uuids=[a, b], out=tmp_path / "sup.xlsx"
        )
    assert (masked.count, masked.total, masked.accounts_masked) == (2, 392_000, True)
    assert not full.accounts_masked
    sheet = load_workbook(tmp_path / "clerk.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert "代发清单" in rows[0][0]
    assert rows[1][:7] == (
        "序号",
        "理赔编号",
        "姓名",
        "证件号码",
        "开户银行",
        "银行账号",
        "金额（元）",
    )
    assert rows[2][5] == "***************4567" and "*" in rows[2][3]
    assert [float(r[6]) for r in rows[2:4]] == [3360.0, 560.0]
    assert rows[4][0] == "合计" and float(rows[4][6]) == 3920.0
    full_rows = list(load_workbook(tmp_path / "sup.xlsx").active.iter_rows(values_only=True))
    assert full_rows[2][5] == "6222020000001234567"


def test_paylist_refuses_claims_not_approved(demo_db: Database, actors, tmp_path: Path) -> None:
    who = insured(demo_db, {"ZY": 1})
    with demo_db.unit_of_work() as session:
        c = claims.take_claim(session, actors["clerk1"], data=stay_input(who))
    with pytest.raises(ValidationFailed) as caught, demo_db.unit_of_work() as session:
        claims.write_paylist(
            session, actors["clerk1"], claim_uuids=[c.uuid], out=tmp_path / "x.xlsx"
        )
    assert "已受理" in str(caught.value.problems[0].message)
    assert not (tmp_path / "x.xlsx").exists()


def test_work_queues_per_role(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1})
    with demo_db.unit_of_work() as session:
        mine = claims.take_claim(session, actors["supervisor1"], data=stay_input(who))
        later = stay_input(
            who, documents={}, admitted=dt.date(2026, 4, 1), discharged=dt.date(2026, 4, 5)
        )
        other = claims.take_claim(session, actors["clerk1"], data=later)
    with demo_db.reader() as session:
        review_q = {r.number for r in claims.work_queue(session, actors["reviewer1"])}
        clerk_q = {r.number for r in claims.work_queue(session, actors["clerk1"])}
    assert {mine.number, other.number} <= review_q
    assert other.number in clerk_q and mine.number not in clerk_q  # own claim missing documents
    with demo_db.unit_of_work() as session:
        claims.review(session, actors["reviewer1"], claim_uuid=mine.uuid)
    with demo_db.reader() as session:
        sup_q = claims.work_queue(session, actors["supervisor1"])
        assert mine.number not in {r.number for r in sup_q}  # four eyes: not their own
        waiting = claims.find_claims(
            session, actors["clerk1"], status=ClaimStatus.AWAITING_APPROVAL
        )
        assert mine.number in {r.number for r in waiting}
        assert all(r.status == "awaiting_approval" for r in waiting)
        theirs = {"member_uuid": who.member_uuid}
        assert claims.find_claims(session, actors["clerk1"], plan_code="ZJ", **theirs) == []
        rows = claims.find_claims(
            session,
            actors["clerk1"],
            date_from=dt.date(2026, 6, 30),
            date_to=dt.date(2026, 6, 30),
            **theirs,
        )
        assert {r.number for r in rows} == {mine.number, other.number}
        assert "*" in rows[0].id_number
        assert (
            claims.find_claims(session, actors["clerk1"], date_to=dt.date(2026, 6, 29), **theirs)
            == []
        )


def test_overdue_counts_working_days(
    demo_db: Database, actors, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert working_days(dt.date(2026, 6, 26), dt.date(2026, 6, 29)) == 1  # Fri → Mon
    assert working_days(dt.date(2026, 6, 1), dt.date(2026, 6, 15)) == 10
    monkeypatch.setenv("HUZHU_TODAY", "2026-06-01")
    who = insured(demo_db, {"ZY": 1})
    with demo_db.unit_of_work() as session:
        c = claims.take_claim(session, actors["clerk1"], data=stay_input(who))
    monkeypatch.setenv("HUZHU_TODAY", "2026-06-15")  # 10 working days later: on time
    with demo_db.reader() as session:
        assert c.number not in {r.number for r in claims.overdue_claims(session, actors["clerk1"])}
    monkeypatch.setenv("HUZHU_TODAY", "2026-06-16")
    with demo_db.reader() as session:
        late = claims.overdue_claims(session, actors["clerk1"])
    late = [r for r in late if r.number == c.number]
    assert late and late[0].working_days_open == 11
    with demo_db.unit_of_work() as session:
        settings.put(session, SYSTEM, "service_promise_days", 15)
    with demo_db.reader() as session:
        assert c.number not in {r.number for r in claims.overdue_claims(session, actors["clerk1"])}


def test_scan_stored_by_content_and_ticks_document(
    demo_db: Database, actors, tmp_path: Path
) -> None:
    who = insured(demo_db, {"ZY": 1})
    with demo_db.unit_of_work() as session:
        c = claims.take_claim(session, actors["clerk1"], data=stay_input(who, documents={}))
    scan = tmp_path / "发票.png"
    scan.write_bytes(PNG)
    data_dir = tmp_path / "data"
    with demo_db.unit_of_work() as session:
        first = claims.attach_scan(
            session,
            actors["clerk1"],
            claim_uuid=c.uuid,
            document="发票原件",
            source=scan,
            data_dir=data_dir,
        )
        again = claims.attach_scan(
            session,
            actors["clerk1"],
            claim_uuid=c.uuid,
            document="费用明细",
            source=scan,
            data_dir=data_dir,
        )
    sha = hashlib.sha256(PNG).hexdigest()
    assert first.sha256 == again.sha256 == sha
    assert first.path == stored_path(data_dir, sha) == data_dir / "documents" / sha[:2] / sha
    assert first.path.read_bytes() == PNG
    assert len(list((data_dir / "documents").rglob("*"))) == 2  # one folder, one file
    with demo_db.reader() as session:
        detail = claims.claim_detail(session, actors["clerk1"], c.uuid)
        assert session.scalar(select(func.count()).select_from(ClaimAttachment)) == 2
    assert detail.documents["发票原件"] and detail.documents["费用明细"]
    assert not detail.documents["身份证"]
    text = tmp_path / "notes.txt"
    text.write_text("not a scan")
    with pytest.raises(RejectedInput, match="不是图片"), demo_db.unit_of_work() as session:
        claims.attach_scan(
            session,
            actors["clerk1"],
            claim_uuid=c.uuid,
            document="身份证",
            source=text,
            data_dir=data_dir,
        )
