"""The claim workflow through the services: intake, review, four eyes, hub hold, payment,
history, audit and journal (issue 5 acceptance 2 and 4)."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest
from sqlalchemy import func, select

from app import audit, claims
from app.auth import Actor
from app.db import Database
from app.errors import NotFound, PermissionDenied, RejectedInput, ValidationFailed
from models import Claim, ClaimEvent, JournalEntry
from models.enums import Role
from tests.app.claims_factories import (
    critical_input,
    insured,
    stay_input,
    today,  # noqa: F401  (fixture)
)

pytestmark = pytest.mark.usefixtures("today")
SUPERVISOR2 = Actor("supervisor2", "赵主管", Role.SUPERVISOR)


def take(db: Database, actor: Actor, data: claims.ClaimInput) -> claims.IntakeResult:
    with db.unit_of_work() as session:
        return claims.take_claim(session, actor, data=data)


def run(db: Database, fn, actor: Actor, claim_uuid: str, **kw):  # type: ignore[no-untyped-def]
    with db.unit_of_work() as session:
        return fn(session, actor, claim_uuid=claim_uuid, **kw)


def history(db: Database, claim_uuid: str) -> list[tuple[str, str | None, str]]:
    with db.reader() as session:
        events = session.scalars(
            select(ClaimEvent)
            .where(ClaimEvent.claim_uuid == _u(claim_uuid))
            .order_by(ClaimEvent.id)
        )
        return [(e.action, e.from_status, e.to_status) for e in events]


def _u(text: str) -> uuid.UUID:
    return uuid.UUID(text)


def test_intake_numbers_assesses_and_flags_missing_documents(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1})
    docs = {"互助金申请书": True, "身份证": True}
    result = take(demo_db, actors["clerk1"], stay_input(who, documents=docs))
    assert re.fullmatch(r"LP-61020401-2026-\d{6}", result.number)
    assert result.status == "received"
    assert result.benefit == 336_000  # (5000 − 200) × 70%
    assert result.working[0] == "政策内个人自付 5,000.00 元 − 起付额 200.00 元 = 4,800.00 元"
    assert "发票原件" in result.missing_documents and "身份证" not in result.missing_documents
    assert not result.needs_hub_approval
    second = take(
        demo_db,
        actors["clerk1"],
        stay_input(who, admitted=dt.date(2026, 4, 1), discharged=dt.date(2026, 4, 5)),
    )
    assert int(second.number[-6:]) == int(result.number[-6:]) + 1  # gap-free


def test_full_flow_history_audit_and_journal(demo_db: Database, actors) -> None:
    """Acceptance 4: every state change is in the claim's history and the audit chain."""
    who = insured(demo_db, {"ZY": 1})
    with demo_db.reader() as session:
        audit_before = audit.verify(session).records
    c = take(demo_db, actors["clerk1"], stay_input(who))
    run(demo_db, claims.start_review, actors["reviewer1"], c.uuid)
    run(demo_db, claims.submit_for_approval, actors["reviewer1"], c.uuid, note="材料齐全")
    approved = run(demo_db, claims.approve, actors["supervisor1"], c.uuid)
    assert approved.approved_amount == 336_000
    paid = run(
        demo_db, claims.record_payment, actors["clerk1"], c.uuid,
        paid_on=dt.date(2026, 6, 30), amount=336_000,
    )  # fmt: skip
    assert paid.status == "paid"
    assert history(demo_db, c.uuid) == [
        ("intake", None, "received"),
        ("review", "received", "reviewing"),
        ("submit", "reviewing", "awaiting_approval"),
        ("approve", "awaiting_approval", "approved"),
        ("pay", "approved", "paid"),
    ]
    with demo_db.reader() as session:
        report = audit.verify(session)
        assert report.ok, report.reason
        assert report.records - audit_before == 5
        actions = session.scalars(
            select(audit.AuditRecord.action)
            .where(audit.AuditRecord.entity_id == c.uuid)
            .order_by(audit.AuditRecord.seq)
        ).all()
        assert actions == [
            "claim.intake",
            "claim.review",
            "claim.submit",
            "claim.approve",
            "claim.pay",
        ]
        event_ids = session.scalars(
            select(ClaimEvent.uuid).where(ClaimEvent.claim_uuid == _u(c.uuid))
        ).all()
        journal = session.execute(
            select(JournalEntry.entity, func.count())
            .where(JournalEntry.uuid.in_([c.uuid, *map(str, event_ids)]))
            .where(JournalEntry.entity.in_(("claims", "claim_events")))
            .group_by(JournalEntry.entity)
        ).all()
        assert dict(journal) == {"claims": 5, "claim_events": 5}
        claim = session.get(Claim, _u(c.uuid))
        assert (claim.reviewer, claim.approver, claim.paid_amount) == (
            "reviewer1",
            "supervisor1",
            336_000,
        )


def test_four_eyes_and_clerk_cannot_approve(demo_db: Database, actors) -> None:
    """Acceptance 2 (service): the supervisor who took a claim in cannot approve it; a clerk
    cannot approve at all; another supervisor can."""
    who = insured(demo_db, {"ZY": 1})
    c = take(demo_db, actors["supervisor1"], stay_input(who))
    run(demo_db, claims.review, actors["reviewer1"], c.uuid)
    with pytest.raises(PermissionDenied, match="受理人不能审批自己受理的申请"):
        run(demo_db, claims.approve, actors["supervisor1"], c.uuid)
    with pytest.raises(PermissionDenied, match="无权审批理赔"):
        run(demo_db, claims.approve, actors["clerk1"], c.uuid)
    with pytest.raises(PermissionDenied):
        run(demo_db, claims.approve, actors["reviewer1"], c.uuid)
    assert run(demo_db, claims.approve, SUPERVISOR2, c.uuid).status == "approved"


def test_clerk_cannot_review_and_reviewer_cannot_take_in(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1})
    with pytest.raises(PermissionDenied):
        take(demo_db, actors["reviewer1"], stay_input(who))
    c = take(demo_db, actors["clerk1"], stay_input(who))
    with pytest.raises(PermissionDenied):
        run(demo_db, claims.review, actors["clerk2"], c.uuid)


def test_missing_documents_block_submission_until_ticked(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1})
    c = take(demo_db, actors["clerk1"], stay_input(who, documents={}))
    run(demo_db, claims.start_review, actors["reviewer1"], c.uuid)
    with pytest.raises(RejectedInput, match="待补件"):
        run(demo_db, claims.submit_for_approval, actors["reviewer1"], c.uuid)
    state = run(
        demo_db,
        claims.update_documents,
        actors["clerk1"],
        c.uuid,
        received=dict.fromkeys(c.missing_documents, True),
    )
    assert state.missing_documents == []
    assert (
        run(demo_db, claims.submit_for_approval, actors["reviewer1"], c.uuid).status
        == "awaiting_approval"
    )
    with pytest.raises(RejectedInput, match="不在"):
        run(demo_db, claims.update_documents, actors["clerk1"], c.uuid, received={"诊断证明": True})


def test_ineligible_claim_is_recorded_then_rejected_with_reason(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1})  # waiting until 31 January
    c = take(
        demo_db,
        actors["clerk1"],
        stay_input(who, admitted=dt.date(2026, 1, 20), discharged=dt.date(2026, 1, 25)),
    )
    assert c.benefit == 0 and any("观察期" in p for p in c.problems)
    run(demo_db, claims.start_review, actors["reviewer1"], c.uuid)
    with pytest.raises(RejectedInput, match="拒绝"):
        run(demo_db, claims.submit_for_approval, actors["reviewer1"], c.uuid)
    with pytest.raises(RejectedInput, match="原因"):
        run(demo_db, claims.reject, actors["reviewer1"], c.uuid, reason=" ")
    state = run(demo_db, claims.reject, actors["reviewer1"], c.uuid, reason=c.problems[0])
    assert state.status == "rejected"
    with demo_db.reader() as session:
        assert session.get(Claim, _u(c.uuid)).decision_reason.startswith(
            "事件日期 2026-01-20 在观察期内"
        )


def test_identity_mismatch_is_ineligible(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1})
    c = take(demo_db, actors["clerk1"], stay_input(who, claimant_name="冒名者"))
    assert c.benefit == 0
    assert any("与会员登记姓名" in p for p in c.problems)


def test_no_cover_on_the_event_date(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1}, start=dt.date(2026, 4, 1))
    c = take(demo_db, actors["clerk1"], stay_input(who))
    assert c.benefit == 0 and "没有有效的" in c.problems[0]


def test_correction_recomputes_and_keeps_old_values(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1})
    c = take(demo_db, actors["clerk1"], stay_input(who))
    with pytest.raises(RejectedInput, match="原因"):
        run(
            demo_db,
            claims.correct,
            actors["reviewer1"],
            c.uuid,
            changes={"self_pay": 100_000},
            reason="",
        )
    with pytest.raises(PermissionDenied):
        run(
            demo_db,
            claims.correct,
            actors["clerk1"],
            c.uuid,
            changes={"self_pay": 100_000},
            reason="x",
        )
    state = run(
        demo_db,
        claims.correct,
        actors["reviewer1"],
        c.uuid,
        changes={"self_pay": 100_000},
        reason="结算单自付为1000元",
    )
    assert state.benefit == 56_000  # (1000 − 200) × 70%
    with demo_db.reader() as session:
        event = session.scalars(
            select(ClaimEvent).where(
                ClaimEvent.action == "correct", ClaimEvent.claim_uuid == _u(c.uuid)
            )
        ).one()
        assert event.reason == "结算单自付为1000元"
        assert event.changes["self_pay"] == [500_000, 100_000]
        assert event.changes["computed_benefit"] == [336_000, 56_000]
    with pytest.raises(ValidationFailed):
        run(
            demo_db,
            claims.correct,
            actors["reviewer1"],
            c.uuid,
            changes={"discharged": dt.date(2026, 2, 1)},
            reason="x",
        )


def test_cap_and_second_stay_count_paid_claims(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1})
    first = take(demo_db, actors["clerk1"], stay_input(who, self_pay=2_900_000))
    assert first.benefit == 2_000_000  # (29000 − 200) × 70% = 20160 → capped at 20000
    run(demo_db, claims.review, actors["reviewer1"], first.uuid)
    run(demo_db, claims.approve, actors["supervisor1"], first.uuid)
    # approved at 20000元 ≥ hub threshold: paying waits for the hub
    with pytest.raises(RejectedInput, match="省办事处"):
        run(
            demo_db,
            claims.record_payment,
            actors["clerk1"],
            first.uuid,
            paid_on=dt.date(2026, 6, 30),
            amount=2_000_000,
        )
    with demo_db.unit_of_work() as session:
        claims.apply_hub_decision(session, actors["clerk1"], first.uuid, True, "同意")
    run(
        demo_db,
        claims.record_payment,
        actors["clerk1"],
        first.uuid,
        paid_on=dt.date(2026, 6, 30),
        amount=1_500_000,
    )
    second = take(
        demo_db,
        actors["clerk1"],
        stay_input(who, admitted=dt.date(2026, 5, 1), discharged=dt.date(2026, 5, 9)),
    )
    # paid 15000 of the 20000 cap: 5000 × 50% = 2500 ≤ 5000 left
    assert second.benefit == 250_000
    third = take(
        demo_db,
        actors["clerk1"],
        stay_input(
            who, self_pay=2_000_000, admitted=dt.date(2026, 5, 20), discharged=dt.date(2026, 5, 29)
        ),
    )
    assert third.benefit == 500_000  # 20000 × 50% = 10000 > 5000 left


def test_hub_rejection_closes_the_claim(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1, "ZJ": 2})
    c = take(demo_db, actors["clerk1"], critical_input(who))
    assert c.benefit == 2_000_000 and c.needs_hub_approval  # 10000 × 2 = 20000 ≥ 20000
    run(demo_db, claims.review, actors["reviewer1"], c.uuid)
    run(demo_db, claims.approve, actors["supervisor1"], c.uuid)
    with demo_db.unit_of_work() as session:
        state = claims.apply_hub_decision(session, actors["clerk1"], c.uuid, False, "病理报告不符")
        again = claims.apply_hub_decision(session, actors["clerk1"], c.uuid, False, "病理报告不符")
    assert state.status == again.status == "rejected" and state.hub_decision == "rejected"
    assert [a for a, *_ in history(demo_db, c.uuid)].count("hub_decision") == 1
    with pytest.raises(PermissionDenied), demo_db.unit_of_work() as session:
        claims.apply_hub_decision(session, actors["reviewer1"], c.uuid, True, "")


def test_withdraw_before_approval_only(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1})
    a = take(demo_db, actors["clerk1"], stay_input(who))
    assert (
        run(demo_db, claims.withdraw, actors["clerk2"], a.uuid, reason="申请人撤回").status
        == "withdrawn"
    )
    b = take(demo_db, actors["clerk1"], stay_input(who))
    run(demo_db, claims.review, actors["reviewer1"], b.uuid)
    run(demo_db, claims.approve, actors["supervisor1"], b.uuid)
    with pytest.raises(RejectedInput, match="不能撤回"):
        run(demo_db, claims.withdraw, actors["clerk1"], b.uuid, reason="晚了")


def test_payment_amount_and_state_checks(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1})
    c = take(demo_db, actors["clerk1"], stay_input(who))
    with pytest.raises(RejectedInput, match="不能登记支付"):
        run(
            demo_db,
            claims.record_payment,
            actors["clerk1"],
            c.uuid,
            paid_on=dt.date(2026, 6, 30),
            amount=1,
        )
    run(demo_db, claims.review, actors["reviewer1"], c.uuid)
    run(demo_db, claims.approve, actors["supervisor1"], c.uuid)
    with pytest.raises(RejectedInput, match=r"不超过批准金额 3,360\.00 元"):
        run(
            demo_db,
            claims.record_payment,
            actors["clerk1"],
            c.uuid,
            paid_on=dt.date(2026, 6, 30),
            amount=336_001,
        )
    with pytest.raises(RejectedInput, match="支付日期"):
        run(
            demo_db,
            claims.record_payment,
            actors["clerk1"],
            c.uuid,
            paid_on=dt.date(2026, 7, 1),
            amount=336_000,
        )
    with pytest.raises(PermissionDenied):
        run(
            demo_db,
            claims.record_payment,
            actors["reviewer1"],
            c.uuid,
            paid_on=dt.date(2026, 6, 30),
            amount=336_000,
        )


def test_input_problems_are_listed_per_field(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 1})
    bad = stay_input(who, discharged=dt.date(2026, 2, 1), hospital_level=5)
    with pytest.raises(ValidationFailed) as caught:
        take(demo_db, actors["clerk1"], bad)
    assert {p.field for p in caught.value.problems} >= {"discharged", "hospital_level"}
    with pytest.raises(NotFound):
        take(demo_db, actors["clerk1"], stay_input(who, id_number="610204199001010000"))
    wrong_kind = critical_input(who, plan_code="ZY")
    with pytest.raises(RejectedInput, match="只受理住院医疗"):
        take(demo_db, actors["clerk1"], wrong_kind)
    with demo_db.reader() as session:
        assert session.scalar(select(func.count()).where(Claim.member_uuid == who.member_uuid)) == 0


def test_preview_writes_nothing(demo_db: Database, actors) -> None:
    who = insured(demo_db, {"ZY": 2})
    with demo_db.reader() as session:
        before = (
            session.scalar(select(func.count()).select_from(Claim)),
            session.scalar(select(func.count()).select_from(ClaimEvent)),
        )
        shown = claims.preview(session, stay_input(who, self_pay=4_000_000))
    assert shown.amount == 2_786_000 and shown.needs_hub_approval and shown.coverage_found
    with demo_db.reader() as session:
        after = (
            session.scalar(select(func.count()).select_from(Claim)),
            session.scalar(select(func.count()).select_from(ClaimEvent)),
        )
    assert after == before
