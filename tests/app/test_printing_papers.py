"""Papers an office can file (issue 19.5): the receipt's three copies (联次), the certificate's
border, issuer, seal area and signature line, page numbers, and 无观察期. Each paper is drawn to
PDF, rendered to PNG and read back by text extraction."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from app import settings
from app.errors import RejectedInput
from app.printing import service
from app.printing.pdf import write_pdf
from models import Payment
from models.enums import ClaimStatus
from tests.app import printing_factories as factories
from tests.app.printing_pdf import dark_share, render_pngs, texts

COPIES = ("第一联存根联", "第二联交款人联", "第三联记账联")
OFFICE = "铜川市耀州区代办处"


@pytest.fixture
def world(db):
    with db.unit_of_work() as session:
        return factories.world(session, members=3)


def _paper(job: service.PrintJob, path: Path) -> tuple[list[str], list[Path]]:
    """(text of each page, the pages rendered to PNG)."""
    write_pdf(job.documents, path)
    return texts(path), render_pngs(path, path.parent)


def _set(db, actors, key: str, value: str) -> None:
    with db.unit_of_work() as session:
        settings.put(session, actors["admin"], key, value)


def _receipt(db, actors, number: str) -> service.PrintJob:
    with db.unit_of_work() as session:
        return service.premium_receipt(session, actors["clerk1"], receipt_number=number)


def test_receipt_prints_three_labelled_copies_on_one_a4_sheet_by_default(
    db, world, actors, tmp_path
):
    [text], [png] = _paper(_receipt(db, actors, world.receipt_number), tmp_path / "sj.pdf")

    for label in COPIES:
        assert text.count(label) == 1
    assert text.count("收款方式：转账") == 3
    assert text.count("收款单位（盖章）") == 3
    assert text.count("收款人：") == 3
    assert text.count("经办人：") == 3  # the operator's name is written on the line
    assert text.count(world.receipt_number) == 3
    assert "第1页" not in text  # one page: no page number
    with Image.open(png) as image:
        width, height = image.size
    assert abs(height / width - 297 / 210) < 0.01  # A4 portrait
    # the dashed cut lines between the copies, 99 mm apart
    assert dark_share(png, (0, 98.7, 210, 99.3)) > 0.1
    assert dark_share(png, (0, 197.7, 210, 198.3)) > 0.1


def test_receipt_as_three_pages_when_the_office_says_so(db, world, actors, tmp_path):
    _set(db, actors, "receipt_copies", "pages")
    pages, pngs = _paper(_receipt(db, actors, world.receipt_number), tmp_path / "sj.pdf")

    assert len(pages) == len(pngs) == 3
    for n, (page, label) in enumerate(zip(pages, COPIES, strict=True), start=1):
        assert label in page
        assert [other for other in COPIES if other in page] == [label]
        assert f"第{n}页共3页" in page
        assert "收款方式：转账" in page and "收款单位（盖章）" in page
        assert "收款人：" in page and "经办人：" in page
    with Image.open(pngs[0]) as image:
        width, height = image.size
    assert abs(height / width - 140 / 241) < 0.01


def test_receipt_without_a_recorded_method_says_so(db, actors, tmp_path):
    with db.unit_of_work() as session:
        made = factories.world(session, members=1)
        payment = session.scalar(
            select(Payment).where(Payment.receipt_number == made.receipt_number)
        )
        payment.method = ""  # a payment from before methods were recorded
    [text], _ = _paper(_receipt(db, actors, made.receipt_number), tmp_path / "sj.pdf")
    assert text.count("收款方式：未登记") == 3


def test_a_bad_receipt_setting_is_refused(db, actors):
    with pytest.raises(RejectedInput, match="收款收据联次"), db.unit_of_work() as session:
        settings.put(session, actors["admin"], "receipt_copies", "four")


def test_member_certificate_has_border_issuer_seal_and_signature(db, world, actors, tmp_path):
    with db.unit_of_work() as session:
        job = service.member_certificate(
            session, actors["clerk1"], id_number=world.members[0].id_number
        )
    [text], [png] = _paper(job, tmp_path / "pz.pdf")

    assert f"发证机构：{OFFICE}" in text
    assert "发证机构（盖章）" in text
    assert "会员签字：" in text
    # the frame: a rule 5 mm inside each edge of the A5 landscape sheet
    assert dark_share(png, (20, 4.6, 190, 5.4)) > 0.3
    assert dark_share(png, (20, 142.6, 190, 143.4)) > 0.3
    assert dark_share(png, (4.6, 20, 5.4, 128)) > 0.3
    assert dark_share(png, (204.6, 60, 205.4, 128)) > 0.3


@pytest.mark.parametrize(
    ("setting", "member_line", "unit_line"),
    [("member", True, False), ("unit", False, True), ("none", False, False)],
)
def test_signature_lines_go_where_the_office_wants_them(
    db, world, actors, tmp_path, setting, member_line, unit_line
):
    _set(db, actors, "certificate_signature", setting)
    with db.unit_of_work() as session:
        member = service.member_certificate(
            session, actors["clerk1"], id_number=world.members[0].id_number
        )
        unit = service.unit_certificate(session, actors["clerk1"], uscc=world.unit.uscc)
    [member_text], _ = _paper(member, tmp_path / "pz.pdf")
    [unit_text], _ = _paper(unit, tmp_path / "dw.pdf")
    assert ("会员签字：" in member_text) is member_line
    assert ("参保单位签字（盖章）：" in unit_text) is unit_line
    assert "发证机构（盖章）" in member_text and "发证机构（盖章）" in unit_text


def test_unit_certificate_seal_and_signature_on_its_last_page(db, actors, tmp_path):
    with db.unit_of_work() as session:
        made = factories.world(session, members=30)
        job = service.unit_certificate(session, actors["clerk1"], uscc=made.unit.uscc)
    pages, pngs = _paper(job, tmp_path / "dw.pdf")

    assert len(pages) == 2
    assert f"发证机构：{OFFICE}" in pages[0] and f"发证机构：{OFFICE}" in pages[1]
    assert "发证机构（盖章）" not in pages[0] and "发证机构（盖章）" in pages[1]
    assert "参保单位签字（盖章）：" in pages[1]
    assert "第1页共2页" in pages[0] and "第2页共2页" in pages[1]
    for png in pngs:  # the frame on every page of the A4 sheet
        assert dark_share(png, (20, 4.6, 190, 5.4)) > 0.3


def test_a_plan_without_waiting_period_prints_no_date(db, actors, tmp_path):
    with db.unit_of_work() as session:
        made = factories.world(session, members=1, plans={"ZY": 1, "YW": 1})
        job = service.member_certificate(
            session, actors["clerk1"], id_number=made.members[0].id_number
        )
    [text], _ = _paper(job, tmp_path / "pz.pdf")
    zy = text.index("在职职工住院医疗互助保障")
    yw = text.index("在职职工意外伤害互助保障")
    assert "2026.03.31" in text[zy:yw]  # ZY: 30 days from 1 March
    assert "无观察期" in text[yw:]
    assert "2026.03.01" not in text.replace("2026.03.01–", "")  # the start date is no wait date


def test_long_notices_and_claim_receipts_carry_page_numbers(db, world, actors, tmp_path):
    working = [f"第{i}项费用核算：政策内自付 100.00 元 × 70% = 70.00 元" for i in range(1, 61)]
    documents = {f"住院发票第{i}张": i % 2 == 0 for i in range(1, 50)}
    with db.unit_of_work() as session:
        approved = factories.claim(
            session, world, status=ClaimStatus.APPROVED, amount=420000, working=working
        )
        received = factories.claim(session, world, documents=documents)
        notice = service.claim_notice(session, actors["clerk1"], claim_number=approved.number)
        receipt = service.claim_receipt(session, actors["clerk1"], claim_number=received.number)
    for job, name in ((notice, "gf.pdf"), (receipt, "sl.pdf")):
        pages, pngs = _paper(job, tmp_path / name)
        assert len(pages) == len(pngs) >= 2
        for n, page in enumerate(pages, start=1):
            assert f"第{n}页共{len(pages)}页" in page


def test_a_one_page_notice_has_no_page_number(db, world, actors, tmp_path):
    with db.unit_of_work() as session:
        claim = factories.claim(session, world, status=ClaimStatus.APPROVED, amount=10000)
        job = service.claim_notice(session, actors["clerk1"], claim_number=claim.number)
    [text], _ = _paper(job, tmp_path / "gf.pdf")
    assert "给付通知书" in text and "页共" not in text
