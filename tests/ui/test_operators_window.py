"""Issue 18.3 in the window: 修改密码 for everyone, 重置密码/停用/启用 for admins, 切换用户 back to
the login window, and the idle lock that asks for the password again."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app import auth, settings
from app.errors import LoginFailed
from tests.ui.conftest import type_login
from ui.application import Shell
from ui.main_window import MainWindow
from ui.qt import QApplication, QLabel, Qt
from ui.settings.page import SettingsPage
from ui.settings.password_dialog import PasswordDialog

NEW = "new-secret-9"


def _window(shell: Shell) -> MainWindow:
    window = shell.main_window
    assert isinstance(window, MainWindow)
    return window


def _type_passwords(qtbot: QtBot, dialog: PasswordDialog, *texts: str) -> None:
    fields = [dialog.old, dialog.new, dialog.repeat] if dialog.username is None else []
    fields = fields or [dialog.new, dialog.repeat]
    for field, text in zip(fields, texts, strict=True):
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_clerk_changes_own_password_from_the_menu(qtbot: QtBot, logged_in, demo_password) -> None:
    window = _window(logged_in("clerk1"))
    assert [a.text() for a in window.menuBar().actions()] == ["操作员(&O)"]
    window.password_action.trigger()
    dialog = window.findChild(PasswordDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.findChild(QLabel, "rule").text() == (
        "新密码至少 8 个字符，可用字母、数字和符号。"
    )
    _type_passwords(qtbot, dialog, demo_password, NEW, NEW + "x")
    assert dialog.error.text() == "两次输入的新密码不一致。" and dialog.isVisible()
    _type_passwords(qtbot, dialog, "not-the-old-one", NEW, NEW)
    qtbot.waitUntil(lambda: dialog.error.text() == "原密码不正确，密码没有修改。", timeout=5000)
    _type_passwords(qtbot, dialog, demo_password, "short", "short")
    qtbot.waitUntil(lambda: "至少需要 8 个字符" in dialog.error.text(), timeout=5000)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        _type_passwords(qtbot, dialog, demo_password, NEW, NEW)
    assert auth.authenticate(window.context.db, "clerk1", NEW).username == "clerk1"


def _settings(window: MainWindow) -> SettingsPage:
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage) and page.operators is not None
    return page


def _select(box, username: str) -> None:
    row = next(r for r in range(box.table.rowCount()) if box.table.item(r, 0).text() == username)
    box.table.selectRow(row)


def _state(box, username: str) -> str:
    row = next(r for r in range(box.table.rowCount()) if box.table.item(r, 0).text() == username)
    return box.table.item(row, 3).text()


def test_admin_resets_disables_and_enables(
    qtbot: QtBot, shell: Shell, logged_in, demo_password, message_boxes
) -> None:
    window = _window(logged_in("admin"))
    box = _settings(window).operators
    _select(box, "clerk2")
    assert box.disable_button.isEnabled() and not box.enable_button.isEnabled()
    qtbot.mouseClick(box.reset_button, Qt.MouseButton.LeftButton)
    dialog = box.findChild(PasswordDialog)
    assert dialog.windowTitle() == "重置密码 — clerk2" and not dialog.old.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        _type_passwords(qtbot, dialog, NEW, NEW)
    assert auth.authenticate(window.context.db, "clerk2", NEW).username == "clerk2"

    _select(box, "clerk2")
    with qtbot.waitSignal(window.context.bus.changed, timeout=5000):
        qtbot.mouseClick(box.disable_button, Qt.MouseButton.LeftButton)
    assert _state(box, "clerk2") == "已停用"
    assert box.enable_button.isEnabled() and not box.disable_button.isEnabled()
    with pytest.raises(LoginFailed, match="已停用"):
        auth.authenticate(window.context.db, "clerk2", NEW)

    _select(box, "admin")
    qtbot.mouseClick(box.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=5000)
    assert "admin 是最后一位在用的管理员，不能停用" in message_boxes.texts("warning")[0]
    assert _state(box, "admin") == "正常"

    _select(box, "clerk2")
    with qtbot.waitSignal(window.context.bus.changed, timeout=5000):
        qtbot.mouseClick(box.enable_button, Qt.MouseButton.LeftButton)
    assert _state(box, "clerk2") == "正常"


def test_disabled_operator_is_told_at_the_login_window(
    qtbot: QtBot, shell: Shell, demo_password, actors
) -> None:
    with shell.db.unit_of_work() as session:
        auth.set_operator_active(session, actors["admin"], username="clerk2", active=False)
    type_login(qtbot, shell, "clerk2", demo_password)
    assert shell.main_window is None
    assert shell.login.error.text() == "操作员 clerk2 已停用，不能登录；请管理员启用。"


def test_switch_user_returns_to_the_login_window(
    qtbot: QtBot, shell: Shell, logged_in, demo_password
) -> None:
    window = _window(logged_in("clerk1"))
    assert window.switch_button.text() == "切换用户"
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    assert shell.main_window is None
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert shell.login.isVisible() and shell.login.username.text() == ""
    assert QApplication.instance() is not None  # the app did not quit
    type_login(qtbot, shell, "reviewer1", demo_password)
    second = _window(shell)
    qtbot.addWidget(second)
    assert second.context.actor.username == "reviewer1"
    assert "张敏" in second.operator_label.text()


def test_idle_desk_locks_and_the_same_operator_unlocks(
    qtbot: QtBot, shell: Shell, logged_in, demo_password
) -> None:
    window = _window(logged_in("clerk1"))
    assert window.idle.timer.interval() == 15 * 60_000  # the default
    window.idle.set_interval(50)  # a tiny idle time
    qtbot.waitUntil(lambda: window.lock_dialog is not None, timeout=5000)
    lock = window.lock_dialog
    qtbot.waitExposed(lock)
    assert not window.centralWidget().isVisible()  # the page is hidden while locked
    assert lock.isModal() and "王丽（clerk1）" in lock.findChildren(type(lock.error))[0].text()
    lock.reject()  # Esc does not unlock
    assert lock.isVisible()
    qtbot.keyClicks(lock.password, "wrong-password")
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    assert "用户名或密码不正确" in lock.error.text() and lock.isVisible()
    lock.password.clear()
    window.idle.set_interval(60_000)
    qtbot.keyClicks(lock.password, demo_password)
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.isVisible() and window.lock_dialog is None
    assert window.centralWidget().isVisible()
    assert not window.idle.locked and window.idle.timer.isActive()

    window.lock_action.trigger()  # 操作员 → 锁定 (Ctrl+Shift+L) locks at once
    assert window.lock_dialog is not None and window.idle.locked
    qtbot.mouseClick(window.lock_dialog.switch_button, Qt.MouseButton.LeftButton)
    assert shell.main_window is None and shell.login.isVisible()


def test_idle_time_is_a_setting(qtbot: QtBot, logged_in, message_boxes) -> None:
    window = _window(logged_in("supervisor1"))
    page = window.show_page("settings")
    assert page.idle_minutes.value() == 15
    page.idle_minutes.setValue(5)
    with qtbot.waitSignal(page.context.bus.changed, timeout=5000):
        page.save()
    assert window.idle.timer.interval() == 5 * 60_000
    with page.context.db.reader() as session:
        assert settings.get(session, "idle_lock_minutes") == 5
