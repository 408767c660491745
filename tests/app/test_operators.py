"""Operators manage their passwords; admins reset, disable and enable them (issue 18.3), through
app.auth and the `huzhu user` commands that call the same functions."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app import auth
from app.errors import LoginFailed, PermissionDenied, RejectedInput
from models import AuditRecord
from tests.cli_runner import huzhu

NEW = "new-secret-9"


def _actions(db, entity_id: str) -> list[str]:
    with db.reader() as session:
        rows = session.scalars(
            select(AuditRecord.action)
            .where(AuditRecord.entity_id == entity_id)
            .order_by(AuditRecord.seq)
        )
        return list(rows)


def test_change_own_password(demo_db, demo_password, actors) -> None:
    with demo_db.unit_of_work() as session:
        auth.change_password(
            session, actors["clerk1"], old_password=demo_password, new_password=NEW
        )
    assert auth.authenticate(demo_db, "clerk1", NEW).username == "clerk1"
    with pytest.raises(LoginFailed):
        auth.authenticate(demo_db, "clerk1", demo_password)
    assert "operator.password_change" in _actions(demo_db, "clerk1")


@pytest.mark.parametrize(
    ("old", "new", "field", "text"),
    [
        ("wrong-old", NEW, "old_password", "原密码不正确"),
        (None, "short", "password", "至少需要 8 个字符"),
        (None, None, "new_password", "不能与原密码相同"),
    ],
)
def test_change_password_refusals(demo_db, demo_password, actors, old, new, field, text) -> None:
    with pytest.raises(RejectedInput, match=text) as caught, demo_db.unit_of_work() as session:
        auth.change_password(
            session,
            actors["reviewer1"],
            old_password=old or demo_password,
            new_password=new or demo_password,
        )
    assert caught.value.field == field
    assert auth.authenticate(demo_db, "reviewer1", demo_password).username == "reviewer1"


def test_the_rule_the_dialog_states_is_the_rule_enforced() -> None:
    assert str(auth.password_rule()) == "新密码至少 8 个字符，可用字母、数字和符号。"
    auth.check_new_password("x" * auth.MIN_PASSWORD_LENGTH)
    with pytest.raises(RejectedInput):
        auth.check_new_password("x" * (auth.MIN_PASSWORD_LENGTH - 1))


def test_admin_resets_a_password_and_clears_the_lock(demo_db, demo_password, actors) -> None:
    for _ in range(5):
        with pytest.raises(LoginFailed):
            auth.authenticate(demo_db, "clerk2", "wrong")
    with demo_db.unit_of_work() as session:
        auth.reset_password(session, actors["admin"], username="clerk2", new_password=NEW)
    assert auth.authenticate(demo_db, "clerk2", NEW).username == "clerk2"
    assert "operator.password_reset" in _actions(demo_db, "clerk2")


def test_only_admins_reset_or_disable(demo_db, actors) -> None:
    with pytest.raises(PermissionDenied), demo_db.unit_of_work() as session:
        auth.reset_password(session, actors["supervisor1"], username="clerk2", new_password=NEW)
    with pytest.raises(PermissionDenied), demo_db.unit_of_work() as session:
        auth.set_operator_active(session, actors["clerk1"], username="clerk2", active=False)


def test_disabled_operator_cannot_log_in_until_enabled(demo_db, demo_password, actors) -> None:
    with demo_db.unit_of_work() as session:
        assert auth.set_operator_active(session, actors["admin"], username="clerk2", active=False)
    with pytest.raises(LoginFailed, match="clerk2 已停用"):
        auth.authenticate(demo_db, "clerk2", demo_password)
    with pytest.raises(LoginFailed, match="用户名或密码不正确"):  # no hint without the password
        auth.authenticate(demo_db, "clerk2", "wrong")
    with demo_db.unit_of_work() as session:
        assert not auth.set_operator_active(
            session, actors["admin"], username="clerk2", active=False
        )
        assert auth.set_operator_active(session, actors["admin"], username="clerk2", active=True)
    assert auth.authenticate(demo_db, "clerk2", demo_password).username == "clerk2"
    assert _actions(demo_db, "clerk2")[-3:-1] == ["operator.disable", "operator.enable"]


def test_the_last_active_admin_cannot_be_disabled(demo_db, actors) -> None:
    with pytest.raises(RejectedInput, match="最后一位在用的管理员"), demo_db.unit_of_work() as s:
        auth.set_operator_active(s, actors["admin"], username="admin", active=False)
    with demo_db.unit_of_work() as session:
        auth.add_operator(
            session, actors["admin"], username="admin2", display_name="", role=auth.Role.ADMIN,
            password=NEW,
        )  # fmt: skip
        auth.set_operator_active(session, actors["admin"], username="admin", active=False)
    with pytest.raises(RejectedInput, match="admin2 是最后一位"), demo_db.unit_of_work() as s:
        auth.set_operator_active(s, actors["admin"], username="admin2", active=False)


# -- the CLI: the same functions, exit 1 with the Chinese message on refusal -------------------
def _cli(data: Path, *args: str, env: dict[str, str] | None = None, stdin: str = ""):
    return huzhu("--data", data, *args, env=env, stdin=stdin)


def test_cli_passwd_from_environment_and_from_stdin(demo_data_dir: Path) -> None:
    env = {"HUZHU_PASSWORD": "huzhu-demo", "HUZHU_NEW_PASSWORD": NEW}
    run = _cli(demo_data_dir, "--user", "clerk1", "user", "passwd", env=env)
    assert run.code == 0 and "已修改操作员 clerk1 的密码" in run.out, run.err
    # old and new on two lines of standard input
    run = _cli(demo_data_dir, "--user", "clerk1", "user", "passwd", stdin=f"{NEW}\nthird-pass-1\n")
    assert run.code == 0, run.err
    run = _cli(demo_data_dir, "--user", "clerk1", "user", "passwd", stdin="third-pass-1\nshort\n")
    assert run.code == 1 and "至少需要 8 个字符" in run.err


def test_cli_reset_disable_enable(demo_data_dir: Path) -> None:
    admin = {"HUZHU_PASSWORD": "huzhu-demo"}
    run = _cli(demo_data_dir, "--user", "admin", "user", "reset", "clerk2",
               env={**admin, "HUZHU_NEW_PASSWORD": NEW})  # fmt: skip
    assert run.code == 0 and "已重置操作员 clerk2 的密码" in run.out, run.err
    run = _cli(demo_data_dir, "--user", "admin", "user", "disable", "clerk2", env=admin)
    assert run.code == 0 and "已停用操作员 clerk2" in run.out
    run = _cli(demo_data_dir, "--user", "clerk2", "user", "list",
               env={"HUZHU_PASSWORD": NEW})  # fmt: skip
    assert "clerk2" in run.out and "（停用）" in run.out
    run = _cli(demo_data_dir, "--user", "clerk2", "user", "passwd",
               env={"HUZHU_PASSWORD": NEW, "HUZHU_NEW_PASSWORD": "another-1"})  # fmt: skip
    assert run.code == 1 and "已停用" in run.err
    run = _cli(demo_data_dir, "--user", "admin", "user", "disable", "admin", env=admin)
    assert run.code == 1 and "最后一位在用的管理员" in run.err
    run = _cli(demo_data_dir, "--user", "clerk1", "user", "enable", "clerk2", env=admin)
    assert run.code == 1 and "无权管理操作员" in run.err
    run = _cli(demo_data_dir, "--json", "--user", "admin", "user", "enable", "clerk2", env=admin)
    assert run.code == 0 and run.json()["changed"] is True
