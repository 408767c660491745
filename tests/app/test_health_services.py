"""Partners, events and sign-in rules; the figures for reports; the journal rows for sync."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.errors import NotFound, RejectedInput
from app.health import events, partners
from app.health.figures import health_figures
from models import JournalEntry
from tests.app import health_factories


@pytest.fixture
def office(db, actors, monkeypatch):
    monkeypatch.setenv("HUZHU_TODAY", health_factories.TODAY)
    with db.unit_of_work() as session:
        return health_factories.office(session, actors["clerk1"], members=4, capacity=3)


def test_partner_refusals_name_what_to_fix(db, office, actors):
    clerk = actors["clerk1"]
    common = {"valid_from": dt.date(2026, 1, 1), "valid_to": dt.date(2026, 12, 31)}
    with db.unit_of_work() as session:
        with pytest.raises(RejectedInput, match="已登记"):
            partners.add_partner(
                session, clerk, name="耀州区人民医院", kind="hospital", offers=["x"], **common
            )
        with pytest.raises(RejectedInput, match="机构类型"):
            partners.add_partner(session, clerk, name="甲", kind="spa", offers=["x"], **common)
        with pytest.raises(RejectedInput, match="至少填写一项"):
            partners.add_partner(session, clerk, name="甲", kind="pharmacy", offers=[" "], **common)
        with pytest.raises(RejectedInput, match="起始日不能晚于"):
            partners.add_partner(
                session, clerk, name="甲", kind="pharmacy", offers=["9折"],
                valid_from=dt.date(2026, 12, 31), valid_to=dt.date(2026, 1, 1),
            )  # fmt: skip


def test_offers_out_of_date_leave_the_leaflet_list(db, office, actors):
    with db.unit_of_work() as session:
        partners.add_offer(
            session,
            actors["clerk1"],
            partner="耀州区人民医院",
            description="春节义诊挂号免费",
            valid_from=dt.date(2026, 2, 1),
            valid_to=dt.date(2026, 2, 28),
        )
    with db.reader() as session:
        every = partners.list_partners(session)
        today = partners.list_partners(session, on=dt.date(2026, 5, 10))
        next_year = partners.list_partners(session, on=dt.date(2027, 1, 5))
    assert len(every[0].offers) == 3 and len(today[0].offers) == 2
    assert next_year == []


def test_event_refusals_and_numbering(db, office, actors):
    clerk = actors["clerk1"]
    base = {"title": "培训", "held_on": dt.date(2026, 6, 1), "place": "工会", "capacity": 10}
    with db.unit_of_work() as session:
        with pytest.raises(RejectedInput, match="活动类型"):
            events.add_event(session, clerk, kind="party", **base)
        with pytest.raises(RejectedInput, match="至少为 1"):
            events.add_event(session, clerk, kind="training", **{**base, "capacity": 0})
        with pytest.raises(NotFound, match="合作机构"):
            events.add_event(session, clerk, kind="training", partner="无此医院", **base)
        second = events.add_event(session, clerk, kind="training", **base)
    assert office.event.endswith("-0001") and second.number.endswith("-0002")
    with db.unit_of_work() as session, pytest.raises(NotFound, match="活动"):
        events.record_attendance(session, clerk, event_number="HD-x", scanned="1")


def test_sign_in_answers_and_journal_rows(db, office, actors):
    clerk = actors["clerk1"]
    with db.unit_of_work() as session:
        answers = [
            events.record_attendance(session, clerk, event_number=office.event, scanned=text)
            for text in (office.qr[0], office.ids[0], "610204199001011234", office.ids[1])
        ]
    assert [a.recorded for a in answers] == [True, False, False, True]
    assert "无需重复" in answers[1].reason and "没有证件号码" in answers[2].reason
    assert answers[3].attended == 2
    with db.reader() as session:
        journal = session.scalars(
            select(JournalEntry.entity).where(JournalEntry.entity.like("health_%"))
        ).all()
    assert sorted(set(journal)) == [
        "health_attendance", "health_events", "health_offers", "health_partners",
    ]  # fmt: skip
    assert journal.count("health_attendance") == 2


def test_member_without_cover_on_the_event_day_is_not_signed_in(db, office, actors):
    with db.unit_of_work() as session:
        late = events.add_event(
            session, actors["clerk1"], kind="lecture", title="讲座",
            held_on=dt.date(2027, 6, 1), place="工会", capacity=5,
        )  # fmt: skip
        answer = events.record_attendance(
            session, actors["clerk1"], event_number=late.number, scanned=office.ids[0]
        )
    assert not answer.recorded and "不是有效会员" in answer.reason


def test_figures_count_events_attendance_and_members_by_partner(db, office, actors):
    clerk = actors["clerk1"]
    with db.unit_of_work() as session:
        for text in office.ids[:3]:
            events.record_attendance(session, clerk, event_number=office.event, scanned=text)
        other = events.add_event(
            session, clerk, kind="clinic", title="义诊", held_on=dt.date(2026, 9, 1),
            place="广场", capacity=50, partner="耀州区人民医院",
        )  # fmt: skip
        events.record_attendance(session, clerk, event_number=other.number, scanned=office.ids[0])
        events.add_event(
            session, clerk, kind="training", title="志愿者培训",
            held_on=dt.date(2026, 5, 1), place="工会", capacity=20,
        )  # fmt: skip
    with db.reader() as session:
        year = health_figures(
            session,
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 12, 31),
            today=dt.date(2026, 6, 30),
        )
        may = health_figures(session, start=dt.date(2026, 5, 1), end=dt.date(2026, 5, 31))
    assert (year.events_held, year.events_planned) == (2, 1)
    assert (year.attendance, year.members_served) == (4, 3)
    assert year.by_kind == {"lecture": 1, "clinic": 1, "training": 1}
    [by_partner] = year.by_partner
    assert (by_partner.partner, by_partner.events, by_partner.attendance, by_partner.members) == (
        "耀州区人民医院", 2, 4, 3,
    )  # fmt: skip
    assert (may.events_held, may.attendance, may.members_served) == (2, 3, 3)
