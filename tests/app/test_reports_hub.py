"""The hub's province figures and workbook: per office and for the province from the hub's
PostgreSQL tables (rows written as ingest leaves them), against counts made here; deleted rows
and cancelled covers left out; offices ranked by coverage and growth; `huzhu hub report --out`."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from pathlib import Path

import openpyxl
from sqlalchemy import insert

from app.hub.reports import province_figures, write_province_report
from app.hub.schema import ENTITY_TABLES, hub_offices
from app.reports.figures import Period
from tests.app.sync_factories import hub, pg_url  # noqa: F401
from tests.cli_runner import huzhu

YEAR = Period.year(2026)
A, B = "61020401", "61020501"


def _office(conn, code: str, name: str) -> None:
    conn.execute(
        insert(hub_offices).values(
            code=code,
            name=name,
            sign_public=b"k",
            box_public=b"k",
            registered_at=dt.datetime(2026, 1, 1),
        )
    )


def _unit(
    conn, office: str, headcount: int, starts: list[dt.date], members: int, deleted: bool = False
) -> None:
    unit = uuid.uuid4()
    t = ENTITY_TABLES
    conn.execute(
        insert(t["units"]).values(
            uuid=unit, office_code=office, headcount=headcount, deleted=False, package_seq=1
        )
    )
    people = [uuid.uuid4() for _ in range(members)]
    for start in starts:
        e = uuid.uuid4()
        conn.execute(
            insert(t["enrollments"]).values(
                uuid=e,
                office_code=office,
                unit_uuid=unit,
                start_date=start,
                status="confirmed",
                deleted=False,
                package_seq=1,
            )
        )
        conn.execute(
            insert(t["coverages"]),
            [
                dict(
                    uuid=uuid.uuid4(),
                    office_code=office,
                    enrollment_uuid=e,
                    member_uuid=m,
                    plan_code=plan,
                    start_date=start,
                    status="active",
                    deleted=deleted,
                    package_seq=1,
                )
                for m in people
                for plan in ("ZY", "ZJ")
            ],
        )
        conn.execute(
            insert(t["payments"]).values(
                uuid=uuid.uuid4(),
                office_code=office,
                enrollment_uuid=e,
                kind="payment",
                amount=9000 * members,
                payer="unit",
                paid_on=start,
                deleted=False,
                package_seq=1,
            )
        )
    conn.execute(
        insert(t["claims"]).values(
            uuid=uuid.uuid4(),
            office_code=office,
            member_uuid=people[0],
            status="paid",
            received_on=dt.date(2026, 5, 1),
            paid_on=dt.date(2026, 5, 20),
            paid_amount=12345,
            deleted=False,
            package_seq=1,
        )
    )


def _fill(hub) -> None:  # noqa: F811
    with hub.engine.begin() as conn:
        _office(conn, A, "铜川市耀州区代办处")
        _office(conn, B, "铜川市宜君县代办处")
        _unit(conn, A, 100, [dt.date(2025, 3, 1), dt.date(2026, 3, 1)], 40)
        _unit(conn, A, 50, [dt.date(2026, 4, 1)], 10)
        _unit(conn, A, 20, [dt.date(2026, 4, 1)], 5, deleted=True)  # tombstoned covers
        _unit(conn, B, 30, [dt.date(2025, 6, 1), dt.date(2026, 6, 1)], 27)


def test_province_figures_and_ranking(hub, tmp_path: Path) -> None:  # noqa: F811
    _fill(hub)
    with hub.engine.connect() as conn:
        figures = province_figures(conn, YEAR)
    a, b = ({o.code: o for o in figures.offices}[c] for c in (A, B))
    assert (a.units, a.members, a.person_times, a.staff) == (2, 50, 100, 170)
    assert a.members_before == 40 and a.growth == Decimal("25.0")
    assert a.premium == 9000 * (40 + 10 + 5) and a.claims == 3 and a.benefits_paid == 3 * 12345
    assert (b.members, b.staff, b.coverage) == (27, 30, Decimal("90.0"))
    assert [o.code for o in figures.offices] == [B, A]  # 90 % before 50/170 = 29.4 %
    assert [o.code for o in figures.by_growth()] == [A, B]  # 25 % before 0 %
    assert figures.total.members == 77 and figures.total.name == "全省"

    out = tmp_path / "province.xlsx"
    with hub.engine.connect() as conn:
        write_province_report(conn, out, YEAR)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["按覆盖率", "按增长"]
    sheet = book["按覆盖率"]
    assert [sheet.cell(row=r, column=1).value for r in (5, 6)] == [B, A]
    assert (
        sheet.cell(row=7, column=2).value == "全省合计" and sheet.cell(row=7, column=4).value == 77
    )
    assert sheet.page_setup.orientation == "landscape"


def test_hub_report_command_writes_the_workbook(hub, tmp_path: Path) -> None:  # noqa: F811
    _fill(hub)
    url = hub.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "p.xlsx"
    run = huzhu("hub", "report", "--db", url, "--out", out, "--data", tmp_path / "d")
    assert run.code == 0, run.err
    assert "全省统计报表已保存" in run.out and out.exists()
