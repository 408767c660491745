"""The settings page: the service decides who may change settings; the page shows its answer."""

from __future__ import annotations

import contextlib

from pytestqt.qtbot import QtBot

from app import auth, settings
from ui.qt import Qt
from ui.settings.add_operator_dialog import AddOperatorDialog
from ui.settings.page import SettingsPage


def open_settings(logged_in, username: str) -> SettingsPage:
    window = logged_in(username).main_window
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    return page


def test_clerk_sees_the_office_settings_read_only_with_a_note(qtbot: QtBot, logged_in) -> None:
    page = open_settings(logged_in, "clerk1")
    assert page.operators is None  # only admins see the operator list
    note = page.read_only_note
    assert note is not None and note.text() == "只有主管、管理员可以修改，这里仅供查看。"
    for editor in (page.sync_days, page.promise_days, page.fixed_date, page.backup_dir):
        assert editor.isReadOnly()
    for choice in (page.policy, page.use_fixed, page.receipt_copies, page.signature,
                   page.language, page.save_button):  # fmt: skip
        assert not choice.isEnabled()
    qtbot.keyClicks(page.sync_days, "30")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.saved_label.text() == ""
    with page.context.db.reader() as session:
        assert settings.get(session, "sync_interval_days") == 7


def test_supervisor_chooses_how_papers_print(qtbot: QtBot, logged_in, message_boxes) -> None:
    page = open_settings(logged_in, "supervisor1")
    assert page.read_only_note is None
    assert page.receipt_copies.currentText() == "一张 A4 纸上下三联"  # the default
    page.receipt_copies.setCurrentIndex(page.receipt_copies.findText("三联分三页打印"))
    page.signature.setCurrentIndex(page.signature.findText("仅会员凭证印会员签字栏"))
    with qtbot.waitSignal(page.context.bus.changed, timeout=5000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert message_boxes.shown == []
    with page.context.db.reader() as session:
        assert settings.get(session, "receipt_copies") == "pages"
        assert settings.get(session, "certificate_signature") == "member"


def test_supervisor_change_is_saved(qtbot: QtBot, logged_in, message_boxes) -> None:
    page = open_settings(logged_in, "supervisor1")
    page.sync_days.setValue(30)
    page.use_fixed.setChecked(True)
    page.language.setCurrentIndex(page.language.findData("en"))
    assert set(page.edited()) == {"sync_interval_days", "fixed_start_date", "language"}
    with qtbot.waitSignal(page.context.bus.changed, timeout=5000):
        page.save()
    assert message_boxes.shown == []
    assert page.saved_label.text() == "已保存。"
    with page.context.db.reader() as session:
        assert settings.get(session, "sync_interval_days") == 30
        assert settings.get(session, "language") == "en"
        assert settings.get(session, "fixed_start_date") == page.fixed_date.date().toString(
            "yyyy-MM-dd"
        )
    assert page.edited() == {}  # reloaded from the database after the change


def test_admin_adds_and_unlocks_operators(
    qtbot: QtBot, logged_in, monkeypatch, message_boxes
) -> None:
    page = open_settings(logged_in, "admin")
    box = page.operators
    assert box is not None and box.table.rowCount() == 5

    def fill(dialog: AddOperatorDialog) -> int:
        dialog.username.setText("clerk3")
        dialog.display_name.setText("赵敏")
        dialog.password.setText("password-123")
        dialog.repeat.setText("password-123")
        return 1

    monkeypatch.setattr(AddOperatorDialog, "exec", fill)
    with qtbot.waitSignal(page.context.bus.changed, timeout=10000):
        box.add_operator()
    assert box.table.rowCount() == 6
    assert message_boxes.shown == []

    for _ in range(5):
        with contextlib.suppress(auth.LoginFailed):
            auth.authenticate(page.context.db, "clerk3", "wrong-password")
    box.load()
    row = next(r for r in range(box.table.rowCount()) if box.table.item(r, 0).text() == "clerk3")
    assert box.table.item(row, 3).text().startswith("已锁定至")
    box.table.selectRow(row)
    with qtbot.waitSignal(page.context.bus.changed, timeout=5000):
        box.unlock_selected()
    assert box.table.item(row, 3).text() == "正常"


def test_add_operator_dialog_checks_the_repeat(qtbot: QtBot) -> None:
    dialog = AddOperatorDialog()
    qtbot.addWidget(dialog)
    dialog.password.setText("password-123")
    dialog.repeat.setText("password-124")
    dialog._check()
    assert dialog.error.text() == "两次输入的密码不一致。"
    assert dialog.result() == 0
