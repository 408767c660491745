"""Issue 18.6: a county clerk's day through the real window only — the login window, the navigation
list, buttons, typed text; no service call on the way (the database is read only to check what
the window did, and to pick the claimant's ID card the clerk holds in hand).

With HUZHU_SCREENS set to a folder, each step also saves a 1366×768 picture of the window there
(tools/screens.py runs this test so).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import clock
from models import Claim, Coverage, Enrollment, Member, Unit
from models.enums import ClaimStatus, CoverageStatus
from tests.app.roster_factories import resident_id
from tests.ui.conftest import type_login
from ui.application import Shell
from ui.claims.pay_dialog import PayDialog
from ui.main_window import MainWindow
from ui.members.member_dialog import MemberDialog
from ui.qt import (
    QApplication,
    QCoreApplication,
    QDate,
    QEvent,
    QFileDialog,
    QMessageBox,
    QPrintDialog,
    QPrinter,
    QPushButton,
    Qt,
    QTimer,
    QWidget,
    QWizard,
)

PASSWORD = "huzhu-demo"
NEW_PASSWORD = "clerk1-new-2026"
SIZE = (1366, 768)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 32


def snap(widget: QWidget, name: str) -> None:
    """Save a picture of `widget` as docs/screens/<name>.png when tools/screens.py asks."""
    folder = os.environ.get("HUZHU_SCREENS")
    if folder:
        # lay out what the last step changed (a wrapped summary grows) before the picture
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def type_text(widget, text: str) -> None:
    for ch in text:  # QTest cannot key-click Chinese; an input method commits one by one
        widget.insert(ch)


def click(qtbot: QtBot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def log_in(qtbot: QtBot, shell: Shell, username: str, password: str = PASSWORD) -> MainWindow:
    type_login(qtbot, shell, username, password)
    window = shell.main_window
    assert isinstance(window, MainWindow), shell.login.error.text()  # the shell closes it
    window.resize(*SIZE)
    qtbot.waitExposed(window)
    return window


def go(qtbot: QtBot, window: MainWindow, key: str) -> QWidget:
    """Click the page's entry in the navigation list."""
    row = next(i for i, p in enumerate(window.pages) if p.key == key)
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == key
    return window.page_widget(key)


def click_row(qtbot: QtBot, table, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def choose_file(monkeypatch, method: str, path: Path) -> None:
    """The next open/save file dialog answers `path`."""
    monkeypatch.setattr(QFileDialog, method, lambda *a, **k: (str(path), ""))


def switch_user(qtbot: QtBot, shell: Shell, window: MainWindow) -> None:
    click(qtbot, window.switch_button)
    assert shell.main_window is None and shell.login.isVisible()


@pytest.fixture
def desk(qtbot: QtBot, shell: Shell, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Shell:
    """Modal boxes the clerk would answer: Yes to confirmations; files chosen in tmp_path."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    for kind in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, k=kind: pytest.fail(f"{k}: {a[2]}"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    return shell


def _unenrolled_unit(db) -> Unit:
    with db.reader() as session:
        enrolled = set(session.scalars(select(Enrollment.unit_uuid)))
        return next(u for u in session.scalars(select(Unit)) if u.uuid not in enrolled)


def _claimant(db) -> Member:
    """Someone insured for hospital costs (ZY) whose waiting period ended a month ago."""
    month_ago = clock.today() - dt.timedelta(days=30)
    with db.reader() as session:
        return session.scalars(
            select(Member)
            .join(Coverage, Coverage.member_uuid == Member.uuid)
            .where(
                Coverage.plan_code == "ZY",
                Coverage.status == CoverageStatus.ACTIVE,
                Coverage.waiting_until < month_ago,
                Coverage.end_date > clock.today(),
            )
            .order_by(Member.id_number)
        ).first()


def _readable(path: Path) -> bool:
    """The workbook is written to the end (its op finished)."""
    try:
        load_workbook(path, read_only=True).close()
    except Exception:
        return False
    return True


def import_renewal_roster(qtbot: QtBot, window: MainWindow, monkeypatch, tmp_path: Path) -> str:
    """A unit whose cover ends within 30 days renews by roster: 导入名册 on its enrollment,
    下载续保名单 (the unit confirms it), then 检查 and 导入 from the day after the old cover."""
    page = go(qtbot, window, "enrollment")
    page.filter.setCurrentIndex(1)  # 30 天内到期未续保
    assert page.rows, "no enrollment due for renewal in the demo office"
    click_row(qtbot, page.table, 0)
    due = page.selected()
    click(qtbot, page.import_button)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    assert dialog.unit_uuid == due.unit_uuid
    roster = tmp_path / "续保名单.xlsx"
    choose_file(monkeypatch, "getSaveFileName", roster)
    renewal = next(b for b in dialog.findChildren(QPushButton) if b.text() == "下载续保名单…")
    click(qtbot, renewal)
    qtbot.waitUntil(lambda: _readable(roster), timeout=20000)
    choose_file(monkeypatch, "getOpenFileName", roster)
    click(qtbot, next(b for b in dialog.findChildren(QPushButton) if b.text() == "选择文件…"))
    first = due.end + dt.timedelta(days=1)
    dialog.start.setDate(QDate(first.year, first.month, first.day))
    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: "检查通过" in dialog.summary.text(), timeout=60000)
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: "已导入" in dialog.summary.text(), timeout=60000)
    assert dialog.certificate_button.isVisible() and dialog.receipt_button.isVisible()
    snap(dialog, "03-roster-import")
    dialog.reject()
    return dialog.outcome.enrollment.number


def enrol_with_split(qtbot: QtBot, window: MainWindow, unit: Unit) -> str:
    page = go(qtbot, window, "enrollment")
    click(qtbot, page.new_button)
    wizard = page.wizard
    qtbot.waitExposed(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    type_text(wizard.unit_step.search, unit.name)
    qtbot.waitUntil(lambda: [r.uuid for r in wizard.unit_step.rows] == [unit.uuid], timeout=5000)
    click(qtbot, next_button)
    wizard.plans_step.checks["ZY"].setChecked(True)
    click(qtbot, next_button)
    members = wizard.members_step
    qtbot.waitUntil(lambda: members.list.count() == unit.headcount, timeout=5000)
    click(qtbot, next_button)
    check = wizard.check_step
    qtbot.waitUntil(lambda: check.preview is not None and check.preview.ok, timeout=5000)
    total = check.preview.premium_total
    snap(wizard, "04-enrol-check")
    click(qtbot, next_button)
    payment = wizard.payment_step
    payers = list(payment.fields)
    unit_part = total // 2
    for payer, fen in ((payers[0], unit_part), (payers[2], total - unit_part)):
        payment.fields[payer].clear()
        qtbot.keyClicks(payment.fields[payer], f"{fen // 100}.{fen % 100:02d}")
    assert "尚需分摊 0.00 元" in payment.remaining.text()
    snap(wizard, "05-enrol-split")
    click(qtbot, next_button)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: wizard.result_value is not None, timeout=30000)
    result = wizard.result_value
    assert (result.split.unit, result.split.individual) == (unit_part, total - unit_part)
    return result.number


def print_certificates(
    qtbot: QtBot, window: MainWindow, number: str, monkeypatch, tmp_path: Path
) -> Path:
    page = go(qtbot, window, "printing")
    page.kind.setCurrentIndex(page.kind.findData("batch"))
    page.key.clear()
    qtbot.keyClicks(page.key, number)
    before = page.last
    click(qtbot, page.generate_button)
    qtbot.waitUntil(lambda: page.last is not before, timeout=60000)
    printed = tmp_path / "certificates.pdf"

    def to_pdf(dialog: QPrintDialog) -> int:  # the clerk picks "print to PDF" and presses OK
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", to_pdf)
    snap(window, "06-certificates")
    with qtbot.waitSignal(page.preview.printed, timeout=120000):
        click(qtbot, page.preview.print_button)
    return printed


def register_new_hire(qtbot: QtBot, window: MainWindow, unit: Unit) -> str:
    """会员 → 登记会员: the unit's new hire, typed in from the ID card."""
    page = go(qtbot, window, "members")
    click(qtbot, page.buttons["add"])
    dialog = page.findChild(MemberDialog)
    qtbot.waitExposed(dialog)
    dialog.unit.setCurrentIndex(dialog.unit.findText(unit.name, Qt.MatchFlag.MatchStartsWith))
    number = resident_id(dt.date(1999, 9, 9), True, 437)
    qtbot.keyClicks(dialog.id_number, number)
    type_text(dialog.name, "赵新民")
    qtbot.keyClicks(dialog.phone, "13900291234")
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        click(qtbot, dialog.save_button)
    return number


def add_new_hire(qtbot: QtBot, window: MainWindow, enrollment: str, name: str) -> None:
    """参保 → 增员: the new hire joins the unit's open enrollment, prorated, paid by the unit."""
    page = go(qtbot, window, "enrollment")
    page.filter.setCurrentIndex(0)
    row = next(i for i, r in enumerate(page.rows) if r.number == enrollment)
    click_row(qtbot, page.table, row)
    click(qtbot, page.add_button)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    picker = dialog.picker
    type_text(picker.filter, name)
    [item] = [picker.list.item(i) for i in range(picker.list.count())
              if not picker.list.item(i).isHidden()]  # fmt: skip
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: dialog.confirm_button.isEnabled(), timeout=5000)
    snap(dialog, "07-add-new-hire")
    click(qtbot, dialog.confirm_button)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30000)
    assert dialog.result.members == 1
    dialog.reject()


def take_claim(qtbot: QtBot, window: MainWindow, who: Member, monkeypatch, tmp_path: Path) -> str:
    page = go(qtbot, window, "claims")
    form = page.intake
    qtbot.keyClicks(form.id_edit, who.id_number)
    qtbot.keyClick(form.id_edit, Qt.Key.Key_Return)
    assert who.name in form.member_label.text()
    form.plan_combo.setCurrentIndex(form.plan_combo.findData("ZY"))
    today = clock.today()
    days = {"admitted": 20, "discharged": 12, "settled": 10}
    for name, ago in days.items():
        qtbot.keyClicks(form.fields[name], (today - dt.timedelta(days=ago)).isoformat())
    for name, text in (
        ("total_cost", "13300"),
        ("insurance_paid", "8000"),
        ("out_of_policy", "300"),
        ("self_pay", "5000"),
    ):
        qtbot.keyClicks(form.fields[name], text)
    qtbot.waitUntil(lambda: "给付互助金" in form.preview.text(), timeout=5000)
    scan = tmp_path / "发票.png"
    scan.write_bytes(PNG)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    for item in form.checklist.items():
        if item.data(Qt.ItemDataRole.UserRole) == "发票原件":
            form.checklist.list.setCurrentItem(item)
            click(qtbot, form.checklist.attach_button)
        else:
            item.setCheckState(Qt.CheckState.Checked)
    snap(window, "08-claim-intake")
    with qtbot.waitSignal(form.saved, timeout=30000) as saved:
        click(qtbot, form.save_button)
    return saved.args[0].number


def act_on_claim(qtbot: QtBot, window: MainWindow, number: str, key: str, shot: str) -> None:
    queue = go(qtbot, window, "claims").queue
    page = go(qtbot, window, "claims")
    page.tabs.setCurrentWidget(queue)
    queue.mode.setCurrentIndex(queue.mode.findData("queue"))
    queue.select_number(number)
    assert queue.current() is not None and queue.current().number == number, key
    snap(window, shot)
    if key == "pay":
        answer_pay_dialog(qtbot)
    with qtbot.waitSignal(queue.acted, timeout=30000):
        click(qtbot, queue.buttons[key])


def answer_pay_dialog(qtbot: QtBot) -> None:
    """The 登记支付 dialog, once it is up: it shows the amount in 大写; the clerk types the
    transfer number and presses 确认支付."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PayDialog):
            QTimer.singleShot(50, answer)
            return
        assert "大写" in dialog.summary.text()
        qtbot.keyClicks(dialog.voucher, "ZZ-0001")
        snap(dialog, "11-pay-dialog")
        click(qtbot, dialog.ok_button)

    QTimer.singleShot(0, answer)


def status(db, number: str) -> ClaimStatus:
    with db.reader() as session:
        return session.scalar(select(Claim.status).where(Claim.number == number))


def test_a_clerks_day(
    qtbot: QtBot, desk: Shell, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shell = desk
    db = shell.db
    snap(shell.login, "01-login")
    window = log_in(qtbot, shell, "clerk1")
    snap(window, "02-home")

    renewed = import_renewal_roster(qtbot, window, monkeypatch, tmp_path)
    assert renewed.startswith("BD-")

    unit = _unenrolled_unit(db)
    number = enrol_with_split(qtbot, window, unit)
    assert number.startswith("BD-")

    printed = print_certificates(qtbot, window, number, monkeypatch, tmp_path)
    assert printed.read_bytes().startswith(b"%PDF")

    register_new_hire(qtbot, window, unit)
    add_new_hire(qtbot, window, number, "赵新民")

    who = _claimant(db)
    claim = take_claim(qtbot, window, who, monkeypatch, tmp_path)
    assert status(db, claim) is ClaimStatus.RECEIVED

    switch_user(qtbot, shell, window)
    reviewer = log_in(qtbot, shell, "reviewer1")
    act_on_claim(qtbot, reviewer, claim, "review", "09-review")
    assert status(db, claim) is ClaimStatus.AWAITING_APPROVAL

    switch_user(qtbot, shell, reviewer)
    supervisor = log_in(qtbot, shell, "supervisor1")
    act_on_claim(qtbot, supervisor, claim, "approve", "10-approve")
    assert status(db, claim) is ClaimStatus.APPROVED

    switch_user(qtbot, shell, supervisor)
    clerk = log_in(qtbot, shell, "clerk1")

    act_on_claim(qtbot, clerk, claim, "pay", "11-pay")
    assert status(db, claim) is ClaimStatus.PAID

    # export the claims list: all claims, the paid one among them
    queue = go(qtbot, clerk, "claims").queue
    queue.mode.setCurrentIndex(queue.mode.findData("all"))
    export = tmp_path / "理赔.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(export), ""))
    click(qtbot, queue.export_button)
    qtbot.waitUntil(lambda: queue.findChild(QMessageBox, "export-done") is not None, timeout=20000)
    snap(clerk, "12-export")
    queue.findChild(QMessageBox, "export-done").reject()
    values = [c.value for row in load_workbook(export).active.iter_rows() for c in row]
    assert claim in values

    # change password from the 操作员 menu
    clerk.password_action.trigger()
    dialog = clerk.findChild(QWidget, "password-dialog")
    qtbot.waitExposed(dialog)
    for field, text in ((dialog.old, PASSWORD), (dialog.new, NEW_PASSWORD)):
        qtbot.keyClicks(field, text)
    qtbot.keyClicks(dialog.repeat, NEW_PASSWORD)
    snap(dialog, "13-password")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        click(qtbot, dialog.ok_button)

    # switch user: the login window again, where the new password works
    switch_user(qtbot, shell, clerk)
    snap(shell.login, "14-switch-user")
    type_login(qtbot, shell, "clerk1", PASSWORD)
    assert shell.main_window is None and "用户名或密码不正确" in shell.login.error.text()
    assert log_in(qtbot, shell, "clerk1", NEW_PASSWORD).context.actor.username == "clerk1"
