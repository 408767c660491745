"""Demo claims: every state, made through the services, with the audit chain intact."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app import audit
from app.db import Database
from app.demo.claims import SCRIPT, add_claims
from models import Claim, Coverage
from models.enums import ClaimStatus
from tests.app.claims_factories import (
    insured,
    office_db,
    today,  # noqa: F401  (fixture)
)


@pytest.mark.usefixtures("today")
def test_demo_claims_in_every_state(db: Database) -> None:
    office_db(db)
    for _ in SCRIPT:
        insured(db, {"ZY": 1})
    made = add_claims(db)
    assert made.skipped == ""
    assert set(made.by_status) == {s.value for s in ClaimStatus}
    assert made.claims == len(SCRIPT)
    with db.reader() as session:
        assert audit.verify(session).ok


@pytest.mark.usefixtures("today")
def test_demo_claims_say_why_when_nothing_is_covered(db: Database) -> None:
    office_db(db)
    made = add_claims(db)
    assert made.claims == 0 and "ZY" in made.skipped


def test_the_demo_database_has_claims_when_it_has_covers(demo_db: Database) -> None:
    with demo_db.reader() as session:
        covers = session.scalar(select(func.count()).select_from(Coverage))
        claims = session.scalar(select(func.count()).select_from(Claim))
    assert claims == (len(SCRIPT) if covers else 0)
