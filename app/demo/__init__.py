"""The demo office: 铜川市耀州区代办处 with operators, units and members that look real.

Every ID number is synthetic (valid check digit, made-up sequence). Each area adds its own part
of the demo in its own module; `build_demo` runs them in dependency order.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.auth import SYSTEM, add_operator
from app.db import Database
from app.demo_accounts import DEMO_OFFICE_CODE, DEMO_PASSWORD, DEMO_USERNAMES
from app.office import find_self, register_self
from models.enums import OfficeLevel, Role

DEMO_OFFICE_NAME = "铜川市耀州区代办处"
# (username, display name, role); the usernames live in app.demo_accounts for the login window
DEMO_OPERATORS = tuple(
    zip(
        DEMO_USERNAMES,
        ("系统管理员", "王丽", "李强", "张敏", "刘建国"),
        (Role.ADMIN, Role.CLERK, Role.CLERK, Role.REVIEWER, Role.SUPERVISOR),
        strict=True,
    )
)


@dataclass(frozen=True)
class DemoSummary:
    office_code: str
    operators: int
    units: int
    members: int
    created: bool
    claims: int = 0


def build_demo(db: Database, *, seed: int = 2026, scale: int = 1) -> DemoSummary:
    """Fill an empty database with the demo office; a database that has it already is kept."""
    from app.demo import claims as demo_claims  # the areas' demo builders load only when used
    from app.demo import enrollment as demo_enrollment
    from app.demo import health as demo_health
    from app.demo import people
    from app.demo import sync as demo_sync

    with db.unit_of_work() as session:
        if find_self(session) is not None:
            return DemoSummary(DEMO_OFFICE_CODE, 0, 0, 0, created=False)
        register_self(
            session, SYSTEM, code=DEMO_OFFICE_CODE, name=DEMO_OFFICE_NAME, level=OfficeLevel.COUNTY
        )
        for username, display, role in DEMO_OPERATORS:
            add_operator(
                session,
                SYSTEM,
                username=username,
                display_name=display,
                role=role,
                password=DEMO_PASSWORD,
            )
        rng = random.Random(seed)
        units, members = people.add_units_and_members(session, rng, DEMO_OFFICE_CODE, scale)
        demo_enrollment.add_enrollments(session, rng)
        demo_sync.add_sync_keys(session)  # a demo hub's keys, so sync can be shown
    # claims come last: they need the covers the enrolment step creates
    made = demo_claims.add_claims(db)
    demo_health.add_health(db)  # partners, events and sign-ins of covered members
    return DemoSummary(
        DEMO_OFFICE_CODE, len(DEMO_OPERATORS), units, members, created=True, claims=made.claims
    )


def is_demo(db: Database) -> bool:
    with db.reader() as session:
        office = find_self(session)
        return office is not None and office.code == DEMO_OFFICE_CODE
