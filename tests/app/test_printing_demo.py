"""Printing what the real services wrote: the demo office's enrollments, payments and claims
(made by the enrolment and claims services), so the loaders stay true to their rows."""

from __future__ import annotations

from sqlalchemy import select

from app.claims.kinds import STATUS_LABELS
from app.money import capitals
from app.printing import service
from app.printing.pdf import write_pdf
from app.signing.qr import verify
from models import Claim, Enrollment, Payment
from models.enums import ClaimStatus
from tests.app.printing_pdf import qr_codes, texts


def _first(session, query):
    found = session.scalars(query.limit(1)).first()
    assert found is not None, f"the demo has no row for {query}"
    return found


def test_every_document_prints_from_demo_data(demo_db, actors, tmp_path):
    clerk = actors["clerk1"]
    with demo_db.reader() as session:
        payment = _first(session, select(Payment).where(Payment.receipt_number.is_not(None)))
        enrollment = session.get(Enrollment, payment.enrollment_uuid)
        received = _first(session, select(Claim).where(Claim.status == ClaimStatus.RECEIVED))
        decided = _first(
            session, select(Claim).where(Claim.status.in_([ClaimStatus.APPROVED, ClaimStatus.PAID]))
        )
        rejected = _first(session, select(Claim).where(Claim.status == ClaimStatus.REJECTED))
    with demo_db.unit_of_work() as session:
        jobs = {
            "batch": service.enrollment_certificates(
                session, clerk, enrollment_number=enrollment.number
            ),
            "receipt": service.premium_receipt(
                session, clerk, receipt_number=payment.receipt_number
            ),
            "intake": service.claim_receipt(session, clerk, claim_number=received.number),
            "benefit": service.claim_notice(session, clerk, claim_number=decided.number),
            "rejection": service.claim_notice(session, clerk, claim_number=rejected.number),
        }
    for name, job in jobs.items():
        out = tmp_path / f"{name}.pdf"
        write_pdf(job.documents, out)
        pages = texts(out)
        assert job.documents[0].number in pages[0], name
        codes = qr_codes(out)
        assert len(set(codes)) == 1, name  # the receipt's three copies carry the same code
        code = codes[0]
        with demo_db.reader() as session:
            check = service.check_qr(session, code)
        assert check.verification.valid, (name, check.verification.reason)
        assert check.record, name
    assert capitals(payment.amount) in texts(tmp_path / "receipt.pdf")[0]
    benefit = texts(tmp_path / "benefit.pdf")[0]
    assert "".join(decided.working[-1].split()) in benefit
    assert "".join(rejected.decision_reason.split())[:20] in texts(tmp_path / "rejection.pdf")[0]
    assert check.record["状态"] == STATUS_LABELS[ClaimStatus.REJECTED]
    with demo_db.reader() as session:
        assert verify(session, jobs["batch"].documents[-1].qr_text).valid
