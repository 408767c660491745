"""Hub operators: who may change hub data (command line and hub window), and what each role may do.

Passwords and lockout follow the desk's rules (app.auth: argon2id, five wrong passwords lock
the account for fifteen minutes); the accounts live in the hub database (`hub_operators`), and
every data-changing hub action writes one hash-chained `hub_audit` row naming its operator
(app/hub/audit.py). Roles: `admin` (everything, adds operators), `operator` (registers offices,
ingests, writes returns, sets targets, publishes catalogues), `approver` (decides large claims;
admins may too).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from app import auth
from app.errors import PermissionDenied, RejectedInput
from app.hub import audit
from app.hub.registry import hub_keys
from app.hub.schema import hub_operators
from app.i18n import msg

ROLES = ("admin", "operator", "approver")
ROLE_LABELS = {"admin": "管理员", "operator": "操作员", "approver": "审批员"}
DECIDERS = frozenset({"admin", "approver"})
WORKERS = frozenset({"admin", "operator"})


@dataclass(frozen=True)
class HubOperator:
    username: str
    display_name: str
    role: str

    @property
    def may_decide(self) -> bool:
        return self.role in DECIDERS

    @property
    def may_work(self) -> bool:
        return self.role in WORKERS


def require_decider(who: HubOperator) -> None:
    """PermissionDenied unless `who` may decide claims waiting for the hub."""
    if not who.may_decide:
        raise PermissionDenied(msg("只有省办事处审批员或管理员可以审批大额理赔。"))


def require_worker(who: HubOperator) -> None:
    """PermissionDenied for an approver: office, package, target and catalogue work is for
    operators and admins."""
    if not who.may_work:
        raise PermissionDenied(msg("审批员只能审批理赔；此操作须由省办事处操作员或管理员办理。"))


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
    """One hash-chained hub audit row, in the caller's transaction."""
    audit.append(conn, username, action, details)


def change_password(engine: Engine, username: str, old: str, new: str) -> HubOperator:
    """An operator changes their own password: the old one is checked as at login (wrong ones
    count towards the lockout), the new one by the desk's rules; audited. LoginFailed,
    LoginFailed (also when locked), RejectedInput (short, or the same as the old one)."""
    who = login(engine, username, old)
    if new == old:
        raise RejectedInput(msg("新密码不能与原密码相同。"), field="new_password")
    auth.check_new_password(new)
    with engine.begin() as conn:
        conn.execute(
            update(hub_operators)
            .where(hub_operators.c.username == who.username)
            .values(password_hash=auth.hash_password(new))
        )
        record(conn, who.username, "operator.passwd", {"username": who.username})
    return who


def list_operators(conn: Connection) -> list[HubOperator]:
    rows = conn.execute(select(hub_operators).order_by(hub_operators.c.username))
    return [HubOperator(r.username, r.display_name, r.role) for r in rows]
