"""Demo claims: every state, made through the services, with the audit chain intact."""

from __future__ import annotations

import pytest

from app import audit
from app.db import Database
from app.demo.claims import SCRIPT, add_claims
from models.enums import ClaimStatus
from tests.app.claims_factories import (
    insured,
    today,  # noqa: F401  (fixture)
)


@pytest.mark.usefixtures("today")
def test_demo_claims_in_every_state(demo_db: Database) -> None:
    for _ in SCRIPT:
        insured(demo_db, {"ZY": 1})
    made = add_claims(demo_db)
    assert made.skipped == ""
    assert set(made.by_status) == {s.value for s in ClaimStatus}
    assert made.claims == len(SCRIPT)
    with demo_db.reader() as session:
        assert audit.verify(session).ok


@pytest.mark.usefixtures("today")
def test_demo_claims_say_why_when_nothing_is_covered(demo_db: Database) -> None:
    made = add_claims(demo_db)
    assert made.claims == 0 and "ZY" in made.skipped
