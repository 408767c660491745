"""Login with lockout (5 strikes, 15 minutes) and the permission check services call."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app import audit, auth, clock
from app.errors import LoginFailed, PermissionDenied, RejectedInput
from models import AuditRecord, Operator
from models.enums import Role

REFUSED = (
    "用户名或密码不正确，或账户因连续输错密码已被锁定（连续输错 5 次锁定 15 分钟）。"
    "请核对后再试，或请管理员解锁。"
)


def _real_clock_at(monkeypatch: pytest.MonkeyPatch, when: str) -> None:
    monkeypatch.setattr(clock, "real_now", lambda: dt.datetime.fromisoformat(when))


def _locked_until(db, username: str) -> dt.datetime | None:
    with db.reader() as session:
        return session.scalar(select(Operator.locked_until).where(Operator.username == username))


def test_wrong_password_counts_then_locks_on_the_real_clock(
    demo_db, demo_password, monkeypatch
) -> None:
    _real_clock_at(monkeypatch, "2026-11-28T09:00:00")
    for _ in range(5):
        with pytest.raises(LoginFailed) as refused:
            auth.authenticate(demo_db, "clerk1", "wrong")
        assert str(refused.value) == REFUSED
    assert _locked_until(demo_db, "clerk1") == dt.datetime(2026, 11, 28, 9, 15)
    # locked: even the right password is refused until the lock expires
    _real_clock_at(monkeypatch, "2026-11-28T09:14:59")
    with pytest.raises(LoginFailed, match="已被锁定"):
        auth.authenticate(demo_db, "clerk1", demo_password)
    _real_clock_at(monkeypatch, "2026-11-28T09:15:00")
    assert auth.authenticate(demo_db, "clerk1", demo_password).username == "clerk1"
    with demo_db.reader() as session:
        op = session.scalar(select(Operator).where(Operator.username == "clerk1"))
        assert op is not None and op.failed_attempts == 0 and op.locked_until is None
        assert audit.verify(session).ok


def test_a_forged_business_clock_neither_unlocks_nor_dates_the_audit(
    demo_db, demo_password, monkeypatch
) -> None:
    """Issue 20 class 9: twelve guesses with HUZHU_NOW moving 15 minutes between each, then the
    right password: still locked, and the audit rows carry the real time, not the forged one."""
    start = dt.datetime(2030, 1, 1, 9, 0)
    for guess in range(12):
        monkeypatch.setenv("HUZHU_NOW", (start + guess * dt.timedelta(minutes=16)).isoformat())
        with pytest.raises(LoginFailed):
            auth.authenticate(demo_db, "clerk1", "wrong")
    with pytest.raises(LoginFailed, match="已被锁定"):
        auth.authenticate(demo_db, "clerk1", demo_password)
    real = dt.datetime.now()
    with demo_db.reader() as session:
        times = session.scalars(
            select(AuditRecord.at).where(AuditRecord.action.like("login%"))
        ).all()
    assert len(times) == 13 and all(abs(real - at) < dt.timedelta(minutes=5) for at in times)


def test_unknown_user_gets_the_answer_a_real_user_gets(demo_db) -> None:
    answers = set()
    for name in ("clerk1", "nobody-at-all"):
        for _ in range(6):
            with pytest.raises(LoginFailed) as refused:
                auth.authenticate(demo_db, name, "wrong")
            answers.add((type(refused.value), str(refused.value), refused.value.field))
    assert answers == {(LoginFailed, REFUSED, "password")}


def test_success_resets_the_count(demo_db, demo_password) -> None:
    for _ in range(4):
        with pytest.raises(LoginFailed):
            auth.authenticate(demo_db, "clerk2", "wrong")
    auth.authenticate(demo_db, "clerk2", demo_password)
    with pytest.raises(LoginFailed):
        auth.authenticate(demo_db, "clerk2", "wrong")
    with demo_db.reader() as session:
        left = session.scalar(select(Operator).where(Operator.username == "clerk2"))
        assert left is not None and left.failed_attempts == 1


def test_passwords_are_hashed_with_argon2id(demo_db, demo_password) -> None:
    with demo_db.reader() as session:
        hashes = session.scalars(select(Operator.password_hash)).all()
    assert all(h.startswith("$argon2id$") and demo_password not in h for h in hashes)


def test_only_admin_adds_operators(demo_db, actors) -> None:
    with (
        pytest.raises(PermissionDenied, match="clerk1（经办）无权管理操作员"),
        demo_db.unit_of_work() as session,
    ):
        auth.add_operator(
            session,
            actors["clerk1"],
            username="x1",
            display_name="",
            role=Role.CLERK,
            password="long-enough",
        )
    with demo_db.unit_of_work() as session:
        added = auth.add_operator(
            session,
            actors["admin"],
            username="x1",
            display_name="新人",
            role=Role.CLERK,
            password="long-enough",
        )
    assert added.display_name == "新人"
    with pytest.raises(RejectedInput, match="已存在"), demo_db.unit_of_work() as session:
        auth.add_operator(
            session,
            actors["admin"],
            username="x1",
            display_name="",
            role=Role.CLERK,
            password="long-enough",
        )


def test_admin_unlocks(demo_db, actors, demo_password) -> None:
    for _ in range(5):
        with pytest.raises(LoginFailed):
            auth.authenticate(demo_db, "reviewer1", "wrong")
    with demo_db.unit_of_work() as session:
        auth.unlock(session, actors["admin"], username="reviewer1")
    assert auth.authenticate(demo_db, "reviewer1", demo_password).role is Role.REVIEWER


@pytest.mark.parametrize("action", list(auth.Action))
def test_every_action_has_a_role_and_a_label(action: auth.Action) -> None:
    assert auth.PERMISSIONS[action]
    assert auth.ACTION_LABELS[action]


def test_supervisor_approves_clerk_does_not(actors) -> None:
    auth.require(actors["supervisor1"], auth.Action.APPROVE_CLAIM)
    with pytest.raises(PermissionDenied, match="需要以下角色之一：主管"):
        auth.require(actors["clerk1"], auth.Action.APPROVE_CLAIM)
