"""A small but real office built only through the services, and the four operations the crash
harness interrupts. Run as a script it performs one operation on an existing data folder:

    python -m tests.reliability.scenario      (then lines `OPERATION DATA_DIR DELAY` on stdin)

Having imported everything once, it forks a child per request; the child opens the database,
says it is ready and runs the operation, and the server SIGKILLs it DELAY seconds later.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app import auth
from app.auth import SYSTEM, Actor
from app.catalogue import ensure_catalogue
from app.claims import ClaimInput
from app.claims.intake import take_claim
from app.claims.kinds import DOCUMENTS
from app.db import Database, open_database
from app.enrollment import EnrollmentRequest, enrol
from app.members import MemberFields, add_member
from app.paths import database_path
from app.roster.importer import ImportOptions, import_roster
from app.roster.reading import read_roster
from app.sync import crypto
from app.sync.export import export_package
from app.sync.office_file import OfficeFile, provision, read_office_file, write_office_file
from app.units import UnitFields, add_unit, find_unit
from models import Claim, Coverage, Enrollment, Member, Payment, SyncPackage
from models.enums import ClaimKind, Role
from tests.app.roster_factories import OFFICE, Person, people, uscc, write_xlsx

TODAY = "2026-03-10"
START = dt.date(2026, 3, 11)
CLAIM_DAY = "2026-09-30"
PASSWORD = "reliable-pw"
CLERK = Actor("clerk1", "经办一", Role.CLERK)
ROSTER_ROWS = 400
UNITS = {"A": (1, 40), "B": (2, ROSTER_ROWS), "C": (3, 60)}  # serial, headcount


@dataclass(frozen=True)
class HubKeys:
    sign_private: bytes
    box_private: bytes


def office_file(folder: Path) -> tuple[Path, HubKeys]:
    """A hub-signed office file with fresh keys, as the provincial office would issue, and the
    hub's private keys (to make return packages for the desk)."""
    hub_sign, hub_box = crypto.new_signing_pair(), crypto.new_box_pair()
    office = OfficeFile(
        office_code=OFFICE,
        name="可靠性测试代办处",
        issued_at=dt.datetime(2026, 3, 1, 9, 0),
        sign_private=crypto.new_signing_pair().private,
        box_private=crypto.new_box_pair().private,
        hub_sign_public=hub_sign.public,
        hub_box_public=hub_box.public,
        catalogue_version=None,
        catalogue_document=None,
    )
    path = folder / f"{OFFICE}.hzo"
    write_office_file(path, office, hub_sign.private)
    return path, HubKeys(hub_sign.private, hub_box.private)


def build_office(data_dir: Path) -> Database:
    """Provision a desk, add operators and three units; unit A is imported and enrolled from a
    roster, unit C has members registered one by one (to be enrolled later), unit B is empty
    (its roster file `roster-B.xlsx` waits in the data folder)."""
    os.environ["HUZHU_TODAY"] = TODAY
    data_dir.mkdir(parents=True, exist_ok=True)
    db = open_database(database_path(data_dir))
    with db.unit_of_work() as session:
        provision(session, read_office_file(office_file(data_dir)[0]), admin_password=PASSWORD)
        ensure_catalogue(session)
        for name, role in (("clerk1", Role.CLERK), ("supervisor1", Role.SUPERVISOR)):
            auth.add_operator(
                session, SYSTEM, username=name, display_name=name, role=role, password=PASSWORD
            )
        for key, (serial, headcount) in UNITS.items():
            fields = UnitFields(uscc=uscc(serial), name=f"单位{key}", headcount=headcount)
            add_unit(session, CLERK, data=fields)
    staff_a = people(UNITS["A"][1])
    write_xlsx(data_dir / "roster-A.xlsx", [p.row(i + 1) for i, p in enumerate(staff_a)])
    write_xlsx(
        data_dir / "roster-B.xlsx",
        [p.row(i + 1) for i, p in enumerate(people(ROSTER_ROWS, first=1000))],
    )
    run(db, "roster-A", data_dir)
    with db.unit_of_work() as session:
        unit_c = find_unit(session, uscc(UNITS["C"][0]))
        for p in people(UNITS["C"][1], first=5000):
            add_member(
                session, CLERK, unit_uuid=unit_c.uuid, data=MemberFields(p.id_number, p.name)
            )
    return db


def _import(db: Database, data_dir: Path, key: str) -> None:
    sheet = read_roster(data_dir / f"roster-{key}.xlsx")
    with db.unit_of_work() as session:
        unit = find_unit(session, uscc(UNITS[key][0]))
        import_roster(
            session,
            CLERK,
            sheet=sheet,
            options=ImportOptions(unit_uuid=unit.uuid, plans={"ZY": 1}, start=START),
        )


def _enrol_c(db: Database) -> None:
    with db.unit_of_work() as session:
        unit = find_unit(session, uscc(UNITS["C"][0]))
        members = tuple(session.scalars(select(Member.uuid).where(Member.unit_uuid == unit.uuid)))
        enrol(
            session,
            CLERK,
            request=EnrollmentRequest(unit.uuid, {"ZY": 1}, members, START),
        )


def claim_input(who: Person) -> ClaimInput:
    """A complete hospital-stay application for `who` (covered by ZY from START)."""
    return ClaimInput(
        id_number=who.id_number,
        plan_code="ZY",
        kind=ClaimKind.STAY,
        claimant_name=who.name,
        hospital="耀州区人民医院",
        hospital_level=2,
        admitted=dt.date(2026, 8, 1),
        discharged=dt.date(2026, 8, 10),
        settled=dt.date(2026, 8, 10),
        total_cost=1_330_000,
        insurance_paid=800_000,
        self_pay=500_000,
        out_of_policy=30_000,
        documents=dict.fromkeys(DOCUMENTS[ClaimKind.STAY], True),
    )


def save_claim(db: Database, data: ClaimInput) -> None:
    with db.unit_of_work() as session:
        take_claim(session, CLERK, data=data)


def _export(db: Database, data_dir: Path) -> None:
    with db.unit_of_work() as session:
        export_package(session, CLERK, out_dir=data_dir / "outbox")


def run(db: Database, operation: str, data_dir: Path) -> None:
    """Perform one operation in its own unit of work."""
    if operation == "roster-A":
        _import(db, data_dir, "A")
    elif operation == "roster":
        _import(db, data_dir, "B")
    elif operation == "enroll":
        _enrol_c(db)
    elif operation == "claim":
        save_claim(db, claim_input(people(1)[0]))
    elif operation == "export":
        _export(db, data_dir)
    else:
        raise ValueError(operation)


OPERATIONS = ("roster", "enroll", "claim", "export")
DAYS = {"roster": TODAY, "enroll": TODAY, "claim": CLAIM_DAY, "export": CLAIM_DAY}


def counts(db: Database) -> dict[str, int]:
    """Row counts the operations change: an interrupted one must leave all or none of them."""
    models = {
        "members": Member,
        "enrollments": Enrollment,
        "coverages": Coverage,
        "payments": Payment,
        "claims": Claim,
        "packages": SyncPackage,
    }
    with db.reader() as session:
        return {
            name: session.scalar(select(func.count()).select_from(model)) or 0
            for name, model in models.items()
        }


def _child(operation: str, data_dir: Path, ready: int) -> None:
    """In the forked child: open the database, signal READY, run, signal DONE, exit."""
    code = 1
    try:
        os.environ["HUZHU_TODAY"] = DAYS[operation]
        db = open_database(database_path(data_dir))
        os.write(ready, b"R")
        run(db, operation, data_dir)
        db.dispose()
        os.write(ready, b"D")
        code = 0
    finally:
        os._exit(code)


def attempt(operation: str, data_dir: Path, delay: float) -> tuple[str, float]:
    """Fork a child that runs `operation`; SIGKILL it `delay` s after READY (never if negative).

    Returns ("CUT" | "DONE", seconds from READY to the end). Forking from this already-imported
    process keeps each attempt to milliseconds of overhead, so the harness can afford many.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _child(operation, data_dir, write_end)
    os.close(write_end)
    try:
        if os.read(read_end, 1) != b"R":
            os.waitpid(pid, 0)
            return "FAIL", 0.0
        started = time.monotonic()
        if delay >= 0:
            time.sleep(delay)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        rest = os.read(read_end, 1)  # b"D" once committed, b"" when the child is gone
        elapsed = time.monotonic() - started
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(read_end)
    if rest == b"D":
        return "DONE", elapsed
    return ("CUT" if os.WIFSIGNALED(status) else "FAIL"), elapsed


def serve() -> int:
    """Answer `OPERATION DATA_DIR DELAY` lines on stdin with `RESULT SECONDS` on stdout."""
    print("READY", flush=True)
    for line in sys.stdin:
        operation, folder, delay = line.split()
        result, elapsed = attempt(operation, Path(folder), float(delay))
        print(result, f"{elapsed:.4f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(serve())
