"""The back of the member certificate (issue 11): the partners and offers valid on the print date,
read back from the PDF (text by pypdf, pages rendered by PDFium); in a batch every certificate
is followed by the same back, drawn once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader

from app.health import partners
from app.printing import service
from app.printing.pdf import write_pdf
from tests.app import printing_factories as factories
from tests.app.printing_pdf import qr_codes, texts

TODAY = dt.date(2026, 5, 10)
VALID = {
    "耀州区人民医院": ("hospital", ["会员免费血常规一次", "体检套餐9折"]),
    "康华大药房": ("pharmacy", ["目录内药品9折"]),
    "阳光社区诊所": ("clinic", ["会员免挂号费"]),
}


@pytest.fixture
def world(db, actors, monkeypatch):
    monkeypatch.setenv("HUZHU_TODAY", TODAY.isoformat())
    clerk = actors["clerk1"]
    year = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    with db.unit_of_work() as session:
        made = factories.world(session, members=3)
        for name, (kind, offers) in VALID.items():
            partners.add_partner(
                session, clerk, name=name, kind=kind, valid_from=year[0], valid_to=year[1],
                offers=offers, phone="0919-6212345",
            )  # fmt: skip
        partners.add_offer(
            session, clerk, partner="康华大药房", description="春季义诊赠药",
            valid_from=dt.date(2026, 3, 1), valid_to=dt.date(2026, 4, 30),
        )  # fmt: skip
        partners.add_partner(
            session, clerk, name="旧城医院", kind="hospital", valid_from=dt.date(2025, 1, 1),
            valid_to=dt.date(2025, 12, 31), offers=["住院床位费减免"],
        )  # fmt: skip
        partners.add_partner(
            session, clerk, name="新区口腔门诊", kind="clinic", valid_from=dt.date(2026, 7, 1),
            valid_to=dt.date(2026, 12, 31), offers=["洁牙半价"],
        )  # fmt: skip
    return made


def _render(path: Path, page: int) -> bytes:
    doc = pypdfium2.PdfDocument(str(path))
    try:
        return doc[page].render(scale=1).to_pil().convert("L").tobytes()
    finally:
        doc.close()


def test_back_lists_partners_and_offers_valid_on_the_print_date(db, world, actors, tmp_path):
    member = world.members[0]
    with db.unit_of_work() as session:
        job = service.member_certificate(
            session, actors["clerk1"], id_number=member.id_number, back=True
        )
    pdf = tmp_path / "cert.pdf"
    assert write_pdf(job.documents, pdf) == 2
    front, back = texts(pdf)
    assert member.name in front and "合作机构" not in front
    for name, (_kind, offers) in VALID.items():
        assert name in back
        assert all(offer in back for offer in offers)
    assert "医院" in back and "药店" in back and "诊所" in back
    assert "2026年05月10日" in back and "铜川市耀州区代办处" in back
    for gone in ("旧城医院", "住院床位费减免", "春季义诊赠药", "新区口腔门诊", "洁牙半价"):
        assert gone not in back
    assert member.name not in back  # the back is the same for every member
    [code] = qr_codes(pdf, page=0)
    assert code == job.documents[0].qr_text
    assert qr_codes(pdf, page=1) == []
    page = PdfReader(pdf).pages[1]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
        (595.3, 419.5), abs=0.5
    )  # A5 landscape, the same sheet as the front
    ink = _render(pdf, 1)
    assert sum(1 for px in ink if px < 128) > 2000  # drawn, not an empty page


def test_front_only_stays_one_page(db, world, actors, tmp_path):
    with db.unit_of_work() as session:
        job = service.member_certificate(
            session, actors["clerk1"], id_number=world.members[1].id_number
        )
    assert write_pdf(job.documents, tmp_path / "front.pdf") == 1


def test_batch_puts_the_same_back_behind_every_certificate_drawn_once(db, world, actors, tmp_path):
    with db.unit_of_work() as session:
        job = service.enrollment_certificates(
            session, actors["clerk1"], enrollment_number=world.enrollment.number, back=True
        )
    pdf = tmp_path / "batch.pdf"
    assert write_pdf(job.documents, pdf) == 6
    pages = texts(pdf)
    assert [("康华大药房" in p) for p in pages] == [False, True] * 3
    assert all(any(m.name in p for p in pages[::2]) for m in world.members)
    for i in range(3):
        [code] = qr_codes(pdf, page=2 * i)
        assert code.split("|")[2] == job.documents[2 * i].number
    reader = PdfReader(pdf)
    forms = [
        [x.idnum for x in reader.pages[i]["/Resources"]["/XObject"].values()] for i in (1, 3, 5)
    ]
    assert forms[0] == forms[1] == forms[2] and len(forms[0]) == 1  # one drawing, three uses
    assert _render(pdf, 1) == _render(pdf, 3) == _render(pdf, 5)
    assert job.title.startswith(f"参保凭证 {world.enrollment.number}（3 人）")


def test_too_many_offers_still_fit_one_back_page(db, world, actors, tmp_path):
    with db.unit_of_work() as session:
        for i in range(20):
            partners.add_partner(
                session, actors["clerk1"], name=f"第{i:02d}药房", kind="pharmacy",
                valid_from=dt.date(2026, 1, 1), valid_to=dt.date(2026, 12, 31),
                offers=[f"药品{i:02d}折扣"],
            )  # fmt: skip
        job = service.member_certificate(
            session, actors["clerk1"], id_number=world.members[0].id_number, back=True
        )
    pdf = tmp_path / "long.pdf"
    assert write_pdf(job.documents, pdf) == 2
    back = texts(pdf)[1]
    # 24 offers valid today, 15 rows: 14 listed and the rest summed up, pointing to the leaflet
    assert "另有10项优惠" in back and "会员优惠合作机构名单" in back
    assert "第00药房" in back and "第19药房" not in back
