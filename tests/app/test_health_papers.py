"""The printed papers of the health services (issue 11) read back from their PDFs: the sign-in
sheet as a paper back-up for the whole queue, the one-page guide for partners."""

from __future__ import annotations

import pypdfium2
import pytest

from app.health import events
from app.printing import health_docs
from app.printing.pdf import write_pdf
from tests.app import health_factories
from tests.app.printing_pdf import texts


@pytest.fixture
def office(db, actors, monkeypatch):
    monkeypatch.setenv("HUZHU_TODAY", health_factories.TODAY)
    with db.unit_of_work() as session:
        return health_factories.office(session, actors["clerk1"], members=3, capacity=40)


def _rule_pixels(path, page: int = 0) -> int:
    """Dark pixels down the 本人签名 column (empty on every row): the row rules."""
    doc = pypdfium2.PdfDocument(str(path))
    try:
        image = doc[page].render(scale=2).to_pil().convert("L")
    finally:
        doc.close()
    x = int(190 / 25.4 * 144)  # 190 mm from the left: inside 本人签名, never written
    top, bottom = int(70 / 25.4 * 144), int(270 / 25.4 * 144)
    return sum(1 for y in range(top, bottom) if image.getpixel((x, y)) < 200)


def test_sign_in_sheet_has_a_numbered_ruled_row_for_every_place(db, office, actors, tmp_path):
    with db.unit_of_work() as session:
        events.record_attendance(
            session, actors["clerk1"], event_number=office.event, scanned=office.ids[0]
        )
        sheet = health_docs.sign_in_sheet(session, event_number=office.event)
    pdf = tmp_path / "sheet.pdf"
    assert write_pdf([sheet], pdf) == 2  # 40 places: 1 signed in by scanner, 39 blank rows
    pages = texts(pdf)
    assert office.names[0] in pages[0] and office.ids[0] not in pages[0]
    assert "已签到1人" in pages[0] and "本人签名" in pages[1]
    assert len(sheet.rows) == 40 and sheet.rows[-1] == {"seq": "40"}
    assert "40" in pages[1] and "41" not in pages[1]
    assert _rule_pixels(pdf) > 20  # the blank rows are ruled for handwriting


def test_sign_in_sheet_of_a_big_event_is_capped(db, office, actors):
    with db.unit_of_work() as session:
        big = events.add_event(
            session, actors["clerk1"], kind="clinic", title="广场义诊", place="药王山广场",
            held_on=health_factories.EVENT_DAY, capacity=5000,
        )  # fmt: skip
        sheet = health_docs.sign_in_sheet(session, event_number=big.number)
    assert len(sheet.rows) == health_docs.SIGN_IN_MAX_BLANK_ROWS


def test_partner_guide_is_one_page_naming_the_partner_and_the_refusals(db, office, tmp_path):
    with db.reader() as session:
        guide = health_docs.partner_guide(session, partner="耀州区人民医院")
    pdf = tmp_path / "guide.pdf"
    assert write_pdf([guide], pdf) == 1
    [text] = texts(pdf)
    for expected in ("合作机构会员核验说明", "耀州区人民医院", "扫描凭证", "身份证号码", "有效会员",
                     "保障已过期", "签名不符", "不需联网", "61020401"):  # fmt: skip
        assert expected in text
