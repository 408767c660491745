"""Operators, roles, login with lockout, and the permission check every service calls.

Passwords are hashed with argon2id. Five wrong passwords in a row lock the account for fifteen
minutes; during the lock even the right password is refused. The lock runs on the real clock
(`app.clock.real_now`), never on the HUZHU_NOW/HUZHU_TODAY business-date override, and every
failure (unknown user, wrong password, locked) gets one message.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit, clock
from app.db import Database
from app.errors import LoginFailed, PermissionDenied, RejectedInput, found
from app.i18n import Message, msg
from app.texts import check_text
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


def password_rule() -> Message:
    """The one strength rule for every new password (add, change, reset; desk and hub), as the
    password dialogs state it: what the clerk reads is what `check_new_password` enforces."""
    return msg("新密码至少 {n} 个字符，可用字母、数字和符号。", n=MIN_PASSWORD_LENGTH)


def check_new_password(password: str) -> None:
    """RejectedInput if `password` is too short to be set (desk and hub operators alike)."""
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
    check_text(username, field="username", label=msg("用户名"))
    check_text(display_name, field="display_name", label=msg("姓名"))
    username = username.strip()
    if not username or len(username) > 40:
        raise RejectedInput(msg("用户名不能为空，且不超过40个字符。"), field="username")
    if session.scalar(select(Operator.id).where(Operator.username == username)):
        raise RejectedInput(msg("用户名“{u}”已存在，请换一个。", u=username), field="username")
    check_new_password(password)
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
    """Log an operator in. Failures are counted and audited even though the call raises; an
    unknown or inactive username takes the same path and gets the same message as a wrong
    password (`refuse_unknown`), so the answer never tells whether a username exists."""
    with db.unit_of_work() as session:
        op = session.scalar(select(Operator).where(Operator.username == username.strip()))
        if op is None:
            raise refuse_unknown(password)
        if not op.active:
            # Only the one who knows the password learns that the account is disabled.
            if password_matches(op.password_hash, password):
                raise LoginFailed(
                    msg("操作员 {u} 已停用，不能登录；请管理员启用。", u=op.username),
                    field="username",
                )
            raise login_refused()
        verdict = judge_login(
            op.username, op.password_hash, password, op.failed_attempts, op.locked_until
        )
        op.failed_attempts, op.locked_until = verdict.failed_attempts, verdict.locked_until
        audit.record(
            session,
            op.username,
            verdict.action,
            entity="operators",
            entity_id=op.username,
            details=verdict.details,
        )
        if verdict.failure is None:
            return _actor(op)
    raise verdict.failure


@dataclass(frozen=True)
class LoginVerdict:
    """What one login attempt does to an account: its new failure count and lock, the audit
    action to record, and the error to raise (None: logged in)."""

    failed_attempts: int
    locked_until: dt.datetime | None
    action: str
    details: dict[str, int] | None = None
    failure: LoginFailed | None = None


def login_refused() -> LoginFailed:
    """The one answer to every failed login — wrong password, unknown user, locked account —
    so that it reveals neither whether the username exists nor how many guesses are left."""
    return LoginFailed(
        msg(
            "用户名或密码不正确，或账户因连续输错密码已被锁定（连续输错 {n} 次锁定 {m} 分钟）。"
            "请核对后再试，或请管理员解锁。",
            n=MAX_FAILED_ATTEMPTS,
            m=int(LOCK_DURATION.total_seconds() // 60),
        ),
        field="password",
    )


@functools.cache
def _unknown_user_hash() -> str:
    return _hasher.hash("no such operator")


def refuse_unknown(password: str) -> LoginFailed:
    """The refusal for a username that does not exist, after the same argon2 work a real
    account costs, so that timing does not tell it apart either."""
    password_matches(_unknown_user_hash(), password)
    return login_refused()


def judge_login(
    username: str,
    password_hash: str,
    password: str,
    failed_attempts: int,
    locked_until: dt.datetime | None,
) -> LoginVerdict:
    """The lockout rules, apart from where the account is stored (desk and hub use them alike):
    a locked account is refused even with the right password; the fifth wrong password in a row
    locks it for LOCK_DURATION. The caller stores the new counts and records the audit action.
    Time is the real clock (`clock.real_now`): HUZHU_NOW/HUZHU_TODAY cannot end a lock early.
    The password is checked even for a locked account so every attempt costs the same."""
    now = clock.real_now()
    matches = password_matches(password_hash, password)
    if locked_until is not None and locked_until > now:
        return LoginVerdict(
            failed_attempts, locked_until, "login.refused_locked", failure=login_refused()
        )
    if matches:
        return LoginVerdict(0, None, "login")
    left = MAX_FAILED_ATTEMPTS - failed_attempts - 1
    if left <= 0:
        return LoginVerdict(0, now + LOCK_DURATION, "login.locked", failure=login_refused())
    return LoginVerdict(
        failed_attempts + 1,
        locked_until,
        "login.failed",
        details={"left": left},
        failure=login_refused(),
    )


def password_matches(password_hash: str, password: str) -> bool:
    """Whether `password` is the one `password_hash` (argon2id) was made from."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _operator(session: Session, username: str) -> Operator:
    return found(
        session.scalar(select(Operator).where(Operator.username == username.strip())),
        msg("没有名为“{u}”的操作员。", u=username),
    )


def unlock(session: Session, actor: Actor, *, username: str) -> None:
    require(actor, Action.MANAGE_OPERATORS)
    op = _operator(session, username)
    op.failed_attempts, op.locked_until = 0, None
    audit.record(session, actor.username, "operator.unlock", entity="operators", entity_id=username)


def change_password(
    session: Session, actor: Actor, *, old_password: str, new_password: str
) -> None:
    """The logged-in operator changes their own password (any role). The old password must be
    right and the new one must follow PASSWORD_RULE and differ from it; audited. Raises
    RejectedInput naming the field otherwise."""
    op = _operator(session, actor.username)
    if not password_matches(op.password_hash, old_password):
        raise RejectedInput(msg("原密码不正确，密码没有修改。"), field="old_password")
    check_new_password(new_password)
    if new_password == old_password:
        raise RejectedInput(msg("新密码不能与原密码相同。"), field="new_password")
    op.password_hash = hash_password(new_password)
    audit.record(
        session, actor.username, "operator.password_change", entity="operators",
        entity_id=op.username,
    )  # fmt: skip


def reset_password(session: Session, actor: Actor, *, username: str, new_password: str) -> None:
    """An admin sets another operator's password (forgotten passwords); clears a login lock
    too. Audited without the password."""
    require(actor, Action.MANAGE_OPERATORS)
    op = _operator(session, username)
    check_new_password(new_password)
    op.password_hash = hash_password(new_password)
    op.failed_attempts, op.locked_until = 0, None
    audit.record(
        session, actor.username, "operator.password_reset", entity="operators",
        entity_id=op.username,
    )  # fmt: skip


def set_operator_active(session: Session, actor: Actor, *, username: str, active: bool) -> bool:
    """An admin disables (停用) or enables (启用) an operator; a disabled operator cannot log in.
    The last active admin cannot be disabled, or nobody could manage operators any more.
    Returns whether anything changed (already in that state: nothing written)."""
    require(actor, Action.MANAGE_OPERATORS)
    op = _operator(session, username)
    if op.active == active:
        return False
    if not active and op.role is Role.ADMIN:
        others = session.scalar(
            select(func.count(Operator.id)).where(
                Operator.role == Role.ADMIN, Operator.active.is_(True), Operator.id != op.id
            )
        )
        if not others:
            raise RejectedInput(
                msg(
                    "{u} 是最后一位在用的管理员，不能停用；请先新增或启用另一位管理员。",
                    u=op.username,
                ),
                field="username",
            )
    op.active = active
    audit.record(
        session, actor.username, "operator.enable" if active else "operator.disable",
        entity="operators", entity_id=op.username,
    )  # fmt: skip
    return True
