"""The change history of a unit or member, read back from the audit log.

An edit stores the changed fields old→new in its audit details (`masked_changes`, personal data
masked); `change_history` decodes them, newest first, and `describe_changes` labels them.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.auth import Actor
from app.privacy import SENSITIVE_FIELDS, mask_value
from models import AuditRecord
from models.enums import JournalOp

ACTION_LABELS = {
    "unit.add": "登记单位",
    "unit.edit": "修改单位",
    "unit.deactivate": "停用单位",
    "unit.reactivate": "恢复单位",
    "member.add": "登记会员",
    "member.edit": "修改会员",
    "member.move": "调动单位",
    "member.leave": "离职",
    "member.rejoin": "重新在职",
}

FIELD_LABELS = {
    "units": {
        "uscc": "统一社会信用代码",
        "name": "单位名称",
        "headcount": "在职职工数",
        "female_headcount": "女职工数",
        "industry": "行业",
        "union_name": "工会名称",
        "address": "地址",
        "contact": "联系人",
        "phone": "电话",
    },
    "members": {
        "id_type": "证件类型",
        "id_number": "证件号码",
        "name": "姓名",
        "gender": "性别",
        "birth_date": "出生日期",
        "phone": "电话",
        "group_tag": "群体类别",
        "bank_name": "开户银行",
        "bank_account": "银行账号",
        "unit": "单位",
        "status": "状态",
    },
}


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    operator: str
    action: str
    label: str
    changes: dict[str, tuple[Any, Any]]  # field -> (old, new); empty for non-edits
    details: dict[str, Any]


def masked_changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Fields whose value differs, as {field: {"old": …, "new": …}}, personal data masked."""
    out = {}
    for key, value in new.items():
        before = old.get(key)
        if before != value:
            if key in SENSITIVE_FIELDS:
                before, value = mask_value(key, before), mask_value(key, value)
            out[key] = {"old": before, "new": value}
    return out


def record_insert(
    session: Session,
    actor: Actor,
    action: str,
    row: Any,
    *,
    entity: str,
    details: dict[str, Any],
) -> None:
    """Add the new `row` and write it, then audit and journal it as an insert."""
    session.add(row)
    session.flush()
    audit.record(
        session, actor.username, action, entity=entity, entity_id=row.uuid, details=details,
        journal=JournalOp.INSERT,
    )  # fmt: skip


def record_update(
    session: Session,
    actor: Actor,
    action: str,
    *,
    entity: str,
    row_uuid: uuid.UUID,
    details: dict[str, Any],
) -> None:
    """Write the row's new state, then audit and journal it as an update; `details["changes"]`
    ({field: {"old", "new"}}) is what `change_history` shows."""
    session.flush()
    audit.record(
        session, actor.username, action, entity=entity, entity_id=row_uuid, details=details,
        journal=JournalOp.UPDATE,
    )  # fmt: skip


def record_edit(
    session: Session,
    actor: Actor,
    action: str,
    row: Any,
    values: dict[str, Any],
    changes: dict[str, Any],
    *,
    entity: str,
) -> None:
    """An edit form's save: when anything changed, set `values` on `row` and record the update
    with `changes` (old→new per field, as `change_history` shows them); else write nothing."""
    if not changes:
        return
    for key, value in values.items():
        setattr(row, key, value)
    record_update(
        session, actor, action, entity=entity, row_uuid=row.uuid, details={"changes": changes}
    )


def change_history(
    session: Session, *, entity: str, entity_id: uuid.UUID | str
) -> list[HistoryEntry]:
    """Audit records about one row (unit or member), newest first, with field changes decoded."""
    records = session.scalars(
        select(AuditRecord)
        .where(AuditRecord.entity == entity, AuditRecord.entity_id == str(entity_id))
        .order_by(AuditRecord.seq.desc())
    )
    out = []
    for rec in records:
        details = json.loads(rec.details or "{}")
        raw = details.get("changes", {})
        changes = {k: (v.get("old"), v.get("new")) for k, v in raw.items() if isinstance(v, dict)}
        label = ACTION_LABELS.get(rec.action, rec.action)
        out.append(HistoryEntry(rec.at, rec.operator, rec.action, label, changes, details))
    return out


def describe_changes(entity: str, changes: dict[str, tuple[Any, Any]]) -> str:
    """'联系人：张三 → 李四；在职职工数：50 → 60' for a history line."""
    labels = FIELD_LABELS.get(entity, {})
    return "；".join(
        f"{labels.get(k, k)}：{'' if old is None else old} → {'' if new is None else new}"
        for k, (old, new) in changes.items()
    )
