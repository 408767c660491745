"""Issue #11 "Numbers" in the reports and on the 工作台: events held, attendance and members served
(in total and by partner) equal an independent count over the raw rows, and the 增值服务情况表 and
the 工作落实情况报表's 增值服务 sheet read back with those numbers.

Data: the grown report office (thousands of members) with two partners, events across 2025–2026
(one without a partner, one still planned) and members signed in by ID number, some at two."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from app.db import Database, open_database
from app.health import events, partners
from app.reports.figures import Period
from app.reports.home import home_data
from app.reports.workbooks import write_report
from tests.app.reports_factories import grow_office
from tests.conftest import ACTORS

TODAY = "2026-11-20"
PARTNERS = ("测试合作医院", "测试合作药房")
# kind, day, partner (None: the office's own), members to sign in
EVENTS = [
    ("lecture", dt.date(2026, 3, 15), PARTNERS[0], 12),
    ("clinic", dt.date(2026, 6, 10), PARTNERS[1], 8),
    ("checkup", dt.date(2026, 6, 20), None, 5),
    ("lecture", dt.date(2026, 9, 1), PARTNERS[0], 7),
    ("training", dt.date(2025, 11, 5), PARTNERS[0], 6),
    ("lecture", dt.date(2026, 12, 10), PARTNERS[1], 0),  # still planned on TODAY
]
PERIODS = [Period.year(2026), Period(dt.date(2025, 10, 1), dt.date(2026, 6, 15))]


def _covered_ids(session, day: dt.date) -> list[str]:
    return list(
        session.scalars(
            text(
                "SELECT DISTINCT m.id_number FROM members m JOIN coverages c ON c.member_uuid = "
                "m.uuid JOIN enrollments e ON e.uuid = c.enrollment_uuid WHERE c.status = 'active' "
                "AND e.status = 'confirmed' AND c.start_date <= :d AND c.end_date >= :d "
                "ORDER BY m.id_number LIMIT 40"
            ),
            {"d": day.isoformat()},
        )
    )


def _add_health(database: Database) -> None:
    clerk = ACTORS["clerk1"]
    with database.unit_of_work() as session:
        for name in PARTNERS:
            partners.add_partner(
                session, clerk, name=name, kind="hospital", valid_from=dt.date(2025, 1, 1),
                valid_to=dt.date(2026, 12, 31), offers=["会员体检9折"],
            )  # fmt: skip
        for n, (kind, day, partner, signed) in enumerate(EVENTS):
            event = events.add_event(
                session, clerk, kind=kind, title=f"活动{n}", held_on=day, place="区总工会",
                capacity=50, partner=partner,
            )  # fmt: skip
            ids = _covered_ids(session, day)
            for id_number in ids[n : n + signed]:  # overlapping windows: some attend twice
                done = events.record_attendance(
                    session, clerk, event_number=event.number, scanned=id_number
                )
                assert done.recorded, done.reason


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("health-reports") / "huzhu.sqlite3"
    shutil.copy(demo_template, path)
    database = open_database(path)
    grow_office(database, units=12, claims=60)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HUZHU_TODAY", TODAY)
        _add_health(database)
    yield database
    database.dispose()


def _expected(database: Database, period: Period, today: dt.date) -> dict:
    """The numbers counted in Python from the raw rows."""
    with database.reader() as session:
        evs = session.execute(
            text(
                "SELECT e.uuid, e.held_on, p.name FROM health_events e "
                "LEFT JOIN health_partners p ON p.uuid = e.partner_uuid"
            )
        ).all()
        signs = session.execute(text("SELECT event_uuid, member_uuid FROM health_attendance")).all()
    inside = {u: (dt.date.fromisoformat(d), p) for u, d, p in evs}
    inside = {u: v for u, v in inside.items() if period.start <= v[0] <= period.end}
    counted = [(e, m) for e, m in signs if e in inside]
    by_partner: dict[str, list] = defaultdict(lambda: [set(), 0, set()])
    for uuid, (_day, partner) in inside.items():
        if partner:
            by_partner[partner][0].add(uuid)
    for e, m in counted:
        partner = inside[e][1]
        if partner:
            by_partner[partner][1] += 1
            by_partner[partner][2].add(m)
    return {
        "held": sum(1 for d, _ in inside.values() if d <= today),
        "planned": sum(1 for d, _ in inside.values() if d > today),
        "attendance": len(counted),
        "members": len({m for _, m in counted}),
        "by_partner": {p: (len(v[0]), v[1], len(v[2])) for p, v in sorted(by_partner.items())},
    }


def test_home_health_numbers_match_an_independent_count(
    office: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    with office.reader() as session:
        h = home_data(session, ACTORS["clerk1"]).health
    want = _expected(office, Period.year(2026), dt.date(2026, 11, 20))
    assert (h.events_held, h.events_planned) == (want["held"], want["planned"])
    assert want["held"] >= 4 and want["planned"] >= 1  # ours, besides the demo office's
    assert (h.attendance, h.members_served) == (want["attendance"], want["members"])
    assert h.attendance > h.members_served > 0, "some members attend twice"
    assert {p.partner: (p.events, p.attendance, p.members) for p in h.by_partner} == want[
        "by_partner"
    ]


def _rows(sheet) -> list[list]:
    rows = []
    for row in sheet.iter_rows(min_row=5, values_only=True):
        if row[0] is None:
            break
        rows.append(list(row))
    return rows


@pytest.mark.parametrize("period", PERIODS, ids=str)
def test_health_report_reads_back_the_counted_numbers(
    office: Database, tmp_path: Path, period: Period, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    want = _expected(office, period, min(dt.date(2026, 11, 20), period.end))
    with office.reader() as session:
        path = write_report(session, ACTORS["clerk1"], "health", tmp_path / "h.xlsx", period).path
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["汇总", "按合作机构", "按活动类别"]
    summary = dict((r[0], r[1]) for r in _rows(book["汇总"]))
    assert summary == {
        "已举办活动（场）": want["held"],
        "计划中活动（场）": want["planned"],
        "参加人次（人次）": want["attendance"],
        "服务会员（人）": want["members"],
    }
    by_partner = _rows(book["按合作机构"])
    assert by_partner[-1][0] == "合计"
    assert {r[0]: tuple(r[1:]) for r in by_partner[:-1]} == want["by_partner"]
    assert by_partner[-1][1:3] == [
        sum(v[0] for v in want["by_partner"].values()),
        sum(v[1] for v in want["by_partner"].values()),
    ]
    kinds = _rows(book["按活动类别"])
    assert kinds[-1] == ["合计", want["held"] + want["planned"]]
    assert book["按合作机构"].cell(row=5, column=3).number_format == "#,##0"


def test_work_report_carries_the_health_sheet(
    office: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    with office.reader() as session:
        path = write_report(
            session, ACTORS["clerk1"], "work", tmp_path / "w.xlsx", Period.year(2026)
        ).path
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[-1] == "增值服务"
    summary = dict((r[0], r[1]) for r in _rows(book["增值服务"]))
    want = _expected(office, Period.year(2026), dt.date(2026, 11, 20))
    assert summary["已举办活动（场）"] == want["held"] >= 4
    assert summary["参加人次（人次）"] == want["attendance"]
    assert summary["服务会员（人）"] == want["members"]
