"""A hub holding two offices' packages, built once per test module: two desks from their office
files, members of several ages and both sexes enrolled in the main plan and riders, claims taken
in and paid (one large claim left waiting for the hub), each desk's package exported and
ingested. The desks stay open so tests can count on their own SQLite data."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import claims
from app.auth import Actor
from app.claims.workflow import ClaimState
from app.db import Database
from app.hub.ingest import ingest_package
from app.hub.server import HubDatabase
from app.sync.export import export_package
from models.enums import Gender, Role
from tests.app.sync_factories import (
    ADMIN,
    CLAIM_DAY,
    TODAY,
    add_unit,
    approved_stay,
    enrol_all,
    new_hub_database,
    provision_desk,
    register,
    resident_id,
)

A, B = "61020401", "61020501"
PAID_ON = dt.date(2026, 5, 1)
PAYER = Actor("payer", "出纳经办", Role.CLERK)


@dataclass
class TwoOffices:
    hub: HubDatabase
    desks: dict[str, Database]
    office_files: dict[str, Path]
    large_claim: str  # the claim number waiting for the hub
    folder: Path


def _pay(database: Database, state: ClaimState) -> None:
    with database.unit_of_work() as session:
        claims.record_payment(
            session,
            PAYER,
            claim_uuid=state.uuid,
            paid_on=PAID_ON,
            amount=state.approved_amount or 0,
            bank="中国农业银行耀州支行",
            account="6228480000000000000",
        )


def ages(*births: tuple[int, Gender]) -> list[str]:
    return [resident_id(dt.date(year, 3, 1), gender) for year, gender in births]


@contextlib.contextmanager
def two_offices(pg_url: str, folder: Path) -> Iterator[TwoOffices]:
    with pytest.MonkeyPatch.context() as mp, new_hub_database(pg_url) as hub:
        mp.setenv("HUZHU_TODAY", TODAY)
        files = {
            code: register(hub, code, name, folder / "hub-out")
            for code, name in ((A, "铜川市耀州区代办处"), (B, "铜川市宜君县代办处"))
        }
        desks = {code: provision_desk(files[code], folder / code) for code in files}
        with desks[A].unit_of_work() as session:
            unit, staff = add_unit(
                session,
                A,
                ages((1998, Gender.MALE), (1990, Gender.FEMALE), (1980, Gender.MALE),
                     (1970, Gender.FEMALE)),
            )  # fmt: skip
            enrol_all(session, unit, staff, {"ZY": 1, "JT": 1})
            unit2, staff2 = add_unit(session, A, ages((1975, Gender.MALE), (1988, Gender.MALE)))
            enrol_all(session, unit2, staff2, {"ZY": 2})
            a_claimants = [staff[2], staff2[0]]
        with desks[B].unit_of_work() as session:
            unit3, staff3 = add_unit(
                session, B, ages((1985, Gender.FEMALE), (1968, Gender.MALE), (2000, Gender.MALE))
            )
            enrol_all(session, unit3, staff3, {"ZY": 1})
            b_claimants = [staff3[1], staff3[0]]
        mp.setenv("HUZHU_TODAY", CLAIM_DAY)
        paid: list[tuple[str, ClaimState]] = []
        with desks[A].unit_of_work() as session:
            paid += [
                (A, approved_stay(session, m, self_pay=300_000, days_in=40)) for m in a_claimants
            ]
        with desks[B].unit_of_work() as session:
            paid.append((B, approved_stay(session, b_claimants[0], self_pay=500_000, days_in=50)))
            large = approved_stay(session, b_claimants[1], self_pay=4_000_000, days_in=41).number
        for office, state in paid:
            _pay(desks[office], state)
        for database in desks.values():
            with database.unit_of_work() as session:
                result = export_package(session, ADMIN, out_dir=folder / "outbox")
            ingest_package(hub, result.path)
        try:
            yield TwoOffices(hub, desks, files, large, folder)
        finally:
            for database in desks.values():
                database.dispose()
