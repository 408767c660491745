"""Issue 23: the hub window driven through its widgets over a hub holding two offices' packages
(built once for the module: two desks, members enrolled, claims paid, packages ingested)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.catalogue import SHIPPED_DIR
from app.cli import main as huzhu_main
from app.hub import operators
from app.hub.analysis import analyse
from app.hub.registry import resync_key
from app.hub.returns import write_returns
from app.hub.schema import hub_audit, hub_decisions, hub_meta, hub_offices
from tests.app.hub_factories import A, B, TwoOffices, two_offices
from tests.app.sync_factories import PASSWORD, pg_url  # noqa: F401
from ui.hub import shell as hub_shell
from ui.hub.shell import HubShell, HubWindow, start_hub
from ui.qt import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, Qt, QTableWidget


@pytest.fixture(scope="module")
def province(pg_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TwoOffices]:  # noqa: F811
    with two_offices(pg_url, tmp_path_factory.mktemp("province-ui")) as built:
        yield built


def _url(province: TwoOffices) -> str:
    return province.hub.engine.url.render_as_string(hide_password=False)


@pytest.fixture
def login(
    qtbot: QtBot, province: TwoOffices, tmp_path: Path
) -> Iterator[Callable[[str, str], HubShell]]:
    opened: list[HubShell] = []

    def log_in(username: str, password: str = PASSWORD) -> HubShell:
        shell = start_hub(_url(province), tmp_path)
        opened.append(shell)
        qtbot.addWidget(shell.login)
        qtbot.keyClicks(shell.login.username, username)
        qtbot.keyClicks(shell.login.password, password)
        qtbot.mouseClick(shell.login.login_button, Qt.MouseButton.LeftButton)
        assert shell.main_window is not None, shell.login.error.text()
        qtbot.addWidget(shell.main_window)
        return shell

    yield log_in
    for shell in opened:
        shell.close()


def _rows(qtbot: QtBot, table: QTableWidget, n: int | None = None) -> list[list[str]]:
    qtbot.waitUntil(
        lambda: table.rowCount() > 0 if n is None else table.rowCount() == n, timeout=20_000
    )
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _no_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, k=kind: shown.append(f"{k}:{a[2]}"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def test_huzhu_hub_without_a_command_opens_the_hub_window_after_login(
    qtbot: QtBot, province: TwoOffices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HUZHU_DATA", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_hub_gui installs the app's
    shown = _no_boxes(monkeypatch)
    seen: dict[str, object] = {}

    def event_loop(app: QApplication) -> int:
        dialog = next(w for w in app.topLevelWidgets() if isinstance(w, hub_shell.HubLoginDialog))
        qtbot.keyClicks(dialog.username, "admin")
        qtbot.keyClicks(dialog.password, "wrong-password")
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
        seen["refusal"] = dialog.error.text()
        dialog.password.clear()
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        window = next(w for w in app.topLevelWidgets() if isinstance(w, HubWindow))
        seen["pages"] = [window.nav.item(i).text() for i in range(window.nav.count())]
        seen["operator"] = window.operator_label.text()
        window.close()
        return 0

    monkeypatch.setattr(hub_shell, "_exec", event_loop)
    assert huzhu_main(["hub", "--db", _url(province)]) == 0
    assert str(seen["refusal"]).startswith("用户名或密码不正确")
    assert seen["pages"] == ["办事处", "审批", "目录与指标", "分析", "报表", "操作员"]
    assert "管理员" in str(seen["operator"])
    assert shown == []


def test_lock_and_switch_user_check_the_hub_operator(
    qtbot: QtBot, login, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _no_boxes(monkeypatch)
    shell = login("admin")
    window = shell.main_window
    dialog = window.lock()
    assert not window.centralWidget().isVisible()
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert "不正确" in dialog.error.text() and window.lock_dialog is dialog
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert window.lock_dialog is None and window.centralWidget().isVisible()
    dialog = window.change_password()  # the 操作员 menu's 修改密码…, checked by the hub
    qtbot.keyClicks(dialog.old, "wrong-old-password")
    qtbot.keyClicks(dialog.new, "another-pw-1")
    qtbot.keyClicks(dialog.again, "another-pw-1")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("不正确" in s for s in shown), timeout=20_000)
    window.switch_user()
    assert shell.main_window is None and shell.login.isVisible()


def test_offices_page_lists_packages_and_registers_an_office(
    qtbot: QtBot, login, province: TwoOffices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _no_boxes(monkeypatch)
    window = login("admin").main_window
    page = window.show_page("offices")
    page.year.setValue(2026)
    rows = {r[0]: r for r in _rows(qtbot, page.table, 2)}
    assert rows[A][2] == "1" and rows[B][2] == "1"  # last package seq
    assert rows[B][7] == "1"  # the large claim waiting
    assert rows[A][8] == "6" and rows[B][8] == "3"  # members covered this year

    def fill(dialog: QDialog) -> int:
        qtbot.keyClicks(dialog.code, "61020601")
        dialog.name.setText("铜川市印台区代办处")  # keyClicks types ASCII only
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("ui.hub.offices_page.RegisterDialog.exec", fill)
    out = tmp_path / "61020601.hzo"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=20_000)
    assert out.is_file() and any("61020601" in s for s in shown)
    with province.hub.engine.connect() as conn:
        assert conn.scalar(select(hub_offices.c.name).where(hub_offices.c.code == "61020601"))

    assert not page.resync_button.isEnabled()
    page.table.selectRow(next(i for i, o in enumerate(page.lines) if o.code == A))
    assert page.resync_button.isEnabled()
    qtbot.mouseClick(page.resync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("重新同步" in s for s in shown), timeout=20_000)
    with province.hub.engine.connect() as conn:
        ordered = conn.scalar(select(hub_meta.c.value).where(hub_meta.c.key == resync_key(A)))
        audited = conn.scalar(
            select(hub_audit.c.details).where(hub_audit.c.action == "office.resync")
        )
    assert ordered == "1" and audited == {"office": A, "last_seq": 1}


def test_analysis_page_shows_the_cli_figures_and_exports(
    qtbot: QtBot, login, province: TwoOffices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_boxes(monkeypatch)
    page = login("admin").main_window.show_page("analysis")
    rows = {r[0]: r for r in _rows(qtbot, page.tables["plans"])}
    with province.hub.engine.connect() as conn:
        expected = {p["plan"]: p for p in analyse(conn).as_json()["plans"]}
    assert set(rows) == set(expected)
    for plan, figures in expected.items():
        assert rows[plan][1] == figures["premium_income"]
        assert rows[plan][2] == figures["benefits_paid"]
        assert rows[plan][3] == (figures["loss_ratio"] or "—")
    assert page.tables["early"].rowCount() >= 1 and page.tables["months"].rowCount() >= 1
    assert page.charts["premium"].points
    out = tmp_path / "analysis.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.is_file, timeout=20_000)
    book = load_workbook(out)
    assert {"按计划", "明细", "参副不参主", "参老不参少", "参病不参健", "月度趋势"} <= set(
        book.sheetnames
    )
    sheet_rows = {r[0]: r for r in book["按计划"].iter_rows(min_row=4, values_only=True)}
    assert Decimal(str(sheet_rows["ZY"][1])) == Decimal(expected["ZY"]["premium_income"])


def test_catalogue_page_publishes_checks_overlap_and_assesses_targets(
    qtbot: QtBot, login, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _no_boxes(monkeypatch)
    page = login("admin").main_window.show_page("catalogue")
    doc = json.loads((SHIPPED_DIR / "shaanxi-2026.json").read_text(encoding="utf-8"))
    doc.update(version="ui-2027.1", valid_from="2027-01-01", valid_to="2027-12-31")
    first = tmp_path / "c1.json"
    first.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(first), ""))
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    rows = _rows(qtbot, page.catalogues, 1)
    assert rows[0][0] == "ui-2027.1" and "JT(ZY)" in rows[0][4]
    doc.update(version="ui-2027.2", valid_from="2027-06-01", valid_to="2028-05-31")
    second = tmp_path / "c2.json"
    second.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(second), ""))
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("重叠" in s for s in shown), timeout=20_000)
    assert page.catalogues.rowCount() == 1

    page.year.setValue(2026)
    page.office.setCurrentIndex(page.office.findData(A))
    qtbot.keyClicks(page.fields["members"], "6")
    qtbot.keyClicks(page.fields["new_units"], "3")
    qtbot.mouseClick(page.targets_button, Qt.MouseButton.LeftButton)
    rows = _rows(qtbot, page.assessment, 2)
    verdicts = {r[2]: (r[4], r[5]) for r in rows}
    assert verdicts["参保人数目标（人）"] == ("6", "达标")
    assert verdicts["新增参保单位目标（家）"] == ("2", "未达标")


def test_report_page_saves_excel_and_pdf(
    qtbot: QtBot, login, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_boxes(monkeypatch)
    page = login("admin").main_window.show_page("report")
    page.year.setValue(2026)
    rows = _rows(qtbot, page.offices)
    assert rows[-1][1] == "全省合计" and rows[-1][3] == "9"
    for kind, name in (("xlsx", "r.xlsx"), ("pdf", "r.pdf")):
        out = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, o=out, **k: (str(o), ""))
        button = page.excel_button if kind == "xlsx" else page.pdf_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(out.is_file, timeout=20_000)
    assert load_workbook(tmp_path / "r.xlsx")["各代办处"].cell(row=1, column=1).value
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages)
    assert "工作落实情况" in text and "全省合计" in text


def test_only_approvers_decide_and_the_decision_goes_back_in_the_return(
    qtbot: QtBot, login, province: TwoOffices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _no_boxes(monkeypatch)
    with province.hub.engine.begin() as conn:
        admin = operators.HubOperator("admin", "省办事处管理员", "admin")
        operators.add_operator(
            conn, admin, username="wang", role="operator", password="wang-pw-123"
        )
        operators.add_operator(
            conn, admin, username="shen", role="approver", password="shen-pw-123"
        )
    page = login("wang", "wang-pw-123").main_window.show_page("approvals")
    _rows(qtbot, page.table, 1)
    page.table.selectRow(0)
    assert not page.approve_button.isEnabled() and "审批员或管理员" in page.note.text()

    page = login("shen", "shen-pw-123").main_window.show_page("approvals")
    rows = _rows(qtbot, page.table, 1)
    assert rows[0][0] == province.large_claim and rows[0][7] == "待审批"
    page.table.selectRow(0)
    detail = page.detail.toPlainText()
    assert "计算过程" in detail and "出院小结✓" in detail
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("材料齐全，同意", True))
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "将随下一个回执包发回" in page.note.text(), timeout=20_000)
    with province.hub.engine.connect() as conn:
        row = conn.execute(select(hub_decisions)).one()
    assert (row.status, row.decided_by, row.reason, row.returned_seq) == (
        "approved", "shen", "材料齐全，同意", None,
    )  # fmt: skip
    qtbot.waitUntil(lambda: page.table.item(0, 7).text() == "已批准（待发回）", timeout=20_000)
    assert not page.approve_button.isEnabled() and not shown
    with province.hub.engine.begin() as conn:
        written = {w.office_code: w for w in write_returns(conn, out_dir=tmp_path / "returns")}
    assert written[B].counts["decisions"] == 1 and written[A].counts["decisions"] == 0
    page.refresh()
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=20_000)


def test_password_change_from_the_window(
    qtbot: QtBot, login, province: TwoOffices, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_boxes(monkeypatch)
    page = login("admin").main_window.show_page("operators")
    _rows(qtbot, page.table)

    def fill(dialog: QDialog) -> int:
        qtbot.keyClicks(dialog.old, PASSWORD)
        qtbot.keyClicks(dialog.new, "brand-new-pw")
        qtbot.keyClicks(dialog.again, "brand-new-pw")
        dialog._check()
        return dialog.result()

    monkeypatch.setattr("ui.hub.operators_page.PasswordDialog.exec", fill)
    qtbot.mouseClick(page.password_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text() == "密码已修改。", timeout=20_000)
    assert operators.login(province.hub.engine, "admin", "brand-new-pw").role == "admin"
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text().startswith("审计日志完好"), timeout=20_000)
