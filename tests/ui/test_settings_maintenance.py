"""设置's desk boxes (issue 9): export diagnostics (a zip of logs, versions and settings — no
database, no ID numbers), the first-run wizard again on a working office (backups, printers,
font; never the office file, the demo or the administrator), and the default printers."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app import backup, printer_defaults, settings
from app.paths import logs_dir
from app.printing import fonts
from models import Member
from ui.qt import QFileDialog, QInputDialog, QLabel, Qt, QWizard
from ui.settings.page import SettingsPage


def _settings(logged_in, username: str) -> SettingsPage:
    page = logged_in(username).main_window.show_page("settings")
    assert isinstance(page, SettingsPage)
    return page


def _a_member(page: SettingsPage) -> tuple[str, str]:
    with page.context.db.reader() as session:
        member = session.scalars(select(Member).limit(1)).one()
        return member.name, member.id_number


def test_export_diagnostics_asks_where_and_says_where_it_went(
    qtbot: QtBot, logged_in, monkeypatch, tmp_path: Path, message_boxes
) -> None:
    page = _settings(logged_in, "clerk1")
    name, id_number = _a_member(page)
    folder = logs_dir(page.context.data_dir)
    folder.mkdir(exist_ok=True)
    (folder / "huzhu.log").write_text(f"INFO looked up {id_number}\n", encoding="utf-8")
    out = tmp_path / "support" / "诊断.zip"
    asked: list[str] = []

    def save_name(_parent, _title, default, *_a):  # type: ignore[no-untyped-def]
        asked.append(default)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    box = page.maintenance
    box.diagnostics_button.click()
    qtbot.waitUntil(lambda: str(out) in box.result.text(), timeout=20_000)
    assert asked and asked[0].endswith(".zip")
    assert box.diagnostics_button.isEnabled() and message_boxes.shown == []
    with zipfile.ZipFile(out) as bundle:
        names = bundle.namelist()
        everything = b"".join(bundle.read(n) for n in names)
        office = json.loads(bundle.read("office.json"))
    assert "logs/huzhu.log" in names and "versions.json" in names
    assert not [n for n in names if n.endswith((".sqlite3", ".hzbk"))]
    assert b"SQLite format 3" not in everything
    text = everything.decode("utf-8")
    assert id_number not in text and name not in text
    assert id_number[-4:] in text  # the log line is there, its ID number masked
    assert office["office"]["code"] == "61020401"


def test_export_diagnostics_cancelled_writes_nothing(qtbot: QtBot, logged_in, monkeypatch) -> None:
    page = _settings(logged_in, "clerk1")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    page.maintenance.export_diagnostics()
    assert page.maintenance.result.text() == ""


def _members(page: SettingsPage) -> int:
    with page.context.db.reader() as session:
        return session.scalar(select(func.count()).select_from(Member))


def test_wizard_again_offers_only_the_desk_pages_and_keeps_the_office(
    qtbot: QtBot, logged_in, tmp_path: Path
) -> None:
    page = _settings(logged_in, "admin")
    members = _members(page)
    wizard = page.maintenance.rerun_wizard()
    qtbot.addWidget(wizard)
    assert wizard.currentPage() is wizard.backup_page
    pages = [wizard.page(i) for i in wizard.pageIds()]
    assert pages == [wizard.backup_page, wizard.printers_page, wizard.font_page]
    wizard.backup_page.folder.setText(str(tmp_path / "usb"))
    wizard.next()
    assert wizard.currentPage() is wizard.printers_page
    wizard.next()
    with qtbot.waitSignal(page.context.bus.changed, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    with page.context.db.reader() as session:
        assert settings.get(session, "backup_dir") == str(tmp_path / "usb")
    assert (tmp_path / "usb").is_dir()
    assert _members(page) == members  # nothing wiped
    assert page.backup_dir.text() == str(tmp_path / "usb")  # the page reloaded


def test_wizard_again_for_a_clerk_moves_no_backup_folder(
    qtbot: QtBot, logged_in, tmp_path: Path
) -> None:
    page = _settings(logged_in, "clerk1")
    wizard = page.maintenance.rerun_wizard()
    qtbot.addWidget(wizard)
    backup_page = wizard.backup_page
    backup_page.folder.setText(str(tmp_path / "elsewhere"))
    wizard.next()
    assert wizard.currentPage() is backup_page
    assert "无权修改设置" in backup_page.error.text()
    backup_page.folder.setText(str(page.context.data_dir / "backups"))  # unchanged: fine
    wizard.next()
    assert wizard.currentPage() is wizard.printers_page


def test_default_printers_are_changed_in_settings(qtbot: QtBot, logged_in) -> None:
    page = _settings(logged_in, "clerk1")  # the desk's printers are not an office setting
    data_dir = page.context.data_dir
    printer_defaults.save(data_dir, {"member_certificate": "柜台打印机"})
    form = page.printers.form
    form.load()
    box = form.choices["member_certificate"]
    assert box.currentData() == "柜台打印机"  # shown even when not installed on this machine
    box.setCurrentIndex(box.findData(""))
    page.printers.save_button.click()
    assert page.printers.saved_label.text() == "已保存。"
    assert printer_defaults.load(data_dir) == {}
    box.setCurrentIndex(box.findData("柜台打印机"))
    page.printers.save()
    assert printer_defaults.load(data_dir) == {"member_certificate": "柜台打印机"}


def test_default_printers_are_listed_by_document_name(qtbot: QtBot, logged_in) -> None:
    form = _settings(logged_in, "clerk1").printers.form
    labels = {label.text() for label in form.findChildren(QLabel)}
    for name in ("会员参保凭证", "单位参保凭证", "收款收据（一张 A4 三联）", "收款收据（套打）",
                 "给付通知书", "受理回执"):  # fmt: skip
        assert name in labels
    assert not any(re.fullmatch(r"[a-z_]+", text) for text in labels)  # no layout ids


def _answers(monkeypatch, out: Path, *typed: str) -> None:
    """The passphrase dialogs answer `typed` in turn; the file dialog answers `out`."""
    replies = iter(typed)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: (next(replies), True))
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(out), "")))


def test_backup_to_a_chosen_file_encrypted_with_a_passphrase(
    qtbot: QtBot, logged_in, monkeypatch, tmp_path: Path, message_boxes
) -> None:
    page = _settings(logged_in, "supervisor1")
    box = page.maintenance
    out = tmp_path / "U盘" / "huzhu.hzbk"
    _answers(monkeypatch, out, "河边的柳树-2026", "河边的柳树-2026")
    box.backup_button.click()
    qtbot.waitUntil(lambda: str(out) in box.result.text(), timeout=30_000)
    assert "已加密备份" in box.result.text() and message_boxes.shown == []
    assert backup.is_encrypted(out)
    assert backup.inspect(out, passphrase="河边的柳树-2026").office_code == "61020401"
    assert b"SQLite format 3" not in out.read_bytes()[:4096]


def test_backup_passphrases_that_differ_write_nothing(
    qtbot: QtBot, logged_in, monkeypatch, tmp_path: Path, message_boxes
) -> None:
    page = _settings(logged_in, "supervisor1")
    out = tmp_path / "huzhu.hzbk"
    _answers(monkeypatch, out, "first-phrase", "other-phrase")
    page.maintenance.backup_now()
    [(kind, _title, text)] = message_boxes.shown
    assert kind == "warning" and "不一致" in text and not out.exists()


def test_plain_backup_when_no_passphrase_and_clerks_have_no_button(
    qtbot: QtBot, logged_in, monkeypatch, tmp_path: Path
) -> None:
    assert _settings(logged_in, "clerk1").maintenance.backup_button.isHidden()
    page = _settings(logged_in, "supervisor1")
    box = page.maintenance
    out = tmp_path / "huzhu.sqlite3"
    _answers(monkeypatch, out, "")
    box.backup_button.click()
    qtbot.waitUntil(lambda: str(out) in box.result.text(), timeout=30_000)
    assert not backup.is_encrypted(out) and backup.inspect(out).office_code == "61020401"


def test_print_font_is_the_shipped_one_unless_an_installed_windows_font_is_picked(
    qtbot: QtBot, logged_in, monkeypatch, tmp_path
) -> None:
    page = _settings(logged_in, "clerk1")  # the font belongs to the desk, like its printers
    data_dir = page.context.data_dir
    box = page.printers.font
    assert box.currentData() == fonts.BUNDLED
    assert box.currentText() == "文泉驿微米黑（随程序附带）"
    monkeypatch.setattr(fonts, "system_font_dirs", lambda: [tmp_path])  # no SimSun here
    box.setCurrentIndex(box.findData("simsun"))
    qtbot.mouseClick(page.printers.save_button, Qt.MouseButton.LeftButton)
    assert "宋体" in page.printers.saved_label.text()
    assert fonts.load_choice(data_dir) == fonts.BUNDLED  # refused: nothing saved
    shutil.copyfile(fonts.bundled_dir() / fonts.BUNDLED_FILE, tmp_path / "simsun.ttc")
    qtbot.mouseClick(page.printers.save_button, Qt.MouseButton.LeftButton)
    assert page.printers.saved_label.text() == "已保存。"
    assert fonts.load_choice(data_dir) == "simsun"
    box.setCurrentIndex(0)
    page.printers.load()
    assert box.currentData() == "simsun"
