"""What the rules look at: the request, and the facts gathered for it with set-based queries.

`build_context` reads everything the rules need in a handful of queries (members, overlapping
coverages, coverages that ended just before the start, the unit), whatever the roster's size, so
checking 50,000 members costs a few chunked `IN` queries instead of 50,000 round trips.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import ColumnElement, Row, Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from app import clock, settings
from app.auth import Actor
from app.bulk import select_rows
from app.catalogue import CatalogueSpec, PlanSpec, catalogue_version, effective_catalogue
from app.collector import cycle_collector_paused
from app.enrollment.payments import DEFAULT_METHOD, PaymentDetails
from app.enrollment.periods import ONE_DAY, end_of_term
from app.enrollment.premiums import PaymentSplit
from app.errors import found
from app.i18n import msg
from models import Coverage, Enrollment, Member, Unit
from models.enums import CoverageStatus, Gender, MemberStatus, RecordStatus

if TYPE_CHECKING:
    from app.members import MemberFields

CHUNK = 5000  # bound parameters per IN query (SQLite allows 32766)


@dataclass(frozen=True)
class EnrollmentRequest:
    """What the clerk asks for. Members are named by UUID; every plan goes to every eligible
    member unless `plan_members` narrows a plan to a subset (renewals use it for 2-year plans)."""

    unit_uuid: uuid.UUID
    plans: dict[str, int]  # plan code -> shares
    member_uuids: tuple[uuid.UUID, ...]
    start: dt.date
    payment: PaymentSplit | None = None  # None: the unit pays everything
    paid_on: dt.date | None = None  # None: today
    method: str = DEFAULT_METHOD  # 收款方式, as printed
    voucher: str = ""  # 凭证号 / 转账流水号
    is_gift: bool = False
    override_reason: str | None = None
    override_by: Actor | None = None
    renewal_of: uuid.UUID | None = None
    plan_members: dict[str, frozenset[uuid.UUID]] = field(default_factory=dict)
    member_shares: dict[uuid.UUID, dict[str, int]] = field(default_factory=dict)  # roster rows

    @property
    def details(self) -> PaymentDetails:
        return PaymentDetails(self.method, self.voucher, self.paid_on)


class MemberFacts(NamedTuple):
    """A member as the rules see it (a tuple: made 50,000 times per large roster, at a third
    of a frozen dataclass's cost)."""

    uuid: uuid.UUID
    name: str
    id_number: str
    gender: Gender
    birth_date: dt.date
    unit_uuid: uuid.UUID
    status: MemberStatus
    left_on: dt.date | None


@dataclass(frozen=True)
class HeldCover:
    member_uuid: uuid.UUID
    plan_code: str
    start: dt.date
    end: dt.date
    enrollment_number: str


@dataclass
class RuleContext:
    request: EnrollmentRequest
    catalogue: CatalogueSpec
    unit: Unit | None
    members: dict[uuid.UUID, MemberFacts]
    missing: list[uuid.UUID]
    duplicates: list[uuid.UUID]
    paid_on: dt.date
    policy: str
    fixed_start: dt.date | None
    continuity_start: dt.date | None  # a renewal may always start the day after the old end
    held: list[HeldCover]  # active coverages of these members overlapping the new periods
    renewing: set[tuple[uuid.UUID, str]]  # (member, plan) whose same plan ended within the gap
    running_female: int  # unit's women whose sex-limited plan runs over the start already
    ends: dict[str, dt.date]  # plan code -> end of the new cover
    addition_window: tuple[dt.date, dt.date] | None = None  # the open enrollment's period
    _assigned: dict[str, list[MemberFacts]] = field(default_factory=dict, repr=False)

    @property
    def plans(self) -> dict[str, PlanSpec]:
        known = self.catalogue.plans
        return {code: known[code] for code in self.request.plans if code in known}

    @property
    def is_addition(self) -> bool:
        return self.addition_window is not None

    def end(self, plan: PlanSpec) -> dt.date:
        return self.ends[plan.code]

    def assigned(self, plan: PlanSpec) -> list[MemberFacts]:
        """Members who get `plan`: the subset named for it, else everyone of the right sex."""
        if plan.code not in self._assigned:
            subset = self.request.plan_members.get(plan.code)
            self._assigned[plan.code] = [
                m
                for m in self.members.values()
                if (subset is None or m.uuid in subset)
                and (plan.gender is None or m.gender is plan.gender)
            ]
        return self._assigned[plan.code]

    def shares(self, member: uuid.UUID, plan: PlanSpec) -> int:
        return self.request.member_shares.get(member, {}).get(
            plan.code, self.request.plans[plan.code]
        )


def chunks(items: list[uuid.UUID]) -> Iterator[list[uuid.UUID]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


_MEMBER_COLUMNS = (
    Member.uuid,
    Member.name,
    Member.id_number,
    Member.gender,
    Member.birth_date,
    Member.unit_uuid,
    Member.status,
    Member.left_on,
)


@dataclass(frozen=True)
class _Roster:
    """Where the roster's members are: `local` belong to the unit, `outside` are the other
    ids (other units' members, unknown ids). Worked out once for every query of the context."""

    unit_uuid: uuid.UUID
    local: set[uuid.UUID]
    outside: list[uuid.UUID]


def _by_unit_then_ids(
    session: Session,
    query: Select[Any],
    roster: _Roster,
    in_unit: ColumnElement[Any],
    by_id: ColumnElement[Any],
) -> Iterator[Row[Any]]:
    """Rows for the roster: one query over the unit's members (a roster is nearly always the
    unit's own staff) keeping the roster's own, then chunked IN queries for the ids outside."""
    conn = session.connection()  # Core rows: no ORM overhead for 50k-row results
    for row in conn.execute(query.where(in_unit == roster.unit_uuid)):
        if row[0] in roster.local:
            yield row
    for part in chunks(roster.outside):
        yield from conn.execute(query.where(by_id.in_(part)))


def load_members(
    session: Session,
    ids: list[uuid.UUID],
    unit_uuid: uuid.UUID | None = None,
    written: Mapping[uuid.UUID, MemberFacts] | None = None,
) -> dict[uuid.UUID, MemberFacts]:
    """Facts about the members `ids`, in the roster's order (missing ids are left out): one
    query over the unit's members (a roster is nearly always the unit's own staff; its
    unit_uuid is not read back 50,000 times), then chunked IN queries for the others.
    A row's UUID is read as the hex it is stored as and mapped back to the caller's own UUID
    object: making and hashing 50,000 new ones cost more than the query.

    `written`: the facts of members the caller registered in this very transaction (a roster
    import's new members, `written_facts`), taken as they are instead of being read back; the
    unit query is left out when the others are few enough for IN queries."""
    written = written or {}
    rest = [u for u in ids if u not in written] if written else ids
    with cycle_collector_paused():
        if len(rest) < len(ids) and len(rest) <= CHUNK:
            unit_uuid = None  # the unit's rows would be mostly the ones just written
        loaded = _load_members(session, rest, unit_uuid) if rest else {}
        if not written:
            return loaded
        return {
            u: facts
            for u in ids
            if (facts := written.get(u)) is not None or (facts := loaded.get(u)) is not None
        }


def written_facts(
    uuids: Iterable[uuid.UUID], rows: Iterable[MemberFields], unit_uuid: uuid.UUID
) -> dict[uuid.UUID, MemberFacts]:
    """The facts of members just registered from `rows` (`member_registration`) as UUIDs
    `uuids` of unit `unit_uuid`: exactly what `load_members` would read back for them."""
    return {
        u: MemberFacts(
            u, f.name, f.id_number, f.gender, f.birth_date, unit_uuid, MemberStatus.ACTIVE, None
        )
        for u, f in zip(uuids, rows, strict=True)
    }


def _load_members(
    session: Session, ids: list[uuid.UUID], unit_uuid: uuid.UUID | None
) -> dict[uuid.UUID, MemberFacts]:
    conn = session.connection()  # Core rows: no ORM overhead for 50k-row results
    by_hex = {u.hex: u for u in ids}
    found: dict[str, MemberFacts] = {}
    key, rest = type_coerce(Member.uuid, String), _MEMBER_COLUMNS[1:]
    if unit_uuid is not None:
        local = [c for c in rest if c is not Member.unit_uuid]
        query = select(key, *local).where(Member.unit_uuid == unit_uuid)
        for stored, name, number, gender, birth, status, left in select_rows(session, query):
            h = _hex(stored)
            u = by_hex.get(h)
            if u is not None:
                found[h] = MemberFacts(u, name, number, gender, birth, unit_uuid, status, left)
    for part in chunks([u for h, u in by_hex.items() if h not in found]):
        for stored, *facts in conn.execute(select(key, *rest).where(Member.uuid.in_(part))):
            h = _hex(stored)
            found[h] = MemberFacts(by_hex[h], *facts)
    return {u: found[h] for h, u in by_hex.items() if h in found}


def _hex(stored: str | uuid.UUID) -> str:
    """A UUID column read as text: SQLite's stored hex; a native UUID column's object."""
    return stored if isinstance(stored, str) else stored.hex


def _coverages(
    session: Session, roster: _Roster, codes: Iterable[str], lo: dt.date, hi: dt.date
) -> list[HeldCover]:
    """Active coverages of the roster's members for `codes` that share a day with [lo, hi]."""
    query = (
        select(
            Coverage.member_uuid,
            Coverage.plan_code,
            Coverage.start_date,
            Coverage.end_date,
            Enrollment.number,
        )
        .join(Enrollment, Enrollment.uuid == Coverage.enrollment_uuid)
        .join(Member, Member.uuid == Coverage.member_uuid)
        .where(
            Coverage.plan_code.in_(list(codes)),
            Coverage.status == CoverageStatus.ACTIVE,
            Coverage.start_date <= hi,
            Coverage.end_date >= lo,
        )
    )
    rows = _by_unit_then_ids(session, query, roster, Member.unit_uuid, Member.uuid)
    return [HeldCover(*row) for row in rows]


def _running_female(
    session: Session, unit_uuid: uuid.UUID, plans: list[PlanSpec], day: dt.date
) -> int:
    limited = [p.code for p in plans if p.gender is Gender.FEMALE]
    if not limited:
        return 0
    query = (
        select(Coverage.member_uuid)
        .join(Member, Member.uuid == Coverage.member_uuid)
        .where(
            Member.unit_uuid == unit_uuid,
            Coverage.plan_code.in_(limited),
            Coverage.status == CoverageStatus.ACTIVE,
            Coverage.start_date < day,
            Coverage.end_date >= day,
        )
        .distinct()
    )
    return len(session.execute(query).all())


def build_context(
    session: Session,
    request: EnrollmentRequest,
    *,
    catalogue: CatalogueSpec | None = None,
    addition_to: Enrollment | None = None,
    written: Mapping[uuid.UUID, MemberFacts] | None = None,
) -> RuleContext:
    """Gather the facts for the rules (reads only). `addition_to`: new hires joining that
    open enrollment end on its coverages' end dates. `written`: see `load_members`."""
    cat = catalogue or effective_catalogue(session, request.start)
    ids = list(dict.fromkeys(request.member_uuids))
    duplicates = []
    if len(ids) < len(request.member_uuids):
        duplicates = [u for u, n in Counter(request.member_uuids).items() if n > 1]
    members = load_members(session, ids, request.unit_uuid, written)
    plans = [cat.plans[c] for c in request.plans if c in cat.plans]
    ends = {p.code: end_of_term(request.start, p.term_months) for p in plans}
    window = None
    if addition_to is not None:
        ends = _addition_ends(session, addition_to, plans)
        window = (addition_to.start_date, min(ends.values(), default=addition_to.end_date))
    max_end = max(ends.values(), default=request.start)
    gap = cat.rules.renewal_gap_days
    codes = [p.code for p in plans]
    roster = _roster(request.unit_uuid, ids, members)
    before = _coverages(
        session, roster, codes, request.start - dt.timedelta(days=gap), request.start - ONE_DAY
    )
    continuity = None
    if request.renewal_of is not None:
        old = session.get(Enrollment, request.renewal_of)
        continuity = old.end_date + ONE_DAY if old is not None else None
    policy = settings.get(session, "effective_date_policy")
    fixed = settings.get(session, "fixed_start_date")
    return RuleContext(
        request=request,
        catalogue=cat,
        unit=session.get(Unit, request.unit_uuid),
        members=members,
        missing=[u for u in ids if u not in members] if len(members) < len(ids) else [],
        duplicates=duplicates,
        paid_on=request.paid_on or clock.today(),
        policy=policy,
        fixed_start=dt.date.fromisoformat(fixed) if fixed else None,
        continuity_start=continuity,
        held=_coverages(session, roster, codes, request.start, max_end),
        renewing={(c.member_uuid, c.plan_code) for c in before},
        running_female=_running_female(session, request.unit_uuid, plans, request.start),
        ends=ends,
        addition_window=window,
    )


def _roster(
    unit: uuid.UUID, ids: list[uuid.UUID], members: dict[uuid.UUID, MemberFacts]
) -> _Roster:
    # load_members gives the unit's own staff this very unit object: `is` spares 50,000 __eq__
    local = {u for u, m in members.items() if m.unit_uuid is unit or m.unit_uuid == unit}
    outside = [u for u in ids if u not in local] if len(local) < len(ids) else []
    return _Roster(unit, local, outside)


def _addition_ends(
    session: Session, enrollment: Enrollment, plans: list[PlanSpec]
) -> dict[str, dt.date]:
    rows = session.execute(
        select(Coverage.plan_code, func.max(Coverage.end_date))
        .where(Coverage.enrollment_uuid == enrollment.uuid)
        .group_by(Coverage.plan_code)
    ).all()
    held = dict(rows)
    return {
        p.code: held.get(p.code, end_of_term(enrollment.start_date, p.term_months)) for p in plans
    }


def enrollment_catalogue(session: Session, enrollment: Enrollment) -> CatalogueSpec:
    return catalogue_version(session, enrollment.catalogue_version)


def get_enrollment(session: Session, number: str) -> Enrollment:
    return found(
        session.scalar(select(Enrollment).where(Enrollment.number == number.strip())),
        msg("没有编号为 {n} 的参保单。", n=number),
    )


def unit_active(unit: Unit | None) -> bool:
    return unit is not None and unit.status is RecordStatus.ACTIVE
