"""Fixtures for the Qt shell: the real start-up path on a demo database, and a logged-in window."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.application import Shell, start
from ui.qt import QMessageBox, Qt


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread() -> Iterator[None]:
    """As in the app (ui/collector.py), no worker thread may run the cycle collector over Qt
    objects: it is off during a Qt test, and the test thread collects afterwards.

    What lived before the test is frozen first, so that collection walks only the test's own
    objects: by the Qt tests the session holds some 2.3 million objects, and a full collection
    after each test cost about 2 s of every Qt test's teardown."""
    gc.disable()
    gc.freeze()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture
def shell(qtbot: QtBot, demo_data_dir: Path) -> Iterator[Shell]:
    """The app started on a copy of the demo database, login window shown."""
    started = start(str(demo_data_dir))
    assert started is not None
    qtbot.addWidget(started.login)
    qtbot.waitExposed(started.login)
    yield started
    if started.main_window is not None:
        started.main_window.close()
    started.close()


def type_login(qtbot: QtBot, shell: Shell, username: str, password: str) -> None:
    """Type into the dialog as a clerk would and press Enter."""
    dialog = shell.login
    dialog.username.clear()
    dialog.password.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


@pytest.fixture
def logged_in(qtbot: QtBot, shell: Shell, demo_password: str) -> Callable[[str], Shell]:
    def login(username: str) -> Shell:
        type_login(qtbot, shell, username, demo_password)
        assert shell.main_window is not None, shell.login.error.text()
        qtbot.addWidget(shell.main_window)
        qtbot.waitExposed(shell.main_window)
        return shell

    return login


class MessageBoxes:
    """Captures QMessageBox.warning/critical/information instead of showing them."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []

    def texts(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.shown if k == kind]


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()
    for kind in ("warning", "critical", "information"):

        def fake(parent: object, title: str, text: str, *_a: object, _kind: str = kind) -> int:
            boxes.shown.append((_kind, title, text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake))
    return boxes
