"""The 同步 page: reminder when overdue, export now through the op helper (file dialog patched),
import of a return package marking the package acknowledged and listing the hub's alert, and
dismissing the alert."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.sync import crypto, keystore
from app.sync.format import package_id
from tests.app.sync_factories import ADMIN, TODAY, add_unit, keyed_desk, resident_id, return_package
from tests.conftest import ACTORS
from ui.bus import Bus
from ui.context import PageContext
from ui.qt import QFileDialog, QMessageBox
from ui.sync.page import SyncPage


@pytest.fixture
def setup(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    database, hub_keys = keyed_desk(tmp_path / "desk")
    with database.unit_of_work() as session:
        add_unit(session, "61020401", [resident_id() for _ in range(3)])
    shown: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox, kind, staticmethod(lambda _p, _t, text, *a, k=kind: shown.append(k + text))
        )
    page = SyncPage(PageContext(database, ACTORS["clerk1"], Bus()))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    yield page, database, hub_keys, shown
    database.dispose()


def test_export_then_import_return_then_dismiss_alert(qtbot, setup, tmp_path, monkeypatch):
    page, database, hub_keys, shown = setup
    assert "从未导出" in page.summary.text() and "待同步变更 4 条" in page.summary.text()
    assert page.reminder.isVisible() and "7 天" in page.reminder.text()

    out = tmp_path / "usb"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(out)))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.packages.rowCount() == 1, timeout=10_000)
    assert page.packages.item(0, 3).text() == "已导出"
    assert not page.reminder.isVisible()
    exported = next(out.glob("*.hzp"))
    assert any("第 1 号同步包" in s for s in shown)

    with database.reader() as session:
        keys = keystore.load(session)
    alert = {
        "uuid": "0b6bd0c2-7c4e-4b35-9c11-222222222222",
        "kind": "duplicate",
        "message": "会员 610204********0011 的 ZY 保障与代办处 61020501 重复",
        "details": {},
        "created_at": "2026-03-04T10:00:00",
    }
    back = return_package(
        tmp_path / "back",
        hub_keys,
        crypto.box_public(keys.box_private),
        acks=[
            {
                "uuid": "0b6bd0c2-7c4e-4b35-9c11-1111111111a1",  # rows carry UUID ids (issue 20)
                "seq": 1,
                "sha256": package_id(exported),  # the package is its signed manifest's hash
            }
        ],
        alerts=[alert],
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(back), ""))
    )
    page.import_button.click()
    qtbot.waitUntil(lambda: page.alerts.rowCount() == 1, timeout=10_000)
    statuses = {page.packages.item(r, 3).text() for r in range(page.packages.rowCount())}
    assert statuses == {"省办事处已确认", "已导入"}
    assert "61020501" in page.alerts.item(0, 1).text()

    page.alerts.selectRow(0)
    page.dismiss_button.click()
    qtbot.waitUntil(lambda: page.alerts.rowCount() == 0, timeout=10_000)
    assert not any(s.startswith(("warning", "critical")) for s in shown)


def test_reminder_when_last_export_is_older_than_the_interval(qtbot, setup, tmp_path, monkeypatch):
    page, database, *_ = setup
    from app.sync.export import export_package

    with database.unit_of_work() as session:
        export_package(session, ADMIN, out_dir=tmp_path)
    monkeypatch.setenv("HUZHU_TODAY", "2026-03-20")
    page.refresh()
    assert page.reminder.isVisible() and "7 天" in page.reminder.text()
