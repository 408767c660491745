"""Members (会员/职工): register one or many, edit, move between units, leave and rejoin.

A resident ID (GB 11643) is checked and decides sex and birth date (a 15-digit legacy number is
converted, a lower-case x accepted); other documents (passport, 港澳台居民居住证) carry a typed sex
and birth date. An ID number is unique on the desk; a duplicate names the unit the person is in.
Every write needs `Action.EDIT_MEMBERS` and is audited and journalled in the caller's
transaction. Search and paging live in `app.member_search`;
registering a whole roster at once in `app.member_registration`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, clock
from app.auth import Action, Actor, require
from app.errors import RejectedInput, found
from app.history import masked_changes, record_edit, record_update
from app.i18n import msg
from app.ids import normalise, parse_resident_id
from app.office import self_office
from app.pinyin import initials
from app.texts import check_text
from app.units import clean_text, normalise_phone
from models import Member, Unit
from models.enums import Gender, IdType, JournalOp, MemberStatus, RecordStatus

GROUP_TAGS = (
    "货车司机",
    "快递员",
    "外卖送餐员",
    "网约车司机",
    "护工护理员",
    "家政服务员",
    "商场信息员",
    "保安员",
)  # 八大群体: the new-employment-form groups the unions campaign for
OTHER_TAG = "其他"
ALLOWED_TAGS = ("", *GROUP_TAGS, OTHER_TAG)
GENDER_LABELS = {Gender.MALE: "男", Gender.FEMALE: "女"}
ID_TYPE_LABELS = {
    IdType.RESIDENT_ID: "居民身份证",
    IdType.PASSPORT: "护照",
    IdType.HMT_PERMIT: "港澳台居民居住证",
    IdType.OTHER: "其他证件",
}
_OTHER_ID = re.compile(r"[A-Z0-9-]{5,32}")
_ACCOUNT = re.compile(r"\d{10,30}")
EDITABLE = frozenset(
    {"id_type", "id_number", "name", "gender", "birth_date", "phone", "group_tag"}
    | {"bank_name", "bank_account"}
)


@dataclass(frozen=True, slots=True)
class MemberFields:
    """What a clerk types for a member; sex and birth date only for non-resident documents."""

    id_number: str
    name: str
    id_type: IdType = IdType.RESIDENT_ID
    gender: Gender | None = None
    birth_date: dt.date | None = None
    phone: str = ""
    group_tag: str = ""
    bank_name: str = ""
    bank_account: str = ""


STORED_FIELDS = tuple(
    f.name for f in dataclass_fields(MemberFields)
)  # each is a members column too


@dataclass(frozen=True)
class MemberChange:
    """The result of a member write: which member, and its state afterwards (unmasked)."""

    uuid: uuid.UUID
    id_number: str
    name: str
    unit_uuid: uuid.UUID
    status: MemberStatus
    left_on: dt.date | None


def parse_gender(text: str | None) -> Gender | None:
    """'男'/'女'/'M'/'F' (any case) → Gender; '' or None → None."""
    value = (text or "").strip().upper()
    if not value:
        return None
    for gender, label in GENDER_LABELS.items():
        if value in (gender.value, label):
            return gender
    raise RejectedInput(msg("性别“{g}”无法识别，请填“男”或“女”。", g=text), field="gender")


def _identity(data: MemberFields, today: dt.date) -> tuple[str, Gender, dt.date]:
    # Widgets and files hand over plain strings ("M", "resident_id"); compare as enums.
    id_type = IdType(data.id_type)
    gender = None if data.gender in (None, "") else Gender(data.gender)
    if id_type is IdType.RESIDENT_ID:
        rid = parse_resident_id(data.id_number, today=today)
        if gender is not None and gender is not rid.gender:
            raise RejectedInput(
                msg(
                    "性别填写为“{typed}”，但身份证号码 {n} 显示为“{real}”，请核对性别或号码。",
                    typed=GENDER_LABELS[gender],
                    n=rid.number,
                    real=GENDER_LABELS[rid.gender],
                ),
                field="gender",
            )
        if data.birth_date is not None and data.birth_date != rid.birth_date:
            raise RejectedInput(
                msg(
                    "出生日期填写为 {typed}，但身份证号码 {n} 显示为 {real}，请核对。",
                    typed=data.birth_date.isoformat(),
                    n=rid.number,
                    real=rid.birth_date.isoformat(),
                ),
                field="birth_date",
            )
        return rid.number, rid.gender, rid.birth_date
    label = ID_TYPE_LABELS[id_type]
    number = normalise(data.id_number)
    if not _OTHER_ID.fullmatch(number):
        raise RejectedInput(
            msg(
                "{label}号码“{n}”应为 5 至 32 位字母或数字，请核对。", label=label, n=data.id_number
            ),
            field="id_number",
        )
    if gender is None:
        raise RejectedInput(msg("使用{label}登记时须填写性别。", label=label), field="gender")
    if data.birth_date is None or not dt.date(1900, 1, 1) <= data.birth_date <= today:
        raise RejectedInput(
            msg("使用{label}登记时须填写出生日期（1900 年以后、不晚于今天）。", label=label),
            field="birth_date",
        )
    return number, gender, data.birth_date


def checked_fields(data: MemberFields, *, today: dt.date) -> MemberFields:
    """One member's fields checked without the database and normalised (ID number, sex and
    birth date from a resident ID, trimmed text, phone and account as stored); RejectedInput
    names the field to fix."""
    number, gender, birth = _identity(data, today)
    name = clean_text(data.name, "name", "姓名", 60, required=True)
    tag = (data.group_tag or "").strip()
    if tag not in ALLOWED_TAGS:
        raise RejectedInput(
            msg(
                "群体类别“{t}”不在列表中：请选 {allowed} 之一，或留空。",
                t=tag,
                allowed="、".join(ALLOWED_TAGS[1:]),
            ),
            field="group_tag",
        )
    account = re.sub(r"[\s-]", "", unicodedata.normalize("NFKC", data.bank_account or ""))
    if account and not _ACCOUNT.fullmatch(account):
        raise RejectedInput(
            msg("银行账号应为 10 至 30 位数字（填写的有 {n} 个字符），请核对。", n=len(account)),
            field="bank_account",
        )
    return MemberFields(
        id_number=number, name=name, id_type=IdType(data.id_type), gender=gender,
        birth_date=birth, phone=normalise_phone(data.phone), group_tag=tag,
        bank_name=clean_text(data.bank_name, "bank_name", "开户银行", 60), bank_account=account,
    )  # fmt: skip


def _columns(fields: MemberFields) -> dict[str, Any]:
    """The members-table values of checked fields (`checked_fields`)."""
    values = {name: getattr(fields, name) for name in STORED_FIELDS}
    values["name_initials"] = initials(fields.name)
    return values


def validate_member(data: MemberFields, *, today: dt.date) -> dict[str, Any]:
    """Check one member's fields without the database; the column values, or RejectedInput."""
    return _columns(checked_fields(data, today=today))


def duplicate_error(number: str, unit_name: str) -> RejectedInput:
    return RejectedInput(
        msg(
            "证件号码 {n} 已登记在单位“{unit}”，同一人不能重复登记；如已换单位，请办理调动。",
            n=number,
            unit=unit_name,
        ),
        field="id_number",
    )


def registered_units(session: Session, numbers: Iterable[str]) -> dict[str, str]:
    """{id_number: unit name} for the numbers already on the desk (chunked IN lookups)."""
    found: dict[str, str] = {}
    chunk: list[str] = []
    for number in [*numbers, None]:
        if number is not None:
            chunk.append(number)
        if chunk and (number is None or len(chunk) == 5000):
            rows = session.execute(
                select(Member.id_number, Unit.name)
                .join(Unit, Unit.uuid == Member.unit_uuid)
                .where(Member.id_number.in_(chunk))
            )
            found.update({number: name for number, name in rows})
            chunk = []
    return found


def active_unit(session: Session, unit_uuid: uuid.UUID) -> Unit:
    unit = found(session.get(Unit, unit_uuid), msg("没有找到该单位，请刷新后重试。"), field="unit")
    if unit.status != RecordStatus.ACTIVE:
        raise RejectedInput(
            msg("单位“{name}”已停用，不能登记或调入会员；请先恢复该单位。", name=unit.name),
            field="unit",
        )
    return unit


def _change(member: Member) -> MemberChange:
    return MemberChange(
        member.uuid, member.id_number, member.name, member.unit_uuid, member.status, member.left_on
    )


def _get(session: Session, member_uuid: uuid.UUID) -> Member:
    return found(session.get(Member, member_uuid), msg("没有找到该会员，请刷新后重试。"))


def find_member(session: Session, id_number: str) -> Member:
    """The member with this ID number (15-digit numbers converted); NotFound otherwise."""
    number = normalise(id_number)
    if re.fullmatch(r"\d{15}", number):
        number = parse_resident_id(number, today=clock.today()).number
    return found(
        session.scalar(select(Member).where(Member.id_number == number)),
        msg("没有证件号码为 {n} 的会员。", n=number),
        field="id_number",
    )


def add_member(
    session: Session, actor: Actor, *, unit_uuid: uuid.UUID, data: MemberFields
) -> MemberChange:
    """Register one member in an active unit. RejectedInput names the field to fix."""
    require(actor, Action.EDIT_MEMBERS)
    unit = active_unit(session, unit_uuid)
    values = validate_member(data, today=clock.today())
    taken = registered_units(session, [values["id_number"]])
    if taken:
        raise duplicate_error(values["id_number"], taken[values["id_number"]])
    member = Member(
        office_code=self_office(session).code,
        unit_uuid=unit.uuid,
        status=MemberStatus.ACTIVE,
        created_at=clock.now(),
        **values,
    )
    session.add(member)
    session.flush()
    details = {k: v for k, v in values.items() if k not in ("bank_account", "name_initials")}
    audit.record(
        session,
        actor.username,
        "member.add",
        entity="members",
        entity_id=member.uuid,
        details={**details, "unit": unit.name},
        journal=JournalOp.INSERT,
    )
    return _change(member)


def edit_member(
    session: Session, actor: Actor, *, member_uuid: uuid.UUID, changes: dict[str, Any]
) -> MemberChange:
    """Change some of a member's fields (only the keys given; masked fields stay untouched).

    The whole resulting record is re-validated, so a new ID number re-derives sex and birth
    date. The audit record keeps each changed field old→new (personal data masked).
    """
    require(actor, Action.EDIT_MEMBERS)
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    member = _get(session, member_uuid)
    current = {k: getattr(member, k) for k in EDITABLE}
    merged = {**current, **changes}
    merged["id_type"] = IdType(merged["id_type"])
    if merged["id_type"] is IdType.RESIDENT_ID:  # derived from the number; only typed ones count
        merged["gender"] = changes.get("gender")
        merged["birth_date"] = changes.get("birth_date")
    values = validate_member(MemberFields(**merged), today=clock.today())
    if values["id_number"] != member.id_number:
        taken = registered_units(session, [values["id_number"]])
        if taken:
            raise duplicate_error(values["id_number"], taken[values["id_number"]])
    diff = masked_changes({k: getattr(member, k) for k in values}, values)
    diff.pop("name_initials", None)
    for key, labels in (("gender", GENDER_LABELS), ("id_type", ID_TYPE_LABELS)):
        if key in diff:  # history shows 男 → 女, not M → F
            diff[key] = {k: labels.get(v, v) for k, v in diff[key].items()}
    record_edit(session, actor, "member.edit", member, values, diff, entity="members")
    return _change(member)


def move_member(
    session: Session, actor: Actor, *, member_uuid: uuid.UUID, unit_uuid: uuid.UUID
) -> MemberChange:
    """Move a member in service to another active unit; the audit keeps from → to."""
    require(actor, Action.EDIT_MEMBERS)
    member = _get(session, member_uuid)
    if member.status == MemberStatus.LEFT:
        raise RejectedInput(
            msg(
                "{name} 已于 {d} 离职，请先办理重新在职再调动。", name=member.name, d=member.left_on
            ),
            field="unit",
        )
    target = active_unit(session, unit_uuid)
    source = session.get(Unit, member.unit_uuid)
    assert source is not None
    if target.uuid == source.uuid:
        raise RejectedInput(
            msg("{name} 已在单位“{unit}”，无需调动。", name=member.name, unit=target.name),
            field="unit",
        )
    member.unit_uuid = target.uuid
    changes = {"unit": {"old": source.name, "new": target.name}}
    record_update(
        session, actor, "member.move", entity="members", row_uuid=member.uuid,
        details={"changes": changes, "from_uscc": source.uscc, "to_uscc": target.uscc},
    )  # fmt: skip
    return _change(member)


def leave_member(
    session: Session, actor: Actor, *, member_uuid: uuid.UUID, on: dt.date, reason: str = ""
) -> MemberChange:
    """Record that a member left (离职) on `on` (not after today); renewals drop them."""
    require(actor, Action.EDIT_MEMBERS)
    member = _get(session, member_uuid)
    if member.status == MemberStatus.LEFT:
        raise RejectedInput(
            msg("{name} 已于 {d} 办理离职。", name=member.name, d=member.left_on), field="left_on"
        )
    today = clock.today()
    if on > today or on < member.birth_date:
        raise RejectedInput(
            msg("离职日期 {d} 不合理：不能晚于今天（{t}），也不能早于出生日期。", d=on, t=today),
            field="left_on",
        )
    member.status, member.left_on = MemberStatus.LEFT, on
    details: dict[str, Any] = {"changes": {"status": {"old": "在职", "new": f"离职（{on}）"}}}
    if check_text(reason, field="reason", label=msg("离职原因"), multiline=True).strip():
        details["reason"] = reason.strip()
    record_update(
        session, actor, "member.leave", entity="members", row_uuid=member.uuid, details=details
    )
    return _change(member)


def rejoin_member(
    session: Session, actor: Actor, *, member_uuid: uuid.UUID, unit_uuid: uuid.UUID | None = None
) -> MemberChange:
    """Bring a member who left back into service, in their old unit or in `unit_uuid`."""
    require(actor, Action.EDIT_MEMBERS)
    member = _get(session, member_uuid)
    if member.status != MemberStatus.LEFT:
        raise RejectedInput(msg("{name} 目前在职，无需办理重新在职。", name=member.name))
    target = active_unit(session, unit_uuid or member.unit_uuid)
    source = session.get(Unit, member.unit_uuid)
    assert source is not None
    changes: dict[str, Any] = {"status": {"old": f"离职（{member.left_on}）", "new": "在职"}}
    if target.uuid != source.uuid:
        changes["unit"] = {"old": source.name, "new": target.name}
    member.status, member.left_on, member.unit_uuid = MemberStatus.ACTIVE, None, target.uuid
    record_update(
        session, actor, "member.rejoin", entity="members", row_uuid=member.uuid,
        details={"changes": changes},
    )  # fmt: skip
    return _change(member)
