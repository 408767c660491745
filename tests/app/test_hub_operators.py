"""Hub operators (issue #7): data-changing hub commands log in like a desk (roles, lockout,
audit); `hub init` creates `admin` and upgrades a hub from before operators."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from sqlalchemy import delete, insert, select, update

from app.hub.schema import hub_audit, hub_decisions, hub_meta, hub_operators
from tests.app.sync_factories import (
    PASSWORD,
    hub,  # noqa: F401
    pg_url,  # noqa: F401
)
from tests.cli_runner import huzhu

A = "61020401"


def _url(hub) -> str:  # noqa: F811
    return hub.engine.url.render_as_string(hide_password=False)


def _queue_claim(hub, number: str) -> None:  # noqa: F811
    with hub.engine.begin() as conn:
        conn.execute(
            insert(hub_decisions).values(
                claim_uuid=uuid.uuid4(),
                office_code=A,
                claim_number=number,
                amount=2_000_000,
                status="pending",
                queued_at="2026-05-01 09:00",
            )
        )


def _decide(hub, *who: str, password: str = PASSWORD, now: str = "2026-05-02T09:00:00"):  # noqa: F811
    env = {"HUZHU_PASSWORD": password, "HUZHU_NOW": now}
    return huzhu("hub", "--db", _url(hub), *who, "decide", "LP-1", "--approve", env=env)


def test_decide_without_user_is_refused(hub) -> None:  # noqa: F811
    _queue_claim(hub, "LP-1")
    run = _decide(hub)
    assert run.code == 2 and "--user" in run.err
    with hub.engine.connect() as conn:
        assert conn.scalar(select(hub_decisions.c.status)) == "pending"


def test_decision_audit_row_names_the_operator(hub) -> None:  # noqa: F811
    _queue_claim(hub, "LP-1")
    run = _decide(hub, "--user", "admin")
    assert run.code == 0, run.err
    with hub.engine.connect() as conn:
        assert conn.scalar(select(hub_decisions.c.decided_by)) == "admin"
        row = conn.execute(select(hub_audit).where(hub_audit.c.action == "claim.decide")).one()
    assert row.username == "admin"
    assert row.details == {"claim": "LP-1", "office": A, "decision": "approved", "reason": ""}


def test_five_wrong_passwords_lock_the_operator_for_15_minutes(hub) -> None:  # noqa: F811
    _queue_claim(hub, "LP-1")
    for _ in range(5):
        run = _decide(hub, "--user", "admin", password="wrong-password")
        assert run.code == 1 and "用户名或密码不正确" in run.err
    # the lock is on the real clock: a forged HUZHU_NOW an hour on does not end it
    run = _decide(hub, "--user", "admin", now="2026-05-02T10:00:00")
    assert run.code == 1 and "已被锁定" in run.err
    with hub.engine.connect() as conn:
        assert conn.scalar(select(hub_decisions.c.status)) == "pending"
        actions = list(conn.scalars(select(hub_audit.c.action).order_by(hub_audit.c.seq)))
    assert actions[-6:] == ["login.failed"] * 4 + ["login.locked", "login.refused_locked"]
    with hub.engine.begin() as conn:  # fifteen real minutes later
        conn.execute(update(hub_operators).values(locked_until=dt.datetime(2000, 1, 1)))
    run = _decide(hub, "--user", "admin")
    assert run.code == 0, run.err


def test_hub_init_upgrades_an_older_hub_and_creates_admin(hub, tmp_path: Path) -> None:  # noqa: F811
    with hub.engine.begin() as conn:
        conn.execute(delete(hub_operators))
        conn.execute(update(hub_meta).where(hub_meta.c.key == "schema_version").values(value="2"))
    env = {"HUZHU_PASSWORD": "new-admin-pw"}
    out = tmp_path / "a.hzo"
    args = ("hub", "--db", _url(hub), "--user", "admin", "register", "--code", A, "--name", "x")
    run = huzhu(*args, "--out", out, env=env)
    assert run.code != 0 and "hub init" in run.err
    assert huzhu("hub", "--db", _url(hub), "init", env=env).code == 0
    run = huzhu(*args, "--out", out, env=env)
    assert run.code == 0, run.err
    with hub.engine.connect() as conn:
        row = conn.execute(select(hub_audit).where(hub_audit.c.action == "office.register")).one()
    assert row.username == "admin" and row.details["office"] == A
    assert len(row.details["file_sha256"]) == 64


def test_only_an_admin_adds_operators(hub) -> None:  # noqa: F811
    url = _url(hub)
    env = {"HUZHU_PASSWORD": PASSWORD, "HUZHU_NEW_PASSWORD": "clerk-password"}
    run = huzhu("hub", "--db", url, "--user", "admin", "user", "add", "wang", env=env)
    assert run.code == 0, run.err
    env = {"HUZHU_PASSWORD": "clerk-password", "HUZHU_NEW_PASSWORD": "other-password"}
    run = huzhu("hub", "--db", url, "--user", "wang", "user", "add", "li", env=env)
    assert run.code == 1 and "只有省办事处管理员" in run.err
    with hub.engine.connect() as conn:
        assert set(conn.scalars(select(hub_operators.c.username))) == {"admin", "wang"}
