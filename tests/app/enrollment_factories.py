"""Factories for enrolment tests: an office with the shipped catalogues, units, members of chosen
ages and sexes. Rows are written through the ORM models directly (units and members services
belong to another area)."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app import clock
from app.auth import SYSTEM
from app.catalogue import ensure_catalogue
from app.db import Database
from app.demo.people import synthetic_uscc
from app.enrollment import EnrollmentRequest, PaymentSplit
from app.ids import id_check_digit
from app.office import register_self
from models import Member, Unit
from models.enums import Gender, IdType, MemberStatus, OfficeLevel

OFFICE = "61020401"
_serial = itertools.count(1)
_rng = random.Random(7)


def setup_office(db: Database) -> None:
    with db.unit_of_work() as session:
        register_self(session, SYSTEM, code=OFFICE, name="测试代办处", level=OfficeLevel.COUNTY)
        ensure_catalogue(session)


def birth_for_age(age: int, on: dt.date, *, days_after_birthday: int = 10) -> dt.date:
    """A birth date giving exactly `age` completed years on `on`."""
    anchor = on - dt.timedelta(days=days_after_birthday)
    try:
        return anchor.replace(year=anchor.year - age)
    except ValueError:  # 29 February
        return anchor.replace(year=anchor.year - age, day=28)


def make_unit(
    session: Session, *, headcount: int, female_headcount: int = 0, name: str = ""
) -> Unit:
    now = clock.now()
    unit = Unit(
        office_code=OFFICE,
        uscc=synthetic_uscc(_rng),
        name=name or f"测试单位{next(_serial)}",
        headcount=headcount,
        female_headcount=female_headcount,
        created_at=now,
    )
    session.add(unit)
    session.flush()
    return unit


def member_row(
    unit: Unit,
    *,
    birth: dt.date | None = None,
    gender: Gender = Gender.MALE,
    name: str = "",
    status: MemberStatus = MemberStatus.ACTIVE,
) -> Member:
    birth = birth or dt.date(1985, 6, 15)
    serial = next(_serial)
    return Member(
        office_code=OFFICE,
        id_type=IdType.RESIDENT_ID,
        id_number=_unique_id(birth, gender, serial),
        name=name or f"职工{serial}",
        gender=gender,
        birth_date=birth,
        unit_uuid=unit.uuid,
        status=status,
        created_at=clock.now(),
    )


def make_member(session: Session, unit: Unit, **fields: object) -> Member:
    member = member_row(unit, **fields)  # type: ignore[arg-type]
    session.add(member)
    session.flush()
    return member


def _unique_id(birth: dt.date, gender: Gender, serial: int) -> str:
    region = f"6{serial // 499 % 100000:05d}"
    order = (serial % 499) * 2 + (1 if gender is Gender.MALE else 0)
    first17 = f"{region}{birth:%Y%m%d}{order:03d}"
    return first17 + id_check_digit(first17)


def make_staff(
    session: Session, unit: Unit, count: int, *, women: int = 0, birth: dt.date | None = None
) -> list[Member]:
    people = [
        member_row(unit, birth=birth, gender=Gender.FEMALE if i < women else Gender.MALE)
        for i in range(count)
    ]
    session.add_all(people)
    session.flush()
    return people


@dataclass
class Scene:
    unit_uuid: uuid.UUID
    members: list[uuid.UUID]


def scene(db: Database, *, headcount: int, staff: int | None = None, women: int = 0) -> Scene:
    """A unit of `headcount` with `staff` (default: all) members, the first `women` female."""
    with db.unit_of_work() as session:
        unit = make_unit(session, headcount=headcount, female_headcount=women)
        people = make_staff(session, unit, headcount if staff is None else staff, women=women)
        return Scene(unit.uuid, [m.uuid for m in people])


def request(
    sc: Scene,
    *,
    plans: dict[str, int] | None = None,
    members: list[uuid.UUID] | None = None,
    start: dt.date = dt.date(2026, 3, 1),
    paid_on: dt.date = dt.date(2026, 2, 20),
    payment: PaymentSplit | None = None,
    **extra: object,
) -> EnrollmentRequest:
    return EnrollmentRequest(
        unit_uuid=sc.unit_uuid,
        plans=plans or {"ZY": 1},
        member_uuids=tuple(sc.members if members is None else members),
        start=start,
        paid_on=paid_on,
        payment=payment,
        **extra,  # type: ignore[arg-type]
    )
