"""Importing a roster: check every row and the unit's rules in one pass, then register the new
members and enrol everyone in ONE transaction — or write nothing.

By default one bad row stops the whole import (the clerk sends the error report back to the
unit). With `skip_invalid` the good rows go ahead, provided the unit-level rules (ratio,
riders, shares …) still hold for them. A dry run does all the work inside a savepoint and rolls
it back, so it reports exactly what a real import would do. Member registration and enrolment
are the member and enrolment services' own bulk paths; this module only feeds them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app import audit, clock
from app.auth import Action, Actor, require
from app.catalogue import PlanSpec, effective_catalogue
from app.collector import cycle_collector_paused
from app.enrollment import (
    EnrollmentRejected,
    EnrollmentRequest,
    EnrollmentResult,
    PaymentDetails,
    PaymentSplit,
    RuleResult,
    check_enrollment,
    enrol,
)
from app.enrollment.context import MemberFacts, build_context, written_facts
from app.errors import RejectedInput, ValidationFailed
from app.i18n import Message, msg
from app.member_registration import register_checked
from app.roster import matching, validate
from app.roster.matching import Registered
from app.roster.reading import RosterSheet
from app.roster.validate import Candidate, RowProblem
from models import Unit

Progress = Callable[[int, int], None]
CHUNK = 5000
TICK_ROWS = 2000
# progress is reported in per mille of the whole import, by phase
_CHECKED, _LOOKED_UP, _REGISTERED, _DONE = 400, 500, 750, 1000


@dataclass(frozen=True)
class ImportOptions:
    unit_uuid: uuid.UUID
    plans: dict[str, int]  # plan code -> shares
    start: dt.date
    payment: PaymentSplit | None = None  # None: the unit pays everything
    dry_run: bool = False
    skip_invalid: bool = False
    paid: PaymentDetails = field(default_factory=PaymentDetails)  # 收款方式, 凭证号, 缴费日期


@dataclass(frozen=True)
class RosterOutcome:
    """What an import found and did. `problems` are the rows' own; `rule_results` the unit's."""

    source: str
    rows: int
    problems: list[RowProblem]
    rule_results: list[RuleResult]
    imported_rows: list[int]  # Excel row numbers enrolled (or that would be, in a dry run)
    new_members: int
    existing_members: int
    dry_run: bool
    skip_invalid: bool
    enrollment: EnrollmentResult | None = None
    hidden_rows: tuple[int, ...] = ()  # rows hidden in the file, left out (reading.py)
    failed_rules: list[RuleResult] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "failed_rules", [r for r in self.rule_results if not r.passed])

    @property
    def warnings(self) -> list[Message]:
        """What the clerk should know although nothing is wrong with the rows read."""
        if not self.hidden_rows:
            return []
        shown = "、".join(map(str, self.hidden_rows[:20]))
        more = msg(" 等 {n} ", n=len(self.hidden_rows)) if len(self.hidden_rows) > 20 else " "
        return [
            msg(
                "第 {rows}{more}行在文件中被隐藏，未导入：如需导入，请在 Excel 中取消隐藏后重新导入。",
                rows=shown,
                more=more,
            )
        ]

    @property
    def bad_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})

    @property
    def ok(self) -> bool:
        """True when a real import would write (or has written) the enrollment."""
        rows_ok = not self.problems or self.skip_invalid
        return rows_ok and bool(self.imported_rows) and not self.failed_rules


class RosterRejected(ValidationFailed):
    """Nothing was written; `outcome` holds every row problem and every rule result."""

    def __init__(self, outcome: RosterOutcome) -> None:
        problems = [RejectedInput(p.message, field=p.field, row=p.row) for p in outcome.problems]
        problems += [RejectedInput(r.message, field=r.code) for r in outcome.failed_rules]
        super().__init__(
            msg(
                "花名册“{f}”未导入：{rows} 行有问题，{rules} 项参保规则不符合，未写入任何数据。",
                f=outcome.source,
                rows=len(outcome.bad_rows),
                rules=len(outcome.failed_rules),
            ),
            problems,
        )
        self.outcome = outcome


class _Ticker:
    """Progress in per mille across phases; raises when the clerk cancelled (rolls back)."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.progress, self.cancelled = progress, cancelled

    def __call__(self, done: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise RejectedInput(msg("导入已取消，未写入任何数据。"))
        if self.progress is not None:
            self.progress(min(done, _DONE), _DONE)

    def phase(self, low: int, high: int) -> Progress:
        return lambda done, total: self(low + (high - low) * done // max(total, 1))


def _check_rows(
    session: Session,
    sheet: RosterSheet,
    options: ImportOptions,
    plans: list[PlanSpec],
    tick: _Ticker,
) -> tuple[list[Candidate], list[RowProblem]]:
    today, total = clock.today(), len(sheet.rows)
    candidates, problems = [], []
    for start in range(0, total, TICK_ROWS):
        tick(_CHECKED * start // max(total, 1))
        checked, found = validate.check_rows(sheet, sheet.rows[start : start + TICK_ROWS], today)
        candidates += checked
        problems += found
    if any(c.masked for c in candidates):
        known = matching.unit_members(session, options.unit_uuid)
        candidates, found = matching.resolve_masked(candidates, known)
        problems += found
    problems += validate.duplicate_problems(candidates)
    problems += validate.age_problems(candidates, plans, options.start)
    return candidates, problems


def _register(
    session: Session, actor: Actor, options: ImportOptions, new: Sequence[Candidate], tick: _Ticker
) -> list[uuid.UUID]:
    """The new members, as checked by `validate.check_row` and looked up by `matching`."""
    if not new:
        return []
    return register_checked(
        session,
        actor,
        unit_uuid=options.unit_uuid,
        rows=[c.fields for c in new],
        progress=tick.phase(_LOOKED_UP, _REGISTERED),
    )


def _check_headcount(session: Session, sheet: RosterSheet, unit_uuid: uuid.UUID) -> None:
    """A roster lists a unit's staff, so it cannot hold more people than the unit has: refused
    before any row is checked (a million-row file into a unit of one is a mistake or an
    attack, never a roster)."""
    unit = session.get(Unit, unit_uuid)
    if unit is not None and len(sheet.rows) > unit.headcount:
        raise RejectedInput(
            msg(
                "花名册“{f}”有 {n} 行人员，多于单位“{u}”登记的职工人数 {h}：请核对名单，"
                "或先在单位资料中更正职工人数后再导入。",
                f=sheet.source,
                n=len(sheet.rows),
                u=unit.name,
                h=unit.headcount,
            ),
            field="file",
        )


@cycle_collector_paused()  # rows, candidates and facts by the 50,000 (app/collector.py)
def import_roster(
    session: Session,
    actor: Actor,
    *,
    sheet: RosterSheet,
    options: ImportOptions,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RosterOutcome:
    """Check a roster and, unless it is a dry run, register its new members and enrol all of
    them in the caller's transaction. Raises RosterRejected (carrying every problem found, for
    the error report) when the import cannot go ahead; RejectedInput when cancelled. Returns
    the outcome of a successful import or of any dry run."""
    require(actor, Action.ENROLL)
    if not sheet.rows:
        raise RejectedInput(
            msg("花名册“{f}”的表头下没有数据行，请填写人员后再导入。", f=sheet.source), field="file"
        )
    _check_headcount(session, sheet, options.unit_uuid)
    tick = _Ticker(progress, cancelled)
    tick(0)
    catalogue = effective_catalogue(session, options.start)
    plans = [catalogue.plan(code) for code in options.plans]
    candidates, problems = _check_rows(session, sheet, options, plans, tick)
    registered = matching.registered_members(session, (c.id_number for c in candidates))
    problems += matching.registered_problems(candidates, registered, options.unit_uuid)
    known = [registered[c.id_number].uuid for c in candidates if c.id_number in registered]
    if known:
        probe = EnrollmentRequest(
            options.unit_uuid, dict(options.plans), tuple(known), options.start
        )
        held = build_context(session, probe, catalogue=catalogue).held
        problems += matching.covered_problems(candidates, registered, held)
    tick(_LOOKED_UP)
    problems.sort(key=lambda p: p.row)
    bad = {p.row for p in problems}
    good = [c for c in candidates if c.row not in bad]
    del candidates  # only `_members` reads the rows from here on (~15 MB for 50k rows)
    writing = not options.dry_run and (not problems or options.skip_invalid) and bool(good)
    nested = session.begin_nested()
    try:
        members = _members(session, actor, options, good, registered, tick)
        del good  # enrolment, which holds the most, runs without the rows
        outcome = _enrol_rows(session, actor, sheet, options, members, problems, writing, tick)
    except BaseException:
        nested.rollback()
        raise
    if writing and outcome.ok:
        nested.commit()
    else:
        nested.rollback()
    if not outcome.ok and not options.dry_run:
        raise RosterRejected(outcome)
    tick(_DONE)
    return outcome


@dataclass(frozen=True)
class _Members:
    """The members a roster enrols, in row order, once the new ones are registered."""

    uuids: tuple[uuid.UUID, ...]
    rows: list[int]  # their Excel rows
    new: int  # how many were registered by this import
    written: dict[uuid.UUID, MemberFacts]  # the new ones' facts, for enrolment not to read back


def _members(
    session: Session,
    actor: Actor,
    options: ImportOptions,
    good: list[Candidate],
    registered: dict[str, Registered],
    tick: _Ticker,
) -> _Members:
    new = [c for c in good if c.id_number not in registered]
    new_uuids = _register(session, actor, options, new, tick)
    written = written_facts(new_uuids, (c.fields for c in new), options.unit_uuid)
    new_ids = iter(new_uuids)
    member_uuids = tuple(
        registered[c.id_number].uuid if c.id_number in registered else next(new_ids) for c in good
    )
    return _Members(member_uuids, [c.row for c in good], len(new), written)


def _enrol_rows(
    session: Session,
    actor: Actor,
    sheet: RosterSheet,
    options: ImportOptions,
    members: _Members,
    problems: list[RowProblem],
    writing: bool,
    tick: _Ticker,
) -> RosterOutcome:
    request = EnrollmentRequest(
        unit_uuid=options.unit_uuid,
        plans=dict(options.plans),
        member_uuids=members.uuids,
        start=options.start,
        payment=options.payment,
        paid_on=options.paid.paid_on,
        method=options.paid.method,
        voucher=options.paid.voucher,
    )
    result: EnrollmentResult | None = None
    if not writing:
        results = check_enrollment(session, actor, request=request) if members.rows else []
    else:
        try:
            result = enrol(
                session,
                actor,
                request=request,
                progress=tick.phase(_REGISTERED, _DONE),
                written=members.written,
            )
            results = result.results
        except EnrollmentRejected as exc:
            results = exc.results
    outcome = RosterOutcome(
        source=sheet.source,
        rows=len(sheet.rows),
        problems=problems,
        rule_results=results,
        imported_rows=members.rows,
        new_members=members.new,
        existing_members=len(members.rows) - members.new,
        dry_run=options.dry_run,
        skip_invalid=options.skip_invalid,
        enrollment=result,
        hidden_rows=sheet.hidden_rows,
    )
    if result is not None:
        audit.record(
            session, actor.username, "roster.import", entity="enrollments", entity_id=result.uuid,
            details={"file": sheet.source, "rows": outcome.rows, "number": result.number,
                     "new_members": outcome.new_members, "existing_members": outcome.existing_members,
                     "skipped": len(outcome.bad_rows), "skipped_rows": outcome.bad_rows[:100]},
        )  # fmt: skip
    return outcome
