"""Issue 23 §4: the province analysis on PostgreSQL agrees with the desks' own SQLite data, the
CLI's JSON and workbook give the same figures, and the adverse-selection signals fire."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import insert, text

from app.hub.analysis import analyse, write_analysis
from app.hub.schema import ENTITY_TABLES
from tests.app.hub_factories import TwoOffices, two_offices
from tests.app.sync_factories import pg_url  # noqa: F401
from tests.cli_runner import huzhu


@pytest.fixture(scope="module")
def province(pg_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TwoOffices]:  # noqa: F811
    with two_offices(pg_url, tmp_path_factory.mktemp("province")) as built:
        yield built


def _desk_counts(province: TwoOffices) -> dict[str, tuple[int, int]]:
    """Per plan (premium fen, benefits paid fen), counted straight from each desk's SQLite."""
    totals: dict[str, list[int]] = {}
    for database in province.desks.values():
        with database.reader() as session:
            for plan, premium in session.execute(
                text(
                    "SELECT c.plan_code, SUM(c.premium) FROM coverages c JOIN enrollments e "
                    "ON e.uuid = c.enrollment_uuid WHERE c.status = 'active' "
                    "AND e.status = 'confirmed' GROUP BY 1"
                )
            ):
                totals.setdefault(plan, [0, 0])[0] += premium
            for plan, paid in session.execute(
                text(
                    "SELECT plan_code, SUM(paid_amount) FROM claims WHERE status = 'paid' GROUP BY 1"
                )
            ):
                totals.setdefault(plan, [0, 0])[1] += paid
    return {plan: (p, b) for plan, (p, b) in totals.items()}


def _url(province: TwoOffices) -> str:
    return province.hub.engine.url.render_as_string(hide_password=False)


def test_json_per_plan_matches_the_desks_own_count(province: TwoOffices, tmp_path: Path) -> None:
    expected = _desk_counts(province)
    assert set(expected) == {"ZY", "JT"} and expected["ZY"][1] > 0
    run = huzhu("--json", "hub", "--db", _url(province), "analysis", "--year", "2026")
    assert run.code == 0, run.err
    plans = {p["plan"]: p for p in run.json()["plans"]}
    assert set(plans) == set(expected)
    for plan, (premium, paid) in expected.items():
        assert Decimal(plans[plan]["premium_income"]) == Decimal(premium) / 100
        assert Decimal(plans[plan]["benefits_paid"]) == Decimal(paid) / 100
        ratio = (Decimal(paid) / Decimal(premium)).quantize(Decimal("0.0001"))
        assert plans[plan]["loss_ratio"] == str(ratio)
    assert plans["ZY"]["claims"] == 4  # three paid, one waiting for the hub
    empty = huzhu("--json", "hub", "--db", _url(province), "analysis", "--year", "2024")
    assert empty.json()["plans"] == []


def test_workbook_holds_the_same_figures_as_the_json(province: TwoOffices, tmp_path: Path) -> None:
    out = tmp_path / "analysis.xlsx"
    run = huzhu("--json", "hub", "--db", _url(province), "analysis", "--out", out)
    assert run.code == 0, run.err
    plans = {p["plan"]: p for p in run.json()["plans"]}
    sheet = load_workbook(out)["按计划"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=4, values_only=True)}
    for plan, figures in plans.items():
        assert Decimal(str(rows[plan][1])) == Decimal(figures["premium_income"])
        assert Decimal(str(rows[plan][2])) == Decimal(figures["benefits_paid"])
        assert sheet.cell(row=4, column=2).number_format == "#,##0.00"
    detail = load_workbook(out)["明细"]
    bands = {r[3] for r in detail.iter_rows(min_row=4, values_only=True)}
    assert {"16-29", "30-39", "40-49", "50-60"} <= bands


def test_cells_split_by_band_sex_and_office_and_sum_to_the_plans(province: TwoOffices) -> None:
    with province.hub.engine.connect() as conn:
        result = analyse(conn, year=2026)
    by_plan = dict(result.by("plan"))
    assert sum(f.premium for f in by_plan.values()) == result.total.premium
    zy = [c for c in result.cells if c.plan == "ZY"]
    assert {c.office for c in zy} == {"61020401", "61020501"}
    assert {c.sex for c in zy} == {"M", "F"}
    one = next(c for c in zy if c.band == "16-29" and c.sex == "M" and c.office == "61020401")
    # one man born 1998 in office A: ZY from 2026-03-02 to the end of its term
    assert one.figures.premium == 6000 and one.figures.claims == 0
    assert Decimal("9") < one.figures.exposure <= Decimal("12")
    early = {(e.office, e.plan): e for e in result.early_claims}
    assert early[("61020401", "ZY")].early == 2  # both A's claims happened 40 days in
    assert result.months and result.months[0].month.startswith("2026-")


def test_rider_without_main_and_older_enrolled_signals(
    province: TwoOffices, tmp_path: Path
) -> None:
    """An office's rows as they might arrive from an older desk: one unit holds JT with no ZY,
    and another enrols only its oldest workers in ZY."""
    units, members = ENTITY_TABLES["units"], ENTITY_TABLES["members"]
    enrollments, coverages = ENTITY_TABLES["enrollments"], ENTITY_TABLES["coverages"]
    office, seq = "61020401", 99
    rider_unit, old_unit = uuid.uuid4(), uuid.uuid4()
    people = {
        rider_unit: [dt.date(1980, 1, 1), dt.date(1985, 1, 1)],
        old_unit: [dt.date(1967, 1, 1), dt.date(1998, 1, 1), dt.date(2000, 1, 1)],
    }
    covered = {rider_unit: [("JT", 0), ("JT", 1)], old_unit: [("ZY", 0)]}
    with province.hub.engine.connect() as conn:
        transaction = conn.begin()
        for unit, births in people.items():
            conn.execute(
                insert(units).values(
                    uuid=unit, office_code=office, name=f"=HYPERLINK(\"x\")单位{unit.hex[:4]}",
                    headcount=len(births), industry="制造业", package_seq=seq,
                )
            )  # fmt: skip
            ids = [uuid.uuid4() for _ in births]
            conn.execute(
                insert(members),
                [
                    dict(uuid=i, office_code=office, unit_uuid=unit, birth_date=b, gender="M",
                         id_number=f"X{i.hex[:17]}", package_seq=seq)
                    for i, b in zip(ids, births, strict=True)
                ],
            )  # fmt: skip
            enrollment = uuid.uuid4()
            conn.execute(
                insert(enrollments).values(
                    uuid=enrollment, office_code=office, unit_uuid=unit, status="confirmed",
                    start_date=dt.date(2026, 4, 1), end_date=dt.date(2027, 3, 31), package_seq=seq,
                )
            )  # fmt: skip
            conn.execute(
                insert(coverages),
                [
                    dict(uuid=uuid.uuid4(), office_code=office, enrollment_uuid=enrollment,
                         member_uuid=ids[k], plan_code=plan, premium=3200, status="active",
                         start_date=dt.date(2026, 4, 1), end_date=dt.date(2027, 3, 31),
                         package_seq=seq)
                    for plan, k in covered[unit]
                ],
            )  # fmt: skip
        result = analyse(conn, year=2026)
        transaction.rollback()
    out = write_analysis(result, tmp_path / "signals.xlsx")
    cell = load_workbook(out)["参副不参主"].cell(row=4, column=3)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    alone = {r.unit_uuid: r for r in result.rider_alone}
    assert set(alone) == {str(rider_unit)}
    assert alone[str(rider_unit)].without_main == 2
    older = {o.unit_uuid: o for o in result.older_enrolled}
    assert str(old_unit) in older and older[str(old_unit)].gap >= 5
    assert older[str(old_unit)].enrolled == 1 and older[str(old_unit)].roster == 3
