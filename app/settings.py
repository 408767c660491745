"""Office settings stored in the database (they travel with backups, not with the install)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from app import audit
from app.auth import Action, Actor, require
from app.errors import RejectedInput
from app.i18n import msg
from models import Setting

# key -> (default, label shown to the clerk)
DEFAULTS: dict[str, tuple[Any, str]] = {
    "effective_date_policy": ("day_after_payment", "生效日规则"),
    "fixed_start_date": (None, "固定批次生效日"),
    "sync_interval_days": (7, "同步提醒间隔（天）"),
    "service_promise_days": (10, "理赔服务承诺时限（工作日）"),
    "backup_dir": (None, "备份文件夹"),
    "language": ("zh_CN", "界面语言"),
    "receipt_copies": ("sheet", "收款收据联次"),
    "certificate_signature": ("both", "参保凭证签字栏"),
    "idle_lock_minutes": (15, "空闲锁定（分钟）"),
}
IDLE_LOCK_RANGE = (1, 240)

EFFECTIVE_DATE_POLICIES = {
    "day_after_payment": "缴费次日生效",
    "first_of_next_month": "次月1日生效",
    "fixed_date": "固定批次日生效",
}

# how the three copies (存根联, 交款人联, 记账联) of a premium receipt are printed
RECEIPT_COPY_POLICIES = {
    "sheet": "一张 A4 纸上下三联",
    "pages": "三联分三页打印",
}

# which certificates carry a signature line: the member's, the unit's, both or neither
CERTIFICATE_SIGNATURE_POLICIES = {
    "both": "会员凭证印会员签字栏，单位凭证印单位签章栏",
    "member": "仅会员凭证印会员签字栏",
    "unit": "仅单位凭证印单位签章栏",
    "none": "不印签字栏",
}

_CHOICES = {
    "effective_date_policy": EFFECTIVE_DATE_POLICIES,
    "receipt_copies": RECEIPT_COPY_POLICIES,
    "certificate_signature": CERTIFICATE_SIGNATURE_POLICIES,
}


def get(session: Session, key: str) -> Any:
    if key not in DEFAULTS:
        raise KeyError(key)
    row = session.get(Setting, key)
    return DEFAULTS[key][0] if row is None else row.value


def all_settings(session: Session) -> dict[str, Any]:
    return {key: get(session, key) for key in DEFAULTS}


def put(session: Session, actor: Actor, key: str, value: Any) -> None:
    """Change one setting (audited). Unknown keys and invalid values are refused."""
    require(actor, Action.MANAGE_SETTINGS)
    if key not in DEFAULTS:
        raise RejectedInput(msg("没有名为“{k}”的设置项。", k=key), field=key)
    if key in _CHOICES and value not in _CHOICES[key]:
        raise RejectedInput(
            msg("“{label}”只能是：{v}。", label=DEFAULTS[key][1], v="、".join(_CHOICES[key])),
            field=key,
        )
    if key in ("sync_interval_days", "service_promise_days") and (
        not isinstance(value, int) or not 1 <= value <= 365
    ):
        raise RejectedInput(
            msg("“{label}”应为 1 到 365 之间的整数。", label=DEFAULTS[key][1]), field=key
        )
    low, high = IDLE_LOCK_RANGE
    if key == "idle_lock_minutes" and (not isinstance(value, int) or not low <= value <= high):
        raise RejectedInput(
            msg("“{label}”应为 {a} 到 {b} 之间的整数。", label=DEFAULTS[key][1], a=low, b=high),
            field=key,
        )
    old = get(session, key)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    audit.record(
        session,
        actor.username,
        "setting.change",
        entity="settings",
        entity_id=key,
        details={"old": old, "new": value},
    )


def put_all(session: Session, actor: Actor, values: Mapping[str, Any]) -> None:
    """Change several settings at once (the 设置 page's 保存), each checked and audited as by
    `put`; the first refused value refuses them all (the caller's transaction rolls back)."""
    require(actor, Action.MANAGE_SETTINGS)
    for key, value in values.items():
        put(session, actor, key, value)
