"""Acceptance 3 of issue 2, GUI side: five wrong passwords in the dialog lock the operator; the
right password is then refused with the lock message until the 15 minutes have passed."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from app import clock
from app.db import Database
from tests.ui.conftest import type_login
from ui.application import Shell
from ui.qt import QLabel

REFUSED = (
    "用户名或密码不正确，或账户因连续输错密码已被锁定（连续输错 5 次锁定 15 分钟）。"
    "请核对后再试，或请管理员解锁。"
)


def _real_clock_at(monkeypatch: pytest.MonkeyPatch, when: str) -> None:
    monkeypatch.setattr(clock, "real_now", lambda: dt.datetime.fromisoformat(when))


def test_wrong_password_is_shown_inline_with_attempts_left(qtbot: QtBot, shell: Shell) -> None:
    type_login(qtbot, shell, "clerk1", "wrong-password")
    assert shell.main_window is None
    assert shell.login.isVisible()
    assert shell.login.error.text() == REFUSED


def test_empty_username_is_refused_without_asking_the_database(qtbot: QtBot, shell: Shell) -> None:
    type_login(qtbot, shell, "", "whatever")
    assert shell.login.error.text() == "请输入用户名。"


def test_five_wrong_passwords_lock_until_fifteen_minutes_pass(
    qtbot: QtBot, shell: Shell, demo_password: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _real_clock_at(monkeypatch, "2026-03-02T09:00:00")
    for _ in range(5):
        type_login(qtbot, shell, "clerk1", "not-the-password")
        assert shell.login.error.text() == REFUSED

    _real_clock_at(monkeypatch, "2026-03-02T09:14:30")
    type_login(qtbot, shell, "clerk1", demo_password)
    assert shell.main_window is None
    assert shell.login.error.text() == REFUSED

    _real_clock_at(monkeypatch, "2026-03-02T09:15:01")
    type_login(qtbot, shell, "clerk1", demo_password)
    assert shell.main_window is not None
    qtbot.addWidget(shell.main_window)
    assert shell.main_window.context.actor.username == "clerk1"


def test_gui_lock_is_the_cli_lock(qtbot: QtBot, shell: Shell, demo_password: str) -> None:
    """The dialog and `huzhu --user` share one counter: the CLI sees the GUI's lock (both on
    the real clock; a forged HUZHU_NOW in the CLI's environment does not end it)."""
    from tests.cli_runner import huzhu

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
            "HUZHU_NOW": "2099-03-02T09:05:00",
        },
    )
    assert run.code == 1
    assert REFUSED in run.out + run.err


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
