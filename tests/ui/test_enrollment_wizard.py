"""Acceptance 3: the enrollment wizard end to end on the demo office — a rejection shown to the
clerk, a supervisor's override, the payment split's live remainder, nothing saved before confirm."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.enrollment import list_enrollments
from models import Enrollment, Payment, Unit
from tests.conftest import ACTORS
from ui.bus import Bus
from ui.context import PageContext
from ui.enrollment.page import EnrollmentPage
from ui.qt import QDialogButtonBox, QMessageBox, QWizard


def type_text(widget, text: str) -> None:
    for ch in text:  # one committed character at a time, as an input method does
        widget.insert(ch)


@pytest.fixture
def page(qtbot: QtBot, demo_db, monkeypatch) -> EnrollmentPage:
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, k=kind: pytest.fail(f"{k}: {a[2]}"))
    widget = EnrollmentPage(PageContext(demo_db, ACTORS["clerk1"], Bus()))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _unenrolled_unit(db) -> Unit:
    with db.reader() as session:
        enrolled = {e.unit_uuid for e in list_enrollments(session)}
        return next(u for u in session.scalars(select(Unit)) if u.uuid not in enrolled)


def _count(db) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(Enrollment))


def test_expiring_filter_lists_renewals_due(page: EnrollmentPage) -> None:
    everything = len(page.rows)
    page.filter.setCurrentIndex(1)
    assert 0 < len(page.rows) < everything
    assert all(0 <= r.days_left <= 30 for r in page.rows)
    page.filter.setCurrentIndex(2)
    assert all(0 <= r.days_left <= 60 for r in page.rows)


def test_wizard_rejection_override_split_and_confirm(
    qtbot: QtBot, page: EnrollmentPage, demo_db
) -> None:
    unit = _unenrolled_unit(demo_db)
    before = _count(demo_db)
    wizard = page.open_wizard()
    qtbot.waitExposed(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    type_text(wizard.unit_step.search, unit.name)
    qtbot.waitUntil(lambda: [r.uuid for r in wizard.unit_step.rows] == [unit.uuid], timeout=2000)
    next_button.click()

    wizard.plans_step.checks["JT"].setChecked(True)
    next_button.click()

    members = wizard.members_step
    qtbot.waitUntil(lambda: members.list.count() == unit.headcount, timeout=2000)
    members.set_all(False)
    assert not next_button.isEnabled()
    half = members.list.count() // 2
    for row in range(half):
        members.set_checked(row, True)
    assert f"已选 {half} /" in members.count.text()
    next_button.click()

    check = wizard.check_step
    texts = [check.results.item(i).text() for i in range(check.results.count())]
    assert len(texts) == 11
    assert any("✗ 主险参保率" in t and "请补充" in t and "或由主管审批" in t for t in texts)
    assert not next_button.isEnabled()
    assert check.override_button.isVisible()

    dialog = check.request_override()
    qtbot.waitExposed(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert "请填写审批理由" in dialog.error.text()
    type_text(dialog.reason, "新建单位，余员下月补办")
    qtbot.keyClicks(dialog.username, "clerk2")
    qtbot.keyClicks(dialog.password, "huzhu-demo")
    ok.click()
    assert "不是主管" in dialog.error.text()
    dialog.username.clear()
    dialog.password.clear()
    qtbot.keyClicks(dialog.username, "supervisor1")
    qtbot.keyClicks(dialog.password, "huzhu-demo")
    ok.click()
    qtbot.waitUntil(lambda: check.preview is not None and check.preview.ok, timeout=5000)
    assert next_button.isEnabled()
    total = check.preview.premium_total
    next_button.click()

    payment = wizard.payment_step
    unit_field = payment.fields[next(iter(payment.fields))]
    individual = payment.fields[list(payment.fields)[2]]
    unit_field.setText(f"{total // 200 // 100}.{total // 200 % 100:02d}")
    assert "尚需分摊" in payment.remaining.text() and not next_button.isEnabled()
    rest = total - total // 200
    individual.setText(f"{rest // 100}.{rest % 100:02d}")
    assert "尚需分摊 0.00 元" in payment.remaining.text()
    assert next_button.isEnabled()
    payment.paid.method.setCurrentIndex(payment.paid.method.findText("现金"))
    type_text(payment.paid.voucher, "XJ-77")
    next_button.click()
    assert "收款方式 现金，凭证号 XJ-77" in wizard.confirm_step.summary.text()

    assert "主管" in wizard.confirm_step.summary.text()
    assert _count(demo_db) == before  # nothing saved until confirm
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_value is not None, timeout=20000)
    result = wizard.result_value
    assert _count(demo_db) == before + 1
    assert result.override_by == "supervisor1" and result.members == half
    assert (result.split.unit, result.split.individual) == (total // 200, rest)
    with demo_db.reader() as session:
        stored = session.execute(
            select(Payment.method, Payment.voucher).where(
                Payment.receipt_number.in_([r.number for r in result.receipts])
            )
        ).all()
    assert len(stored) == 2 and {tuple(row) for row in stored} == {("现金", "XJ-77")}
    qtbot.waitUntil(lambda: result.number in {r.number for r in page.rows}, timeout=5000)


def test_without_a_catalogue_the_wizard_says_so(qtbot: QtBot, db, monkeypatch) -> None:
    from app.auth import SYSTEM
    from app.office import register_self
    from models.enums import OfficeLevel

    with db.unit_of_work() as session:
        register_self(session, SYSTEM, code="61020401", name="测试", level=OfficeLevel.COUNTY)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    widget = EnrollmentPage(PageContext(db, ACTORS["clerk1"], Bus()))
    qtbot.addWidget(widget)
    assert widget.rows == [] and widget.open_wizard() is None
    assert "保障计划目录" in shown[0]
