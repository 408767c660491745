"""Backups in the shell (issue 10): the day's backup after login in the background, the exit
backup on closing, failures shown without losing the close; restore from 设置 asks for the
passphrase of an encrypted backup and refuses another office's backup or a corrupt file with the
current database untouched (acceptance 4, from the UI)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import backup, settings
from app.auth import SYSTEM
from app.db import online_backup, open_database
from ui.qt import QFileDialog, QInputDialog, QMessageBox
from ui.settings.page import SettingsPage
from ui.status import LABEL_ROOM


def _at(monkeypatch: pytest.MonkeyPatch, when: str) -> None:
    monkeypatch.setenv("HUZHU_NOW", when)


def test_login_backs_up_when_due_and_closing_backs_up_on_exit(
    qtbot: QtBot, logged_in, monkeypatch, message_boxes
) -> None:
    _at(monkeypatch, "2026-03-02T08:00:00")
    shell = logged_in("clerk1")
    window = shell.main_window
    folder = shell.data_dir / "backups"
    qtbot.waitUntil(lambda: window.backups.last is not None, timeout=20_000)
    assert window.backups.last == folder / "huzhu-61020401-20260302-080000-daily.sqlite3"
    assert window.backups.last.is_file()
    bar = window.statusBar()
    message = bar.currentMessage()
    assert message.startswith("已自动备份：") and message.endswith(window.backups.last.name)
    # the path is elided in the middle, never drawn under the operator's label
    assert 6 + bar.fontMetrics().horizontalAdvance(message) < window.operator_label.x()
    assert not window.backup_label.isVisible()

    _at(monkeypatch, "2026-03-02T17:30:00")
    window.close()
    assert not window.isVisible()
    exit_backup = folder / "huzhu-61020401-20260302-173000-exit.sqlite3"
    # the rotation keeps the newest backup of the day: the exit backup replaces the morning's
    assert sorted(p.name for p in folder.iterdir()) == [exit_backup.name]
    assert backup.inspect(exit_backup).office_code == "61020401"
    assert message_boxes.shown == []


def test_no_backup_after_login_when_the_newest_is_recent(
    qtbot: QtBot, logged_in, monkeypatch
) -> None:
    _at(monkeypatch, "2026-03-02T08:00:00")
    shell = logged_in("clerk1")
    window = shell.main_window
    qtbot.waitUntil(lambda: window.backups.last is not None, timeout=20_000)
    window.close()
    _at(monkeypatch, "2026-03-02T09:00:00")  # a second session the same morning
    shell.open_main_window(shell.login.actor)
    second = shell.main_window
    with qtbot.waitSignal(second.backups.finished, timeout=20_000) as blocker:
        pass
    assert blocker.args == [None] and second.backups.last is None


def test_backup_failures_are_shown_and_never_stop_the_close(
    qtbot: QtBot, shell, logged_in, tmp_path: Path, message_boxes
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be", encoding="utf-8")
    with shell.db.unit_of_work() as session:
        settings.put(session, SYSTEM, "backup_dir", str(blocker))
    window = logged_in("clerk1").main_window
    qtbot.waitUntil(lambda: window.backups.error is not None, timeout=20_000)
    assert window.backup_label.isVisible()
    assert window.backup_label.text().startswith("自动备份失败：")
    assert str(blocker) in window.backup_label.toolTip()
    assert window.backup_label.width() <= LABEL_ROOM + 10  # elided: the window does not widen
    window.close()
    assert not window.isVisible()
    [text] = message_boxes.texts("warning")
    assert text.startswith("退出前的自动备份没有完成：")


# -- restore from 设置 --------------------------------------------------------------------------
@pytest.fixture
def admin_settings(qtbot: QtBot, logged_in, monkeypatch) -> SettingsPage:
    window = logged_in("admin").main_window
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    assert page.maintenance.restore_button.isVisibleTo(page)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    return page


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_restore_of_an_encrypted_backup_asks_again_when_the_passphrase_is_wrong(
    qtbot: QtBot, admin_settings: SettingsPage, monkeypatch, message_boxes, tmp_path: Path
) -> None:
    context = admin_settings.context
    db_path = context.db.path
    sealed = tmp_path / "office.hzbk"
    backup.backup(db_path, sealed, passphrase="正确口令-2026")
    with context.db.unit_of_work() as session:  # a change made after the backup
        settings.put(session, SYSTEM, "sync_interval_days", 30)
    labels: list[str] = []
    answers = iter(["wrong-one", "正确口令-2026"])

    def get_text(_parent, _title, label, *_a, **_k):  # type: ignore[no-untyped-def]
        labels.append(label)
        return next(answers), True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    _choose(monkeypatch, sealed)
    kept = admin_settings.maintenance.restore()
    assert kept is not None and kept.is_file()
    assert len(labels) == 2 and "office.hzbk" in labels[0]
    assert "口令不正确" not in labels[0]
    assert "备份口令不正确，无法解密 office.hzbk。请核对口令后重试。" in labels[1]
    assert message_boxes.texts("information")[0].startswith("已从备份恢复数据库")
    assert not admin_settings.window().isVisible()  # the program closes to start on the new file
    restored = open_database(db_path)
    with restored.reader() as session:
        assert settings.get(session, "sync_interval_days") == 7
    restored.dispose()


def test_restore_cancelled_at_the_passphrase_changes_nothing(
    qtbot: QtBot, admin_settings: SettingsPage, monkeypatch, tmp_path: Path
) -> None:
    sealed = tmp_path / "office.hzbk"
    backup.backup(admin_settings.context.db.path, sealed, passphrase="x-2026")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    _choose(monkeypatch, sealed)
    assert admin_settings.maintenance.restore() is None
    assert admin_settings.window().isVisible()
    assert not list(admin_settings.context.db.path.parent.glob("*.replaced-*"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_restore_of_another_office_or_a_corrupt_file_is_refused_and_nothing_changes(
    qtbot: QtBot, admin_settings: SettingsPage, monkeypatch, message_boxes, tmp_path: Path
) -> None:
    context = admin_settings.context
    db_path = context.db.path
    other = tmp_path / "other-office.sqlite3"
    backup.backup(db_path, tmp_path / "own.hzb")  # the office seals its backups from now on
    online_backup(db_path, other)  # a raw copy, its office code then rewritten
    with sqlite3.connect(other) as conn:
        conn.execute("UPDATE offices SET code = '61020402' WHERE is_self = 1")
    conn.close()
    corrupt = tmp_path / "corrupt.sqlite3"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\x17" * 8192)
    context.wait_for_work()
    context.db.dispose()
    before = _digest(db_path)

    for candidate in (other, corrupt):
        _choose(monkeypatch, candidate)
        assert admin_settings.maintenance.restore() is None
    assert _digest(db_path) == before
    assert not list(db_path.parent.glob("*.replaced-*"))
    assert not list(db_path.parent.glob(".*restoring"))
    first, second = message_boxes.texts("warning")
    assert first == (
        "备份 other-office.sqlite3 没有本代办处的校验封印（可能被改动，或来自其他代办处），"
        "已拒绝恢复。"
    )
    assert "corrupt.sqlite3" in second and "已拒绝恢复" in second
    assert admin_settings.window().isVisible()  # nothing restored: the clerk keeps working
    with context.db.reader() as session:
        assert settings.get(session, "language") == "zh_CN"


def test_only_administrators_see_restore(qtbot: QtBot, logged_in) -> None:
    page = logged_in("supervisor1").main_window.show_page("settings")
    assert not page.maintenance.restore_button.isVisibleTo(page)
