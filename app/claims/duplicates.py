"""Duplicate claims: one stay, one diagnosis, one invoice is claimed once.

A new application for the same member and plan conflicts with an earlier claim that is still
alive (not rejected or withdrawn) when their hospital stays overlap, when both are the same lump
sum for the same diagnosis (or the same accident, for accident death and disability), or when
the same invoice number is given. `take_claim` refuses such an application naming the earlier
claim; a supervisor may take it in anyway with a written reason, which stays on the claim as a
flag the reviewer and the approver see. The intake form shows the conflict while the clerk types.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth import Action, Actor
from app.claims import kinds
from app.claims.fields import ACCIDENTS, LUMP_SUMS
from app.errors import PermissionDenied, RejectedInput
from app.i18n import Message, msg
from models import Claim
from models.enums import ClaimKind, ClaimStatus

DEAD_STATUSES = (ClaimStatus.REJECTED, ClaimStatus.WITHDRAWN)
STAY_KINDS = frozenset({ClaimKind.STAY, ClaimKind.ALLOWANCE, ClaimKind.ACCIDENT_STAY})


@dataclass(frozen=True)
class Conflict:
    uuid: str
    number: str
    status_label: str
    dates: str  # the earlier claim's event, e.g. “住院 2026-03-01 至 2026-03-10”
    why: str  # “住院日期重叠”, “同一诊断”, “同一发票号码”

    def describe(self) -> str:
        return str(
            msg(
                "{n}（{s}，{d}；{w}）", n=self.number, s=self.status_label, d=self.dates, w=self.why
            )
        )


class _Event:
    """What the check reads from a stored claim or an application."""

    def __init__(self, claim: Any) -> None:
        self.kind = ClaimKind(claim.kind)
        self.admitted: dt.date | None = claim.admitted
        self.discharged: dt.date | None = claim.discharged
        self.diagnosis = _plain(claim.diagnosis or "")
        self.accident_date: dt.date | None = claim.accident_date
        self.invoice = _plain(claim.invoice_number or "").upper()

    @property
    def stay(self) -> tuple[dt.date, dt.date] | None:
        if self.kind not in STAY_KINDS or self.admitted is None:
            return None
        return self.admitted, self.discharged or self.admitted


def _plain(text: str) -> str:
    return "".join(text.split())


def _dates(claim: Claim) -> str:
    if claim.kind in STAY_KINDS and claim.admitted:
        return str(msg("住院 {a} 至 {d}", a=claim.admitted, d=claim.discharged or claim.admitted))
    if claim.kind in LUMP_SUMS:
        return str(msg("确诊 {d}", d=claim.diagnosed))
    return str(msg("出险 {d}", d=claim.accident_date))


def _why(new: _Event, old: _Event) -> Message | None:
    if new.stay and old.stay and new.stay[0] <= old.stay[1] and old.stay[0] <= new.stay[1]:
        return msg("住院日期重叠")
    same_kind = new.kind is old.kind
    if same_kind and new.kind in LUMP_SUMS and new.diagnosis == old.diagnosis != "":
        return msg("同一诊断已申请过")
    once = new.kind is ClaimKind.ACCIDENT_DEATH or new.accident_date == old.accident_date
    if same_kind and new.kind in ACCIDENTS - STAY_KINDS and once:
        return msg("同一事故已申请过")
    if new.invoice and new.invoice == old.invoice:
        return msg("同一发票号码")
    return None


def find_conflicts(
    session: Session,
    *,
    member_uuid: uuid.UUID | str,
    plan_code: str,
    claim: Any,
    exclude: uuid.UUID | None = None,
) -> list[Conflict]:
    """The live claims of this member and plan that `claim` (an application or a stored claim)
    would duplicate, oldest first."""
    key = member_uuid if isinstance(member_uuid, uuid.UUID) else uuid.UUID(str(member_uuid))
    query = select(Claim).where(
        Claim.member_uuid == key,
        Claim.plan_code == plan_code,
        Claim.status.not_in(DEAD_STATUSES),
    )
    if exclude is not None:
        query = query.where(Claim.uuid != exclude)
    new = _Event(claim)
    found = []
    for old in session.scalars(query.order_by(Claim.received_on, Claim.number)):
        why = _why(new, _Event(old))
        if why is not None:
            found.append(
                Conflict(
                    str(old.uuid),
                    old.number,
                    kinds.STATUS_LABELS[old.status],
                    _dates(old),
                    str(why),
                )
            )
    return found


def check_override(actor: Actor, conflicts: list[Conflict], reason: str | None) -> str | None:
    """The override reason to store, or raise: a duplicate without a reason is refused naming
    the first earlier claim; only a supervisor may give a reason."""
    text = (reason or "").strip()
    if reason is not None and not actor.can(Action.APPROVE_CLAIM):
        raise PermissionDenied(
            msg("只有主管可以写明原因受理重复申请；{u} 不能受理，请交主管办理。", u=actor.username),
            field="override_reason",
        )
    if not conflicts:
        return None
    if not text:
        raise RejectedInput(duplicate_message(conflicts), field="duplicate")
    return text


def duplicate_message(conflicts: list[Conflict]) -> Message:
    first = conflicts[0]
    return msg(
        "重复申请：与理赔 {n}（{s}，{d}）重复（{w}）。同一次住院、同一诊断或同一发票只能申请一次；"
        "如确需受理，请由主管写明原因后受理。",
        n=first.number,
        s=first.status_label,
        d=first.dates,
        w=first.why,
    )
