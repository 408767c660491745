"""Printed documents end to end: data in the database → PDF → text, fonts and QR read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from sqlalchemy import func, select

from app.errors import RejectedInput
from app.printing import service
from app.printing.fonts import FONT_NAME
from app.printing.pdf import write_pdf
from app.privacy import mask_id
from app.signing.qr import verify
from models import AuditRecord, Certificate
from models.enums import ClaimStatus
from tests.app import printing_factories as factories
from tests.app.printing_pdf import embedded_fonts, qr_codes, texts


def _print(job: service.PrintJob, path: Path) -> Path:
    write_pdf(job.documents, path)
    return path


@pytest.fixture
def world(db):
    with db.unit_of_work() as session:
        made = factories.world(session, members=3)
    return made


def test_member_certificate_shows_member_plans_and_a_verifiable_qr(db, world, actors, tmp_path):
    member = world.members[0]
    with db.unit_of_work() as session:
        job = service.member_certificate(session, actors["clerk1"], id_number=member.id_number)
    pdf = _print(job, tmp_path / "cert.pdf")

    [text] = texts(pdf)
    number = job.documents[0].number
    assert number.startswith("PZ-61020401-2026-")
    for expected in (
        member.name,
        number,
        mask_id(member.id_number),
        "铜川市耀州区代办处",
        "在职职工住院医疗互助保障",
        "在职职工重大疾病互助保障",
        "铜川市耀州区阳光建材有限公司",
        "2026.03.31",
        "互助费合计：120.00元",
    ):
        assert expected in text
    assert member.id_number not in text
    assert "补打" not in text
    face = pdfmetrics.getFont(FONT_NAME).face.name.decode()
    assert embedded_fonts(pdf) and all(face in f for f in embedded_fonts(pdf))

    [code] = qr_codes(pdf)
    assert code == job.documents[0].qr_text
    with db.reader() as session:
        result = verify(session, code)
    assert result.valid, result.reason
    assert result.fields["number"] == number
    tampered = code.replace("ZY1", "ZY3")
    with db.reader() as session:
        assert not verify(session, tampered).valid


def test_reprint_keeps_the_number_counts_and_is_marked(db, world, actors, tmp_path):
    id_number = world.members[1].id_number
    with db.unit_of_work() as session:
        first = service.member_certificate(session, actors["clerk1"], id_number=id_number)
    with db.unit_of_work() as session:
        second = service.member_certificate(session, actors["clerk2"], id_number=id_number)
    with db.unit_of_work() as session:
        third = service.member_certificate(session, actors["clerk2"], id_number=id_number)
    assert first.documents[0].number == second.documents[0].number == third.documents[0].number
    assert "补打（第2次）" in texts(_print(third, tmp_path / "again.pdf"))[0]
    with db.reader() as session:
        cert = session.scalar(select(Certificate).where(Certificate.member_uuid.is_not(None)))
        reprints = session.scalar(
            select(func.count()).where(AuditRecord.action == "certificate.reprint")
        )
    assert cert.reprints == 2
    assert reprints == 2


def test_unit_certificate_runs_over_pages_with_header_page_numbers_and_totals(db, actors, tmp_path):
    with db.unit_of_work() as session:
        made = factories.world(session, members=60)
    with db.unit_of_work() as session:
        job = service.unit_certificate(session, actors["clerk1"], uscc=made.unit.uscc)
    pages = texts(_print(job, tmp_path / "unit.pdf"))

    assert len(pages) == 3
    for n, page in enumerate(pages, start=1):
        assert f"第{n}页共3页" in page
        assert "铜川市耀州区阳光建材有限公司" in page and "证件号码" in page  # repeated header
        assert job.documents[0].number in page
    everyone = "".join(pages)
    assert all(m.name in everyone for m in made.members)
    assert "合计：60人，互助费7,200.00元（大写：柒仟贰佰元整）" in pages[-1]
    assert "合计" not in pages[0]
    [code] = qr_codes(tmp_path / "unit.pdf")
    with db.reader() as session:
        assert verify(session, code).fields["members"] == "60"


def test_premium_receipt_has_figures_capitals_and_counts_reprints(db, world, actors, tmp_path):
    with db.unit_of_work() as session:
        job = service.premium_receipt(
            session, actors["clerk1"], receipt_number=world.receipt_number
        )
    [text] = texts(_print(job, tmp_path / "receipt.pdf"))
    for expected in (world.receipt_number, "¥360.00", "叁佰陆拾元整", "收款收据", "单位", "转账"):
        assert expected in text
    codes = qr_codes(tmp_path / "receipt.pdf")
    assert len(codes) == 3 and len(set(codes)) == 1  # one code on each copy (联)
    code = codes[0]
    with db.reader() as session:
        check = service.check_qr(session, code)
    assert check.verification.valid
    assert check.verification.fields["amount"] == "36000"
    assert check.record["交款单位"] == "铜川市耀州区阳光建材有限公司"

    with db.unit_of_work() as session:
        again = service.premium_receipt(
            session, actors["clerk1"], receipt_number=world.receipt_number
        )
    assert again.documents[0].reprint == 1
    assert "补打（第1次）" in texts(_print(again, tmp_path / "receipt2.pdf"))[0]


def test_claim_receipt_lists_documents_and_promise_date(db, world, actors, tmp_path):
    with db.unit_of_work() as session:
        claim = factories.claim(
            session, world, documents={"互助金申请书": True, "出院小结": False, "发票原件": False}
        )
        job = service.claim_receipt(session, actors["clerk1"], claim_number=claim.number)
    [text] = texts(_print(job, tmp_path / "claim.pdf"))
    for expected in (claim.number, "互助金申请书", "已收", "出院小结", "待补", "已收1份，待补2份"):
        assert expected in text
    # received Friday 2026-06-05; 10 working days later is Friday 2026-06-19
    assert "承诺办结日期：2026年6月19日" in text
    [code] = qr_codes(tmp_path / "claim.pdf")
    with db.reader() as session:
        assert verify(session, code).kind == "SL"


def test_benefit_notice_prints_the_engines_working(db, world, actors, tmp_path):
    working = [
        "政策内个人自付 12,000.00 元 − 起付额 200.00 元 = 11,800.00 元",
        "11,800.00 元 × 70% = 8,260.00 元",
        "给付互助金 8,260.00 元",
    ]
    with db.unit_of_work() as session:
        claim = factories.claim(
            session, world, status=ClaimStatus.APPROVED, amount=826000, working=working
        )
        job = service.claim_notice(session, actors["clerk1"], claim_number=claim.number)
    [text] = texts(_print(job, tmp_path / "notice.pdf"))
    for expected in (
        "给付通知书",
        claim.number,
        "¥8,260.00",
        "捌仟贰佰陆拾元整",
        "11,800.00元×70%=8,260.00元",
        "审批日期：2026年6月18日",
    ):
        assert expected in text
    assert "62220241000" not in text  # the account is masked
    [code] = qr_codes(tmp_path / "notice.pdf")
    with db.reader() as session:
        assert verify(session, code).fields["amount"] == "826000"


def test_rejection_notice_gives_the_reason(db, world, actors, tmp_path):
    reason = "住院日期在观察期内（观察期至2026年3月31日），不予给付。"
    with db.unit_of_work() as session:
        claim = factories.claim(session, world, status=ClaimStatus.REJECTED, reason=reason)
        job = service.claim_notice(session, actors["clerk1"], claim_number=claim.number)
    [text] = texts(_print(job, tmp_path / "reject.pdf"))
    assert "不予给付通知书" in text and reason in text


def test_notice_of_an_undecided_claim_is_refused(db, world, actors):
    with db.unit_of_work() as session:
        number = factories.claim(session, world).number
    with pytest.raises(RejectedInput, match="尚未审批"), db.unit_of_work() as session:
        service.claim_notice(session, actors["clerk1"], claim_number=number)


def test_unknown_member_is_named_in_the_refusal(db, world, actors):
    with pytest.raises(RejectedInput, match="没有证件号码"), db.unit_of_work() as session:
        service.member_certificate(session, actors["clerk1"], id_number="610204199001011234")
