"""Demo claims in every state, taken in and moved through the real services by the demo
operators, against main-plan (ZY) covers already in the database.

`build_demo` calls this last, after the areas that create enrollments. Without a usable cover
(ZY, waiting period over a while ago) nothing can be claimed: that is reported in the summary
and logged, never skipped silently.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from app import claims, clock
from app.auth import Actor
from app.claims.kinds import DOCUMENTS
from app.db import Database
from models import Coverage, Member, Operator
from models.enums import ClaimKind, CoverageStatus, Role

log = logging.getLogger(__name__)
MIN_DAYS_AFTER_WAIT = 15
# (target status, self-pay in fen, all documents received)
SCRIPT: tuple[tuple[str, int, bool], ...] = (
    ("received", 420_000, False),
    ("reviewing", 180_000, True),
    ("awaiting_approval", 650_000, True),
    ("approved", 260_000, True),
    ("approved_hub", 3_200_000, True),
    ("paid", 530_000, True),
    ("paid", 90_000, True),
    ("rejected", 310_000, True),
    ("rejected_ineligible", 200_000, True),
    ("withdrawn", 150_000, False),
)


@dataclass(frozen=True)
class ClaimsDemo:
    claims: int
    by_status: dict[str, int] = field(default_factory=dict)
    skipped: str = ""


def _actors(db: Database) -> dict[Role, Actor]:
    with db.reader() as session:
        ops = session.scalars(
            select(Operator).where(Operator.active.is_(True)).order_by(Operator.id)
        )
        found: dict[Role, Actor] = {}
        for op in ops:
            found.setdefault(op.role, Actor(op.username, op.display_name, op.role))
    return found


def _covers(db: Database, today: dt.date) -> list[tuple[Member, Coverage]]:
    latest_wait = today - dt.timedelta(days=MIN_DAYS_AFTER_WAIT)
    with db.reader() as session:
        rows = session.execute(
            select(Member, Coverage)
            .join(Coverage, Coverage.member_uuid == Member.uuid)
            .where(
                Coverage.plan_code == "ZY",
                Coverage.status == CoverageStatus.ACTIVE,
                Coverage.waiting_until <= latest_wait,
                Coverage.end_date >= latest_wait,
            )
            .order_by(Coverage.start_date, Member.id_number)
            .limit(len(SCRIPT))
        ).all()
    return [(m, c) for m, c in rows]


def _input(
    member: Member, cover: Coverage, today: dt.date, self_pay: int, docs: bool, ineligible: bool
) -> claims.ClaimInput:
    if ineligible:  # admitted before the cover started: recorded, then rejected with the reason
        admitted = cover.start_date - dt.timedelta(days=3)
    else:
        admitted = max(today - dt.timedelta(days=12), cover.waiting_until)
    discharged = min(admitted + dt.timedelta(days=7), today)
    names = DOCUMENTS[ClaimKind.STAY]
    return claims.ClaimInput(
        id_number=member.id_number,
        plan_code="ZY",
        kind=ClaimKind.STAY,
        claimant_name=member.name,
        hospital="耀州区人民医院",
        hospital_level=2,
        admitted=admitted,
        discharged=discharged,
        settled=discharged,
        total_cost=self_pay + 600_000 + 25_000,
        insurance_paid=600_000,
        self_pay=self_pay,
        out_of_policy=25_000,
        documents=dict.fromkeys(names if docs else names[:3], True),
    )


def _advance(db: Database, who: dict[Role, Actor], taken: claims.IntakeResult, target: str) -> None:
    clerk, reviewer, supervisor = who[Role.CLERK], who[Role.REVIEWER], who[Role.SUPERVISOR]

    def step(fn: Callable[..., object], actor: Actor, **kw: object) -> None:
        with db.unit_of_work() as session:
            fn(session, actor, claim_uuid=taken.uuid, **kw)

    if target == "withdrawn":
        step(claims.withdraw, clerk, reason="申请人已另行报销，主动撤回")
        return
    if target == "received":
        return
    step(claims.start_review, reviewer)
    if target == "reviewing":
        return
    if target.startswith("rejected"):
        reason = (
            "发票为复印件，经联系申请人无法提供原件" if target == "rejected" else "住院时尚未参保"
        )
        step(claims.reject, reviewer, reason=reason)
        return
    step(claims.submit_for_approval, reviewer, note="材料齐全，计算无误")
    if target == "awaiting_approval":
        return
    step(claims.approve, supervisor)
    if target == "paid":
        with db.unit_of_work() as session:
            state = claims.claim_detail(session, clerk, taken.uuid).row
            claims.record_payment(
                session,
                clerk,
                claim_uuid=taken.uuid,
                paid_on=clock.today(),
                amount=state.approved_amount or 0,
            )


def add_claims(db: Database) -> ClaimsDemo:
    """Take in and process one demo claim per script line (a member each)."""
    today = clock.today()
    who = _actors(db)
    missing = [r for r in (Role.CLERK, Role.REVIEWER, Role.SUPERVISOR) if r not in who]
    covers = _covers(db, today)
    if missing or not covers:
        reason = (
            "缺少经办、审核或主管操作员"
            if missing
            else "数据库中没有观察期已过的住院医疗（ZY）保障"
        )
        log.warning("demo claims not created: %s", reason)
        return ClaimsDemo(0, {}, skipped=reason)
    counts: dict[str, int] = {}
    for (member, cover), (target, self_pay, docs) in zip(covers, SCRIPT, strict=False):
        data = _input(member, cover, today, self_pay, docs, target == "rejected_ineligible")
        with db.unit_of_work() as session:
            taken = claims.take_claim(session, who[Role.CLERK], data=data)
        _advance(db, who, taken, target)
        with db.reader() as session:
            status = claims.claim_detail(session, who[Role.CLERK], taken.uuid).row.status
        counts[status] = counts.get(status, 0) + 1
    return ClaimsDemo(sum(counts.values()), counts)
