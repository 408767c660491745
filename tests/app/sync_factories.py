"""Factories for sync and hub tests: an embedded PostgreSQL started once per test session (each
test gets its own database in it), a hub with registered offices, desks provisioned from their
office files, and office data: units and members through the ORM with journal rows (their
services belong to another area), enrolments and claims through their services."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import random
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, insert, select, text

from app import claims, clock
from app.auth import SYSTEM, Actor
from app.catalogue import ensure_catalogue
from app.claims import ClaimInput
from app.claims.kinds import checklist
from app.claims.workflow import ClaimState
from app.db import Database, open_database
from app.demo.people import synthetic_uscc
from app.enrollment import EnrollmentRequest, enrol
from app.hub import operators, registry
from app.hub.schema import hub_metadata
from app.hub.server import HubDatabase, engine_url
from app.ids import id_check_digit
from app.office import register_self
from app.sync import crypto, keystore
from app.sync.format import GENESIS, Header, Kind, jsonl, package_filename, write_package
from app.sync.office_file import provision, read_office_file
from models import JournalEntry, Member, Unit
from models.enums import ClaimKind, Gender, IdType, JournalOp, OfficeLevel, Role

PASSWORD = "office-admin-pw"
TODAY = "2026-03-01"
START = dt.date(2026, 3, 2)
ADMIN = Actor("admin", "系统管理员", Role.ADMIN)
CLERK = Actor("clerk", "经办", Role.CLERK)
REVIEWER = Actor("reviewer", "审核", Role.REVIEWER)
SUPERVISOR = Actor("supervisor", "主管", Role.SUPERVISOR)
CLAIM_DAY = "2026-05-01"
_serial = itertools.count(1)
_rng = random.Random(11)
_server: Any = None


def pg_base_url() -> str:
    """The URL of the one embedded PostgreSQL of this test session (started on first use).

    Its cluster lives in its own temporary folder, not under pytest's basetemp: pytest prunes
    old basetemp folders of concurrent runs and resets their permissions, and the server runs
    as its own system user when the tests run as root. It is deleted when the session ends.
    """
    global _server
    if _server is None:
        import pgserver

        folder = Path(tempfile.mkdtemp(prefix="huzhu-test-pg-"))
        _server = pgserver.get_server(folder, cleanup_mode="delete")
    return _server.get_uri()


@pytest.fixture(scope="session")
def pg_url() -> str:
    return pg_base_url()


@contextlib.contextmanager
def new_hub_database(pg_url: str) -> Iterator[HubDatabase]:
    """A fresh, initialised hub database on the session's PostgreSQL, dropped afterwards."""
    name = f"hub_{uuid.uuid4().hex[:12]}"
    admin = create_engine(engine_url(pg_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = engine_url(pg_url).replace("/postgres?", f"/{name}?")
    database = HubDatabase(create_engine(url))
    with database.engine.begin() as conn:
        registry.init_hub(conn)
        operators.ensure_admin(conn, PASSWORD)
    try:
        yield database
    finally:
        database.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def hub(pg_url: str) -> Iterator[HubDatabase]:
    with new_hub_database(pg_url) as database:
        yield database


def register(hub: HubDatabase, code: str, name: str, folder: Path) -> Path:
    out = folder / f"{code}.hzo"
    with hub.engine.begin() as conn:
        registry.register_office(conn, code=code, name=name, out=out)
    return out


def provision_desk(office_file: Path, folder: Path) -> Database:
    database = open_database(folder / "huzhu.sqlite3")
    with database.unit_of_work() as session:
        provision(session, read_office_file(office_file), admin_password=PASSWORD)
    return database


def resident_id(birth: dt.date = dt.date(1985, 6, 15), gender: Gender = Gender.MALE) -> str:
    serial = next(_serial) % 499
    first17 = f"610204{birth:%Y%m%d}{serial * 2 + (1 if gender is Gender.MALE else 0):03d}"
    return first17 + id_check_digit(first17)


def journal(session: Any, entity: str, ids: list[uuid.UUID], op: JournalOp) -> None:
    at = clock.now()
    session.execute(
        insert(JournalEntry), [dict(entity=entity, uuid=str(u), op=op, at=at) for u in ids]
    )


def add_unit(session: Any, office: str, id_numbers: list[str]) -> tuple[Unit, list[Member]]:
    """A unit whose whole staff are the given people (so any enrolment meets the ratio)."""
    now = clock.now()
    unit = Unit(
        office_code=office,
        uscc=synthetic_uscc(_rng),
        name=f"同步测试单位{next(_serial)}",
        headcount=len(id_numbers),
        created_at=now,
    )
    session.add(unit)
    session.flush()
    members = [
        Member(
            office_code=office,
            id_type=IdType.RESIDENT_ID,
            id_number=number,
            name=f"职工{next(_serial)}",
            gender=Gender.MALE if int(number[16]) % 2 else Gender.FEMALE,
            birth_date=dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14])),
            phone="13900000000",
            unit_uuid=unit.uuid,
            bank_account="6228480000000000000",
            created_at=now,
        )
        for number in id_numbers
    ]
    session.add_all(members)
    session.flush()
    journal(session, "units", [unit.uuid], JournalOp.INSERT)
    journal(session, "members", [m.uuid for m in members], JournalOp.INSERT)
    return unit, members


def enrol_all(session: Any, unit: Unit, members: list[Member], plans: dict[str, int]) -> Any:
    request = EnrollmentRequest(
        unit_uuid=unit.uuid,
        plans=plans,
        member_uuids=tuple(m.uuid for m in members),
        start=START,
    )
    return enrol(session, CLERK, request=request)


def approved_stay(session: Any, member: Member, *, self_pay: int, days_in: int = 40) -> ClaimState:
    """A ZY stay admitted `days_in` days after START, taken in, reviewed and approved through the
    claims services (clerk, reviewer, supervisor); above the hub threshold it then waits for the
    hub."""
    admitted = START + dt.timedelta(days=days_in)
    data = ClaimInput(
        id_number=member.id_number,
        plan_code="ZY",
        kind=ClaimKind.STAY,
        claimant_name=member.name,
        hospital="耀州区人民医院",
        hospital_level=2,
        admitted=admitted,
        discharged=admitted + dt.timedelta(days=9),
        settled=admitted + dt.timedelta(days=9),
        total_cost=800_000 + self_pay,
        insurance_paid=800_000,
        self_pay=self_pay,
        documents=dict.fromkeys(checklist(ClaimKind.STAY), True),
    )
    taken = claims.take_claim(session, CLERK, data=data)
    claims.review(session, REVIEWER, claim_uuid=taken.uuid)
    return claims.approve(session, SUPERVISOR, claim_uuid=taken.uuid)


def take_large_claim(session: Any, member: Member, *, self_pay: int) -> str:
    """`approved_stay` 40 days after START; returns the claim UUID."""
    return approved_stay(session, member, self_pay=self_pay).uuid


@dataclass
class HubSnapshot:
    counts: dict[str, int]
    checksum: str


def hub_snapshot(hub: HubDatabase, *, skip: tuple[str, ...] = ("hub_refusals",)) -> HubSnapshot:
    """Row counts and one content checksum over every hub table (refusal log excluded)."""
    counts, parts = {}, []
    with hub.engine.connect() as conn:
        for table in sorted(hub_metadata.tables.values(), key=lambda t: t.name):
            if table.name in skip:
                continue
            counts[table.name] = conn.scalar(select(func.count()).select_from(table))
            parts.append(
                conn.scalar(
                    text(
                        f"SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                        f'FROM "{table.name}" t'
                    )
                )
            )
    return HubSnapshot(counts, "".join(parts))


@dataclass
class HubKeysForTests:
    sign: crypto.KeyPair
    box: crypto.KeyPair


def keyed_desk(folder: Path, office: str = "61020401") -> tuple[Database, HubKeysForTests]:
    """A desk with sync keys but no hub database: the test holds the hub's private keys and can
    write return packages itself with `app.sync.format.write_package`."""
    hub_keys = HubKeysForTests(crypto.new_signing_pair(), crypto.new_box_pair())
    database = open_database(folder / "huzhu.sqlite3")
    with database.unit_of_work() as session:
        register_self(session, SYSTEM, code=office, name="测试代办处", level=OfficeLevel.COUNTY)
        ensure_catalogue(session)
        keystore.install(
            session,
            office_code=office,
            sign_private=crypto.new_signing_pair().private,
            box_private=crypto.new_box_pair().private,
            hub_sign_public=hub_keys.sign.public,
            hub_box_public=hub_keys.box.public,
        )
    return database, hub_keys


def return_package(
    folder: Path,
    hub_keys: HubKeysForTests,
    office_box_public: bytes,
    *,
    office: str = "61020401",
    seq: int = 1,
    prev: str = GENESIS,
    **files: list[dict[str, Any]],
) -> Path:
    """A return package as the hub writes it (acks, alerts, decisions, catalogues, targets)."""
    path = folder / package_filename(Kind.RETURN, office, seq)
    header = Header(Kind.RETURN, office, seq, prev, dt.datetime(2026, 3, 5, 9, 0), None)
    write_package(
        path,
        header,
        [
            jsonl(name, files.get(name, []))
            for name in ("acks", "alerts", "decisions", "catalogues", "targets")
        ],
        recipient_box_public=office_box_public,
        signer_private=hub_keys.sign.private,
    )
    return path
