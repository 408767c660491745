"""The 增值服务 page on the demo database (issue 11): events with their sign-ins and the
partners with their offers are there to show."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.conftest import ACTORS
from ui.bus import Bus
from ui.context import PageContext
from ui.health.page import HealthPage


def test_demo_database_fills_the_health_page(qtbot: QtBot, demo_db, demo_data_dir):
    page = HealthPage(PageContext(demo_db, ACTORS["clerk1"], Bus(), data_dir=demo_data_dir))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.events.table.rowCount() == 6, timeout=20000)
    qtbot.waitUntil(lambda: page.partners.table.rowCount() == 3, timeout=20000)
    counts = sorted(page.events.table.item(r, 6).text() for r in range(6))
    assert counts == ["0/40", "0/50", "15/20", "18/40", "26/60", "30/80"]
    kinds = {page.events.table.item(r, 1).text() for r in range(6)}
    assert kinds == {"健康讲座", "义诊", "体检", "志愿者培训"}
    names = {page.partners.table.item(r, 0).text() for r in range(3)}
    assert names == {"铜川市耀州区人民医院", "康华大药房", "阳光社区诊所"}
