"""The ways the hub writes a package's rows give the same outcome: an office's first rows of a
table go in by a plain INSERT, which falls back to the upsert when a uuid is already held;
later rows by the upsert; a small package is staged in the transaction's own session, a large
one on a second connection, in tables of CHUNK_ROWS rows (every test runs in the transaction, on
a second connection, and there in chunks of two rows). Either way a row of another office is
counted and left alone, a uuid sent twice or a bad row refuses the package with nothing
written and no scratch table left, and an office's own rows are updated."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.hub import ingest
from app.hub.ingest import IngestResult, ingest_package
from app.hub.schema import ENTITY_TABLES, hub_alerts
from app.hub.server import HubDatabase
from app.sync.format import GENESIS, DataFile, Header, Kind, PackageRefused, write_package
from app.sync.office_file import read_office_file
from tests.app.sync_factories import hub, hub_snapshot, pg_url, register  # noqa: F401

A, B = "61020401", "61020501"
units = ENTITY_TABLES["units"]


class Office:
    """An office writing its own packages, one after another, as its desk would."""

    def __init__(self, hub: HubDatabase, code: str, folder: Path) -> None:  # noqa: F811
        self.hub, self.code, self.folder = hub, code, folder
        self.keys = read_office_file(register(hub, code, f"代办处{code}", folder))
        self.seq, self.prev = 0, GENESIS

    def package(self, rows: list[dict], **more: list[dict]) -> Path:
        """The office's next package: `rows` of units, and rows of other tables by name."""
        self.seq += 1
        files = [
            DataFile(
                name,
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in got).encode(),
                len(got),
            )
            for name, got in {"units": rows, **more}.items()
        ]
        header = Header(Kind.OFFICE, self.code, self.seq, self.prev, dt.datetime(2026, 3, 1), None)
        path = self.folder / f"{self.code}-{self.seq:06d}.hzp"
        self.prev = write_package(
            path,
            header,
            files,
            recipient_box_public=self.keys.hub_box_public,
            signer_private=self.keys.sign_private,
        )
        return path

    def send(self, rows: list[dict], **more: list[dict]) -> IngestResult:
        return ingest_package(self.hub, self.package(rows, **more))


def unit(office: str, name: str, key: uuid.UUID | None = None) -> dict:
    return {
        "uuid": str(key or uuid.uuid4()),
        "office_code": office,
        "uscc": "91610204MA0000001A",
        "name": name,
        "union_name": f"{name}工会",
        "industry": "制造业",
        "address": "铜川市",
        "contact": "王",
        "phone": "13900000000",
        "headcount": 10,
        "female_headcount": 4,
        "status": "active",
        "created_at": "2026-03-01T09:00:00",
        "updated_at": "2026-03-01T09:00:00",
    }


@pytest.fixture(params=["in the transaction", "on a second connection", "in chunks of two rows"])
def offices(
    request: pytest.FixtureRequest,
    hub: HubDatabase,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[dict[str, Office]]:
    if request.param != "in the transaction":
        monkeypatch.setattr(ingest, "PIPELINE_ROWS", 0)
    if request.param == "in chunks of two rows":
        monkeypatch.setattr(ingest, "CHUNK_ROWS", 2)
    yield {code: Office(hub, code, tmp_path) for code in (A, B)}
    assert scratch_tables(hub) == []


def scratch_tables(hub: HubDatabase) -> list[str]:  # noqa: F811
    with hub.engine.connect() as conn:
        found = conn.execute(
            text("SELECT tablename FROM pg_tables WHERE tablename LIKE 'ingest_stage%'")
        )
        return list(found.scalars())


def names(hub: HubDatabase) -> dict[tuple[str, str], str]:  # noqa: F811
    with hub.engine.connect() as conn:
        rows = conn.execute(select(units.c.office_code, units.c.uuid, units.c.name)).all()
    return {(office, str(key)): name for office, key, name in rows}


def test_first_package_takes_no_row_of_another_office(hub, offices) -> None:  # noqa: F811
    held = uuid.uuid4()
    assert offices[A].send([unit(A, "甲厂", held), unit(A, "乙厂")]).counts == {"units": 2}
    before = names(hub)
    # B holds no unit yet: its plain INSERT meets A's uuid and gives way to the upsert
    result = offices[B].send([unit(B, "丙厂"), unit(B, "冒名厂", held), unit(B, "丁厂")])
    assert (result.counts, result.foreign_rows) == ({"units": 2}, 1)
    after = names(hub)
    assert after[(A, str(held))] == "甲厂"
    assert {k: v for k, v in after.items() if k in before} == before
    assert sorted(v for (office, _), v in after.items() if office == B) == ["丁厂", "丙厂"]
    with hub.engine.connect() as conn:
        alerted = conn.execute(select(hub_alerts.c.office_code, hub_alerts.c.kind)).all()
    assert alerted == [(B, "foreign_rows")]


@pytest.mark.parametrize("earlier", [0, 1], ids=["first package", "later package"])
def test_a_uuid_sent_twice_refuses_the_package(hub, offices, earlier: int) -> None:  # noqa: F811
    for _ in range(earlier):
        offices[A].send([unit(A, "甲厂")])
    before = hub_snapshot(hub)
    twice = uuid.uuid4()
    with pytest.raises(PackageRefused) as refused:
        offices[A].send([unit(A, "乙厂", twice), unit(A, "丙厂"), unit(A, "乙厂改", twice)])
    assert refused.value.code == "bad_rows"
    assert hub_snapshot(hub) == before


def test_later_package_updates_own_rows_and_adds_new_ones(hub, offices) -> None:  # noqa: F811
    first, second = uuid.uuid4(), uuid.uuid4()
    offices[A].send([unit(A, "甲厂", first), unit(A, "乙厂", second)])
    result = offices[A].send([unit(A, "甲厂（改名）", first), unit(A, "丙厂")])
    assert (result.counts, result.foreign_rows) == ({"units": 2}, 0)
    held = names(hub)
    assert (held[(A, str(first))], held[(A, str(second))]) == ("甲厂（改名）", "乙厂")
    assert len(held) == 3


def test_a_large_package_leaves_the_table_analysed(hub, offices) -> None:  # noqa: F811
    offices[A].send([unit(A, f"厂{i}") for i in range(120)])
    with hub.engine.connect() as conn:
        estimate = conn.scalar(text("SELECT reltuples FROM pg_class WHERE relname = 'units'"))
    assert estimate == 120


@pytest.mark.parametrize(
    "change, detail",
    [
        (lambda row: row.pop("uuid"), "每行应为带 uuid 的 JSON 对象"),
        (lambda row: row.update(name="耀州\u202e公司"), "看不见的控制字符"),
        (lambda row: row.update(headcount=None), "缺少必填字段"),
        (lambda row: row.update(office_code=B), f"属于代办处 {B}"),
        (lambda row: row.update(headcount="十"), "integer"),
    ],
    ids=["no uuid", "hidden character", "required field null", "other office", "wrong type"],
)
def test_a_bad_row_refuses_the_package_with_nothing_written(
    hub,  # noqa: F811
    offices,
    change,
    detail: str,
) -> None:
    offices[A].send([unit(A, "甲厂")])
    before = hub_snapshot(hub)
    rows = [unit(A, f"厂{i}") for i in range(5)]
    change(rows[3])
    with pytest.raises(PackageRefused) as refused:
        offices[A].send(rows)
    assert refused.value.code == "bad_rows"
    assert detail in str(refused.value.message)
    assert hub_snapshot(hub) == before


def test_a_bad_row_in_a_later_table_takes_back_the_earlier_ones(hub, offices) -> None:  # noqa: F811
    before = hub_snapshot(hub)
    with pytest.raises(PackageRefused) as refused:
        offices[A].send([unit(A, "甲厂"), unit(A, "乙厂")], members=[{"name": "无编号"}])
    assert refused.value.code == "bad_rows"
    assert "members" in str(refused.value.message)
    assert hub_snapshot(hub) == before


def test_scratch_tables_left_by_a_dead_ingest_are_dropped(
    hub,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ingest, "PIPELINE_ROWS", 0)
    with hub.engine.begin() as conn:
        for table in ("ingest_stage_claims", "ingest_stage_units"):
            conn.execute(text(f"CREATE UNLOGGED TABLE {table} (doc jsonb NOT NULL)"))
    assert Office(hub, A, tmp_path).send([unit(A, "甲厂")]).counts == {"units": 1}
    assert scratch_tables(hub) == []
