"""Acceptance 3 of issue 2, GUI side: five wrong passwords in the dialog lock the operator; the
right password is then refused with the lock message until the 15 minutes have passed."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.db import Database
from tests.ui.conftest import type_login
from ui.application import Shell
from ui.qt import QLabel


def test_wrong_password_is_shown_inline_with_attempts_left(qtbot: QtBot, shell: Shell) -> None:
    type_login(qtbot, shell, "clerk1", "wrong-password")
    assert shell.main_window is None
    assert shell.login.isVisible()
    assert shell.login.error.text() == "用户名或密码不正确（再错 4 次将锁定 15 分钟）。"


def test_empty_username_is_refused_without_asking_the_database(qtbot: QtBot, shell: Shell) -> None:
    type_login(qtbot, shell, "", "whatever")
    assert shell.login.error.text() == "请输入用户名。"


def test_five_wrong_passwords_lock_until_fifteen_minutes_pass(
    qtbot: QtBot, shell: Shell, demo_password: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HUZHU_NOW", "2026-03-02T09:00:00")
    for left in (4, 3, 2, 1):
        type_login(qtbot, shell, "clerk1", "not-the-password")
        assert f"再错 {left} 次" in shell.login.error.text()
    type_login(qtbot, shell, "clerk1", "not-the-password")
    assert shell.login.error.text() == "密码连续输错 5 次，账户 clerk1 已锁定 15 分钟。"

    monkeypatch.setenv("HUZHU_NOW", "2026-03-02T09:14:30")
    type_login(qtbot, shell, "clerk1", demo_password)
    assert shell.main_window is None
    assert shell.login.error.text() == (
        "账户 clerk1 因连续输错密码已被锁定，请 1 分钟后再试，或请管理员解锁。"
    )

    monkeypatch.setenv("HUZHU_NOW", "2026-03-02T09:15:01")
    type_login(qtbot, shell, "clerk1", demo_password)
    assert shell.main_window is not None
    qtbot.addWidget(shell.main_window)
    assert shell.main_window.context.actor.username == "clerk1"


def test_gui_lock_is_the_cli_lock(
    qtbot: QtBot, shell: Shell, demo_password: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog and `huzhu --user` share one counter: the CLI sees the GUI's lock."""
    from tests.cli_runner import huzhu

    monkeypatch.setenv("HUZHU_NOW", "2026-03-02T09:00:00")
    for _ in range(5):
        type_login(qtbot, shell, "clerk2", "nope-nope")
    db: Database = shell.db
    run = huzhu(
        "--data",
        str(db.path.parent),
        "--user",
        "clerk2",
        "user",
        "add",
        "clerk9",
        "--role",
        "clerk",
        env={
            "HUZHU_PASSWORD": demo_password,
            "HUZHU_NEW_PASSWORD": "long-enough-1",
            "HUZHU_NOW": "2026-03-02T09:05:00",
        },
    )
    assert run.code == 1
    assert "账户 clerk2 因连续输错密码已被锁定，请 10 分钟后再试" in run.out + run.err


def test_the_login_error_and_the_demo_hint_do_not_overlap(qtbot: QtBot, shell: Shell) -> None:
    dialog = shell.login
    hint = dialog.findChild(QLabel, "demo_hint")
    for username in ("", "clerk1"):  # a short refusal, then the longer one with attempts left
        type_login(qtbot, shell, username, "wrong-password")
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=2000)
        error, below = dialog.error.geometry(), hint.geometry()
        assert not error.intersects(below)
        assert error.bottom() < below.top()
        assert error.height() >= dialog.error.heightForWidth(error.width())  # not clipped
        assert below.height() >= hint.heightForWidth(below.width())
