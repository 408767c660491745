"""Yearly targets: who may set them, what is refused (naming the field), partial updates, the
audit record, and targets arriving from the hub (apply_targets with source "hub")."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied, RejectedInput
from app.reports.targets import apply_targets, get_targets, set_targets
from models import AuditRecord
from tests.conftest import ACTORS


def test_set_keep_and_audit(demo_db) -> None:
    assert get_targets(demo_db.reader().__enter__(), 2026).members is None
    with demo_db.unit_of_work() as session:
        set_targets(session, ACTORS["supervisor1"], 2026, members="6000", coverage_rate="35.55")
    with demo_db.unit_of_work() as session:
        t = set_targets(session, ACTORS["admin"], 2026, gift_members=300)
    assert (t.members, t.coverage_rate, t.gift_members, t.source) == (
        6000,
        Decimal("35.6"),
        300,
        "desk",
    )
    with demo_db.reader() as session:
        assert get_targets(session, 2026) == t
        assert get_targets(session, 2027).members is None
        record = session.scalars(
            select(AuditRecord)
            .where(AuditRecord.action == "targets.set")
            .order_by(AuditRecord.seq.desc())
        ).first()
    details = json.loads(record.details)
    assert details["old"]["members"] == 6000 and details["new"]["gift_members"] == 300


@pytest.mark.parametrize(
    ("given", "field"),
    [
        ({"members": "-1"}, "members"),
        ({"coverage_rate": "120"}, "coverage_rate"),
        ({"coverage_rate": "abc"}, "coverage_rate"),
        ({"new_units": "3.5"}, "new_units"),
        ({"bogus": 1}, "bogus"),
    ],
)
def test_bad_values_are_refused_naming_the_field(demo_db, given, field) -> None:
    with demo_db.unit_of_work() as session, pytest.raises(RejectedInput) as refused:
        set_targets(session, ACTORS["supervisor1"], 2026, **given)
    assert refused.value.field == field


def test_permissions_and_hub_source(demo_db) -> None:
    with demo_db.unit_of_work() as session, pytest.raises(PermissionDenied):
        set_targets(session, ACTORS["clerk1"], 2026, members=1)
    with demo_db.unit_of_work() as session:  # a clerk imports the return package that carries them
        t = apply_targets(session, ACTORS["clerk1"], 2026, {"area_workforce": 12000}, "hub")
    assert t.source == "hub" and t.area_workforce == 12000
    with demo_db.unit_of_work() as session, pytest.raises(RejectedInput):
        apply_targets(session, ACTORS["admin"], 2026, {"members": 1}, "fax")
