"""Factories for unit and member tests: units and valid synthetic IDs (the `db_with_office`
fixture is in registry_fixtures.py, loaded with `pytest_plugins`)."""

from __future__ import annotations

import datetime as dt
import random

from app.db import Database
from app.demo.people import synthetic_uscc
from app.ids import id_check_digit
from app.units import UnitFields, UnitRow, add_unit


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
