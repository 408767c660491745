"""Hub decisions on large claims, and the province-wide report.

The hub never edits an office's claim: a decision is a row in `hub_decisions` that travels back
in the office's next return package, where the desk applies it.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, or_, select, update

from app import clock
from app.errors import NotFound, RejectedInput
from app.hub.schema import (
    ENTITY_TABLES,
    hub_decisions,
    hub_duplicates,
    hub_offices,
    hub_packages,
    hub_refusals,
)
from app.i18n import msg


@dataclass(frozen=True)
class Decision:
    claim_uuid: str
    claim_number: str
    office_code: str
    amount: int
    status: str
    reason: str


def decide(
    conn: Connection, *, claim: str, approve: bool, reason: str, decided_by: str
) -> Decision:
    """Approve or reject a queued claim (by number or UUID); it goes out in the next return.

    RejectedInput if the claim is not queued for hub approval, or was decided and sent already.
    """
    key = hub_decisions.c.claim_number == claim
    with contextlib.suppress(ValueError):
        key = or_(key, hub_decisions.c.claim_uuid == uuid.UUID(claim))
    row = conn.execute(select(hub_decisions).where(key).with_for_update()).first()
    if row is None:
        raise NotFound(msg("理赔 {c} 不在待省办事处审批的队列中。", c=claim))
    if row.returned_seq is not None:
        raise RejectedInput(
            msg("理赔 {c} 的审批结果已随回执包发回代办处，不能再改。", c=row.claim_number)
        )
    if not approve and not reason.strip():
        raise RejectedInput(msg("拒绝时请填写理由（--reason）。"), field="reason")
    status = "approved" if approve else "rejected"
    conn.execute(
        update(hub_decisions)
        .where(hub_decisions.c.claim_uuid == row.claim_uuid)
        .values(status=status, reason=reason, decided_by=decided_by, decided_at=clock.now())
    )
    return Decision(
        str(row.claim_uuid), row.claim_number, row.office_code, row.amount, status, reason
    )


@dataclass(frozen=True)
class HubReport:
    offices: int
    packages: int
    refusals: int
    duplicates: int
    pending_decisions: int
    rows: dict[str, int]
    by_office: dict[str, dict[str, int]] = field(default_factory=dict)


def report(conn: Connection) -> HubReport:
    """Province-wide numbers: live rows per table (and per office), packages, problems."""
    rows: dict[str, int] = {}
    by_office: dict[str, dict[str, int]] = {}
    for name, table in ENTITY_TABLES.items():
        counted = conn.execute(
            select(table.c.office_code, func.count())
            .where(table.c.deleted.is_(False))
            .group_by(table.c.office_code)
        ).all()
        rows[name] = sum(n for _, n in counted)
        for office, n in counted:
            by_office.setdefault(office, {})[name] = n

    def count(table, *where) -> int:  # type: ignore[no-untyped-def]
        return conn.scalar(select(func.count()).select_from(table).where(*where)) or 0

    return HubReport(
        offices=count(hub_offices),
        packages=count(hub_packages),
        refusals=count(hub_refusals),
        duplicates=count(hub_duplicates),
        pending_decisions=count(hub_decisions, hub_decisions.c.status == "pending"),
        rows=rows,
        by_office=by_office,
    )


@dataclass(frozen=True)
class WaitingClaim:
    """A claim queued for the hub's decision, with what its office's package carried."""

    claim_uuid: str
    number: str
    office_code: str
    office_name: str
    amount: int  # fen: the benefit the office approved, waiting for the hub
    status: str  # pending / approved / rejected (decided, not yet sent back)
    reason: str
    plan_code: str
    kind: str
    member_name: str
    event_date: object
    received_on: object
    hospital: str
    total_cost: int
    self_pay: int
    working: list[str]
    documents: dict[str, bool]
    decided_by: str


def waiting_claims(conn: Connection, *, include_decided: bool = True) -> list[WaitingClaim]:
    """Claims waiting for the hub (benefit ≥ the hub threshold), oldest first; with
    `include_decided`, also those decided but not yet sent back in a return package."""
    claims, members = ENTITY_TABLES["claims"], ENTITY_TABLES["members"]
    query = (
        select(
            hub_decisions,
            hub_offices.c.name.label("office_name"),
            claims.c.plan_code,
            claims.c.kind,
            claims.c.event_date,
            claims.c.received_on,
            claims.c.hospital,
            claims.c.total_cost,
            claims.c.self_pay,
            claims.c.working,
            claims.c.documents,
            members.c.name.label("member_name"),
        )
        .join(hub_offices, hub_offices.c.code == hub_decisions.c.office_code, isouter=True)
        .join(claims, claims.c.uuid == hub_decisions.c.claim_uuid, isouter=True)
        .join(members, members.c.uuid == claims.c.member_uuid, isouter=True)
        .where(hub_decisions.c.returned_seq.is_(None))
        .order_by(hub_decisions.c.queued_at, hub_decisions.c.claim_number)
    )
    if not include_decided:
        query = query.where(hub_decisions.c.status == "pending")
    return [
        WaitingClaim(
            str(r.claim_uuid), r.claim_number, r.office_code, r.office_name or "", r.amount,
            r.status, r.reason or "", r.plan_code or "", r.kind or "", r.member_name or "",
            r.event_date, r.received_on, r.hospital or "", r.total_cost or 0, r.self_pay or 0,
            [str(line) for line in (r.working or [])], dict(r.documents or {}),
            r.decided_by or "",
        )
        for r in conn.execute(query)
    ]  # fmt: skip
