"""What a printed document says, as plain dataclasses, and the loaders that read it from the
database. Personal numbers are masked here, so no full ID or account reaches a page."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.claims.kinds import KIND_LABELS, STATUS_LABELS
from app.errors import RejectedInput, found
from app.i18n import msg
from app.money import yuan
from app.privacy import mask_account, mask_id
from models import (
    Certificate,
    Claim,
    ClaimEvent,
    Coverage,
    Enrollment,
    Member,
    Office,
    Operator,
    Payment,
    Plan,
    Unit,
)
from models.enums import ClaimStatus, CoverageStatus, EnrollmentStatus, Gender, PaymentKind

GENDER_LABELS = {Gender.MALE: "男", Gender.FEMALE: "女"}


@dataclass(frozen=True)
class OfficeInfo:
    code: str
    name: str


@dataclass(frozen=True)
class CoverageLine:
    plan_code: str
    plan_name: str
    shares: int
    start: dt.date
    end: dt.date
    waiting_until: dt.date
    premium: int


@dataclass(frozen=True)
class MemberCertificateData:
    office: OfficeInfo
    member_uuid: uuid.UUID
    enrollment_uuid: uuid.UUID
    enrollment_number: str
    name: str
    masked_id: str
    gender: str
    unit_name: str
    uscc: str
    lines: tuple[CoverageLine, ...]

    @property
    def premium(self) -> int:
        return sum(line.premium for line in self.lines)


@dataclass(frozen=True)
class UnitCertificateData:
    office: OfficeInfo
    enrollment_uuid: uuid.UUID
    enrollment_number: str
    unit_name: str
    uscc: str
    start: dt.date
    end: dt.date
    plans: tuple[tuple[str, str, int], ...]  # code, name, shares
    members: tuple[MemberCertificateData, ...]
    premium_total: int


@dataclass(frozen=True)
class PremiumReceiptData:
    office: OfficeInfo
    receipt_number: str
    unit_name: str
    uscc: str
    payer: str
    amount: int
    method: str
    paid_on: dt.date
    enrollment_number: str
    plans: str
    operator: str


@dataclass(frozen=True)
class ClaimData:
    office: OfficeInfo
    number: str
    status: ClaimStatus
    name: str
    masked_id: str
    unit_name: str
    plan_code: str
    plan_name: str
    kind: str
    event_date: dt.date
    received_on: dt.date
    documents: tuple[tuple[str, bool], ...]  # document, received
    amount: int
    working: tuple[str, ...]
    reason: str
    decided_on: dt.date | None
    account: str
    operator: str


def _office(session: Session, code: str) -> OfficeInfo:
    office = session.get(Office, code)
    return OfficeInfo(code, office.name if office else code)


def _plan_names(session: Session, catalogue_version: str) -> dict[str, tuple[int, str]]:
    rows = session.execute(
        select(Plan.code, Plan.id, Plan.name).where(Plan.catalogue_version == catalogue_version)
    )
    return {code: (order, name) for code, order, name in rows}


def _operator_name(session: Session, username: str) -> str:
    name = session.scalar(select(Operator.display_name).where(Operator.username == username))
    return name or username


def find_enrollment(session: Session, number: str) -> Enrollment:
    return found(
        session.scalar(select(Enrollment).where(Enrollment.number == number)),
        msg("没有编号为 {n} 的参保单。", n=number),
        field="enrollment",
    )


def load_member_certificates(
    session: Session, enrollment: Enrollment, member_uuids: Sequence[uuid.UUID] | None = None
) -> list[MemberCertificateData]:
    """One certificate's worth of data per member of `enrollment` (or of `member_uuids`),
    ordered by name; one query for all coverages, so a batch of thousands stays quick."""
    office = _office(session, enrollment.office_code)
    unit = session.get(Unit, enrollment.unit_uuid)
    plans = _plan_names(session, enrollment.catalogue_version)
    query = (
        select(Coverage, Member)
        .join(Member, Member.uuid == Coverage.member_uuid)
        .where(
            Coverage.enrollment_uuid == enrollment.uuid,
            Coverage.status == CoverageStatus.ACTIVE,
        )
        .order_by(Member.name, Member.id_number)
    )
    if member_uuids is not None:
        query = query.where(Coverage.member_uuid.in_(member_uuids))
    grouped: dict[uuid.UUID, tuple[Member, list[CoverageLine]]] = {}
    for cov, member in session.execute(query):
        order_name = plans.get(cov.plan_code, (0, cov.plan_code))
        line = CoverageLine(
            cov.plan_code, order_name[1], cov.shares, cov.start_date, cov.end_date,
            cov.waiting_until, cov.premium,
        )  # fmt: skip
        grouped.setdefault(member.uuid, (member, []))[1].append(line)
    return [
        MemberCertificateData(
            office=office,
            member_uuid=member.uuid,
            enrollment_uuid=enrollment.uuid,
            enrollment_number=enrollment.number,
            name=member.name,
            masked_id=mask_id(member.id_number),
            gender=GENDER_LABELS[member.gender],
            unit_name=unit.name if unit else "",
            uscc=unit.uscc if unit else "",
            lines=tuple(sorted(lines, key=lambda ln: plans.get(ln.plan_code, (0, ""))[0])),
        )
        for member, lines in grouped.values()
    ]


def _given_or_latest(
    session: Session, enrollment_number: str | None, candidates: Select[tuple[Enrollment]]
) -> Enrollment | None:
    """The enrollment numbered `enrollment_number`, or the latest confirmed of `candidates`."""
    if enrollment_number:
        return find_enrollment(session, enrollment_number)
    return session.scalar(
        candidates.where(Enrollment.status == EnrollmentStatus.CONFIRMED)
        .order_by(Enrollment.start_date.desc(), Enrollment.created_at.desc())
        .limit(1)
    )


def load_member_certificate(
    session: Session, id_number: str, enrollment_number: str | None = None
) -> MemberCertificateData:
    """The member's cover in `enrollment_number`, or in their latest confirmed enrollment."""
    member = found(
        session.scalar(select(Member).where(Member.id_number == id_number.strip().upper())),
        msg("没有证件号码为 {i} 的会员。", i=mask_id(id_number)),
        field="member",
    )
    enrollment = _given_or_latest(
        session,
        enrollment_number,
        select(Enrollment)
        .join(Coverage, Coverage.enrollment_uuid == Enrollment.uuid)
        .where(Coverage.member_uuid == member.uuid, Coverage.status == CoverageStatus.ACTIVE),
    )
    loaded = load_member_certificates(session, enrollment, [member.uuid]) if enrollment else []
    if not loaded:
        raise RejectedInput(
            msg("会员 {name} 没有有效的参保记录，不能打印参保凭证。", name=member.name),
            field="member",
        )
    return loaded[0]


def load_unit_certificate(
    session: Session, uscc: str, enrollment_number: str | None = None
) -> UnitCertificateData:
    """The unit's enrollment (given, or its latest confirmed one) with every covered member."""
    unit = found(
        session.scalar(select(Unit).where(Unit.uscc == uscc.strip().upper())),
        msg("没有统一社会信用代码为 {c} 的单位。", c=uscc),
        field="unit",
    )
    enrollment = _given_or_latest(
        session, enrollment_number, select(Enrollment).where(Enrollment.unit_uuid == unit.uuid)
    )
    if enrollment is None:
        raise RejectedInput(msg("单位 {u} 没有有效的参保单。", u=unit.name), field="unit")
    names = _plan_names(session, enrollment.catalogue_version)
    plans = tuple(
        (code, names.get(code, (0, code))[1], shares)
        for code, shares in sorted(enrollment.plans.items(), key=lambda p: names.get(p[0], (0,))[0])
    )
    return UnitCertificateData(
        office=_office(session, enrollment.office_code),
        enrollment_uuid=enrollment.uuid,
        enrollment_number=enrollment.number,
        unit_name=unit.name,
        uscc=unit.uscc,
        start=enrollment.start_date,
        end=enrollment.end_date,
        plans=plans,
        members=tuple(load_member_certificates(session, enrollment)),
        premium_total=enrollment.premium_total,
    )


PAYER_LABELS = {"unit": "单位", "union": "工会", "individual": "个人", "gift": "赠送"}


def load_premium_receipt(session: Session, receipt_number: str) -> PremiumReceiptData:
    payment = found(
        session.scalar(select(Payment).where(Payment.receipt_number == receipt_number)),
        msg("没有编号为 {n} 的收款记录。", n=receipt_number),
        field="receipt",
    )
    if payment.kind is PaymentKind.REFUND:
        raise RejectedInput(msg("{n} 是退款记录，不能打印收款收据。", n=receipt_number))
    enrollment = session.get(Enrollment, payment.enrollment_uuid)
    assert enrollment is not None
    unit = session.get(Unit, enrollment.unit_uuid)
    names = _plan_names(session, enrollment.catalogue_version)
    plans = "、".join(
        f"{names.get(code, (0, code))[1]}{shares}份" for code, shares in enrollment.plans.items()
    )
    return PremiumReceiptData(
        office=_office(session, enrollment.office_code),
        receipt_number=receipt_number,
        unit_name=unit.name if unit else "",
        uscc=unit.uscc if unit else "",
        payer=PAYER_LABELS.get(payment.payer.value, payment.payer.value),
        amount=payment.amount,
        method=payment.method,
        paid_on=payment.paid_on,
        enrollment_number=enrollment.number,
        plans=plans,
        operator=_operator_name(session, payment.operator),
    )


def _working_text(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("text") or item.get("label") or item)
    return str(item)


def _decided_on(session: Session, claim: Claim) -> dt.date | None:
    at = session.scalar(
        select(func.max(ClaimEvent.at)).where(
            ClaimEvent.claim_uuid == claim.uuid,
            ClaimEvent.to_status.in_([ClaimStatus.APPROVED.value, ClaimStatus.REJECTED.value]),
        )
    )
    return at.date() if at is not None else None


def load_claim(session: Session, number: str) -> ClaimData:
    claim = found(
        session.scalar(select(Claim).where(Claim.number == number.strip())),
        msg("没有编号为 {n} 的理赔申请。", n=number),
        field="claim",
    )
    member = session.get(Member, claim.member_uuid)
    assert member is not None
    unit = session.get(Unit, member.unit_uuid)
    cov = session.get(Coverage, claim.coverage_uuid) if claim.coverage_uuid else None
    enrollment = session.get(Enrollment, cov.enrollment_uuid) if cov else None
    names = _plan_names(session, enrollment.catalogue_version) if enrollment else {}
    amount = claim.approved_amount if claim.approved_amount is not None else claim.computed_benefit
    return ClaimData(
        office=_office(session, claim.office_code),
        number=claim.number,
        status=claim.status,
        name=member.name,
        masked_id=mask_id(member.id_number),
        unit_name=unit.name if unit else "",
        plan_code=claim.plan_code,
        plan_name=names.get(claim.plan_code, (0, claim.plan_code))[1],
        kind=KIND_LABELS[claim.kind],
        event_date=claim.event_date,
        received_on=claim.received_on,
        documents=tuple((str(k), bool(v)) for k, v in (claim.documents or {}).items()),
        amount=amount,
        working=tuple(_working_text(item) for item in claim.working or []),
        reason=claim.decision_reason or "",
        decided_on=_decided_on(session, claim),
        account=f"{claim.pay_bank or member.bank_name} {mask_account(claim.pay_account or member.bank_account)}".strip(),
        operator=_operator_name(session, claim.intake_operator),
    )


def _describe_certificate(session: Session, number: str) -> dict[str, str]:
    cert = session.scalar(select(Certificate).where(Certificate.number == number))
    if cert is None:
        return {}
    enrollment = session.get(Enrollment, cert.enrollment_uuid) if cert.enrollment_uuid else None
    unit = session.get(Unit, enrollment.unit_uuid) if enrollment else None
    member = session.get(Member, cert.member_uuid) if cert.member_uuid else None
    described = {"凭证编号": cert.number, "签发时间": cert.issued_at.isoformat(sep=" ")}
    if member is not None:
        described |= {"姓名": member.name, "证件号码": mask_id(member.id_number)}
    if unit is not None and enrollment is not None:
        described |= {"单位": unit.name, "参保单号": enrollment.number}
    described["补打次数"] = str(cert.reprints)
    return described


def describe(session: Session, kind: str, number: str) -> dict[str, str]:
    """What this desk's records say about the paper numbered `number` (empty: not ours)."""
    if kind in ("PZ", "DW"):
        return _describe_certificate(session, number)
    if kind == "SJ":
        try:
            receipt = load_premium_receipt(session, number)
        except RejectedInput:
            return {}
        return {
            "收据编号": number,
            "交款单位": receipt.unit_name,
            "金额": f"{yuan(receipt.amount)} 元",
            "收款日期": receipt.paid_on.isoformat(),
        }
    try:
        claim = load_claim(session, number)
    except RejectedInput:
        return {}
    return {
        "理赔编号": claim.number,
        "姓名": claim.name,
        "项目": f"{claim.plan_code} {claim.kind}",
        "状态": STATUS_LABELS[claim.status],
        "金额": f"{yuan(claim.amount)} 元",
    }
