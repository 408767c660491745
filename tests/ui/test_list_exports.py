"""导出 on the list pages (issue 18.2): filter, click 导出, the workbook holds exactly the rows shown,
personal data masked for a clerk, no formula cells; then 打开文件 / 打开所在文件夹."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from ui.list_export import list_menu, shown_rows
from ui.qt import QDesktopServices, QFileDialog, QMessageBox, Qt, QWidget


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    target = tmp_path / "导出.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    return target


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toLocalFile()))
    )
    return urls


def _type(widget, text: str) -> None:
    for ch in text:  # QTest cannot key-click Chinese; an input method commits one by one
        widget.insert(ch)


def _export(qtbot: QtBot, page: QWidget, button) -> QMessageBox:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "export-done") is not None, timeout=20000)
    return page.findChild(QMessageBox, "export-done")


def _click(qtbot: QtBot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _sheet_rows(path: Path, titles: list[str]) -> list[list[object]]:
    sheet = load_workbook(path).active
    rows = [list(r) for r in sheet.iter_rows()]
    assert not [c for row in rows for c in row if c.data_type == "f"]  # never a formula
    header = next(i for i, r in enumerate(rows) if [c.value for c in r[: len(titles)]] == titles)
    return [
        ["" if c.value is None else _plain(c.value) for c in r[: len(titles)]]
        for r in rows[header + 1 :]
    ]


def _plain(value: object) -> object:
    """Text as written; a number as a Decimal, to compare with the shown "1,234.50"."""
    return value if isinstance(value, str) else Decimal(str(value))


def _as_shown(rows: list[list[str]], numbers: set[int]) -> list[list[object]]:
    return [
        [Decimal(v.replace(",", "")) if i in numbers and v else v for i, v in enumerate(row)]
        for row in rows
    ]


def test_units_export_the_filtered_rows_with_phones_masked(
    qtbot: QtBot, logged_in, save_to, opened
) -> None:
    page = logged_in("clerk1").main_window.show_page("units")
    _type(page.search, "耀州")
    page.search.now()
    _columns, titles, shown = shown_rows(page.view)
    assert 0 < len(shown) < 20
    box = _export(qtbot, page, page.export_button)
    assert box.text().startswith(f"已导出 {len(shown)} 行")
    _click(qtbot, box, "打开文件")
    assert opened == [str(save_to)]
    rows = _sheet_rows(save_to, titles)
    assert len(rows) == len(shown)
    phone = titles.index("电话")
    for written, seen in zip(rows, shown, strict=True):
        assert written[0] == seen[0]  # the same units in the same order
        assert "****" in written[phone] and written[phone] != seen[phone]


def test_members_export_runs_the_filtered_query(qtbot: QtBot, logged_in, save_to, opened) -> None:
    page = logged_in("clerk1").main_window.show_page("members")
    qtbot.mouseClick(page.active_only, Qt.MouseButton.LeftButton)
    assert page.active_only.isChecked()
    total = page.model.total
    assert total > len(page.model.rows)  # lazy: only the first page is loaded
    _columns, titles, shown = shown_rows(page.view)
    # the right-click menu carries the same 导出
    [action] = [a for a in list_menu(page.view).actions() if a.text() == "导出…"]
    action.trigger()
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "export-done") is not None, timeout=30000)
    box = page.findChild(QMessageBox, "export-done")
    assert "个人信息已按您的权限隐藏" in box.text()
    _click(qtbot, box, "打开所在文件夹")
    assert opened == [str(save_to.parent)]
    rows = _sheet_rows(save_to, titles)
    assert len(rows) == total
    assert rows[: len(shown)] == shown  # what the list shows, in its order
    id_column = titles.index("证件号码")
    assert all("*" in row[id_column] for row in rows)
    assert all(row[titles.index("状态")] == "在职" for row in rows)


def test_members_export_as_reviewer_keeps_full_ids(
    qtbot: QtBot, logged_in, save_to, opened
) -> None:
    page = logged_in("reviewer1").main_window.show_page("members")
    _type(page.search, "梁")
    page.search.now()
    _columns, titles, shown = shown_rows(page.view)
    box = _export(qtbot, page, page.export_button)
    _click(qtbot, box, "关闭")
    rows = _sheet_rows(save_to, titles)
    assert rows == shown and len(rows) == page.model.total > 0
    assert not any("*" in row[titles.index("证件号码")] for row in rows)


def test_enrollment_export(qtbot: QtBot, logged_in, save_to, opened) -> None:
    page = logged_in("clerk1").main_window.show_page("enrollment")
    _columns, titles, shown = shown_rows(page.table)
    assert len(shown) == page.table.rowCount() > 0
    box = _export(qtbot, page, page.export_button)
    _click(qtbot, box, "关闭")
    assert _sheet_rows(save_to, titles) == _as_shown(shown, {3, 4, 6})
    assert opened == []


def test_claims_queue_export(qtbot: QtBot, logged_in, save_to, opened) -> None:
    page = logged_in("clerk1").main_window.show_page("claims")
    queue = page.queue
    queue.mode.setCurrentIndex(queue.mode.findData("all"))
    _columns, titles, everything = shown_rows(queue.table)
    queue.mode.setCurrentIndex(queue.mode.findData("queue"))
    _columns, titles, shown = shown_rows(queue.table)
    assert len(shown) < len(everything)  # the filter holds back some claims
    box = _export(qtbot, queue, queue.export_button)
    _click(qtbot, box, "关闭")
    assert _sheet_rows(save_to, titles) == _as_shown(shown, {5})
