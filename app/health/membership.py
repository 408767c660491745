"""Membership check for partners (会员核验): a scanned certificate QR or a typed ID number →
yes/no, with plans and validity.

`check_offline` needs nothing but the public keys (a partner's laptop without our database):
the QR carries the masked ID, the cover period and the plans, never a name, so a valid code says
有效会员 and the partner compares the ID card. `check_membership` is the office's check: the
same signature and dates, then the member's name and today's covers from the records.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock, ids
from app.auth import Action, Actor, require
from app.errors import RejectedInput
from app.i18n import msg
from app.privacy import mask_id
from app.signing.qr import verify
from models import Certificate, Coverage, Member
from models.enums import CoverageStatus

ASK_FOR_ID = "请核对会员身份证，证件号码应与上方一致。"


@dataclass(frozen=True)
class MembershipCheck:
    """The verdict. `name` is empty when only the QR was seen (it carries no names)."""

    valid: bool
    reason: str
    masked_id: str = ""
    name: str = ""
    plans: tuple[str, ...] = ()
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    certificate: str = ""
    member_uuid: uuid.UUID | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


def _period(text: str) -> tuple[dt.date, dt.date] | None:
    try:
        first, last = text.split("-")
        return dt.datetime.strptime(first, "%Y%m%d").date(), dt.datetime.strptime(
            last, "%Y%m%d"
        ).date()
    except ValueError:
        return None


def _plans(text: str) -> tuple[str, ...]:
    """`ZY1.ZJ2` → ("ZY×1", "ZJ×2")."""
    return tuple(f"{p[:2]}×{p[2:]}" for p in text.split(".") if p)


def check_offline(
    keyring: Mapping[str, Iterable[bytes]] | Session, text: str, *, today: dt.date | None = None
) -> MembershipCheck:
    """Check a member certificate QR with public keys alone. Never raises: a foreign, tampered,
    non-certificate, not yet valid or expired code comes back `valid=False` with the reason."""
    day = today or clock.today()
    result = verify(keyring, text)
    if not result.valid:
        return MembershipCheck(False, result.reason)
    if result.kind != "PZ":
        return MembershipCheck(False, f"这是{result.document}的二维码，请扫描会员参保凭证")
    f = result.fields
    period = _period(f["period"])
    if period is None:
        return MembershipCheck(False, "凭证上的保障期间无法识别")
    found = MembershipCheck(
        False,
        "",
        masked_id=f["id"],
        plans=_plans(f["plans"]),
        valid_from=period[0],
        valid_to=period[1],
        certificate=f["number"],
    )
    if day < period[0]:
        return _verdict(found, False, f"保障尚未开始（{period[0]:%Y-%m-%d} 起）")
    if day > period[1]:
        return _verdict(found, False, f"保障已过期（{period[1]:%Y-%m-%d} 止）")
    return _verdict(found, True, "有效会员", notes=(ASK_FOR_ID,))


def _verdict(
    found: MembershipCheck, valid: bool, reason: str, **changes: object
) -> MembershipCheck:
    values = {**found.__dict__, "valid": valid, "reason": reason, **changes}
    return MembershipCheck(**values)  # type: ignore[arg-type]


def member_by_certificate(session: Session, number: str) -> Member | None:
    """The member a PZ certificate number was issued to on this desk, if any."""
    return session.scalar(
        select(Member)
        .join(Certificate, Certificate.member_uuid == Member.uuid)
        .where(Certificate.number == number)
    )


def member_by_id_number(session: Session, text: str) -> Member | None:
    return session.scalar(select(Member).where(Member.id_number == ids.normalise(text)))


def covers_on(session: Session, member_uuid: uuid.UUID, day: dt.date) -> list[Coverage]:
    """The member's active covers running on `day`."""
    return list(
        session.scalars(
            select(Coverage)
            .where(
                Coverage.member_uuid == member_uuid,
                Coverage.status == CoverageStatus.ACTIVE,
                Coverage.start_date <= day,
                Coverage.end_date >= day,
            )
            .order_by(Coverage.plan_code)
        )
    )


def from_records(
    session: Session, member: Member, day: dt.date, certificate: str = ""
) -> MembershipCheck:
    """What the office's records say about `member` on `day`."""
    covers = covers_on(session, member.uuid, day)
    found = MembershipCheck(
        False,
        "",
        masked_id=mask_id(member.id_number),
        name=member.name,
        plans=tuple(f"{c.plan_code}×{c.shares}" for c in covers),
        valid_from=min((c.start_date for c in covers), default=None),
        valid_to=max((c.end_date for c in covers), default=None),
        certificate=certificate,
        member_uuid=member.uuid,
    )
    if not covers:
        return _verdict(found, False, f"{member.name} 在 {day:%Y-%m-%d} 没有有效保障")
    return _verdict(found, True, "有效会员", notes=(ASK_FOR_ID,))


def check_membership(
    session: Session, actor: Actor, *, qr: str | None = None, id_number: str | None = None
) -> MembershipCheck:
    """The office's check of a QR text or an ID number. A QR is verified offline first (a
    tampered or expired code is refused whatever the records say); a valid code of another
    office has no local record and keeps the offline answer. Read only."""
    require(actor, Action.HEALTH_SERVICES)
    day = clock.today()
    if qr:
        offline = check_offline(session, qr, today=day)
        if not offline.valid:
            return offline
        member = member_by_certificate(session, offline.certificate)
        if member is None:
            return offline
        return from_records(session, member, day, offline.certificate)
    if not id_number:
        raise RejectedInput(msg("请扫描会员参保凭证二维码，或输入证件号码。"))
    member = member_by_id_number(session, id_number)
    if member is None:
        return MembershipCheck(False, "本处没有该证件号码的会员", masked_id=mask_id(id_number))
    return from_records(session, member, day)
