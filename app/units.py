"""Units (投保单位): register, edit, deactivate, search; their history is read by app/history.py.

A unit is identified by its unified social credit code (USCC, unique per desk). Every write is
checked against `Action.EDIT_UNITS`, audited and journalled in the caller's transaction; an edit
stores the changed fields old→new in the audit details so `change_history` can show them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from dataclasses import dataclass, fields

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app import clock
from app.auth import Action, Actor, require
from app.errors import RejectedInput, found
from app.history import masked_changes, record_edit, record_insert, record_update
from app.i18n import msg
from app.ids import normalise, parse_uscc
from app.office import self_office
from app.texts import check_text
from models import Coverage, Enrollment, Member, Unit
from models.enums import EnrollmentStatus, MemberStatus, RecordStatus

MAX_HEADCOUNT = 1_000_000
_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}(-\d{1,6})?")
_TEXT_LIMITS = {
    "name": ("单位名称", 120),
    "union_name": ("工会名称", 120),
    "industry": ("行业", 60),
    "address": ("地址", 200),
    "contact": ("联系人", 40),
}


@dataclass(frozen=True)
class UnitFields:
    """What a clerk types for a unit (add, or the full new state on edit)."""

    uscc: str
    name: str
    headcount: int
    female_headcount: int = 0
    industry: str = ""
    union_name: str = ""
    address: str = ""
    contact: str = ""
    phone: str = ""


@dataclass(frozen=True)
class UnitRow:
    uuid: uuid.UUID
    uscc: str
    name: str
    union_name: str
    industry: str
    address: str
    contact: str
    phone: str
    headcount: int
    female_headcount: int
    status: RecordStatus
    members: int  # members in service (not left) registered in this unit


@dataclass(frozen=True)
class EnrollmentRow:
    """One of a unit's enrollments, as its detail view lists them."""

    uuid: uuid.UUID
    number: str
    start_date: dt.date
    end_date: dt.date
    plans: dict[str, int]  # plan code -> shares
    premium_total: int  # fen
    members: int
    status: EnrollmentStatus


def normalise_phone(text: str, *, field: str = "phone") -> str:
    """A mobile (11 digits, 1[3-9]…) or landline (0919-6612345, extension allowed), or ''."""
    phone = re.sub(r"[\s()（）]", "", unicodedata.normalize("NFKC", text or ""))
    phone = phone.replace("—", "-").replace("－", "-")
    if phone and not (_MOBILE.fullmatch(phone) or _LANDLINE.fullmatch(phone)):
        raise RejectedInput(
            msg(
                "电话“{p}”格式不对：手机号为11位数字（如 13800001111），"
                "固定电话带区号（如 0919-6612345）。",
                p=text,
            ),
            field=field,
        )
    return phone


def clean_text(value: str, field: str, label: str, limit: int, *, required: bool = False) -> str:
    """Trim and check one free-text field; the message names the field and its limit, or the
    invisible character it holds (`app.texts.check_text`)."""
    check_text(value, field=field, label=label)
    value = unicodedata.normalize("NFKC", value or "").strip()
    if required and not value:
        raise RejectedInput(msg("{label}不能为空。", label=label), field=field)
    if len(value) > limit:
        raise RejectedInput(
            msg("{label}不能超过 {n} 个字（现有 {m} 个）。", label=label, n=limit, m=len(value)),
            field=field,
        )
    return value


def _validated(session: Session, data: UnitFields, *, exclude: uuid.UUID | None) -> dict:
    uscc = parse_uscc(data.uscc)
    other = session.execute(select(Unit.uuid, Unit.name).where(Unit.uscc == uscc)).first()
    if other is not None and other.uuid != exclude:
        raise RejectedInput(
            msg(
                "统一社会信用代码 {c} 已登记为单位“{name}”，请核对或直接修改该单位。",
                c=uscc,
                name=other.name,
            ),
            field="uscc",
        )
    values = {
        key: clean_text(getattr(data, key), key, label, limit, required=key == "name")
        for key, (label, limit) in _TEXT_LIMITS.items()
    }
    if not isinstance(data.headcount, int) or not 1 <= data.headcount <= MAX_HEADCOUNT:
        raise RejectedInput(
            msg(
                "在职职工数应为 1 至 {n} 的整数（填写的是 {h}）。",
                n=MAX_HEADCOUNT,
                h=data.headcount,
            ),
            field="headcount",
        )
    female = data.female_headcount
    if not isinstance(female, int) or not 0 <= female <= data.headcount:
        raise RejectedInput(
            msg("女职工数 {f} 不能超过在职职工数 {h}，也不能为负数。", f=female, h=data.headcount),
            field="female_headcount",
        )
    return {
        **values,
        "uscc": uscc,
        "headcount": data.headcount,
        "female_headcount": female,
        "phone": normalise_phone(data.phone),
    }


def _row(unit: Unit, members: int) -> UnitRow:
    return UnitRow(
        **{f.name: getattr(unit, f.name) for f in fields(UnitRow) if f.name != "members"},
        members=members,
    )


def _member_count(session: Session, unit_uuid: uuid.UUID) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Member)
            .where(Member.unit_uuid == unit_uuid, Member.status == MemberStatus.ACTIVE)
        )
        or 0
    )


def add_unit(session: Session, actor: Actor, *, data: UnitFields) -> UnitRow:
    """Register a unit. Raises RejectedInput naming the field (bad/duplicate USCC, headcounts)."""
    require(actor, Action.EDIT_UNITS)
    values = _validated(session, data, exclude=None)
    now = clock.now()
    unit = Unit(
        office_code=self_office(session).code, created_at=now, status=RecordStatus.ACTIVE, **values
    )
    record_insert(session, actor, "unit.add", unit, entity="units", details=values)
    return _row(unit, 0)


def edit_unit(session: Session, actor: Actor, *, unit_uuid: uuid.UUID, data: UnitFields) -> UnitRow:
    """Replace a unit's fields; the audit record keeps each changed field old→new."""
    require(actor, Action.EDIT_UNITS)
    unit = _get(session, unit_uuid)
    values = _validated(session, data, exclude=unit.uuid)
    changes = masked_changes({k: getattr(unit, k) for k in values}, values)
    record_edit(session, actor, "unit.edit", unit, values, changes, entity="units")
    return _row(unit, _member_count(session, unit.uuid))


def set_unit_active(
    session: Session, actor: Actor, *, unit_uuid: uuid.UUID, active: bool, reason: str = ""
) -> UnitRow:
    """Deactivate (停用) or reactivate a unit; its members and history stay as they are."""
    require(actor, Action.EDIT_UNITS)
    unit = _get(session, unit_uuid)
    status = RecordStatus.ACTIVE if active else RecordStatus.INACTIVE
    if unit.status == status:
        state = msg("在用") if active else msg("停用")
        raise RejectedInput(msg("单位“{name}”已是{state}状态。", name=unit.name, state=state))
    unit.status = status
    given = check_text(reason, field="reason", label=msg("原因"), multiline=True).strip()
    record_update(
        session, actor, "unit.reactivate" if active else "unit.deactivate", entity="units",
        row_uuid=unit.uuid, details={"reason": reason.strip()} if given else {},
    )  # fmt: skip
    return _row(unit, _member_count(session, unit.uuid))


def _get(session: Session, unit_uuid: uuid.UUID) -> Unit:
    return found(
        session.get(Unit, unit_uuid),
        msg("没有找到该单位（可能已被其他操作员删除），请刷新后重试。"),
    )


def find_unit(session: Session, uscc: str) -> Unit:
    """The unit with this USCC (normalised), or NotFound naming it."""
    code = normalise(uscc)
    return found(
        session.scalar(select(Unit).where(Unit.uscc == code)),
        msg("没有统一社会信用代码为 {c} 的单位，请先登记该单位。", c=code),
        field="uscc",
    )


def get_unit(
    session: Session, *, unit_uuid: uuid.UUID | None = None, uscc: str | None = None
) -> UnitRow:
    """One unit with its count of members in service; NotFound if there is none."""
    unit = _get(session, unit_uuid) if unit_uuid is not None else find_unit(session, uscc or "")
    return _row(unit, _member_count(session, unit.uuid))


def search_units(
    session: Session, *, text: str = "", include_inactive: bool = True, limit: int = 500
) -> list[UnitRow]:
    """Units whose name or contact contains `text`, or whose USCC starts with it, by name."""
    counts = (
        select(Member.unit_uuid, func.count().label("n"))
        .where(Member.status == MemberStatus.ACTIVE)
        .group_by(Member.unit_uuid)
        .subquery()
    )
    query = select(Unit, func.coalesce(counts.c.n, 0)).outerjoin(
        counts, counts.c.unit_uuid == Unit.uuid
    )
    needle = unicodedata.normalize("NFKC", text).strip()
    if needle:
        pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(
            or_(
                Unit.name.like(pattern, escape="\\"),
                Unit.contact.like(pattern, escape="\\"),
                Unit.union_name.like(pattern, escape="\\"),
                Unit.uscc.startswith(normalise(needle), autoescape=True),
            )
        )
    if not include_inactive:
        query = query.where(Unit.status == RecordStatus.ACTIVE)
    rows = session.execute(query.order_by(Unit.name).limit(limit))
    return [_row(unit, n) for unit, n in rows]


def unit_enrollments(session: Session, unit_uuid: uuid.UUID) -> list[EnrollmentRow]:
    """A unit's enrollments, newest first, each with how many distinct members it covers."""
    covered = (
        select(func.count(func.distinct(Coverage.member_uuid)))
        .where(Coverage.enrollment_uuid == Enrollment.uuid)
        .correlate(Enrollment)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Enrollment, covered)
        .where(Enrollment.unit_uuid == unit_uuid)
        .order_by(Enrollment.start_date.desc(), Enrollment.number.desc())
    )
    return [
        EnrollmentRow(
            e.uuid, e.number, e.start_date, e.end_date, dict(e.plans), e.premium_total, n, e.status
        )
        for e, n in rows
    ]
