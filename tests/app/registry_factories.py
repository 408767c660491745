"""Factories for unit and member tests: an office of its own, units, valid synthetic IDs."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

import pytest

from app.auth import SYSTEM
from app.db import Database
from app.demo.people import synthetic_uscc
from app.ids import id_check_digit
from app.office import register_self
from app.units import UnitFields, UnitRow, add_unit
from models.enums import OfficeLevel


def resident_id(birth: dt.date, male: bool, serial: int = 1, region: str = "610204") -> str:
    first17 = f"{region}{birth:%Y%m%d}{(serial % 499) * 2 + (1 if male else 0):03d}"
    return first17 + id_check_digit(first17)


def uscc(seed: int) -> str:
    return synthetic_uscc(random.Random(seed))


def make_unit(db: Database, actor, seed: int = 1, **over) -> UnitRow:
    data = dict(uscc=uscc(seed), name=f"耀州测试单位{seed}", headcount=100, female_headcount=40)
    data.update(over)
    with db.unit_of_work() as s:
        return add_unit(s, actor, data=UnitFields(**data))


@pytest.fixture
def db_with_office(db: Database) -> Iterator[Database]:
    with db.unit_of_work() as s:
        register_self(s, SYSTEM, code="61020401", name="测试代办处", level=OfficeLevel.COUNTY)
    yield db
