"""Start-up checks on the 工作台 (issue 10, security): a broken audit chain is named in the home
page's warning as soon as the clerk logs in; an intact one shows none (test_home_page)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.conftest import type_login
from ui.application import start
from ui.home.page import HomePage


def test_a_broken_audit_chain_is_warned_on_the_home_page(
    qtbot: QtBot, demo_data_dir: Path, demo_password: str
) -> None:
    with sqlite3.connect(demo_data_dir / "huzhu.sqlite3") as conn:
        conn.execute("""UPDATE audit_log SET details = '{"name":"改"}' WHERE seq = 2""")
    conn.close()
    shell = start(str(demo_data_dir))
    assert shell is not None
    qtbot.addWidget(shell.login)
    type_login(qtbot, shell, "clerk1", demo_password)
    window = shell.main_window
    assert window is not None
    qtbot.addWidget(window)
    page = window.show_page("home")
    assert isinstance(page, HomePage)
    qtbot.waitUntil(lambda: page.findings is not None, timeout=20_000)
    assert page.warning.isVisibleTo(page)
    assert page.warning.text() == (
        "数据检查发现问题，请联系管理员：\n审计日志哈希链断裂：第 2 条记录内容被改动"
    )
    window.close()
    shell.close()
