"""Acceptance 2 (atomic writes, nothing on rejection), additions, cancellation, renewal."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app import audit
from app.enrollment import (
    EnrollmentRejected,
    PaymentSplit,
    add_to_enrollment,
    cancel_enrollment,
    check_enrollment,
    enrol,
    expiring_enrollments,
    prepare_renewal,
    renew,
    show_enrollment,
)
from app.errors import PermissionDenied, RejectedInput
from models import AuditRecord, Coverage, Enrollment, JournalEntry, Member, Payment, Unit
from models.enums import CoverageStatus, EnrollmentStatus, MemberStatus, PaymentKind
from tests.app.enrollment_factories import make_member, make_unit, request, scene, setup_office

COUNTED = (Enrollment, Coverage, Payment, JournalEntry, AuditRecord)


@pytest.fixture
def office(db):
    setup_office(db)
    return db


def counts(db) -> dict[str, int]:
    with db.reader() as session:
        found = {
            m.__tablename__: session.scalar(select(func.count()).select_from(m)) for m in COUNTED
        }
        found["head"] = audit.verify(session).head
        return found


def test_rejected_enrollment_writes_nothing(office, actors) -> None:
    sc = scene(office, headcount=120, staff=85)
    before = counts(office)
    with pytest.raises(EnrollmentRejected) as err, office.unit_of_work() as session:
        enrol(session, actors["clerk1"], request=request(sc, plans={"ZY": 1, "JT": 5}))
    problems = [str(p.message) for p in err.value.problems]
    assert any("主险参保率须达到 80%" in p for p in problems)
    assert any("1–3 份" in p for p in problems)
    assert counts(office) == before


def test_dry_run_writes_nothing(office, actors) -> None:
    sc = scene(office, headcount=5)
    before = counts(office)
    with office.unit_of_work() as session:
        results = check_enrollment(session, actors["clerk1"], request=request(sc))
    assert all(r.passed for r in results)
    assert counts(office) == before


def test_accepted_enrollment_writes_everything_in_one_transaction(office, actors) -> None:
    sc = scene(office, headcount=10, women=4)
    split = PaymentSplit(unit=60000, union=20000, individual=20400, gift=0)
    req = request(sc, plans={"ZY": 1, "NZ": 1, "YW": 1}, payment=split)
    before = counts(office)
    with office.unit_of_work() as session:
        result = enrol(session, actors["clerk1"], request=req)
    after = counts(office)
    assert result.number.startswith("BD-61020401-")
    assert result.coverages == 10 + 4 + 10
    assert result.premium_total == 10 * 6000 + 4 * 3600 + 10 * 2600 == split.total
    assert [r.number[:3] for r in result.receipts] == ["SJ-"] * 3
    assert after["enrollments"] == before["enrollments"] + 1
    assert after["coverages"] == before["coverages"] + 24
    assert after["payments"] == before["payments"] + 3
    # journal: 1 enrollment + 24 coverages + 3 payments; one summary audit record
    assert after["change_journal"] == before["change_journal"] + 28
    assert after["audit_log"] == before["audit_log"] + 1
    with office.reader() as session:
        assert audit.verify(session).ok
        stored = session.scalar(select(Enrollment))
        assert (stored.pay_unit, stored.pay_union, stored.pay_gift) == (60000, 20000, 0)
        assert stored.catalogue_version == "shaanxi-2026.1"


def test_a_failure_while_writing_rolls_everything_back(office, actors, monkeypatch) -> None:
    sc = scene(office, headcount=5)
    before = counts(office)
    import app.enrollment.service as service

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(service, "write_payments", broken)
    with pytest.raises(RuntimeError), office.unit_of_work() as session:
        enrol(session, actors["clerk1"], request=request(sc))
    assert counts(office) == before


def test_override_is_stored_and_audited(office, actors) -> None:
    sc = scene(office, headcount=10)
    req = request(
        sc,
        members=sc.members[:6],
        override_reason="单位改制，余员下月补办",
        override_by=actors["supervisor1"],
    )
    with office.unit_of_work() as session:
        result = enrol(session, actors["clerk1"], request=req)
    assert (result.override_reason, result.override_by) == ("单位改制，余员下月补办", "supervisor1")
    with office.reader() as session:
        record = session.scalar(
            select(AuditRecord).where(AuditRecord.action == "enrollment.override")
        )
        assert record.operator == "supervisor1" and "单位改制" in record.details


def test_reviewer_may_not_enrol(office, actors) -> None:
    sc = scene(office, headcount=2)
    with pytest.raises(PermissionDenied), office.unit_of_work() as session:
        enrol(session, actors["reviewer1"], request=request(sc))


def test_addition_pays_remaining_whole_months(office, actors) -> None:
    sc = scene(office, headcount=4)
    with office.unit_of_work() as session:
        first = enrol(session, actors["clerk1"], request=request(sc, plans={"ZY": 1, "JT": 1}))
        hire = make_member(session, session.get(Unit, sc.unit_uuid))
    with office.unit_of_work() as session:
        added = add_to_enrollment(
            session, actors["clerk1"], number=first.number, member_uuids=[hire.uuid],
            start=dt.date(2026, 9, 15), paid_on=dt.date(2026, 9, 14),
        )  # fmt: skip
    # 2026-09-15 .. 2027-02-28: 5 months and a part → 6 of 12
    assert added.premium_total == 3000 + 1600
    with office.reader() as session:
        covers = session.scalars(select(Coverage).where(Coverage.member_uuid == hire.uuid)).all()
        assert {c.end_date for c in covers} == {dt.date(2027, 2, 28)}
        assert session.get(Enrollment, first.uuid).premium_total == 4 * 9200 + 4600
    with pytest.raises(EnrollmentRejected), office.unit_of_work() as session:
        add_to_enrollment(
            session, actors["clerk1"], number=first.number, member_uuids=[hire.uuid],
            start=dt.date(2026, 10, 1), paid_on=dt.date(2026, 9, 30),
        )  # fmt: skip


def test_cancel_before_start_refunds_after_start_refused(office, actors, monkeypatch) -> None:
    sc = scene(office, headcount=3)
    with office.unit_of_work() as session:
        result = enrol(
            session,
            actors["clerk1"],
            request=request(sc, payment=PaymentSplit(unit=10000, individual=8000)),
        )
    monkeypatch.setenv("HUZHU_TODAY", "2026-03-01")
    with pytest.raises(RejectedInput, match="生效后不能退保"), office.unit_of_work() as session:
        cancel_enrollment(session, actors["supervisor1"], number=result.number, reason="单位撤回")
    monkeypatch.setenv("HUZHU_TODAY", "2026-02-28")
    with pytest.raises(PermissionDenied), office.unit_of_work() as session:
        cancel_enrollment(session, actors["clerk1"], number=result.number, reason="单位撤回")
    with office.unit_of_work() as session:
        cancelled = cancel_enrollment(
            session, actors["supervisor1"], number=result.number, reason="单位撤回"
        )
    assert sum(r.amount for r in cancelled.refunds) == 18000 and cancelled.coverages == 3
    with office.reader() as session:
        assert session.get(Enrollment, result.uuid).status is EnrollmentStatus.CANCELLED
        assert set(session.scalars(select(Coverage.status))) == {CoverageStatus.CANCELLED}
        refunds = session.scalars(select(Payment).where(Payment.kind == PaymentKind.REFUND)).all()
        assert sorted(p.amount for p in refunds) == [8000, 10000]
    # the members are free to be enrolled again for the same period
    with office.unit_of_work() as session:
        enrol(session, actors["clerk1"], request=request(sc))


def test_renewal_roster_and_continuity(office, actors, monkeypatch) -> None:
    monkeypatch.setenv("HUZHU_TODAY", "2027-02-10")
    sc = scene(office, headcount=5, women=2)
    old_start = dt.date(2026, 3, 1)
    with office.unit_of_work() as session:
        first = enrol(
            session, actors["clerk1"],
            request=request(sc, plans={"ZY": 1, "NZ": 1}, start=old_start, paid_on=dt.date(2026, 2, 27),
                            payment=PaymentSplit(unit=15000, individual=15000 + 7200)),
        )  # fmt: skip
        session.get(Member, sc.members[4]).status = MemberStatus.LEFT
        hire = make_member(session, session.get(Unit, sc.unit_uuid))
    assert [e.number for e in _expiring(office, 30)] == [first.number]
    with office.reader() as session:
        roster = prepare_renewal(session, number=first.number)
    assert roster.start == dt.date(2027, 3, 1)
    assert [m.uuid for m in roster.leavers] == [sc.members[4]]
    assert [m.uuid for m in roster.new_hires] == [hire.uuid]
    assert len(roster.continuing) == 4
    with office.unit_of_work() as session:
        second = renew(session, actors["clerk1"], number=first.number)
    with office.reader() as session:
        covers = session.scalars(
            select(Coverage).where(Coverage.enrollment_uuid == second.uuid)
        ).all()
    zy = {c.member_uuid: c for c in covers if c.plan_code == "ZY"}
    assert zy[sc.members[0]].is_renewal and zy[sc.members[0]].waiting_until == roster.start
    assert not zy[hire.uuid].is_renewal
    assert zy[hire.uuid].waiting_until == roster.start + dt.timedelta(days=30)
    # NZ runs 24 months: the two women keep their running cover, nobody gets NZ twice
    assert [c for c in covers if c.plan_code == "NZ"] == []
    assert second.premium_total == 5 * 6000
    assert second.split.total == second.premium_total and second.split.individual > 0
    assert _expiring(office, 30) == []
    with office.reader() as session:
        assert show_enrollment(session, second.number).renewal_of == first.number


def _expiring(office, days):
    with office.reader() as session:
        return expiring_enrollments(session, days)


def test_unit_may_not_be_another_units_roster(office, actors) -> None:
    sc = scene(office, headcount=2)
    with office.unit_of_work() as session:
        other = make_unit(session, headcount=1)
        stranger = make_member(session, other)
    with pytest.raises(EnrollmentRejected, match="1 项不符合"), office.unit_of_work() as session:
        enrol(session, actors["clerk1"], request=request(sc, members=[*sc.members, stranger.uuid]))


@pytest.mark.parametrize(("days_to_end", "listed"), [(30, True), (31, False), (-1, False)])
def test_expiring_window_is_inclusive(office, actors, monkeypatch, days_to_end, listed) -> None:
    sc = scene(office, headcount=2)
    with office.unit_of_work() as session:
        result = enrol(session, actors["clerk1"], request=request(sc))
    monkeypatch.setenv("HUZHU_TODAY", (result.end - dt.timedelta(days=days_to_end)).isoformat())
    assert ([e.number for e in _expiring(office, 30)] == [result.number]) is listed


def test_roster_masks_id_numbers_for_a_clerk(office, actors) -> None:
    from app.enrollment.queries import unit_roster

    sc = scene(office, headcount=1)
    with office.reader() as session:
        clerk = unit_roster(session, actors["clerk1"], unit_uuid=sc.unit_uuid)[0]
        supervisor = unit_roster(session, actors["supervisor1"], unit_uuid=sc.unit_uuid)[0]
    assert "*" in clerk.id_number and "*" not in supervisor.id_number
