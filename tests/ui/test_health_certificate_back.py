"""The 打印 page offers the member certificate front only or with the partner list on the back
(issue 11), for one member and for a whole enrollment's batch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.health import partners
from tests.app import printing_factories as factories
from tests.app.printing_pdf import texts
from tests.conftest import ACTORS
from tests.ui.printing_pages import shown_printing_page
from ui.printing.page import PrintingPage


@pytest.fixture
def world(db, monkeypatch):
    monkeypatch.setenv("HUZHU_TODAY", "2026-05-10")
    with db.unit_of_work() as session:
        made = factories.world(session, members=2)
        partners.add_partner(
            session, ACTORS["clerk1"], name="耀州区人民医院", kind="hospital",
            valid_from=dt.date(2026, 1, 1), valid_to=dt.date(2026, 12, 31),
            offers=["体检套餐9折"],
        )  # fmt: skip
    return made


@pytest.fixture
def page(qtbot: QtBot, db, world, monkeypatch, tmp_path) -> PrintingPage:
    return shown_printing_page(qtbot, db, monkeypatch, tmp_path)


def _generate(qtbot: QtBot, page: PrintingPage, tmp_path: Path, kind: str, key: str) -> list[str]:
    page.choose(kind, key)
    before = page.last
    page.generate_button.click()
    qtbot.waitUntil(lambda: page.last is not before, timeout=20000)
    out = tmp_path / f"{kind}-{len(list(tmp_path.glob('*.pdf')))}.pdf"
    out.write_bytes(page.last.pdf)
    return texts(out)


def test_back_option_shows_for_member_certificates_only(page: PrintingPage):
    for kind, shown in (("member", True), ("batch", True), ("unit", False), ("premium", False)):
        page.choose(kind, "")
        assert page.back.isVisible() is shown, kind


def test_certificate_front_only_or_with_the_partner_list_behind(
    qtbot: QtBot, page: PrintingPage, world, tmp_path: Path
):
    member = world.members[0]
    assert not page.back.isChecked()  # front only unless asked
    [front] = _generate(qtbot, page, tmp_path, "member", member.id_number)
    assert member.name in front and "耀州区人民医院" not in front

    page.back.setChecked(True)
    front, back = _generate(qtbot, page, tmp_path, "member", member.id_number)
    assert page.preview.page_count() == 2
    assert member.name in front
    assert "耀州区人民医院" in back and "体检套餐9折" in back

    pages = _generate(qtbot, page, tmp_path, "batch", world.enrollment.number)
    assert len(pages) == 4 and page.preview.page_count() == 4
    assert ["体检套餐9折" in p for p in pages] == [False, True, False, True]
