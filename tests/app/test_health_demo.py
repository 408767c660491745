"""The demo database carries the health services (issue 11): partners with offers, past and
upcoming events of every kind and sign-ins for those held, the same on every build."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app import clock
from app.health import events, figures, partners
from app.printing.health_docs import certificate_back
from app.printing.pdf import write_pdf
from models import HealthAttendance, JournalEntry
from tests.app.printing_pdf import texts


def test_demo_has_partners_of_each_kind_with_offers(demo_db):
    with demo_db.reader() as session:
        found = partners.list_partners(session)
        valid = partners.list_partners(session, on=clock.today())
    assert [(p.name, p.kind) for p in found] == [
        ("阳光社区诊所", "clinic"),
        ("铜川市耀州区人民医院", "hospital"),
        ("康华大药房", "pharmacy"),
    ]
    assert [len(p.offers) for p in found] == [2, 3, 3]
    assert [len(p.offers) for p in valid] == [2, 3, 2]  # the pharmacy's spring offer ended
    assert all(p.phone and p.contact and p.address for p in found)


def test_demo_events_past_with_sign_ins_and_upcoming(demo_db):
    today = clock.today()
    with demo_db.reader() as session:
        found = sorted(events.list_events(session), key=lambda e: e.held_on)
        signed = session.scalar(select(func.count()).select_from(HealthAttendance))
        journalled = session.scalar(
            select(func.count())
            .select_from(JournalEntry)
            .where(JournalEntry.entity == "health_attendance")
        )
        year = figures.health_figures(
            session, start=today - dt.timedelta(days=60), end=today + dt.timedelta(days=60),
            today=today,
        )  # fmt: skip
    assert [(e.kind_label, (e.held_on - today).days, e.attended) for e in found] == [
        ("健康讲座", -45, 26),
        ("义诊", -30, 30),
        ("体检", -20, 18),
        ("志愿者培训", -10, 15),
        ("健康讲座", 7, 0),
        ("体检", 21, 0),
    ]
    assert all(e.attended <= e.capacity for e in found)
    assert signed == journalled == 89  # signed in through the service, ready for the hub
    assert (year.events_held, year.events_planned, year.attendance) == (4, 2, 89)
    assert 0 < year.members_served < 89  # some members came more than once
    assert {p.partner: p.attendance for p in year.by_partner} == {
        "铜川市耀州区人民医院": 44,
        "阳光社区诊所": 30,
        "康华大药房": 0,
    }


def test_demo_sign_ins_are_members_covered_on_the_event_day(demo_db):
    with demo_db.reader() as session:
        number = min(e.number for e in events.list_events(session))
        event, people = events.event_detail(session, number)
    assert event.title == "慢病防治健康讲座" and len(people) == 26
    assert all(p.method == "id" and "*" in p.masked_id for p in people)


def test_demo_certificate_back_lists_the_demo_partners(demo_db, tmp_path):
    with demo_db.reader() as session:
        back = certificate_back(session)
    write_pdf([back], tmp_path / "back.pdf")
    [text] = texts(tmp_path / "back.pdf")
    for expected in ("铜川市耀州区人民医院", "康华大药房", "阳光社区诊所", "住院床位费减免10%"):
        assert expected in text
    assert "春季过敏药品8折" not in text
