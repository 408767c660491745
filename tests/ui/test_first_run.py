"""The first-run wizard on an empty data folder, driven like a clerk, ending on the login window:
the demo path, and the real path with an office file issued by the hub's registry."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from app import printer_defaults, settings
from app.db import Database
from app.printing import fonts
from tests.app.sync_factories import hub, pg_url, register  # noqa: F401
from tests.ui.conftest import type_login
from ui.application import start
from ui.first_run.wizard import FirstRunWizard
from ui.qt import QPushButton, QWizard


def _drive(qtbot: QtBot, choose, seen: dict):  # type: ignore[no-untyped-def]
    """A `first_run` hook that fills the wizard in through `choose(wizard)` and finishes it."""

    def first_run(db: Database) -> bool:
        wizard = FirstRunWizard(db)
        qtbot.addWidget(wizard)
        wizard.show()
        choose(wizard)
        assert wizard.currentPage() is wizard.backup_page
        wizard.backup_page.folder.setText(str(db.path.parent.parent / "usb-backups"))
        wizard.next()
        assert wizard.currentPage() is wizard.printers_page
        wizard.next()
        assert wizard.currentPage() is wizard.font_page
        seen["font"] = wizard.font_page.result.text()
        wizard.button(QWizard.WizardButton.FinishButton).click()
        seen["wizard"] = wizard
        return wizard.result() == QWizard.DialogCode.Accepted and wizard.office_ready

    return first_run


def _login_lands(qtbot: QtBot, data: Path, first_run, username: str, password: str):  # type: ignore[no-untyped-def]
    shell = start(str(data), first_run=first_run)
    assert shell is not None
    qtbot.addWidget(shell.login)
    assert shell.login.isVisible() and shell.main_window is None
    with qtbot.waitSignal(shell.login.logged_in):
        type_login(qtbot, shell, username, password)
    return shell


def test_demo_path_sets_up_backups_and_lands_on_login(qtbot: QtBot, tmp_path: Path, demo_password):
    def choose(wizard: FirstRunWizard) -> None:
        wizard.start_page.use_demo.setChecked(True)
        wizard.next()
        assert "huzhu-demo" in wizard.admin_page.note.text()
        assert not wizard.admin_page.form.isVisibleTo(wizard.admin_page)
        wizard.next()  # commit: the demo office is built here

    seen: dict = {}
    first_run = _drive(qtbot, choose, seen)
    shell = _login_lands(qtbot, tmp_path / "data", first_run, "admin", demo_password)
    with shell.db.reader() as session:
        assert settings.get(session, "backup_dir") == str(tmp_path / "usb-backups")
    assert (tmp_path / "usb-backups").is_dir()
    assert str(fonts.find_font()) in seen["font"]  # the font shipped in resources/fonts
    shell.main_window.close()
    shell.close()


def test_office_file_path_creates_admin_and_lands_on_login(
    qtbot: QtBot,
    tmp_path: Path,
    hub,  # noqa: F811
):
    office_file = register(hub, "61020402", "宜君县代办处", tmp_path)

    def choose(wizard: FirstRunWizard) -> None:
        start_page, admin = wizard.start_page, wizard.admin_page
        start_page.path.setText(str(tmp_path / "missing.hzo"))
        wizard.next()
        assert wizard.currentPage() is start_page and start_page.error.text()
        start_page.path.setText(str(office_file))
        wizard.next()
        assert "61020402" in admin.note.text()
        assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()  # no password
        admin.password.setText("yijun-admin-1")
        admin.confirm.setText("yijun-admin-2")
        wizard.next()
        assert wizard.currentPage() is admin and "不一致" in admin.error.text()
        admin.confirm.setText("yijun-admin-1")
        wizard.next()

    seen: dict = {}
    first_run = _drive(qtbot, choose, seen)
    shell = _login_lands(qtbot, tmp_path / "data", first_run, "admin", "yijun-admin-1")
    assert shell.login.actor is not None and shell.login.actor.username == "admin"
    shell.main_window.close()
    shell.close()


def test_printers_page_saves_choices_and_writes_the_calibration_page(
    qtbot: QtBot, demo_db: Database
):
    wizard = FirstRunWizard(demo_db)
    qtbot.addWidget(wizard)
    page = wizard.printers_page
    opened: list[Path] = []
    page.open_file = opened.append  # the system PDF viewer is not ours to start in a test
    name = next(n for n in page.choices if page.findChild(QPushButton, f"calibrate_{n}"))
    out = page.calibrate(name)
    assert out is not None and opened == [out]
    assert out.read_bytes().startswith(b"%PDF") and str(out) in page.status.text()
    assert page.validatePage()
    assert printer_defaults.load(demo_db.path.parent) == {}  # system default printer everywhere
    (demo_db.path.parent / printer_defaults.FILENAME).write_text(
        json.dumps({name: "柜台打印机"}), encoding="utf-8"
    )
    assert printer_defaults.load(demo_db.path.parent) == {name: "柜台打印机"}


def test_font_page_says_what_to_install_when_no_cjk_font(
    qtbot: QtBot, db: Database, monkeypatch, tmp_path
):
    monkeypatch.setattr(fonts, "bundled_dir", lambda: tmp_path)  # an install that lost its font
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.font_page.initializePage()
    text = wizard.font_page.result.text()
    assert "fonts-wqy-microhei" in text and "simsun.ttc" in text
    assert wizard.font_page.found is None


def test_rerun_on_a_set_up_office_starts_at_backups(qtbot: QtBot, demo_db: Database):
    wizard = FirstRunWizard(demo_db)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.backup_page
    assert wizard.start_page.wizard() is None  # never offered: the office exists
