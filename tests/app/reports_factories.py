"""A bigger office for the report tests, grown on a copy of the demo database with bulk inserts
(thousands of members, hundreds of claims, in a second or two): enrollments starting across
2025–2026, some cancelled with refunds, gift enrollments of 八大群体 members, every payer, claims
in every status with intake and payment dates, and the cases the adverse-selection watch
flags (a unit enrolling only its older staff, riders without their main plan, an override,
claims just after the waiting period)."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from sqlalchemy import insert

from app.db import Database
from app.members import GROUP_TAGS
from models import Claim, Coverage, Enrollment, Member, Payment, Unit

OFFICE = "61020401"
CATALOGUE = "shaanxi-2026.1"
PREMIUM = {"ZY": 6000, "ZJ": 3000}
NOW = dt.datetime(2026, 11, 1, 9, 0)
OLD_UNIT = "测试老龄单位"  # enrols only its staff over 50
RIDER_ONLY = "BD-TEST-000001"  # two of its members hold ZJ without ZY
STATUSES = (
    "received",
    "reviewing",
    "awaiting_approval",
    "approved",
    "rejected",
    "paid",
    "withdrawn",
)


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _units_and_members(rng: random.Random, units: int) -> tuple[list[dict], list[dict]]:
    unit_rows, member_rows = [], []
    for u in range(units):
        unit_uuid = uuid.uuid4()
        size = rng.randrange(50, 90)
        name = OLD_UNIT if u == 1 else f"测试单位{u:03d}"
        unit_rows.append(
            dict(
                uuid=unit_uuid,
                office_code=OFFICE,
                uscc=f"91610204TST{u:07d}",
                name=name,
                headcount=size,
                female_headcount=0,
                status="active",
                created_at=NOW,
            )
        )
        for m in range(size):
            member_rows.append(
                dict(
                    uuid=uuid.uuid4(),
                    office_code=OFFICE,
                    id_type="other",
                    id_number=f"T{u:03d}{m:04d}",
                    name=f"职工{u}-{m}",
                    gender=rng.choice("MF"),
                    birth_date=_day(rng, dt.date(1964, 1, 1), dt.date(2003, 12, 31)),
                    unit_uuid=unit_uuid,
                    group_tag=rng.choice(("", "", *GROUP_TAGS)),
                    status="left" if rng.random() < 0.03 else "active",
                    created_at=NOW,
                )
            )
    return unit_rows, member_rows


def _enrollment(rng: random.Random, n: int, unit: dict, members: list[dict]) -> dict[str, Any]:
    start = _day(rng, dt.date(2025, 6, 1), dt.date(2026, 10, 31))
    return dict(
        uuid=uuid.uuid4(),
        number=f"BD-TEST-{n:06d}",
        office_code=OFFICE,
        unit_uuid=unit["uuid"],
        catalogue_version=CATALOGUE,
        start_date=start,
        end_date=start.replace(year=start.year + 1) - dt.timedelta(days=1),
        plans={"ZY": 1},
        premium_total=0,
        is_gift=n % 9 == 4,
        operator="clerk1",
        created_at=NOW,
        status="cancelled" if n % 11 == 7 else "confirmed",
        override_reason="测试：例外批准" if n == 3 else None,
        override_by="supervisor1" if n == 3 else None,
    )


def _covers(rng: random.Random, e: dict, members: list[dict]) -> list[dict]:
    rows = []
    old = e["number"] == "BD-TEST-000002"
    for k, m in enumerate(members):
        if old and m["birth_date"] > dt.date(1975, 1, 1):
            continue
        if not old and rng.random() < 0.2:
            continue
        plans = ["ZY", "ZJ"] if rng.random() < 0.5 else ["ZY"]
        if e["number"] == RIDER_ONLY and k < 2:
            plans = ["ZJ"]
        for plan in plans:
            rows.append(
                dict(
                    uuid=uuid.uuid4(),
                    member_uuid=m["uuid"],
                    enrollment_uuid=e["uuid"],
                    plan_code=plan,
                    shares=1,
                    start_date=e["start_date"],
                    end_date=e["end_date"],
                    waiting_until=e["start_date"] + dt.timedelta(days=30),
                    premium=PREMIUM[plan],
                    status="cancelled" if e["status"] == "cancelled" else "active",
                )
            )
    return rows


def _payments(e: dict) -> list[dict]:
    total = e["premium_total"]
    split = (
        {"gift": total}
        if e["is_gift"]
        else {
            "unit": total // 2,
            "union": total // 4,
            "individual": total - total // 2 - total // 4,
        }
    )
    e.update({f"pay_{k}": v for k, v in split.items()})
    paid_on = e["start_date"] - dt.timedelta(days=1)
    rows = [
        dict(
            uuid=uuid.uuid4(),
            enrollment_uuid=e["uuid"],
            kind="payment",
            amount=v,
            payer=k,
            paid_on=paid_on,
            operator="clerk1",
        )
        for k, v in split.items()
    ]
    if e["status"] == "cancelled":
        rows += [
            dict(r, uuid=uuid.uuid4(), kind="refund", paid_on=paid_on + dt.timedelta(days=3))
            for r in rows
        ]
    return rows


def _claims(rng: random.Random, covers: list[dict], count: int) -> list[dict]:
    rows = []
    active = [c for c in covers if c["status"] == "active" and c["plan_code"] == "ZY"]
    for n in range(count):
        cover = rng.choice(active)
        event = _day(rng, cover["start_date"], cover["start_date"] + dt.timedelta(days=200))
        received = event + dt.timedelta(days=rng.randrange(1, 30))
        status = STATUSES[n % len(STATUSES)]
        benefit = rng.randrange(100, 20000) * 100
        approved = benefit - 10000 if status in ("approved", "paid") and n % 3 else None
        paid = status == "paid"
        rows.append(
            dict(
                uuid=uuid.uuid4(),
                number=f"LP-TEST-{n:06d}",
                office_code=OFFICE,
                member_uuid=cover["member_uuid"],
                coverage_uuid=cover["uuid"],
                plan_code="ZY",
                kind="stay",
                event_date=event,
                received_on=received,
                status=status,
                computed_benefit=benefit,
                approved_amount=approved,
                intake_operator="clerk1",
                paid_on=received + dt.timedelta(days=rng.randrange(2, 40)) if paid else None,
                paid_amount=(approved if approved is not None else benefit) if paid else None,
                documents={},
                working=[],
                created_at=NOW,
            )
        )
    return rows


def grow_office(database: Database, *, units: int = 40, claims: int = 400, seed: int = 8) -> None:
    """Add `units` units (50–89 members each), their enrollments, coverages, payments and
    `claims` claims to the database (bulk inserts, one transaction)."""
    rng = random.Random(seed)
    unit_rows, member_rows = _units_and_members(rng, units)
    enrollments, covers, payments = [], [], []
    for n, unit in enumerate(unit_rows):
        staff = [m for m in member_rows if m["unit_uuid"] == unit["uuid"]]
        e = _enrollment(rng, n + 1, unit, staff)
        rows = _covers(rng, e, staff)
        e["premium_total"] = sum(c["premium"] for c in rows)
        e["plans"] = {c["plan_code"]: 1 for c in rows}
        payments += _payments(e)
        enrollments.append(e)
        covers += rows
    with database.unit_of_work() as session:
        for model, rows in (
            (Unit, unit_rows),
            (Member, member_rows),
            (Enrollment, enrollments),
            (Coverage, covers),
            (Payment, payments),
            (Claim, _claims(rng, covers, claims)),
        ):
            session.execute(insert(model), rows)
