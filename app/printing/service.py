"""What the CLI and the UI call to print: permission, certificate numbers, reprint counting
(补打), audit, then the documents to draw (`pdf.write_pdf`). `print_to_pdf` does both in the
caller's one transaction; the window, the claim intake form and the CLI all print through it.

A certificate is issued once per member and enrollment (or per unit enrollment) with a `PZ-`
number; printing it again counts a reprint on `certificates.reprints`. Receipts and notices have
numbers already; their reprints are counted from the audit log, where every print is recorded.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app import audit, clock, printer_defaults, settings
from app.auth import Action, Actor, require
from app.history import record_insert
from app.i18n import msg
from app.numbering import next_number
from app.printing import data as loaders
from app.printing import documents
from app.printing.health_docs import certificate_back
from app.printing.pdf import Cancelled, Document, write_pdf
from app.signing import keys
from app.signing.qr import Signer, Verification, verify
from models import AuditRecord, Certificate, JournalEntry, NumberSequence
from models.enums import ClaimStatus, JournalOp

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PrintJob:
    """Documents ready to draw, and what the clerk is told about them."""

    documents: list[Document]
    title: str
    reprints: int = 0  # how many of the documents are reprints


MakeJob = Callable[[Session, Actor], PrintJob]


@dataclass(frozen=True)
class Printed:
    """A job drawn into its PDF."""

    job: PrintJob
    pages: int
    printer: str | None  # whose calibration offsets were used; None for the generic ones


def print_to_pdf(
    session: Session,
    actor: Actor,
    make: MakeJob,
    out: Path | IO[bytes],
    *,
    data_dir: Path | None,
    printer: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Printed:
    """Make the documents (`make` is one of the job functions below, with its key: numbers,
    reprint counts, audit) and draw their PDF into `out`, inside the caller's one unit of work:
    if drawing fails or is cancelled the error propagates, the unit of work rolls back, and no
    number is used and no reprint counted. `printer` (the one named for calibration) defaults to
    this desk's printer for the document type (设置 › 默认打印机)."""
    require(actor, Action.PRINT)
    job = make(session, actor)
    chosen = printer or desk_printer(data_dir, job)
    pages = write_pdf(
        job.documents, out, data_dir=data_dir, printer=chosen, progress=progress,
        cancelled=cancelled,
    )  # fmt: skip
    return Printed(job, pages, chosen)


def desk_printer(data_dir: Path | None, job: PrintJob) -> str | None:
    """This desk's default printer for the job's document type (chosen in 设置 or the first-run
    wizard); None for the system default."""
    if data_dir is None or not job.documents:
        return None
    return printer_defaults.load(data_dir).get(job.documents[0].layout) or None


def _signer(session: Session) -> Signer:
    code, key = keys.signing_key(session)
    return Signer(code, key)


def _certificate(
    session: Session,
    actor: Actor,
    *,
    office_code: str,
    enrollment_uuid: uuid.UUID,
    member_uuid: uuid.UUID | None,
) -> tuple[str, int]:
    """(number, reprint): issue the certificate, or count one more reprint of it."""
    member_clause = (
        Certificate.member_uuid.is_(None)
        if member_uuid is None
        else Certificate.member_uuid == member_uuid
    )
    cert = session.scalar(
        select(Certificate).where(Certificate.enrollment_uuid == enrollment_uuid, member_clause)
    )
    if cert is not None:
        cert.reprints += 1
        session.flush()
        audit.record(
            session, actor.username, "certificate.reprint", entity="certificates",
            entity_id=cert.uuid, details={"number": cert.number, "reprint": cert.reprints},
            journal=JournalOp.UPDATE,
        )  # fmt: skip
        return cert.number, cert.reprints
    now = clock.now()
    number = next_number(session, prefix="PZ", office_code=office_code, year=now.year)
    cert = Certificate(
        number=number, member_uuid=member_uuid, enrollment_uuid=enrollment_uuid, issued_at=now
    )
    record_insert(
        session, actor, "certificate.issue", cert, entity="certificates", details={"number": number}
    )
    return number, 0


def _with_back(session: Session, fronts: list[Document], back: bool) -> list[Document]:
    """`fronts`, each followed by the certificate back (the partner list valid today) when
    `back`: duplex printing puts the list on the back of every certificate. The back is one
    Document object for the whole batch, so `write_pdf` draws it once."""
    if not back:
        return fronts
    reverse = certificate_back(session, on=clock.today())
    return [doc for front in fronts for doc in (front, reverse)]


def _signs(session: Session, paper: str) -> bool:
    """Whether the office wants a signature line on `paper` ("member" or "unit")."""
    return settings.get(session, "certificate_signature") in (paper, "both")


def member_certificate(
    session: Session,
    actor: Actor,
    *,
    id_number: str,
    enrollment_number: str | None = None,
    back: bool = False,
) -> PrintJob:
    """The member certificate (参保凭证) of one member; issues its number or counts a reprint.
    With `back`, a second page lists the partners and offers valid today (duplex)."""
    require(actor, Action.PRINT)
    data = loaders.load_member_certificate(session, id_number, enrollment_number)
    number, reprint = _certificate(
        session, actor, office_code=data.office.code,
        enrollment_uuid=data.enrollment_uuid, member_uuid=data.member_uuid,
    )  # fmt: skip
    doc = documents.member_certificate(
        data, number=number, issued=clock.today(), reprint=reprint, signer=_signer(session),
        signature=_signs(session, "member"),
    )  # fmt: skip
    return PrintJob(_with_back(session, [doc], back), f"参保凭证 {data.name}", int(reprint > 0))


def unit_certificate(
    session: Session, actor: Actor, *, uscc: str, enrollment_number: str | None = None
) -> PrintJob:
    """The unit certificate with its member list; issues its number or counts a reprint."""
    require(actor, Action.PRINT)
    data = loaders.load_unit_certificate(session, uscc, enrollment_number)
    number, reprint = _certificate(
        session, actor, office_code=data.office.code,
        enrollment_uuid=data.enrollment_uuid, member_uuid=None,
    )  # fmt: skip
    doc = documents.unit_certificate(
        data, number=number, issued=clock.today(), reprint=reprint, signer=_signer(session),
        signature=_signs(session, "unit"),
    )  # fmt: skip
    return PrintJob([doc], f"单位参保凭证 {data.unit_name}", int(reprint > 0))


def _reserve_numbers(session: Session, office_code: str, year: int, count: int) -> list[str]:
    """`count` consecutive PZ numbers in two statements: the first through `next_number` (which
    creates the counter row and fixes the format), the rest by moving the counter on at once."""
    if count == 0:
        return []
    first = next_number(session, prefix="PZ", office_code=office_code, year=year)
    if count > 1:
        session.execute(
            update(NumberSequence)
            .where(
                NumberSequence.office_code == office_code,
                NumberSequence.prefix == "PZ",
                NumberSequence.year == year,
            )
            .values(last=NumberSequence.last + count - 1)
        )
    stem, seq = first.rsplit("-", 1)
    return [f"{stem}-{int(seq) + i:06d}" for i in range(count)]


def _bulk_issue(
    session: Session, office_code: str, enrollment_uuid: uuid.UUID, members: Sequence[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, int]]:
    """Numbers for new certificates and +1 reprint for existing ones, in bulk statements."""
    existing = {
        c.member_uuid: c
        for c in session.scalars(
            select(Certificate).where(
                Certificate.enrollment_uuid == enrollment_uuid,
                Certificate.member_uuid.in_(members),
            )
        )
    }
    now = clock.now()
    fresh = [m for m in members if m not in existing]
    numbers = _reserve_numbers(session, office_code, now.year, len(fresh))
    new_rows = [
        {
            "uuid": uuid.uuid4(),
            "number": number,
            "member_uuid": m,
            "enrollment_uuid": enrollment_uuid,
            "issued_at": now,
            "reprints": 0,
        }
        for m, number in zip(fresh, numbers, strict=True)
    ]
    if new_rows:
        session.execute(insert(Certificate), new_rows)
    if existing:
        session.execute(
            update(Certificate)
            .where(Certificate.uuid.in_([c.uuid for c in existing.values()]))
            .values(reprints=Certificate.reprints + 1)
            .execution_options(synchronize_session=False)
        )
    journal = [
        {"entity": "certificates", "uuid": str(r["uuid"]), "op": JournalOp.INSERT, "at": now}
        for r in new_rows
    ] + [
        {"entity": "certificates", "uuid": str(c.uuid), "op": JournalOp.UPDATE, "at": now}
        for c in existing.values()
    ]
    if journal:
        session.execute(insert(JournalEntry), journal)
    issued = {r["member_uuid"]: (r["number"], 0) for r in new_rows}
    issued.update({m: (c.number, c.reprints + 1) for m, c in existing.items()})
    return issued


def enrollment_certificates(
    session: Session,
    actor: Actor,
    *,
    enrollment_number: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    back: bool = False,
) -> PrintJob:
    """Member certificates for everyone in an enrollment (the batch print queue): numbers in
    bulk, one audit record for the batch; with `back`, each followed by the partner list page
    (duplex). Raises Cancelled when `cancelled()` turns true; the caller's transaction then
    rolls back and no number is used up."""
    require(actor, Action.PRINT)
    enrollment = loaders.find_enrollment(session, enrollment_number)
    members = loaders.load_member_certificates(session, enrollment)
    issued = _bulk_issue(
        session, enrollment.office_code, enrollment.uuid, [m.member_uuid for m in members]
    )
    signer, today, signature = _signer(session), clock.today(), _signs(session, "member")
    docs = []
    for done, data in enumerate(members, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled(msg("已取消批量打印，未发放凭证编号。"))
        number, reprint = issued[data.member_uuid]
        docs.append(
            documents.member_certificate(
                data,
                number=number,
                issued=today,
                reprint=reprint,
                signer=signer,
                signature=signature,
            )
        )
        if progress is not None:
            progress(done, len(members))
    reprints = sum(1 for d in docs if d.reprint)
    audit.record(
        session, actor.username, "certificate.batch", entity="enrollments",
        entity_id=enrollment.uuid,
        details={"enrollment": enrollment_number, "issued": len(docs) - reprints,
                 "reprinted": reprints},
    )  # fmt: skip
    title = f"参保凭证 {enrollment_number}（{len(docs)} 人）"
    return PrintJob(_with_back(session, docs, back), title, reprints)


def _printed_before(session: Session, action: str, number: str) -> int:
    return session.scalar(
        select(func.count())
        .select_from(AuditRecord)
        .where(AuditRecord.action == action, AuditRecord.entity_id == number)
    )


def _record_print(session: Session, actor: Actor, action: str, entity: str, number: str) -> int:
    """Audit one print of a numbered paper; returns its reprint number (0 the first time)."""
    reprint = _printed_before(session, action, number)
    audit.record(
        session, actor.username, action, entity=entity, entity_id=number,
        details={"reprint": reprint},
    )  # fmt: skip
    return reprint


def premium_receipt(
    session: Session, actor: Actor, *, receipt_number: str, preprinted: bool = False
) -> PrintJob:
    """收款收据 for a payment in its three copies (联次), on one A4 sheet or one copy to a page
    as the office's `receipt_copies` setting says; `preprinted` prints once onto the
    pre-printed multi-part form (套打)."""
    require(actor, Action.PRINT)
    data = loaders.load_premium_receipt(session, receipt_number)
    reprint = _record_print(session, actor, "print.premium_receipt", "payments", receipt_number)
    if preprinted:
        layout = "premium_receipt_preprinted"
    elif settings.get(session, "receipt_copies") == "pages":
        layout = "premium_receipt"
    else:
        layout = "premium_receipt_sheet"
    doc = documents.premium_receipt(data, reprint=reprint, signer=_signer(session), layout=layout)
    return PrintJob([doc], f"收款收据 {receipt_number}", int(reprint > 0))


def claim_receipt(session: Session, actor: Actor, *, claim_number: str) -> PrintJob:
    """受理回执 with the promise date from the office's service_promise_days setting."""
    require(actor, Action.PRINT)
    data = loaders.load_claim(session, claim_number)
    reprint = _record_print(session, actor, "print.claim_receipt", "claims", data.number)
    doc = documents.claim_receipt(
        data,
        promise_days=settings.get(session, "service_promise_days"),
        reprint=reprint,
        signer=_signer(session),
    )
    return PrintJob([doc], f"受理回执 {data.number}", int(reprint > 0))


def claim_notice(session: Session, actor: Actor, *, claim_number: str) -> PrintJob:
    """给付通知书 (approved/paid) or 不予给付通知书 (rejected) of a claim."""
    require(actor, Action.PRINT)
    data = loaders.load_claim(session, claim_number)
    rejected = data.status is ClaimStatus.REJECTED
    action = "print.rejection_notice" if rejected else "print.benefit_notice"
    reprint = _record_print(session, actor, action, "claims", data.number)
    doc = documents.claim_notice(data, reprint=reprint, signer=_signer(session))
    return PrintJob([doc], f"{doc.values['title']} {data.number}", int(reprint > 0))


@dataclass(frozen=True)
class QrCheck:
    """A scanned code's verdict and what this desk's own records say about it."""

    verification: Verification
    record: dict[str, str]


def check_qr(session: Session, text: str) -> QrCheck:
    """Verify a scanned QR text offline (public keys in this database) and look its number up
    in the local records; a valid code from another office has no local record."""
    result = verify(session, text)
    if not result.fields:
        return QrCheck(result, {})
    return QrCheck(result, loaders.describe(session, result.kind, result.fields["number"]))
