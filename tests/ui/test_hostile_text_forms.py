"""Issue 20 class 4 in the window: a unit name pasted with a bidi override (U+202E) is refused
beside the field, naming the character and its position, and nothing is saved."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models import Unit
from tests.app.registry_factories import uscc
from tests.conftest import ACTORS
from tests.ui.test_units_page import type_text
from ui.bus import Bus
from ui.context import PageContext
from ui.qt import QMessageBox, Qt
from ui.units.page import UnitsPage


@pytest.fixture
def page(qtbot: QtBot, demo_db, monkeypatch) -> UnitsPage:
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, k=kind: pytest.fail(f"{k}: {a[2]}"))
    widget = UnitsPage(PageContext(demo_db, ACTORS["clerk1"], Bus()))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_pasted_bidi_override_is_refused_beside_the_name(qtbot: QtBot, page, demo_db) -> None:
    dialog = page.add_unit()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.uscc, uscc(556))
    type_text(dialog.name, "耀州\u202e司公新")
    dialog.headcount.setValue(10)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.errors.text("name") != "", timeout=15000)
    assert "第 3 个字符" in dialog.errors.text("name")
    assert "U+202E（从右至左覆盖）" in dialog.errors.text("name")
    assert dialog.isVisible()
    with demo_db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Unit)) == 20
