"""Hub operators: who may change hub data from its command line, and the hub's audit trail.

Passwords and lockout follow the desk's rules (app.auth: argon2id, five wrong passwords lock
the account for fifteen minutes); the accounts live in the hub database (`hub_operators`), and
every data-changing hub command writes one `hub_audit` row naming its operator.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from app import auth, clock
from app.errors import PermissionDenied, RejectedInput
from app.hub.registry import hub_keys
from app.hub.schema import hub_audit, hub_operators
from app.i18n import msg

ROLES = ("admin", "operator")


@dataclass(frozen=True)
class HubOperator:
    username: str
    display_name: str
    role: str


def ensure_admin(conn: Connection, password: str) -> bool:
    """Create operator `admin` when the hub has no operator yet (first `hub init`, or the upgrade
    of a hub from before operators); False if it already had one. RejectedInput: short password."""
    if has_operators(conn):
        return False
    _insert(conn, "admin", "省办事处管理员", "admin", password)
    record(conn, "admin", "operator.add", {"username": "admin", "role": "admin"})
    return True


def has_operators(conn: Connection) -> bool:
    """Whether `hub init` still has to create the first admin."""
    return bool(conn.scalar(select(func.count()).select_from(hub_operators)))


def add_operator(
    conn: Connection, by: HubOperator, *, username: str, role: str, password: str
) -> HubOperator:
    """Add a hub operator (admins only), audited. RejectedInput: bad name, taken, short password."""
    if by.role != "admin":
        raise PermissionDenied(msg("只有省办事处管理员可以添加操作员。"))
    username = username.strip()
    if not username or len(username) > 40:
        raise RejectedInput(msg("用户名不能为空，且不超过40个字符。"), field="username")
    if conn.scalar(select(hub_operators.c.username).where(hub_operators.c.username == username)):
        raise RejectedInput(msg("用户名“{u}”已存在，请换一个。", u=username), field="username")
    _insert(conn, username, username, role, password)
    record(conn, by.username, "operator.add", {"username": username, "role": role})
    return HubOperator(username, username, role)


def _insert(conn: Connection, username: str, display_name: str, role: str, password: str) -> None:
    auth.check_new_password(password)
    conn.execute(
        insert(hub_operators).values(
            username=username,
            display_name=display_name,
            role=role,
            password_hash=auth.hash_password(password),
            failed_attempts=0,
        )
    )


def login(engine: Engine, username: str, password: str) -> HubOperator:
    """Check a hub operator's password with the desk's lockout rules, in a transaction of its
    own so that failures are counted and audited even though the call raises (LoginFailed, one
    message for every failure; DatabaseProblem if the hub is missing or older than this release)."""
    with engine.begin() as conn:
        hub_keys(conn)
        row = conn.execute(
            select(hub_operators).where(hub_operators.c.username == username.strip())
        ).first()
        if row is None:
            raise auth.refuse_unknown(password)
        verdict = auth.judge_login(
            row.username, row.password_hash, password, row.failed_attempts, row.locked_until
        )
        conn.execute(
            update(hub_operators)
            .where(hub_operators.c.username == row.username)
            .values(failed_attempts=verdict.failed_attempts, locked_until=verdict.locked_until)
        )
        record(conn, row.username, verdict.action, verdict.details or {})
    if verdict.failure is not None:
        raise verdict.failure
    return HubOperator(row.username, row.display_name, row.role)


def record(conn: Connection, username: str, action: str, details: dict[str, Any]) -> None:
    """One hub audit row, in the caller's transaction."""
    conn.execute(
        insert(hub_audit).values(
            at=clock.real_now(), username=username, action=action, details=details
        )
    )
