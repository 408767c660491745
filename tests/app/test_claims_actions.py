"""`allowed_actions` and the services agree (issue 17.2): for every status × role × who took the
claim in, an action the answer allows is accepted by its service, and one it does not allow is
refused by it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import Session

from app import claims
from app.auth import Actor
from app.claims import ClaimAction
from app.db import Database
from app.errors import HuzhuError
from models.enums import ClaimStatus, Role
from tests.app.claims_factories import (
    Insured,
    insured,
    stay_input,
    today,  # noqa: F401  (fixture)
)

pytestmark = pytest.mark.usefixtures("today")
S = ClaimStatus
OPERATORS = (
    Actor("clerk1", "王丽", Role.CLERK),
    Actor("clerk2", "李强", Role.CLERK),
    Actor("reviewer1", "张敏", Role.REVIEWER),
    Actor("supervisor1", "刘建国", Role.SUPERVISOR),
    Actor("supervisor2", "赵主管", Role.SUPERVISOR),
    Actor("admin", "系统管理员", Role.ADMIN),
)
BY_NAME = {a.username: a for a in OPERATORS}

SERVICES: dict[ClaimAction, Callable[..., Any]] = {
    ClaimAction.REVIEW: lambda s, a, u: claims.review(s, a, claim_uuid=u),
    ClaimAction.APPROVE: lambda s, a, u: claims.approve(s, a, claim_uuid=u),
    ClaimAction.REJECT: lambda s, a, u: claims.reject(s, a, claim_uuid=u, reason="不符合条件"),
    ClaimAction.PAY: lambda s, a, u: claims.record_payment(s, a, claim_uuid=u, voucher="V1"),
    ClaimAction.WITHDRAW: lambda s, a, u: claims.withdraw(s, a, claim_uuid=u, reason="撤回"),
    ClaimAction.DOCUMENTS: lambda s, a, u: claims.update_documents(
        s, a, claim_uuid=u, received={"身份证": True}
    ),
    ClaimAction.CORRECT: lambda s, a, u: claims.correct(
        s, a, claim_uuid=u, changes={"hospital": "耀州区中医医院"}, reason="医院名称写错"
    ),
}

# how to bring a claim from 已受理 to each status: (service, operator) steps
PATHS: dict[ClaimStatus, tuple[tuple[ClaimAction, str], ...]] = {
    S.RECEIVED: (),
    S.REVIEWING: (),  # start_review, below
    S.AWAITING_APPROVAL: ((ClaimAction.REVIEW, "reviewer1"),),
    S.APPROVED: ((ClaimAction.REVIEW, "reviewer1"), (ClaimAction.APPROVE, "supervisor2")),
    S.PAID: (
        (ClaimAction.REVIEW, "reviewer1"),
        (ClaimAction.APPROVE, "supervisor2"),
        (ClaimAction.PAY, "clerk2"),
    ),
    S.REJECTED: ((ClaimAction.REJECT, "reviewer1"),),
    S.WITHDRAWN: ((ClaimAction.WITHDRAW, "clerk2"),),
}


def _claim_in(session: Session, who: Insured, status: ClaimStatus, taker: str) -> str:
    data = stay_input(who, admitted=dt.date(2026, 3, 1), discharged=dt.date(2026, 3, 10))
    uuid = claims.take_claim(session, BY_NAME[taker], data=data).uuid
    if status is S.REVIEWING:
        claims.start_review(session, BY_NAME["reviewer1"], claim_uuid=uuid)
    for action, operator in PATHS[status]:
        SERVICES[action](session, BY_NAME[operator], uuid)
    return uuid


def test_the_answer_and_the_services_agree_for_every_status_role_and_taker(
    demo_db: Database,
) -> None:
    checked = 0
    disagreements = []
    # a member each (made before the transaction below): no limits shared between the claims
    members = iter([insured(demo_db, {"ZY": 1}) for _ in range(len(S) * 2)])
    with demo_db.unit_of_work() as session:
        for status in S:
            for taker in ("clerk1", "supervisor1"):
                uuid = _claim_in(session, next(members), status, taker)
                row = claims.claim_detail(session, BY_NAME["admin"], uuid).row
                assert row.status == status.value
                for actor in OPERATORS:
                    allowed = claims.allowed_actions(actor, row)
                    for action, service in SERVICES.items():
                        nested = session.begin_nested()
                        try:
                            service(session, actor, uuid)
                            accepted, why = True, ""
                        except HuzhuError as error:
                            accepted, why = False, str(error)
                        nested.rollback()
                        checked += 1
                        if accepted != (action in allowed):
                            disagreements.append((status, taker, actor.username, action, why))
        session.rollback()
    assert checked == len(S) * 2 * len(OPERATORS) * len(SERVICES)
    assert disagreements == []


def test_the_approver_is_never_the_one_who_took_the_claim_in(demo_db: Database) -> None:
    who = insured(demo_db, {"ZY": 1})
    with demo_db.unit_of_work() as session:
        uuid = _claim_in(session, who, S.AWAITING_APPROVAL, "supervisor1")
        row = claims.claim_detail(session, BY_NAME["admin"], uuid).row
        assert ClaimAction.APPROVE not in claims.allowed_actions(BY_NAME["supervisor1"], row)
        assert ClaimAction.APPROVE in claims.allowed_actions(BY_NAME["supervisor2"], row)
        assert ClaimAction.REJECT in claims.allowed_actions(BY_NAME["supervisor1"], row)
        assert claims.allowed_actions(BY_NAME["reviewer1"], row) == {ClaimAction.DOCUMENTS}
