"""The forms' red error line shows every line of a refusal in a window already open."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.forms import error_line
from ui.qt import QDialog, QFormLayout, QLineEdit


def test_a_long_refusal_makes_the_open_window_taller(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    form.addRow("证件号码", QLineEdit())
    error = error_line()
    form.addRow(error)
    dialog.resize(300, 10)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    error.setText("证件号码“61020419800101001”应为 18 位：前 17 位是数字，最后一位是数字或 X。" * 3)
    assert dialog.height() > before
    assert error.height() >= error.heightForWidth(error.width())


def test_a_hidden_window_is_left_to_size_itself(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    error = error_line()
    form.addRow(error)
    dialog.resize(300, 40)
    error.setText("请填写审批理由。" * 20)
    assert dialog.height() == 40
