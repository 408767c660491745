"""Operators, roles, login with lockout, and the permission check every service calls.

Passwords are hashed with argon2id. Five wrong passwords in a row lock the account for fifteen
minutes; during the lock even the right password is refused. Time comes from app.clock.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, clock
from app.db import Database
from app.errors import AccountLocked, LoginFailed, NotFound, PermissionDenied, RejectedInput
from app.i18n import msg
from models import Operator
from models.enums import Role

MAX_FAILED_ATTEMPTS = 5
LOCK_DURATION = dt.timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8

ROLE_LABELS = {
    Role.CLERK: "经办",
    Role.REVIEWER: "审核",
    Role.SUPERVISOR: "主管",
    Role.ADMIN: "管理员",
}

_hasher = PasswordHasher()


class Action(enum.StrEnum):
    MANAGE_OPERATORS = "manage_operators"
    MANAGE_SETTINGS = "manage_settings"
    EDIT_UNITS = "edit_units"
    EDIT_MEMBERS = "edit_members"
    ENROLL = "enroll"
    OVERRIDE_RULES = "override_rules"
    CANCEL_ENROLLMENT = "cancel_enrollment"
    TAKE_CLAIM = "take_claim"
    REVIEW_CLAIM = "review_claim"
    APPROVE_CLAIM = "approve_claim"
    PAY_CLAIM = "pay_claim"
    PRINT = "print"
    SYNC = "sync"
    BACKUP = "backup"
    RESTORE = "restore"
    VIEW_SENSITIVE = "view_sensitive"
    VIEW_REPORTS = "view_reports"
    HEALTH_SERVICES = "health_services"


ACTION_LABELS = {
    Action.MANAGE_OPERATORS: "管理操作员",
    Action.MANAGE_SETTINGS: "修改设置",
    Action.EDIT_UNITS: "登记和修改单位",
    Action.EDIT_MEMBERS: "登记和修改会员",
    Action.ENROLL: "办理参保",
    Action.OVERRIDE_RULES: "审批参保规则例外",
    Action.CANCEL_ENROLLMENT: "撤销参保",
    Action.TAKE_CLAIM: "受理理赔",
    Action.REVIEW_CLAIM: "审核理赔",
    Action.APPROVE_CLAIM: "审批理赔",
    Action.PAY_CLAIM: "登记给付",
    Action.PRINT: "打印",
    Action.SYNC: "数据同步",
    Action.BACKUP: "备份数据",
    Action.RESTORE: "恢复数据",
    Action.VIEW_SENSITIVE: "查看完整个人信息",
    Action.VIEW_REPORTS: "查看报表",
    Action.HEALTH_SERVICES: "办理增值服务（合作机构、活动签到、会员核验）",
}

_ALL = frozenset(Role)
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.MANAGE_OPERATORS: frozenset({Role.ADMIN}),
    Action.MANAGE_SETTINGS: frozenset({Role.ADMIN, Role.SUPERVISOR}),
    Action.EDIT_UNITS: frozenset({Role.CLERK, Role.SUPERVISOR}),
    Action.EDIT_MEMBERS: frozenset({Role.CLERK, Role.SUPERVISOR}),
    Action.ENROLL: frozenset({Role.CLERK, Role.SUPERVISOR}),
    Action.OVERRIDE_RULES: frozenset({Role.SUPERVISOR}),
    Action.CANCEL_ENROLLMENT: frozenset({Role.SUPERVISOR}),
    Action.TAKE_CLAIM: frozenset({Role.CLERK, Role.SUPERVISOR}),
    Action.REVIEW_CLAIM: frozenset({Role.REVIEWER, Role.SUPERVISOR}),
    Action.APPROVE_CLAIM: frozenset({Role.SUPERVISOR}),
    Action.PAY_CLAIM: frozenset({Role.CLERK, Role.SUPERVISOR}),
    Action.PRINT: _ALL,
    Action.SYNC: frozenset({Role.CLERK, Role.SUPERVISOR, Role.ADMIN}),
    Action.BACKUP: frozenset({Role.SUPERVISOR, Role.ADMIN}),
    Action.RESTORE: frozenset({Role.ADMIN}),
    Action.VIEW_SENSITIVE: frozenset({Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN}),
    Action.VIEW_REPORTS: _ALL,
    Action.HEALTH_SERVICES: frozenset({Role.CLERK, Role.SUPERVISOR}),
}


@dataclass(frozen=True)
class Actor:
    """The operator on whose behalf a service acts (a plain value, safe to pass to threads)."""

    username: str
    display_name: str
    role: Role

    def can(self, action: Action) -> bool:
        return self.role in PERMISSIONS[action]


SYSTEM = Actor("system", "系统", Role.ADMIN)


def require(actor: Actor, action: Action) -> None:
    """Raise PermissionDenied unless `actor`'s role may perform `action`."""
    if not actor.can(action):
        allowed = "、".join(ROLE_LABELS[r] for r in Role if r in PERMISSIONS[action])
        raise PermissionDenied(
            msg(
                "操作员 {user}（{role}）无权{what}；需要以下角色之一：{allowed}。",
                user=actor.username,
                role=ROLE_LABELS[actor.role],
                what=ACTION_LABELS[action],
                allowed=allowed,
            )
        )


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise RejectedInput(
            msg("密码至少需要 {n} 个字符。", n=MIN_PASSWORD_LENGTH), field="password"
        )


def _actor(op: Operator) -> Actor:
    return Actor(op.username, op.display_name, op.role)


def add_operator(
    session: Session, actor: Actor, *, username: str, display_name: str, role: Role, password: str
) -> Actor:
    """Create an operator. Only an admin may; the very first admin is created by `init`."""
    require(actor, Action.MANAGE_OPERATORS)
    username = username.strip()
    if not username or len(username) > 40:
        raise RejectedInput(msg("用户名不能为空，且不超过40个字符。"), field="username")
    if session.scalar(select(Operator.id).where(Operator.username == username)):
        raise RejectedInput(msg("用户名“{u}”已存在，请换一个。", u=username), field="username")
    _check_new_password(password)
    now = clock.now()
    op = Operator(
        username=username,
        display_name=display_name or username,
        role=role,
        password_hash=hash_password(password),
        failed_attempts=0,
        active=True,
        created_at=now,
    )
    session.add(op)
    session.flush()
    audit.record(
        session,
        actor.username,
        "operator.add",
        entity="operators",
        entity_id=username,
        details={"role": role.value, "display_name": op.display_name},
    )
    return _actor(op)


def list_operators(session: Session) -> list[tuple[Actor, bool, dt.datetime | None]]:
    """(operator, active, locked_until) for every operator, by username."""
    ops = session.scalars(select(Operator).order_by(Operator.username))
    return [(_actor(o), o.active, o.locked_until) for o in ops]


def authenticate(db: Database, username: str, password: str) -> Actor:
    """Log an operator in. Failures are counted and audited even though the call raises."""
    now = clock.now()
    failure: LoginFailed | None = None
    with db.unit_of_work() as session:
        op = session.scalar(select(Operator).where(Operator.username == username.strip()))
        if op is None or not op.active:
            raise LoginFailed(msg("用户名或密码不正确。"), field="password")
        if op.locked_until is not None and op.locked_until > now:
            minutes = max(1, -(-int((op.locked_until - now).total_seconds()) // 60))
            audit.record(
                session,
                op.username,
                "login.refused_locked",
                entity="operators",
                entity_id=op.username,
            )
            failure = AccountLocked(
                msg(
                    "账户 {u} 因连续输错密码已被锁定，请 {m} 分钟后再试，或请管理员解锁。",
                    u=op.username,
                    m=minutes,
                )
            )
        elif _password_matches(op, password):
            op.failed_attempts, op.locked_until = 0, None
            audit.record(session, op.username, "login", entity="operators", entity_id=op.username)
            return _actor(op)
        else:
            op.failed_attempts += 1
            left = MAX_FAILED_ATTEMPTS - op.failed_attempts
            if left <= 0:
                op.failed_attempts, op.locked_until = 0, now + LOCK_DURATION
                audit.record(
                    session, op.username, "login.locked", entity="operators", entity_id=op.username
                )
                failure = AccountLocked(
                    msg(
                        "密码连续输错 {n} 次，账户 {u} 已锁定 15 分钟。",
                        n=MAX_FAILED_ATTEMPTS,
                        u=op.username,
                    )
                )
            else:
                audit.record(
                    session,
                    op.username,
                    "login.failed",
                    entity="operators",
                    entity_id=op.username,
                    details={"left": left},
                )
                failure = LoginFailed(
                    msg("用户名或密码不正确（再错 {n} 次将锁定 15 分钟）。", n=left),
                    field="password",
                )
    raise failure


def _password_matches(op: Operator, password: str) -> bool:
    try:
        return _hasher.verify(op.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def unlock(session: Session, actor: Actor, *, username: str) -> None:
    require(actor, Action.MANAGE_OPERATORS)
    op = session.scalar(select(Operator).where(Operator.username == username))
    if op is None:
        raise NotFound(msg("没有名为“{u}”的操作员。", u=username))
    op.failed_attempts, op.locked_until = 0, None
    audit.record(session, actor.username, "operator.unlock", entity="operators", entity_id=username)
