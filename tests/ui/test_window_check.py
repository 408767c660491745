"""`huzhu --selftest-window`: the real start-up, exiting 0 once the login window is exposed on
the display (CI runs it on xcb under Xvfb: tools/xcb_window_check.py), 3 when it never is."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.cli_runner import huzhu, huzhu_process
from ui import application
from ui.qt import QDialog


def test_the_login_window_check_passes_in_a_real_process(demo_data_dir):
    run = huzhu_process(
        "--data", demo_data_dir, "--selftest-window", env={"QT_QPA_PLATFORM": "offscreen"}
    )
    assert run.code == 0, run.err
    assert "login window shown (offscreen)" in run.out


def test_the_check_fails_when_the_window_is_never_shown(qapp, monkeypatch, capsys):
    monkeypatch.setattr(application, "WINDOW_CHECK_S", 0.2)
    never_shown = QDialog()
    application._quit_once_exposed(SimpleNamespace(app=qapp, login=never_shown))
    assert qapp.exec() == 3
    assert "login window not shown" in capsys.readouterr().err
    never_shown.deleteLater()


def test_the_in_process_runner_refuses_to_start_the_window(demo_data_dir):
    with pytest.raises(ValueError, match="huzhu_process"):
        huzhu("--data", demo_data_dir, "--selftest-window")
