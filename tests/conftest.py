"""Shared fixtures: real SQLite files on disk, the demo office, acting operators."""

from __future__ import annotations

import faulthandler
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from app import auth
from app.db import Database, open_database
from app.demo import DEMO_PASSWORD, build_demo
from models.enums import Role

ACTORS = {
    "admin": auth.Actor("admin", "系统管理员", Role.ADMIN),
    "clerk1": auth.Actor("clerk1", "王丽", Role.CLERK),
    "clerk2": auth.Actor("clerk2", "李强", Role.CLERK),
    "reviewer1": auth.Actor("reviewer1", "张敏", Role.REVIEWER),
    "supervisor1": auth.Actor("supervisor1", "刘建国", Role.SUPERVISOR),
}


# One test may take minutes (the bundle build), never a quarter of an hour: a modal dialog no
# test answers would otherwise hold CI until its limit. Past this the stacks are printed and the
# run ends, naming the test that hung.
HUNG_TEST_SECONDS = 900


@pytest.fixture(autouse=True)
def _hung_test_watchdog() -> Iterator[None]:
    faulthandler.dump_traceback_later(HUNG_TEST_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees the developer's data folder, fixed dates, passwords or font switch."""
    names = ("HUZHU_DATA", "HUZHU_TODAY", "HUZHU_NOW", "HUZHU_PASSWORD", "HUZHU_NEW_PASSWORD")
    for name in (*names, "HUZHU_SYSTEM_FONTS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HUZHU_TEST_TMP", str(tmp_path))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """An empty, fully migrated office database in a real file."""
    database = open_database(tmp_path / "data" / "huzhu.sqlite3")
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo-template")
    database = open_database(folder / "huzhu.sqlite3")
    build_demo(database)
    database.dispose()
    return folder / "huzhu.sqlite3"


@pytest.fixture
def demo_data_dir(tmp_path: Path, demo_template: Path) -> Path:
    """A data folder holding a private copy of the demo database."""
    folder = tmp_path / "demo"
    folder.mkdir()
    shutil.copyfile(demo_template, folder / "huzhu.sqlite3")
    return folder


@pytest.fixture
def demo_db(demo_data_dir: Path) -> Iterator[Database]:
    database = open_database(demo_data_dir / "huzhu.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def actors() -> dict[str, auth.Actor]:
    return ACTORS


@pytest.fixture
def demo_password() -> str:
    return DEMO_PASSWORD
