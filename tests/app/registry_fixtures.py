"""Fixture for unit and member tests: an empty database with an office of its own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.auth import SYSTEM
from app.db import Database
from app.office import register_self
from models.enums import OfficeLevel


@pytest.fixture
def db_with_office(db: Database) -> Iterator[Database]:
    with db.unit_of_work() as s:
        register_self(s, SYSTEM, code="61020401", name="测试代办处", level=OfficeLevel.COUNTY)
    yield db
