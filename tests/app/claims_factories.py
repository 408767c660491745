"""Factories for claims tests: members with covers written directly through the ORM (the
enrolment services belong to another area), and complete applications per kind."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from app import clock
from app.auth import SYSTEM, add_operator
from app.catalogue import ensure_catalogue
from app.claims import ClaimInput
from app.claims.kinds import DOCUMENTS
from app.db import Database
from app.demo import DEMO_OPERATORS, DEMO_PASSWORD
from app.enrollment.periods import end_of_term
from app.numbering import next_number
from models import Coverage, Enrollment, Member, Plan
from models.enums import ClaimKind, Gender
from tests.app.enrollment_factories import make_member, make_unit, setup_office

TODAY = "2026-06-30"
START = dt.date(2026, 1, 1)


@dataclass(frozen=True)
class Insured:
    member_uuid: uuid.UUID
    id_number: str
    name: str
    coverages: dict[str, uuid.UUID]


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    return dt.date.fromisoformat(TODAY)


def insured(
    db: Database,
    plans: dict[str, int],
    *,
    start: dt.date = START,
    gender: Gender = Gender.FEMALE,
    renewal: bool = False,
    bank: tuple[str, str] = ("中国工商银行耀州支行", "6222020000001234567"),
) -> Insured:
    """A member of a new unit covered by `plans` (code → shares) from `start`."""
    with db.unit_of_work() as session:
        ensure_catalogue(session)
        unit = make_unit(session, headcount=10)
        member = make_member(session, unit, gender=gender)
        member.bank_name, member.bank_account = bank
        plan_rows = {
            p.code: p
            for p in session.scalars(select(Plan).where(Plan.code.in_(plans)))
            if p.valid_from <= start <= p.valid_to
        }
        version = next(iter(plan_rows.values())).catalogue_version
        end = end_of_term(start, plan_rows["ZY"].term_months if "ZY" in plan_rows else 12)
        enrollment = Enrollment(
            number=next_number(session, prefix="BD", office_code="61020401", year=start.year),
            office_code="61020401",
            unit_uuid=unit.uuid,
            catalogue_version=version,
            start_date=start,
            end_date=end,
            plans=plans,
            premium_total=0,
            operator="clerk1",
            created_at=clock.now(),
        )
        session.add(enrollment)
        session.flush()
        covers = {}
        for code, shares in plans.items():
            plan = plan_rows[code]
            cover = Coverage(
                member_uuid=member.uuid,
                enrollment_uuid=enrollment.uuid,
                plan_code=code,
                shares=shares,
                start_date=start,
                end_date=end_of_term(start, plan.term_months),
                waiting_until=start if renewal else start + dt.timedelta(days=plan.waiting_days),
                premium=plan.premium_per_share * shares,
                is_renewal=renewal,
            )
            session.add(cover)
            session.flush()
            covers[code] = cover.uuid
        return Insured(member.uuid, member.id_number, member.name, covers)


def office_db(db: Database) -> Database:
    """An empty database made an office with the demo operators and the catalogue, no data."""
    setup_office(db)
    with db.unit_of_work() as session:
        for username, display, role in DEMO_OPERATORS:
            add_operator(
                session, SYSTEM, username=username, display_name=display, role=role,
                password=DEMO_PASSWORD,
            )  # fmt: skip
    return db


def all_documents(kind: ClaimKind) -> dict[str, bool]:
    return dict.fromkeys(DOCUMENTS[kind], True)


def stay_input(
    who: Insured,
    *,
    self_pay: int = 500_000,
    admitted: dt.date = dt.date(2026, 3, 1),
    discharged: dt.date = dt.date(2026, 3, 10),
    documents: dict[str, bool] | None = None,
    **extra: object,
) -> ClaimInput:
    """A ZY stay: total = insurance 8000元 + self-pay + out-of-policy 300元."""
    base = ClaimInput(
        id_number=who.id_number,
        plan_code="ZY",
        kind=ClaimKind.STAY,
        claimant_name=who.name,
        hospital="耀州区人民医院",
        hospital_level=2,
        admitted=admitted,
        discharged=discharged,
        settled=discharged,
        total_cost=800_000 + self_pay + 30_000,
        insurance_paid=800_000,
        self_pay=self_pay,
        out_of_policy=30_000,
        documents=all_documents(ClaimKind.STAY) if documents is None else documents,
    )
    return dataclasses.replace(base, **extra)


def critical_input(who: Insured, severity: str = "重度", **extra: object) -> ClaimInput:
    base = ClaimInput(
        id_number=who.id_number,
        plan_code="ZJ",
        kind=ClaimKind.CRITICAL,
        claimant_name=who.name,
        severity=severity,
        diagnosis="急性心肌梗死",
        diagnosed=dt.date(2026, 5, 10),
        documents=all_documents(ClaimKind.CRITICAL),
    )
    return dataclasses.replace(base, **extra)


def member_name(db: Database, member_uuid: uuid.UUID) -> str:
    with db.reader() as session:
        member = session.get(Member, member_uuid)
        assert member is not None
        return member.name
