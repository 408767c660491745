"""The reliability office: built once per session through the services, copied per test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db import Database, open_database
from tests.reliability import scenario


@pytest.fixture(scope="session")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reliability-office")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HUZHU_TODAY", scenario.TODAY)
        scenario.build_office(folder).dispose()
    return folder


@pytest.fixture
def office_dir(office_template: Path, tmp_path: Path) -> Path:
    """A private copy of the reliability office's data folder."""
    folder = tmp_path / "office"
    shutil.copytree(office_template, folder)
    return folder


@pytest.fixture
def office_db(office_dir: Path) -> Iterator[Database]:
    db = open_database(office_dir / "huzhu.sqlite3")
    yield db
    db.dispose()
