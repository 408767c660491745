"""Money safety in the claim services (issue 19.1, 19.3): one stay, diagnosis or invoice is
claimed once unless a supervisor writes why; a payment records how the money moved; the queue's
search finds claims by number, ID number, its tail and name."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from app import audit, claims
from app.db import Database
from app.errors import PermissionDenied, RejectedInput
from models import AuditRecord, Claim, Member
from tests.app.claims_factories import (
    critical_input,
    insured,
    stay_input,
    today,  # noqa: F401  (fixture)
)

pytestmark = pytest.mark.usefixtures("today")


def take(db: Database, actor, data, **kw) -> claims.IntakeResult:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as session:
        return claims.take_claim(session, actor, data=data, **kw)


def test_an_overlapping_stay_is_refused_naming_the_first_claim(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1})
    first = take(demo_db, actors["clerk1"], stay_input(who))
    overlapping = stay_input(who, admitted=dt.date(2026, 3, 8), discharged=dt.date(2026, 3, 15))
    with pytest.raises(RejectedInput) as refused:
        take(demo_db, actors["clerk2"], overlapping)
    text = str(refused.value)
    assert first.number in text and "已受理" in text and "2026-03-01 至 2026-03-10" in text
    assert refused.value.field == "duplicate"
    with demo_db.reader() as session:
        shown = claims.preview(session, overlapping)
        assert [c.number for c in shown.conflicts] == [first.number]
        assert shown.conflicts[0].why == "住院日期重叠"
        count = session.scalar(select(Claim.number).where(Claim.member_uuid == who.member_uuid))
        assert count == first.number  # nothing was written
    # a stay after the first is no duplicate
    later = stay_input(who, admitted=dt.date(2026, 3, 11), discharged=dt.date(2026, 3, 12))
    assert take(demo_db, actors["clerk1"], later).number != first.number


def test_a_rejected_or_withdrawn_claim_does_not_block_a_new_one(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1})
    first = take(demo_db, actors["clerk1"], stay_input(who))
    with demo_db.unit_of_work() as session:
        claims.withdraw(session, actors["clerk1"], claim_uuid=first.uuid, reason="材料重交")
    again = take(demo_db, actors["clerk1"], stay_input(who))
    assert again.duplicate_of == [] and again.override_reason is None


def test_same_diagnosis_and_same_invoice_are_duplicates(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1, "ZJ": 1})
    first = take(demo_db, actors["clerk1"], critical_input(who))
    with pytest.raises(RejectedInput, match=f"{first.number}.*同一诊断"):
        take(demo_db, actors["clerk1"], critical_input(who, diagnosis=" 急性心肌梗死 "))
    assert take(demo_db, actors["clerk1"], critical_input(who, diagnosis="恶性肿瘤")).number
    stay = take(demo_db, actors["clerk1"], stay_input(who, invoice_number="FP-0001"))
    other_stay = stay_input(
        who, admitted=dt.date(2026, 5, 1), discharged=dt.date(2026, 5, 3), invoice_number="fp-0001"
    )
    with pytest.raises(RejectedInput, match=f"{stay.number}.*同一发票号码"):
        take(demo_db, actors["clerk1"], other_stay)


def test_a_supervisor_takes_a_duplicate_in_with_a_reason_a_clerk_cannot(
    demo_db: Database, actors
) -> None:
    who = insured(demo_db, {"ZY": 1})
    first = take(demo_db, actors["clerk1"], stay_input(who))
    with pytest.raises(PermissionDenied, match="只有主管"):
        take(demo_db, actors["clerk1"], stay_input(who), override_reason="家属坚持")
    with pytest.raises(RejectedInput, match=first.number):
        take(demo_db, actors["supervisor1"], stay_input(who), override_reason="  ")
    reason = "首笔为门诊误录为住院，经核实另行受理"
    second = take(demo_db, actors["supervisor1"], stay_input(who), override_reason=reason)
    assert second.duplicate_of == [first.number] and second.override_reason == reason
    with demo_db.reader() as session:
        row = claims.claim_detail(session, actors["reviewer1"], second.uuid).row
        assert row.duplicate_of == first.number and row.override_reason == reason
        queued = {r.number: r for r in claims.work_queue(session, actors["reviewer1"])}
        assert queued[second.number].override_reason == reason
        record = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "claim.duplicate_override")
        ).one()
        details = json.loads(record.details)
        assert details["duplicate_of"] == [first.number] and details["reason"] == reason
        assert audit.verify(session).ok


def approved(db: Database, actors, who) -> str:  # type: ignore[no-untyped-def]
    c = take(db, actors["clerk1"], stay_input(who))
    with db.unit_of_work() as session:
        claims.review(session, actors["reviewer1"], claim_uuid=c.uuid)
        claims.approve(session, actors["supervisor1"], claim_uuid=c.uuid)
    return c.uuid


def test_a_payment_records_method_voucher_and_date(
    demo_db: Database, actors, monkeypatch: pytest.MonkeyPatch
) -> None:
    who = insured(demo_db, {"ZY": 1})
    key = approved(demo_db, actors, who)  # taken in on 2026-06-30
    monkeypatch.setenv("HUZHU_TODAY", "2026-07-03")
    pay = claims.record_payment
    with pytest.raises(RejectedInput, match="晚于今天"), demo_db.unit_of_work() as session:
        pay(session, actors["clerk1"], claim_uuid=key, paid_on=dt.date(2026, 7, 4))
    with pytest.raises(RejectedInput, match="早于受理日"), demo_db.unit_of_work() as session:
        pay(session, actors["clerk1"], claim_uuid=key, paid_on=dt.date(2026, 6, 29))
    with pytest.raises(RejectedInput, match="“汇票”不认识"), demo_db.unit_of_work() as session:
        pay(session, actors["clerk1"], claim_uuid=key, method="汇票")
    with demo_db.unit_of_work() as session:
        state = pay(
            session,
            actors["clerk1"],
            claim_uuid=key,
            paid_on=dt.date(2026, 7, 1),
            method="union-funds",
            voucher=" ZZ-2026-0601 ",
        )
    assert state.status == "paid"
    with demo_db.reader() as session:
        detail = claims.claim_detail(session, actors["clerk1"], key)
    assert (detail.paid_on, detail.pay_method, detail.pay_voucher) == (
        dt.date(2026, 7, 1),
        "工会经费划拨",
        "ZZ-2026-0601",
    )
    assert detail.row.paid_amount == detail.row.approved_amount == 336_000


def test_a_payment_without_a_bank_account_says_how_to_add_one(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1}, bank=("", ""))
    key = approved(demo_db, actors, who)
    with pytest.raises(RejectedInput) as refused, demo_db.unit_of_work() as session:
        claims.record_payment(session, actors["clerk1"], claim_uuid=key)
    assert "会员没有银行账户" in str(refused.value) and "“会员”页编辑该会员" in str(refused.value)
    with demo_db.unit_of_work() as session:
        claims.record_payment(
            session, actors["clerk1"], claim_uuid=key, bank="农行耀州支行", account="6228480001"
        )
    with demo_db.reader() as session:
        assert claims.claim_detail(session, actors["supervisor1"], key).pay_account == "6228480001"


def test_search_by_number_id_number_its_tail_and_name(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1})
    c = take(demo_db, actors["clerk1"], stay_input(who))
    with demo_db.reader() as session:
        initials = session.get(Member, who.member_uuid).name_initials
        for text in (c.number, c.number.lower(), who.id_number, who.id_number[-4:],
                     who.id_number[-6:], who.name, who.name[:1], initials):  # fmt: skip
            found = {r.number for r in claims.find_claims(session, actors["clerk1"], text=text)}
            assert c.number in found, text
        assert claims.find_claims(session, actors["clerk1"], text="LP-0000-") == []
        assert claims.find_claims(session, actors["clerk1"], text="不存在的人") == []


def test_a_correction_cannot_make_a_duplicate(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1})
    first = take(demo_db, actors["clerk1"], stay_input(who))
    later = stay_input(who, admitted=dt.date(2026, 4, 1), discharged=dt.date(2026, 4, 5))
    second = take(demo_db, actors["clerk1"], later)
    with pytest.raises(RejectedInput, match=first.number), demo_db.unit_of_work() as session:
        claims.correct(
            session,
            actors["reviewer1"],
            claim_uuid=second.uuid,
            changes={"admitted": dt.date(2026, 3, 9)},
            reason="入院日期录错",
        )
    with demo_db.unit_of_work() as session:  # a date that overlaps nothing is corrected
        state = claims.correct(
            session,
            actors["reviewer1"],
            claim_uuid=second.uuid,
            changes={"admitted": dt.date(2026, 3, 30)},
            reason="入院日期录错",
        )
    assert state.status == "received"
