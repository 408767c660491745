"""Sync budgets (docs/design.md §8): desk export of 100k changed rows ≤ 3 s; hub ingest of 1M rows
into PostgreSQL ≤ 30 s and (issue 22) ≤ 2× a bare COPY of the same rows into tables of the same
shape, measured in the same run.

The export runs on a desk database holding 100k freshly journalled rows (demo units and members
at scale), beside a bare sqlite3 `SELECT *` of the same tables. The ingest package holds 500k members and their 500k coverages, written by a
registered office; the hub is the embedded PostgreSQL (pgserver) in bench/work. Its baseline
COPYs the same 1M rows, already parsed, into bare copies of the two tables (same columns, primary
keys and indexes) — the floor under verification, decryption, JSON parsing, the upsert and the
cross-office duplicate check that the real ingest adds.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import sys
import time
import uuid
from pathlib import Path

from bench.common import WORK, Row

EXPORT_ROWS = 100_000
INGEST_MEMBERS = 500_000
EXPORT_BUDGET_S = 3.0
INGEST_BUDGET_S = 30.0
INGEST_RATIO_BUDGET = 2.0  # issue 22: ≤ 2× the bare COPY of the same rows, measured in the run
OFFICE = "61020401"


def _desk_with_changes(folder: Path) -> tuple[object, object]:
    from app.auth import SYSTEM
    from app.db import open_database
    from app.demo.people import add_units_and_members
    from app.office import register_self
    from app.sync import crypto, keystore
    from models.enums import OfficeLevel

    database = open_database(folder / "huzhu.sqlite3")
    hub_sign, hub_box = crypto.new_signing_pair(), crypto.new_box_pair()
    with database.unit_of_work() as session:
        register_self(session, SYSTEM, code=OFFICE, name="基准代办处", level=OfficeLevel.COUNTY)
        keystore.install(
            session,
            office_code=OFFICE,
            sign_private=crypto.new_signing_pair().private,
            box_private=crypto.new_box_pair().private,
            hub_sign_public=hub_sign.public,
            hub_box_public=hub_box.public,
        )
        # one call: its ID numbers are unique within a call (demo scale 1 ≈ 1,656 rows)
        units, members = add_units_and_members(
            session, random.Random(5), OFFICE, EXPORT_ROWS // 1_600
        )
    return database, units + members


def bench_export() -> Row:
    from app.auth import SYSTEM
    from app.sync.export import export_package

    folder = WORK / "sync-export"
    shutil.rmtree(folder, ignore_errors=True)
    database, total = _desk_with_changes(folder)
    started = time.perf_counter()
    with database.unit_of_work() as session:  # type: ignore[attr-defined]
        result = export_package(session, SYSTEM, out_dir=folder / "out")
    seconds = time.perf_counter() - started
    database.dispose()  # type: ignore[attr-defined]
    size = result.path.stat().st_size / 1e6
    return Row(
        f"sync export, {result.rows:,} changed rows",
        seconds,
        EXPORT_BUDGET_S,
        baseline=_bare_select(folder / "huzhu.sqlite3"),
        note=f"{total:,} rows journalled; package {size:.1f} MB (zlib + AES-GCM); "
        "baseline: sqlite3 SELECT * of the same tables",
    )


def _bare_select(path: Path) -> float:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        for table in ("units", "members"):
            conn.execute(f"SELECT * FROM {table}").fetchall()
        return time.perf_counter() - started
    finally:
        conn.close()


def _member_line(i: int, unit: str, rng: random.Random) -> tuple[str, str]:
    member = str(uuid.UUID(int=rng.getrandbits(128)))
    row = {
        "uuid": member,
        "office_code": OFFICE,
        "id_type": "resident_id",
        "id_number": f"6102041985{i:07d}X",
        "name": f"职工{i}",
        "name_initials": "zg",
        "gender": "M" if i % 2 else "F",
        "birth_date": f"{1970 + i % 30}-01-01",
        "phone": "13900000000",
        "unit_uuid": unit,
        "group_tag": "",
        "bank_name": "中国农业银行",
        "bank_account": f"62284800{i:011d}",
        "status": "active",
        "left_on": None,
        "created_at": "2026-03-01T09:00:00",
        "updated_at": "2026-03-01T09:00:00",
    }
    return member, json.dumps(row, ensure_ascii=False, separators=(",", ":"))


def _coverage_line(member: str, enrollment: str, rng: random.Random) -> str:
    row = {
        "uuid": str(uuid.UUID(int=rng.getrandbits(128))),
        "member_uuid": member,
        "enrollment_uuid": enrollment,
        "plan_code": "ZY",
        "shares": 1,
        "start_date": "2026-03-02",
        "end_date": "2027-03-01",
        "waiting_until": "2026-04-01",
        "premium": 6000,
        "is_renewal": False,
        "status": "active",
        "updated_at": "2026-03-01T09:00:00",
    }
    return json.dumps(row, separators=(",", ":"))


def _ingest_files() -> list:
    from app.sync.format import DataFile

    rng = random.Random(9)
    unit, enrollment = str(uuid.uuid4()), str(uuid.uuid4())
    members, coverages = [], []
    for i in range(INGEST_MEMBERS):
        member, line = _member_line(i, unit, rng)
        members.append(line)
        coverages.append(_coverage_line(member, enrollment, rng))
    return [
        DataFile("members", ("\n".join(members) + "\n").encode(), len(members)),
        DataFile("coverages", ("\n".join(coverages) + "\n").encode(), len(coverages)),
    ]


def _bare_copy(hub: object, files: list) -> float:
    """COPY the same rows, parsed beforehand, into bare tables of the same shape."""
    from app.hub.schema import ENTITY_TABLES

    prepared = {}
    for data in files:
        table = ENTITY_TABLES[data.name]
        cols = [c.name for c in table.columns if c.name not in ("deleted", "package_seq")]
        rows = [json.loads(line) for line in data.jsonl.splitlines()]
        prepared[data.name] = (
            cols,
            [[r.get(c, OFFICE if c == "office_code" else None) for c in cols] + [1] for r in rows],
        )
    raw = hub.engine.raw_connection()  # type: ignore[attr-defined]
    try:
        started = time.perf_counter()
        with raw.cursor() as cur:
            for name, (cols, rows) in prepared.items():
                cur.execute(f'CREATE TABLE "bare_{name}" (LIKE "{name}" INCLUDING ALL)')
                quoted = ", ".join(f'"{c}"' for c in cols)
                with cur.copy(f'COPY "bare_{name}" ({quoted}, package_seq) FROM STDIN') as copy:
                    for row in rows:
                        copy.write_row(row)
        raw.commit()
        return time.perf_counter() - started
    finally:
        raw.close()


def bench_ingest() -> Row:
    from app.hub import registry
    from app.hub.ingest import ingest_package
    from app.hub.server import open_hub_database
    from app.sync.format import GENESIS, Header, Kind, write_package
    from app.sync.office_file import read_office_file

    folder = WORK / "sync-hub"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    hub = open_hub_database(None, folder)
    with hub.engine.begin() as conn:
        registry.init_hub(conn)
        registry.register_office(conn, code=OFFICE, name="基准代办处", out=folder / "o.hzo")
    office = read_office_file(folder / "o.hzo")
    files = _ingest_files()
    header = Header(Kind.OFFICE, OFFICE, 1, GENESIS, dt.datetime(2026, 3, 1), None)
    package = folder / "61020401-000001.hzp"
    write_package(
        package,
        header,
        files,
        recipient_box_public=office.hub_box_public,
        signer_private=office.sign_private,
    )
    rows = sum(f.rows for f in files)
    started = time.perf_counter()
    ingest_package(hub, package)
    seconds = time.perf_counter() - started
    baseline = _bare_copy(hub, files)
    hub.dispose()
    size = package.stat().st_size / 1e6
    return Row(
        f"hub ingest, {rows:,} rows (PostgreSQL)",
        seconds,
        min(INGEST_BUDGET_S, INGEST_RATIO_BUDGET * baseline),
        baseline=baseline,
        note=f"package {size:.0f} MB; baseline: bare COPY of the same parsed rows "
        f"(ratio budget ≤ {INGEST_RATIO_BUDGET:g}×)",
    )


def run() -> list[Row]:
    return [bench_export(), bench_ingest()]


if __name__ == "__main__":  # `python -m bench.sync [export|ingest]`: one part alone, printed
    parts = {"export": bench_export, "ingest": bench_ingest}
    for part in sys.argv[1:] or list(parts):
        print(parts[part]().as_dict())
