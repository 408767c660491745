"""Finding members fast: count and page queries for lazy tables, search as you type, detail.

What a clerk types decides the search: a whole ID number is an exact match; digits match the
start of an ID number or phone, and (4–6 digits) the end of an ID number, as clerks read the
last digits off a card; Latin letters match pinyin initials ("zs" → 张三); anything else matches
the start of the name. Every branch is an index range (`name >= p AND name < p || U+10FFFF`)
rather than LIKE, which SQLite would not run on the index; the ID-suffix branch scans only the
covering ID-number index. Rows are masked unless the actor may see personal data.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal_column, select, true, tuple_, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql import Subquery

from app.auth import Action, Actor
from app.errors import NotFound
from app.i18n import msg
from app.ids import id_check_digit, normalise
from app.privacy import mask_account, mask_id, mask_phone
from models import Coverage, Enrollment, Member, Plan, Unit
from models.enums import CoverageStatus, EnrollmentStatus, Gender, IdType, MemberStatus

_TOP = "\U0010ffff"
BY_ID = (Member.id_number,)
ORDERS = {  # each ends in the unique ID number, so a key marks one place in the list
    "name": (Member.name, Member.id_number),
    "id_number": BY_ID,
    "birth_date": (Member.birth_date, Member.id_number),
}


@dataclass(frozen=True)
class MemberFilter:
    text: str = ""
    unit_uuid: uuid.UUID | None = None
    include_left: bool = True
    group_tag: str | None = None
    covered_in: tuple[dt.date, dt.date] | None = None  # an active cover starting in these days


@dataclass(frozen=True)
class MemberRow:
    uuid: uuid.UUID
    id_type: IdType
    id_number: str  # masked unless the actor may view personal data
    name: str
    gender: Gender
    birth_date: dt.date
    phone: str  # masked likewise
    unit_uuid: uuid.UUID
    unit_name: str
    group_tag: str
    status: MemberStatus
    left_on: dt.date | None


@dataclass(frozen=True)
class CoverageRow:
    enrollment_number: str
    plan_code: str
    plan_name: str
    shares: int
    start_date: dt.date
    end_date: dt.date
    waiting_until: dt.date
    premium: int  # fen
    status: CoverageStatus


@dataclass(frozen=True)
class MemberDetail:
    row: MemberRow
    unit_uscc: str
    bank_name: str
    bank_account: str  # masked unless the actor may view personal data
    created_at: dt.datetime
    coverages: list[CoverageRow]


def _prefix(column: Any, text: str) -> ColumnElement[bool]:
    return and_(column >= text, column < text + _TOP)


def _full_id(text: str) -> str | None:
    if re.fullmatch(r"\d{17}[\dX]", text):
        return text
    if re.fullmatch(r"\d{15}", text):
        first17 = text[:6] + "19" + text[6:]
        return first17 + id_check_digit(first17)
    return None


def _id_tail(text: str) -> ColumnElement[bool]:
    # The expression index ix_members_id_tail finds the last four digits; LIKE keeps the rest.
    # The -4 must be written into the SQL: SQLite matches an index expression only to the same
    # expression, and substr(id_number, ?) with a bound -4 is not it.
    tail = func.substr(Member.id_number, literal_column("-4"))
    return and_(tail == text[-4:], Member.id_number.like("%" + text))


def _branches(raw: str) -> tuple[list[ColumnElement[bool]], tuple[Any, ...]] | None:
    """Disjoint conditions for what the clerk typed, and the unique sort key every branch can
    stream in index order (so a page is a merge that stops early, never a sort of every hit)."""
    text = normalise(raw)
    if not text:
        return None
    full = _full_id(text)
    if full is not None:
        return [Member.id_number == full], BY_ID
    if re.fullmatch(r"\d+X?", text):
        by_id = _prefix(Member.id_number, text)
        if len(text) < 4 or not text[:-1].isdigit():
            return [by_id], BY_ID
        by_phone = and_(_prefix(Member.phone, text), ~by_id)
        by_tail = and_(_id_tail(text), ~by_id, ~_prefix(Member.phone, text))
        branches = [by_id, by_phone] + ([by_tail] if len(text) <= 6 else [])
        return branches, BY_ID
    if re.fullmatch(r"[A-Z]+", text):
        return [_prefix(Member.name_initials, text.lower())], (
            Member.name_initials,
            Member.id_number,
        )
    if re.fullmatch(r"[A-Z0-9-]+", text):
        return [_prefix(Member.id_number, text)], BY_ID
    return [_prefix(Member.name, unicodedata.normalize("NFKC", raw).strip())], ORDERS["name"]


def _common(filt: MemberFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if filt.unit_uuid is not None:
        conds.append(Member.unit_uuid == filt.unit_uuid)
    if not filt.include_left:
        conds.append(Member.status == MemberStatus.ACTIVE)
    if filt.group_tag is not None:
        conds.append(Member.group_tag == filt.group_tag)
    if filt.covered_in is not None:  # the 工作台's 参保人数 (app.reports.figures)
        covered = (  # EXISTS per member (index on member_uuid): a page stops at its last row
            select(Coverage.uuid)
            .join(Enrollment, Enrollment.uuid == Coverage.enrollment_uuid)
            .where(
                Coverage.member_uuid == Member.uuid,
                Coverage.status == CoverageStatus.ACTIVE,
                Enrollment.status == EnrollmentStatus.CONFIRMED,
                Coverage.start_date.between(*filt.covered_in),
            )
        )
        conds.append(covered.exists())
    return conds


def count_members(session: Session, filt: MemberFilter) -> int:
    """How many members match (for a lazy table's row count); the branches are disjoint."""
    found = _branches(filt.text)
    branches = found[0] if found else [true()]
    total = 0
    for cond in branches:
        query = select(func.count()).select_from(Member).where(cond, *_common(filt))
        total += session.scalar(query) or 0
    return total


def _hits(filt: MemberFilter, order: str, after: tuple | None, offset: int, limit: int) -> Subquery:
    """One page of matches as a subquery (uuid, k0[, k1]) in key order, after key `after`."""
    branches, keys = _branches(filt.text) or ([true()], ORDERS[order])
    labelled = [key.label(f"k{i}") for i, key in enumerate(keys)]
    conds = _common(filt)
    if after is not None:  # keyset paging: a seek in the index, whatever the depth
        conds.append(tuple_(*keys) > tuple_(*after) if len(keys) > 1 else keys[0] > after[0])
    selects = [select(Member.uuid, *labelled).where(c, *conds) for c in branches]
    page = selects[0] if len(selects) == 1 else union_all(*selects)
    names = [literal_column(f"k{i}") for i in range(len(keys))]
    return page.order_by(*names).offset(offset).limit(limit).subquery()


def _to_row(m: Member, unit_name: str, full: bool) -> MemberRow:
    return MemberRow(
        uuid=m.uuid,
        id_type=m.id_type,
        id_number=m.id_number if full else mask_id(m.id_number),
        name=m.name,
        gender=m.gender,
        birth_date=m.birth_date,
        phone=m.phone if full else mask_phone(m.phone),
        unit_uuid=m.unit_uuid,
        unit_name=unit_name,
        group_tag=m.group_tag,
        status=m.status,
        left_on=m.left_on,
    )


def page_members(
    session: Session,
    actor: Actor,
    filt: MemberFilter,
    *,
    offset: int = 0,
    limit: int = 200,
    order: str = "name",
) -> list[MemberRow]:
    """One page of matching members, masked for `actor`.

    Without search text the page is in `order` (a key of ORDERS); with text it is in the
    search's own order (ID number, name or initials), which the indexes deliver pre-sorted.
    A deep `offset` reads every skipped row; to walk a long list use `next_page`.
    """
    return [row for row, _key in _page(session, actor, filt, order, None, offset, limit)]


def next_page(
    session: Session,
    actor: Actor,
    filt: MemberFilter,
    *,
    after: tuple | None = None,
    limit: int = 200,
    order: str = "name",
) -> tuple[list[MemberRow], tuple | None]:
    """The page after continuation key `after` (None: the first page) and the key to pass for
    the page after it. A keyset seek in the index: row 100,000 costs what row 200 costs. The key
    holds sort values (possibly an ID number): keep it, never show it."""
    keyed = _page(session, actor, filt, order, after, 0, limit)
    return [row for row, _key in keyed], (keyed[-1][1] if keyed else after)


def _page(
    session: Session,
    actor: Actor,
    filt: MemberFilter,
    order: str,
    after: tuple | None,
    offset: int,
    limit: int,
) -> list[tuple[MemberRow, tuple]]:
    hits = _hits(filt, order, after, offset, limit)
    keys = [c for c in hits.c if c.key != "uuid"]
    query = (
        select(Member, Unit.name, *keys)
        .join(hits, hits.c.uuid == Member.uuid)
        .join(Unit, Unit.uuid == Member.unit_uuid)
        .order_by(*keys)
    )
    full = actor.can(Action.VIEW_SENSITIVE)
    return [(_to_row(m, name, full), tuple(key)) for m, name, *key in session.execute(query)]


def search_members(
    session: Session, actor: Actor, *, text: str, limit: int = 50
) -> list[MemberRow]:
    """The first `limit` members matching `text` (ID, ID digits, name, initials, phone)."""
    return page_members(session, actor, MemberFilter(text=text), limit=limit)


def member_coverages(session: Session, member_uuid: uuid.UUID) -> list[CoverageRow]:
    """A member's coverages, newest first, with the enrollment number and plan name."""
    rows = session.execute(
        select(Coverage, Enrollment.number, Plan.name)
        .join(Enrollment, Enrollment.uuid == Coverage.enrollment_uuid)
        .outerjoin(
            Plan,
            and_(
                Plan.catalogue_version == Enrollment.catalogue_version,
                Plan.code == Coverage.plan_code,
            ),
        )
        .where(Coverage.member_uuid == member_uuid)
        .order_by(Coverage.start_date.desc(), Coverage.plan_code)
    )
    return [
        CoverageRow(
            number,
            c.plan_code,
            plan_name or c.plan_code,
            c.shares,
            c.start_date,
            c.end_date,
            c.waiting_until,
            c.premium,
            c.status,
        )
        for c, number, plan_name in rows
    ]


def member_detail(session: Session, actor: Actor, *, member_uuid: uuid.UUID) -> MemberDetail:
    """Everything the member page shows about one person (masked for `actor`)."""
    found = session.execute(
        select(Member, Unit.name, Unit.uscc)
        .join(Unit, Unit.uuid == Member.unit_uuid)
        .where(Member.uuid == member_uuid)
    ).first()
    if found is None:
        raise NotFound(msg("没有找到该会员，请刷新后重试。"))
    member, unit_name, uscc = found
    full = actor.can(Action.VIEW_SENSITIVE)
    return MemberDetail(
        row=_to_row(member, unit_name, full),
        unit_uscc=uscc,
        bank_name=member.bank_name,
        bank_account=member.bank_account if full else mask_account(member.bank_account),
        created_at=member.created_at,
        coverages=member_coverages(session, member.uuid),
    )
