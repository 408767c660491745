"""Payment details, 减员, additions' payments and the renewal preview at the service level."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.enrollment import (
    PaymentDetails,
    PaymentSplit,
    add_to_enrollment,
    cancel_enrollment,
    enrol,
    leave_enrollment,
    preview_renewal,
    renew,
)
from app.enrollment.payments import checked_details, method_label
from app.errors import RejectedInput
from models import Coverage, Enrollment, Member, Payment, Unit
from models.enums import CoverageStatus, MemberStatus, PaymentKind
from tests.app.enrollment_factories import make_member, request, scene, setup_office


@pytest.fixture
def office(db, monkeypatch):
    monkeypatch.setenv("HUZHU_TODAY", "2026-02-20")
    setup_office(db)
    return db


def _refunds(db) -> list[tuple[str, int]]:
    with db.reader() as session:
        rows = session.execute(
            select(Payment.payer, Payment.amount).where(Payment.kind == PaymentKind.REFUND)
        ).all()
    return sorted((p.value, a) for p, a in rows)


def test_payment_details_are_checked(office) -> None:
    assert method_label("cash") == "现金" and method_label(" 银行代扣 ") == "银行代扣"
    with pytest.raises(RejectedInput, match="不认识") as refused:
        method_label("信用卡")
    assert refused.value.field == "payment_method"
    with pytest.raises(RejectedInput, match="晚于今天") as late:
        checked_details(PaymentDetails(paid_on=dt.date(2026, 2, 21)))
    assert late.value.field == "paid_on"
    with pytest.raises(RejectedInput, match="最长 40"):
        checked_details(PaymentDetails(voucher="9" * 41))
    earlier = checked_details(PaymentDetails("transfer", "  ZZ  001 ", dt.date(2026, 1, 5)))
    assert earlier == PaymentDetails("转账", "ZZ 001", dt.date(2026, 1, 5))
    assert checked_details(PaymentDetails()).paid_on == dt.date(2026, 2, 20)


def test_enrol_records_how_the_money_moved_and_refuses_a_future_date(office, actors) -> None:
    sc = scene(office, headcount=2)
    with pytest.raises(RejectedInput, match="晚于今天"), office.unit_of_work() as session:
        enrol(session, actors["clerk1"], request=request(sc, paid_on=dt.date(2026, 2, 21)))
    with office.reader() as session:
        assert session.scalar(select(func.count()).select_from(Enrollment)) == 0
    with office.unit_of_work() as session:
        enrol(
            session, actors["clerk1"],
            request=request(sc, method="cheque", voucher="ZP-1", paid_on=dt.date(2026, 2, 19)),
        )  # fmt: skip
    with office.reader() as session:
        paid = session.scalar(select(Payment))
        assert (paid.method, paid.voucher, paid.paid_on) == ("支票", "ZP-1", dt.date(2026, 2, 19))


def test_leavers_before_the_start_are_refunded_in_proportion_then_cancel_refunds_the_rest(
    office, actors
) -> None:
    sc = scene(office, headcount=3)
    with office.unit_of_work() as session:
        first = enrol(
            session,
            actors["clerk1"],
            request=request(sc, payment=PaymentSplit(unit=10000, individual=8000)),
        )
    with pytest.raises(RejectedInput, match="原因") as no_reason, office.unit_of_work() as s:
        leave_enrollment(
            s, actors["clerk1"], number=first.number, member_uuids=[sc.members[0]],
            on=dt.date(2026, 2, 20), reason=" ",
        )  # fmt: skip
    assert no_reason.value.field == "reason"
    with office.unit_of_work() as session:
        left = leave_enrollment(
            session, actors["clerk1"], number=first.number, member_uuids=[sc.members[0]],
            on=dt.date(2026, 2, 18), reason="离职", refund=PaymentDetails("cash"),
        )  # fmt: skip
    assert left.refund_total == 6000 and left.leavers[0].cover_runs_to is None
    assert _refunds(office) == [("individual", 2666), ("unit", 3334)]
    with office.reader() as session:
        stored = session.get(Enrollment, first.uuid)
        assert (stored.premium_total, stored.pay_unit, stored.pay_individual) == (12000, 6666, 5334)
        assert session.get(Member, sc.members[0]).status is MemberStatus.LEFT
    with pytest.raises(RejectedInput, match="没有有效的保障"), office.unit_of_work() as session:
        leave_enrollment(
            session, actors["clerk1"], number=first.number, member_uuids=[sc.members[0]],
            on=dt.date(2026, 2, 18), reason="离职",
        )  # fmt: skip
    with office.unit_of_work() as session:
        cancel_enrollment(session, actors["supervisor1"], number=first.number, reason="撤回")
    assert sum(a for _p, a in _refunds(office)) == 18000  # never more than was paid


def test_leavers_after_the_start_keep_their_cover_and_get_no_refund(
    office, actors, monkeypatch
) -> None:
    sc = scene(office, headcount=2)
    with office.unit_of_work() as session:
        first = enrol(session, actors["clerk1"], request=request(sc))
    monkeypatch.setenv("HUZHU_TODAY", "2026-05-02")
    with pytest.raises(RejectedInput, match="晚于今天"), office.unit_of_work() as session:
        leave_enrollment(
            session, actors["clerk1"], number=first.number, member_uuids=[sc.members[1]],
            on=dt.date(2026, 5, 3), reason="离职",
        )  # fmt: skip
    with office.unit_of_work() as session:
        left = leave_enrollment(
            session, actors["clerk1"], number=first.number, member_uuids=[sc.members[1]],
            on=dt.date(2026, 4, 30), reason="离职",
        )  # fmt: skip
    assert left.refunds == [] and left.leavers[0].cover_runs_to == dt.date(2027, 2, 28)
    assert _refunds(office) == []
    with office.reader() as session:
        cover = session.scalar(select(Coverage).where(Coverage.member_uuid == sc.members[1]))
        assert cover.status is CoverageStatus.ACTIVE
        assert session.get(Member, sc.members[1]).left_on == dt.date(2026, 4, 30)


def test_addition_records_its_payment_details(office, actors, monkeypatch) -> None:
    sc = scene(office, headcount=2)
    with office.unit_of_work() as session:
        first = enrol(session, actors["clerk1"], request=request(sc))
        newcomer = make_member(session, session.get(Unit, sc.unit_uuid)).uuid
    monkeypatch.setenv("HUZHU_TODAY", "2026-06-30")
    with pytest.raises(RejectedInput, match="晚于今天"), office.unit_of_work() as session:
        add_to_enrollment(
            session, actors["clerk1"], number=first.number, member_uuids=[newcomer],
            start=dt.date(2026, 7, 1), paid_on=dt.date(2026, 7, 1),
        )  # fmt: skip
    with office.unit_of_work() as session:
        added = add_to_enrollment(
            session, actors["clerk1"], number=first.number, member_uuids=[newcomer],
            start=dt.date(2026, 7, 1), method="bank-debit", voucher="DK-7",
        )  # fmt: skip
    assert added.premium_total == 4000  # 8 of 12 months of 60 yuan
    with office.reader() as session:
        paid = session.scalar(
            select(Payment).where(Payment.receipt_number == added.receipts[0].number)
        )
        assert (paid.method, paid.voucher, paid.paid_on) == (
            "银行代扣",
            "DK-7",
            dt.date(2026, 6, 30),
        )


def test_renewal_preview_writes_nothing_and_a_renewal_happens_once(
    office, actors, monkeypatch
) -> None:
    sc = scene(office, headcount=3)
    with office.unit_of_work() as session:
        first = enrol(session, actors["clerk1"], request=request(sc))
    monkeypatch.setenv("HUZHU_TODAY", "2027-02-15")
    with office.reader() as session:
        preview = preview_renewal(
            session, number=first.number, details=PaymentDetails("cash", "XJ-2")
        )
        count = session.scalar(select(func.count()).select_from(Enrollment))
    assert count == 1 and preview.ok and preview.premium_total == 18000
    assert (preview.request.method, preview.request.paid_on) == ("现金", dt.date(2027, 2, 15))
    assert preview.end == dt.date(2028, 2, 29)
    with office.unit_of_work() as session:
        renewed = renew(
            session, actors["clerk1"], number=first.number,
            payment=PaymentSplit(unit=9000, union=9000), details=PaymentDetails("cash", "XJ-2"),
        )  # fmt: skip
    assert [r.payer.value for r in renewed.receipts] == ["unit", "union"]
    refused = pytest.raises(RejectedInput, match=f"已续保，续保单为 {renewed.number}")
    with refused, office.reader() as session:
        preview_renewal(session, number=first.number)
