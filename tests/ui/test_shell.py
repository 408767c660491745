"""Acceptance 1 and 5 of issue 2: the GUI starts on a demo database and can be closed by a test;
a clerk logs in through the dialog and walks every navigation page."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.db import open_database
from app.errors import DatabaseProblem
from models import SyncPackage
from models.enums import SyncDirection
from ui import application
from ui.application import Shell, start
from ui.main_window import MainWindow
from ui.pages import PAGES
from ui.placeholder_page import PlaceholderPage
from ui.qt import QLabel, QMessageBox, Qt


def test_gui_starts_on_demo_database_and_closes(shell: Shell) -> None:
    login = shell.login
    assert login.isVisible()
    assert "铜川市耀州区代办处" in login.findChild(type(login.error), "office").text()
    hint = login.findChild(type(login.error), "demo_hint").text()
    for name in ("admin", "clerk1", "clerk2", "reviewer1", "supervisor1", "huzhu-demo"):
        assert name in hint
    shell.close()
    assert not login.isVisible()


def test_login_and_walk_every_page(qtbot: QtBot, logged_in) -> None:
    shell = logged_in("clerk1")
    window = shell.main_window
    assert isinstance(window, MainWindow)
    assert not shell.login.isVisible()
    assert window.nav.count() == len(PAGES) == 10
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [
        *("工作台", "单位", "会员", "参保", "理赔", "打印", "同步", "报表", "增值服务", "设置")
    ]
    for row, page in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        widget = window.page_widget(page.key)
        assert widget is not None and widget.isVisible(), page.key
        assert widget.objectName() != "page-error", f"page {page.key} failed to build"
        assert window.stack.currentWidget() is widget
        assert window.current_key() == page.key


def test_keyboard_shortcuts_open_pages(qtbot: QtBot, logged_in) -> None:
    window = logged_in("clerk1").main_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for index, page in enumerate(PAGES):
        key = getattr(Qt.Key, f"Key_{(index + 1) % 10}")
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == page.key


def test_placeholders_say_what_will_be_there_and_that_it_is_not_built(
    qtbot: QtBot, demo_db
) -> None:
    from tests.conftest import ACTORS
    from ui.bus import Bus
    from ui.context import PageContext
    from ui.pages import placeholder
    from ui.placeholder_page import DESCRIPTIONS

    context = PageContext(demo_db, ACTORS["clerk1"], Bus())
    for key, description in DESCRIPTIONS.items():
        page = placeholder(key)(context)
        qtbot.addWidget(page)
        assert page.findChild(QLabel, "description").text() == description
        assert "尚未建成" in page.findChild(QLabel, "notice").text()


def test_status_bar_shows_operator_office_and_last_sync(
    qtbot: QtBot, logged_in, demo_data_dir: Path
) -> None:
    window = logged_in("supervisor1").main_window
    assert window.operator_label.text() == "操作员：刘建国（主管）"
    assert window.office_label.text() == "代办处：61020401 铜川市耀州区代办处"
    assert window.sync_label.text() == "上次同步：尚未同步"
    import datetime as dt

    db = window.context.db
    with db.unit_of_work() as session:
        for seq, day in ((1, 3), (2, 9)):
            session.add(
                SyncPackage(
                    direction=SyncDirection.OUTGOING,
                    office_code="61020401",
                    seq=seq,
                    sha256="0" * 64,
                    created_at=dt.datetime(2026, 3, day, 9, 30),
                    status="sent",
                )
            )
        session.add(
            SyncPackage(
                direction=SyncDirection.INCOMING,
                office_code="61020401",
                seq=1,
                sha256="1" * 64,
                created_at=dt.datetime(2026, 4, 1, 8, 0),
                status="applied",
            )
        )
    window.context.bus.changed.emit(frozenset({"sync_packages"}))
    assert window.sync_label.text() == "上次同步：2026-03-09 09:30"


def test_database_problem_at_start_shows_message_and_quits(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "huzhu.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x17" * 8192)
    asked: list[str] = []
    monkeypatch.setattr(application, "ask_database_problem", lambda text: asked.append(text))
    assert start(str(folder)) is None
    assert len(asked) == 1
    assert "数据库文件已损坏" in asked[0] and "备份" in asked[0]


def test_database_problem_box_offers_restore_or_quit(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append(box)
        box.buttons()[1].click()  # 退出
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert application.ask_database_problem("数据库文件已损坏") is False
    labels = sorted(b.text() for b in seen[0].buttons())
    assert labels == sorted(["从备份恢复…", "退出"])
    assert seen[0].text() == "数据库文件已损坏"


def test_database_problem_restore_from_backup_then_opens(
    qtbot: QtBot,
    tmp_path: Path,
    demo_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes,
) -> None:
    good = demo_data_dir / "huzhu.sqlite3"
    backup = tmp_path / "good-backup.sqlite3"
    backup.write_bytes(good.read_bytes())
    good.write_bytes(b"SQLite format 3\x00" + b"\x17" * 8192)
    answers = iter([True])
    monkeypatch.setattr(application, "ask_database_problem", lambda text: next(answers))
    monkeypatch.setattr(
        application.QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(backup), ""))
    )
    shell = start(str(demo_data_dir))
    assert shell is not None
    qtbot.addWidget(shell.login)
    assert message_boxes.texts("information")[0].startswith("已从备份恢复数据库")
    assert list(demo_data_dir.glob("huzhu.sqlite3.replaced-*"))
    shell.close()


def test_empty_folder_offers_the_demo_office(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def decline(_db: object) -> bool:
        offered.append("asked")
        return False

    assert start(str(tmp_path / "new"), first_run=decline) is None
    assert offered == ["asked"]
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    shell = start(str(tmp_path / "new"))
    assert shell is not None
    qtbot.addWidget(shell.login)
    assert shell.login.findChild(type(shell.login.error), "demo_hint") is not None
    shell.close()


def test_database_problem_is_the_core_error(tmp_path: Path) -> None:
    # Guard for the tests above: the broken file really fails in app.db, not in the UI.
    path = tmp_path / "huzhu.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x17" * 8192)
    with pytest.raises(DatabaseProblem):
        open_database(path)


def test_huzhu_without_command_opens_the_login_window(demo_data_dir: Path) -> None:
    """The real entry point (`huzhu --data DIR`, as `make run` calls it) reaches the login window
    in a fresh process; the child leaves as soon as the dialog's show event has run."""
    from bench.common import time_child
    from bench.startup import APP_CHILD, CLI_ENTRY

    code = f"DATA_DIR = {str(demo_data_dir)!r}\n" + APP_CHILD.replace("ENTRY", CLI_ENTRY)
    run = time_child(code, env={"QT_QPA_PLATFORM": "offscreen"})
    assert run.report["modules"] > 0
    assert "reportlab" not in run.report["heavy"]


def test_an_exception_escaping_a_slot_reaches_the_clerk(qtbot: QtBot, message_boxes) -> None:
    from app.errors import RejectedInput
    from app.i18n import msg

    for error in (RejectedInput(msg("单位名称不能为空。")), KeyError("units")):
        try:
            raise error
        except Exception as exc:
            application._report_uncaught(type(exc), exc, exc.__traceback__)
    assert [kind for kind, _t, _x in message_boxes.shown] == ["warning", "critical"]
    assert message_boxes.shown[0][2] == "单位名称不能为空。"


def test_a_page_that_fails_to_build_says_so_and_the_shell_stays(qtbot: QtBot, demo_db) -> None:
    from tests.conftest import ACTORS
    from ui.bus import Bus
    from ui.context import PageContext
    from ui.pages import Page, placeholder

    def broken(_context: PageContext) -> None:
        raise RuntimeError("page bug")

    pages = (Page("home", "工作台", placeholder("home")), Page("units", "单位", broken))
    window = MainWindow(PageContext(demo_db, ACTORS["clerk1"], Bus()), pages)
    qtbot.addWidget(window)
    assert window.show_page("units").objectName() == "page-error"
    assert isinstance(window.show_page("home"), PlaceholderPage)


def test_cycles_are_collected_on_the_gui_thread_only(qtbot: QtBot) -> None:
    """A worker thread must never run the cycle collector over Qt objects (it crashes PySide)."""
    import gc

    from ui import collector
    from ui.application import ensure_application

    app = ensure_application()
    installed = app.findChild(collector.GuiThreadCollector)
    assert installed is not None and collector.install(app) is installed
    gc.enable()
    collector.GuiThreadCollector(app).deleteLater()
    assert not gc.isenabled()


def test_each_collection_drops_the_source_lines_pyside_read(qtbot: QtBot) -> None:
    """PySide6's import hook reads every new module's source into linecache (~20 MB once the
    main window is up); the GUI thread's collector empties it each time it runs."""
    import linecache

    from ui import collector
    from ui.application import ensure_application

    app = ensure_application()
    assert linecache.getlines(collector.__file__)  # as the hook's inspect.getsource leaves it
    assert collector.__file__ in linecache.cache
    collector.install(app).collect()
    assert collector.__file__ not in linecache.cache
