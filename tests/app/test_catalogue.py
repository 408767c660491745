"""Plan catalogue: schema check, stored versions, the catalogue in force, old coverages kept."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from app.auth import SYSTEM
from app.catalogue import (
    SHIPPED_DIR,
    effective_catalogue,
    ensure_catalogue,
    load_catalogue,
    parse_catalogue,
)
from app.enrollment import enrol
from app.errors import RejectedInput
from models import Catalogue, Coverage, Plan
from tests.app.enrollment_factories import request, scene, setup_office

SHIPPED = (SHIPPED_DIR / "shaanxi-2026.json").read_text(encoding="utf-8")


def _doc() -> dict:
    return json.loads(SHIPPED)


def test_shipped_catalogue_matches_domain_table() -> None:
    spec = parse_catalogue(SHIPPED)
    assert list(spec.plans) == ["ZY", "JT", "ZJ", "NZ", "YW"]
    assert spec.plans["ZY"].premium_per_share == 6000 and spec.plans["ZY"].is_main
    assert spec.plans["NZ"].term_months == 24 and spec.plans["NZ"].gender.value == "F"
    assert spec.plans["YW"].waiting_days == 0 and spec.plans["YW"].premium_high_risk == 3200
    assert spec.rules.participation_ratio == spec.rules.female_ratio
    assert str(spec.rules.participation_ratio) == "0.80" and spec.rules.small_unit_headcount == 100


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["plans"][1].pop("max_shares"), "计划 JT 缺少字段 max_shares"),
        (lambda d: d["plans"][0].update(term_months=0), "计划 ZY 的字段 term_months"),
        (lambda d: d["plans"][3].update(gender="W"), "计划 NZ 的字段 gender"),
        (lambda d: d["plans"][2].update(requires=["XX"]), "计划 ZJ 的字段 requires"),
        (lambda d: d["plans"][4].update(kind="extra"), "计划 YW 的字段 kind"),
        (lambda d: d["rules"].update(participation_ratio=0.8), "participation_ratio"),
        (lambda d: d["rules"].pop("renewal_gap_days"), "目录规则 缺少字段 renewal_gap_days"),
        (lambda d: d.update(format=2), "格式版本"),
        (lambda d: d.update(valid_from="2026-13-01"), "valid_from"),
    ],
)
def test_schema_errors_name_the_field_and_plan(mutate, expected) -> None:
    doc = _doc()
    mutate(doc)
    with pytest.raises(RejectedInput) as err:
        parse_catalogue(json.dumps(doc, ensure_ascii=False))
    assert expected in str(err.value.message)


def test_ensure_catalogue_stores_versions_once(db) -> None:
    setup_office(db)
    with db.unit_of_work() as session:
        assert all(not loaded.created for loaded in ensure_catalogue(session))
        versions = session.scalars(select(Catalogue.version).order_by(Catalogue.version)).all()
        assert versions == ["shaanxi-2025.1", "shaanxi-2026.1"]
        assert session.scalar(select(func.count()).select_from(Plan)) == 10


def test_same_version_with_other_content_is_refused(db) -> None:
    setup_office(db)
    doc = _doc()
    doc["plans"][0]["premium_per_share"] = 7000
    with db.unit_of_work() as session, pytest.raises(RejectedInput, match="新的版本号"):
        load_catalogue(session, SYSTEM, text=json.dumps(doc))


def test_effective_catalogue_for_a_date(db) -> None:
    setup_office(db)
    with db.reader() as session:
        assert effective_catalogue(session, dt.date(2025, 12, 31)).version == "shaanxi-2025.1"
        assert effective_catalogue(session, dt.date(2026, 1, 1)).version == "shaanxi-2026.1"
        # next year's catalogue not sent yet: this year's stays in force
        assert effective_catalogue(session, dt.date(2027, 3, 1)).version == "shaanxi-2026.1"
        with pytest.raises(RejectedInput, match="没有适用于 2024-06-01"):
            effective_catalogue(session, dt.date(2024, 6, 1))


def test_newer_catalogue_never_changes_existing_coverages(db, actors) -> None:
    setup_office(db)
    sc = scene(db, headcount=10)
    with db.unit_of_work() as session:
        first = enrol(session, actors["clerk1"], request=request(sc, members=sc.members[:10]))
    assert first.catalogue_version == "shaanxi-2026.1"
    doc = _doc()
    doc["version"] = "shaanxi-2026.2"
    doc["plans"][0].update(premium_per_share=9000, waiting_days=60)
    with db.unit_of_work() as session:
        load_catalogue(session, SYSTEM, text=json.dumps(doc, ensure_ascii=False))
    with db.reader() as session:
        covers = session.scalars(select(Coverage)).all()
        assert {c.premium for c in covers} == {6000}
        assert {(c.waiting_until - c.start_date).days for c in covers} == {30}
        assert effective_catalogue(session, dt.date(2026, 3, 1)).version == "shaanxi-2026.2"
        old = session.scalar(
            select(Plan).where(Plan.catalogue_version == "shaanxi-2026.1", Plan.code == "ZY")
        )
        assert old.premium_per_share == 6000
    sc2 = scene(db, headcount=5)
    with db.unit_of_work() as session:
        second = enrol(session, actors["clerk1"], request=request(sc2))
    assert second.catalogue_version == "shaanxi-2026.2" and second.premium_total == 5 * 9000
