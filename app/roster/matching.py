"""What the desk already knows about a roster's people: members registered in another unit, who
left or under another name, covers already held, and the full numbers behind the masked ID
numbers of a renewal roster. Set-based look-ups (chunked IN lists), then per-row problems."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.enrollment.context import HeldCover
from app.i18n import msg
from app.privacy import mask_id
from app.roster.validate import Candidate, RowProblem, row_problem
from models import Member, Unit
from models.enums import Gender, MemberStatus

CHUNK = 5000


def unit_members(
    session: Session, unit_uuid: uuid.UUID
) -> dict[tuple[str, str], tuple[str, Gender, dt.date]]:
    """(masked ID number, name) → (number, sex, birth date) of the unit's members, to match
    the masked rows of a renewal roster."""
    cols = (Member.id_number, Member.name, Member.gender, Member.birth_date)
    rows = session.execute(select(*cols).where(Member.unit_uuid == unit_uuid))
    return {(mask_id(number), name): (number, sex, birth) for number, name, sex, birth in rows}


def resolve_masked(
    candidates: list[Candidate], unit_members: dict[tuple[str, str], tuple[str, Gender, dt.date]]
) -> tuple[list[Candidate], list[RowProblem]]:
    """Put the full number back for rows of a renewal roster whose ID was masked, by the unit's
    member with that masked number and name (`unit_members`: (masked, name) → (number, sex,
    birth date))."""
    out, problems = [], []
    for c in candidates:
        if not c.masked:
            out.append(c)
            continue
        known = unit_members.get((c.id_number, c.name))
        if known is None:
            problems.append(
                row_problem(
                    c.row,
                    "id_number",
                    "masked_unknown",
                    msg(
                        "证件号码 {n} 中间几位是隐藏的，本单位没有姓名为“{name}”、号码与之相符的会员；新职工请填写完整号码。",
                        n=c.id_number,
                        name=c.name,
                    ),
                )
            )
            continue
        number, gender, birth = known
        fields = replace(c.fields, id_number=number, phone="", gender=gender, birth_date=birth)
        out.append(
            replace(
                c, fields=fields, id_number=number, gender=gender, birth_date=birth, masked=False
            )
        )
    return out, problems


@dataclass(frozen=True)
class Registered:
    """A member already on the desk with the ID number of a roster row."""

    uuid: uuid.UUID
    name: str
    unit_uuid: uuid.UUID
    unit_name: str
    status: MemberStatus


def registered_members(session: Session, numbers: Iterable[str]) -> dict[str, Registered]:
    """The desk's members with these ID numbers, with their unit (chunked IN lookups)."""
    cols = (Member.id_number, Member.uuid, Member.name, Member.unit_uuid, Unit.name, Member.status)
    found: dict[str, Registered] = {}
    wanted = list(dict.fromkeys(numbers))
    for i in range(0, len(wanted), CHUNK):
        query = select(*cols).join(Unit, Unit.uuid == Member.unit_uuid)
        for number, *rest in session.execute(
            query.where(Member.id_number.in_(wanted[i : i + CHUNK]))
        ):
            found[number] = Registered(*rest)
    return found


def registered_problems(
    candidates: Iterable[Candidate], registered: dict[str, Registered], unit_uuid: uuid.UUID
) -> list[RowProblem]:
    """Rows naming someone already registered in another unit, who left, or under another name."""
    out = []
    for c in candidates:
        known = registered.get(c.id_number)
        if known is None:
            continue
        if known.unit_uuid != unit_uuid:
            out.append(
                row_problem(
                    c.row,
                    "id_number",
                    "other_unit",
                    msg(
                        "{name}（{n}）已是单位“{u}”的会员，同一人不能在两个单位参保；如已换单位，请先办理调动。",
                        name=c.name,
                        n=c.id_number,
                        u=known.unit_name,
                    ),
                )
            )
        elif known.status is MemberStatus.LEFT:
            out.append(
                row_problem(
                    c.row,
                    "id_number",
                    "left",
                    msg("{name} 已登记为离职，请先在会员页办理重新在职，再导入。", name=known.name),
                )
            )
        elif known.name != c.name:
            out.append(
                row_problem(
                    c.row,
                    "name",
                    "name_mismatch",
                    msg(
                        "证件号码 {n} 登记的姓名是“{known}”，名单中写的是“{typed}”，请核对。",
                        n=c.id_number,
                        known=known.name,
                        typed=c.name,
                    ),
                )
            )
    return out


def covered_problems(
    candidates: Iterable[Candidate], registered: dict[str, Registered], held: Iterable[HeldCover]
) -> list[RowProblem]:
    """Rows whose member already holds one of the chosen plans on a day of the new cover."""
    by_member: dict[uuid.UUID, HeldCover] = {}
    for cover in held:
        by_member.setdefault(cover.member_uuid, cover)
    out = []
    for c in candidates:
        known = registered.get(c.id_number)
        cover = by_member.get(known.uuid) if known else None
        if cover is not None:
            out.append(
                row_problem(
                    c.row,
                    "id_number",
                    "covered",
                    msg(
                        "{name} 在 {s} 至 {e} 已参保 {c}（{num}），同一计划同一天只能参保一次；请移出名单或改在期满后生效。",
                        name=c.name,
                        s=cover.start.isoformat(),
                        e=cover.end.isoformat(),
                        c=cover.plan_code,
                        num=cover.enrollment_number,
                    ),
                )
            )
    return out
