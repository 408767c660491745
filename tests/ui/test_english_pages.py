"""Switching the UI to English (设置 → 界面语言, on restart) shows English on every main page.

The language is saved in the office's settings, the app is started the way `huzhu` starts it
(the translator for the saved language is installed before the login window is built), and the
widget tree of the login dialog and of every page in ui/pages.py is walked: no visible label,
button, tab, column header, group title, placeholder, list choice or cell of the first rows may
hold a Chinese character except the office's own data (names of the office, operators, units,
members, plans, partners, events; a unit's industry, address and contact).
"""

from __future__ import annotations

import functools
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app import settings
from app.db import open_database
from tests.conftest import ACTORS
from tests.ui.conftest import type_login
from tools.i18n_update import lrelease_executable, ts_path
from ui import application
from ui.application import Shell, start
from ui.i18n import LANGUAGES, install_translators
from ui.pages import PAGES
from ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QCoreApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QModelIndex,
    Qt,
    QTableView,
    QTabWidget,
    QTranslator,
    QTreeView,
    QWidget,
)

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
DATA_QUERIES = (
    "SELECT name FROM offices",
    "SELECT display_name FROM operators",
    "SELECT name FROM units",
    "SELECT union_name FROM units",
    "SELECT industry FROM units",
    "SELECT address FROM units",
    "SELECT contact FROM units",
    "SELECT name FROM members",
    "SELECT bank_name FROM members",
    "SELECT name FROM plans",
    "SELECT name FROM catalogues",
    "SELECT name FROM health_partners",
    "SELECT title FROM health_events",
    "SELECT place FROM health_events",
)


def office_data(data_dir: Path) -> list[str]:
    """The Chinese data of the demo office (and the language names), longest first, so that a
    name is removed whole."""
    database = open_database(data_dir / "huzhu.sqlite3")
    try:
        with database.reader() as session:
            found = {v for q in DATA_QUERIES for (v,) in session.execute(text(q)) if v}
    finally:
        database.dispose()
    found |= set(LANGUAGES.values())  # each language is offered in its own language
    return sorted(found, key=len, reverse=True)


def _headers(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    header = (
        view.horizontalHeader()
        if isinstance(view, QTableView)
        else view.header()
        if isinstance(view, QTreeView)
        else None
    )
    if header is None or header.isHidden():
        return []
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in range(model.columnCount())
    ]


def _first_rows(view: QAbstractItemView, rows: int = 20) -> Iterator[str]:
    """The cells of the first rows: labels the page puts in them (a status, a group) show here."""
    model, root = view.model(), QModelIndex()
    if model is None:
        return
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    for row in range(min(model.rowCount(root), rows)):
        for column in range(columns):
            yield str(model.index(row, column, root).data() or "")


def visible_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) of every visible label-like text in the tree under `widget`."""
    yield "window title", widget.windowTitle()
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        kind = type(child).__name__
        if isinstance(child, (QLabel, QAbstractButton)):
            yield kind, child.text()
        elif isinstance(child, QGroupBox):
            yield kind, child.title()
        elif isinstance(child, QLineEdit):
            yield f"{kind} placeholder", child.placeholderText()
        elif isinstance(child, QComboBox):
            yield from ((f"{kind} item", child.itemText(i)) for i in range(child.count()))
        if isinstance(child, QTabWidget):
            yield from ((f"{kind} tab", child.tabText(i)) for i in range(child.count()))
        if isinstance(child, QAbstractItemView):
            yield from ((f"{kind} header", h) for h in _headers(child))
            yield from ((f"{kind} cell", c) for c in _first_rows(child))


def chinese_left(widget: QWidget, data: list[str]) -> list[str]:
    """The visible texts that still hold Chinese once the office's data is taken out."""
    found = []
    for what, shown in visible_texts(widget):
        rest = functools.reduce(lambda t, d: t.replace(d, ""), data, shown)
        if CJK.search(rest):
            found.append(f"{what}: {shown}")
    return found


@pytest.fixture
def english_qm(tmp_path: Path) -> Path:
    """`make i18n` for English, into a private folder (the committed .ts, not a stale .qm)."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    subprocess.run(
        [lrelease_executable(), "-silent", str(ts_path("en")), "-qm", str(folder / "huzhu_en.qm")],
        check=True,
    )
    return folder


@pytest.fixture
def english_shell(
    qtbot: QtBot, demo_data_dir: Path, english_qm: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Shell]:
    """The app restarted after an administrator chose English in 设置."""
    database = open_database(demo_data_dir / "huzhu.sqlite3")
    with database.unit_of_work() as session:
        settings.put(session, ACTORS["admin"], "language", "en")
    database.dispose()
    loaded: list[QTranslator] = []

    def install_from_test_folder(app: QCoreApplication, language: str) -> list[QTranslator]:
        translators = install_translators(app, language, english_qm)
        loaded.extend(translators)
        return translators

    monkeypatch.setattr(application, "install_translators", install_from_test_folder)
    shell = start(str(demo_data_dir))
    assert shell is not None
    qtbot.addWidget(shell.login)
    yield shell
    if shell.main_window is not None:
        shell.main_window.close()
    shell.close()
    for translator in loaded:
        shell.app.removeTranslator(translator)


def test_login_dialog_is_english(english_shell: Shell, demo_data_dir: Path) -> None:
    english_shell.login.show()
    assert chinese_left(english_shell.login, office_data(demo_data_dir)) == []
    assert english_shell.login.windowTitle().startswith("Log in")


def test_every_main_page_is_english(
    qtbot: QtBot, english_shell: Shell, demo_data_dir: Path, demo_password: str
) -> None:
    type_login(qtbot, english_shell, "supervisor1", demo_password)
    window = english_shell.main_window
    assert window is not None
    qtbot.addWidget(window)
    data = office_data(demo_data_dir)
    found = {}
    for page in PAGES:
        widget = window.show_page(page.key)
        left = chinese_left(window, data)
        for tabs in widget.findChildren(QTabWidget):  # the tabs a clerk would switch to
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                left += [t for t in chinese_left(tabs.widget(index), data) if t not in left]
        if left:
            found[page.key] = left
    assert found == {}
    assert [window.nav.item(i).text() for i in range(window.nav.count())][:2] == ["Home", "Units"]


def test_a_composed_rule_message_is_english_in_every_part(
    qtbot: QtBot, english_shell: Shell
) -> None:
    """The enrolment rules join their problems into one message; each part is translated."""
    from app.enrollment.rules import _in_turn
    from app.i18n import msg
    from ui.i18n import tr_message

    problems = [
        msg("{p} 已离职，请移出名单", p="Li Qiang"),
        msg("名单中有重复人员：{p}，请删去重复的行", p="Wang Li"),
    ]
    composed = msg("{p}。", p=_in_turn(problems))
    assert (
        str(composed) == "Li Qiang 已离职，请移出名单；名单中有重复人员：Wang Li，请删去重复的行。"
    )
    assert tr_message(composed) == (
        "Li Qiang have left; remove them from the list; "
        "The list has duplicates: Wang Li; delete the duplicate rows."
    )
