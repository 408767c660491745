"""Switching the language to English changes the shell's labels (one .qm file away)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import ACTORS
from tools.i18n_update import lrelease_executable, ts_path
from ui.bus import Bus
from ui.context import PageContext
from ui.i18n import install_translators, tr_message
from ui.main_window import MainWindow
from ui.qt import QApplication, QCoreApplication, QFileDialog, QLabel


@pytest.fixture
def english(qtbot: QtBot, tmp_path: Path) -> Iterator[None]:
    subprocess.run(
        [
            lrelease_executable(),
            "-silent",
            str(ts_path("en")),
            "-qm",
            str(tmp_path / "huzhu_en.qm"),
        ],
        check=True,
    )
    app = QApplication.instance()
    translators = install_translators(app, "en", tmp_path)
    assert any(t.language() == "en" for t in translators)
    yield
    for translator in translators:
        app.removeTranslator(translator)


def test_english_shell_labels(qtbot: QtBot, english: None, demo_db) -> None:
    window = MainWindow(PageContext(demo_db, ACTORS["supervisor1"], Bus()))
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [
        "Home",
        "Units",
        "Members",
        "Enrolment",
        "Claims",
        "Printing",
        "Sync",
        "Reports",
        "Member services",
        "Settings",
    ]
    assert window.operator_label.text() == "Operator: 刘建国 (supervisor)"
    assert window.sync_label.text() == "Last sync: never"


def test_core_messages_are_translated_in_context_app(qtbot: QtBot, english: None) -> None:
    from app.i18n import msg

    text = tr_message(msg("密码至少需要 {n} 个字符。", n=12))
    assert text == "A password needs at least 12 characters."


def test_qt_file_dialog_speaks_chinese(qtbot: QtBot, shell) -> None:
    """Qt's own catalogue lacks "&Look in:" and "Files of &type:"; our supplement covers them."""
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："
    dialog = QFileDialog(None, "选择文件")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围(&L)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："
    assert labels["fileNameLabel"] == "文件名称(&N)："
    assert any(t.filePath().endswith("qtbase_extra_zh_CN.qm") for t in shell.translators)
