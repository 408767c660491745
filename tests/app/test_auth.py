"""Login with lockout (5 strikes, 15 minutes) and the permission check services call."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app import audit, auth
from app.errors import AccountLocked, LoginFailed, PermissionDenied, RejectedInput
from models import Operator
from models.enums import Role


def _at(monkeypatch: pytest.MonkeyPatch, when: str) -> None:
    monkeypatch.setenv("HUZHU_NOW", when)


def test_right_password_logs_in(demo_db, demo_password) -> None:
    actor = auth.authenticate(demo_db, "clerk1", demo_password)
    assert actor.role is Role.CLERK and actor.username == "clerk1"


def test_wrong_password_counts_down_then_locks(demo_db, demo_password, monkeypatch) -> None:
    _at(monkeypatch, "2026-11-28T09:00:00")
    for left in (4, 3, 2, 1):
        with pytest.raises(LoginFailed, match=f"再错 {left} 次"):
            auth.authenticate(demo_db, "clerk1", "wrong")
    with pytest.raises(AccountLocked, match="已锁定 15 分钟"):
        auth.authenticate(demo_db, "clerk1", "wrong")
    # locked: even the right password is refused until the lock expires
    _at(monkeypatch, "2026-11-28T09:14:59")
    with pytest.raises(AccountLocked, match="请 1 分钟后再试"):
        auth.authenticate(demo_db, "clerk1", demo_password)
    _at(monkeypatch, "2026-11-28T09:15:00")
    assert auth.authenticate(demo_db, "clerk1", demo_password).username == "clerk1"
    with demo_db.reader() as session:
        op = session.scalar(select(Operator).where(Operator.username == "clerk1"))
        assert op is not None and op.failed_attempts == 0 and op.locked_until is None
        assert audit.verify(session).ok


def test_success_resets_the_count(demo_db, demo_password) -> None:
    for _ in range(4):
        with pytest.raises(LoginFailed):
            auth.authenticate(demo_db, "clerk2", "wrong")
    auth.authenticate(demo_db, "clerk2", demo_password)
    with pytest.raises(LoginFailed, match="再错 4 次"):
        auth.authenticate(demo_db, "clerk2", "wrong")


def test_unknown_user_gets_the_same_message(demo_db) -> None:
    with pytest.raises(LoginFailed, match="用户名或密码不正确"):
        auth.authenticate(demo_db, "nobody", "whatever")


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
