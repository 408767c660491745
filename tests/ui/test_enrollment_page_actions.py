"""The 参保 page's actions through the real widgets (issues 18.1, 19.2–19.4): 增员 with the
pro-rata premium checked against an independent reading of domain rule 9, 减员 before and after
the start, 撤销参保 by a supervisor (disabled for a clerk), 续保 preview that writes nothing until
confirmed, the detail dialog, the right-click menu, and a paid date in the future refused."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models import Coverage, Enrollment, Member, Unit
from models.enums import CoverageStatus, EnrollmentStatus, MemberStatus, PaymentKind
from tests.ui.enrollment_scenes import (
    click,
    enrolled_unit,
    enrollments,
    hire,
    payments,
    select_row,
    set_today,
    shown_page,
)
from ui.enrollment.addition_dialog import AdditionDialog
from ui.enrollment.cancel_dialog import CancelDialog
from ui.enrollment.detail_dialog import EnrollmentDetailDialog
from ui.enrollment.leave_dialog import LeaveDialog
from ui.enrollment.renewal_dialog import RenewalDialog
from ui.qt import QDate, QPoint, Qt


def type_text(widget, text: str) -> None:
    for ch in text:  # one committed character at a time, as an input method does
        widget.insert(ch)


def months_paid(start: dt.date, end: dt.date) -> int:
    """Rule 9 read independently: count month steps from `start` until past `end`; a part
    month counts whole."""
    months, day = 0, start
    while day <= end:
        months += 1
        year, month = divmod(start.month - 1 + months, 12)
        day = dt.date(start.year + year, month + 1, min(start.day, 28))
    return months


def pro_rata(full_fen: int, months: int, term: int) -> int:
    return int((Decimal(full_fen) * months / term).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def wait_saved(qtbot: QtBot, dialog, attr: str = "result") -> None:
    qtbot.waitUntil(lambda: getattr(dialog, attr) is not None, timeout=30_000)


def test_addition_charges_the_prorated_premium_and_records_the_payment(
    qtbot: QtBot, db, actors, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:
    set_today(monkeypatch, "2026-03-10")
    sc = enrolled_unit(
        db, actors["clerk1"], staff=4, start=dt.date(2026, 3, 11), paid_on=dt.date(2026, 3, 10),
        plans={"ZY": 1, "JT": 1},
    )  # fmt: skip
    newcomer = hire(db, sc.unit_uuid, "赵新来")
    set_today(monkeypatch, "2026-09-14")
    page = shown_page(qtbot, db, actors["clerk1"])
    select_row(qtbot, page, sc.enrollment.number)
    click(qtbot, page.add_button)
    dialog = page.dialog
    assert isinstance(dialog, AdditionDialog)
    type_text(dialog.picker.filter, "赵新来")
    row = next(i for i, line in enumerate(dialog.lines) if line.uuid == newcomer.uuid)
    assert not dialog.picker.list.item(row).isHidden()
    rect = dialog.picker.list.visualItemRect(dialog.picker.list.item(row))
    box = QPoint(rect.left() + 8, rect.center().y())  # the check box at the row's left
    qtbot.mouseClick(dialog.picker.list.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert dialog.chosen() == [newcomer.uuid]
    start, end = dt.date(2026, 9, 15), dt.date(2027, 3, 10)
    assert dialog.start_date() == start  # the day after today's payment
    months = months_paid(start, end)
    expected = pro_rata(6000, months, 12) + pro_rata(3200, months, 12)
    assert months == 6 and expected == 4600
    assert f"× {months}/12 个月" in dialog.working.text()
    assert "46.00 元（大写：肆拾陆元整）" in dialog.working.text()
    dialog.payment.method.setCurrentIndex(dialog.payment.method.findText("银行代扣"))
    type_text(dialog.payment.voucher, "DK20260914")
    click(qtbot, dialog.confirm_button)
    wait_saved(qtbot, dialog)
    assert dialog.result.premium_total == expected
    paid = [p for p in payments(db, sc.enrollment.number) if p.amount == expected]
    assert [(p.method, p.voucher, p.paid_on) for p in paid] == [
        ("银行代扣", "DK20260914", dt.date(2026, 9, 14))
    ]
    with db.reader() as session:
        covers = session.scalars(select(Coverage).where(Coverage.member_uuid == newcomer.uuid))
        assert {(c.end_date, c.premium) for c in covers} == {(end, 3000), (end, 1600)}
    click(qtbot, dialog.receipt_button)
    with qtbot.waitSignal(dialog.printing.op.settled, timeout=60_000):
        pass
    assert paid[0].receipt_number in dialog.printing.printed.title
    assert message_boxes.shown == []


def test_leavers_refunded_before_the_start_not_after(
    qtbot: QtBot, db, actors, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:
    set_today(monkeypatch, "2026-03-10")
    sc = enrolled_unit(
        db, actors["clerk1"], staff=3, start=dt.date(2026, 3, 20), paid_on=dt.date(2026, 3, 10)
    )
    page = shown_page(qtbot, db, actors["clerk1"])
    select_row(qtbot, page, sc.enrollment.number)
    click(qtbot, page.leave_button)
    dialog = page.dialog
    assert isinstance(dialog, LeaveDialog)
    first = dialog.members[0]
    dialog.picker.check(0)
    assert (
        "生效前减员" in dialog.effect.text()
        and "60.00 元（大写：陆拾元整）" in dialog.effect.text()
    )
    click(qtbot, dialog.ok_button)  # no reason yet: refused beside the field, nothing written
    qtbot.waitUntil(lambda: bool(dialog.errors.text("reason")), timeout=10_000)
    assert "原因" in dialog.errors.text("reason")
    type_text(dialog.reason, "离职")
    dialog.refund.method.setCurrentIndex(dialog.refund.method.findText("现金"))
    click(qtbot, dialog.ok_button)
    wait_saved(qtbot, dialog)
    assert dialog.result.refund_total == 6000
    refunds = [p for p in payments(db, sc.enrollment.number) if p.kind is PaymentKind.REFUND]
    assert [(p.amount, p.method) for p in refunds] == [(6000, "现金")]
    with db.reader() as session:
        assert session.get(Member, first.uuid).status is MemberStatus.LEFT
        assert session.get(Enrollment, sc.enrollment.uuid).premium_total == 12000
        statuses = session.scalars(
            select(Coverage.status).where(Coverage.member_uuid == first.uuid)
        ).all()
        assert statuses == [CoverageStatus.CANCELLED]

    set_today(monkeypatch, "2026-04-02")
    page.load()
    select_row(qtbot, page, sc.enrollment.number)
    click(qtbot, page.leave_button)
    dialog = page.dialog
    assert [m.uuid for m in dialog.members] != [] and first.uuid not in {
        m.uuid for m in dialog.members
    }
    dialog.picker.check(0)
    assert "已生效，不退费" in dialog.effect.text() and not dialog.refund.isVisible()
    type_text(dialog.reason, "调出本单位")
    click(qtbot, dialog.ok_button)
    wait_saved(qtbot, dialog)
    assert dialog.result.refund_total == 0
    refunds = [p for p in payments(db, sc.enrollment.number) if p.kind is PaymentKind.REFUND]
    assert len(refunds) == 1
    assert message_boxes.shown == []


def test_cancel_is_for_supervisors_and_shows_the_refund_in_capitals(
    qtbot: QtBot, db, actors, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:
    set_today(monkeypatch, "2026-03-10")
    sc = enrolled_unit(
        db, actors["clerk1"], staff=4, start=dt.date(2026, 3, 20), paid_on=dt.date(2026, 3, 10)
    )
    clerk_page = shown_page(qtbot, db, actors["clerk1"])
    select_row(qtbot, clerk_page, sc.enrollment.number)
    assert not clerk_page.cancel_button.isEnabled()
    assert clerk_page.cancel_button.toolTip() == "仅主管可撤销参保"
    assert clerk_page.cancel_selected() is None

    page = shown_page(qtbot, db, actors["supervisor1"])
    select_row(qtbot, page, sc.enrollment.number)
    click(qtbot, page.cancel_button)
    dialog = page.dialog
    assert isinstance(dialog, CancelDialog)
    assert dialog.amount.text() == "退费合计 240.00 元（大写：贰佰肆拾元整）"
    assert "单位 240.00 元" in dialog.what.text()
    dialog.reason.insertPlainText("单位撤回参保申请")
    type_text(dialog.refund.voucher, "TF-0310")
    click(qtbot, dialog.ok_button)
    wait_saved(qtbot, dialog)
    with db.reader() as session:
        assert session.get(Enrollment, sc.enrollment.uuid).status is EnrollmentStatus.CANCELLED
    refunds = [p for p in payments(db, sc.enrollment.number) if p.kind is PaymentKind.REFUND]
    assert [(p.amount, p.method, p.voucher) for p in refunds] == [(24000, "转账", "TF-0310")]
    qtbot.waitUntil(lambda: page.selected() is None or not page.cancel_button.isEnabled())
    assert message_boxes.shown == []


def test_renewal_previews_then_writes_only_when_confirmed_and_keeps_the_selection(
    qtbot: QtBot, db, actors, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:
    set_today(monkeypatch, "2026-03-10")
    sc = enrolled_unit(
        db, actors["clerk1"], staff=4, start=dt.date(2026, 3, 11), paid_on=dt.date(2026, 3, 10)
    )
    other = enrolled_unit(
        db, actors["clerk1"], staff=2, start=dt.date(2026, 3, 11), paid_on=dt.date(2026, 3, 10)
    )
    with db.unit_of_work() as session:
        leaver = session.get(Member, sc.members[0])
        leaver.status, leaver.left_on = MemberStatus.LEFT, dt.date(2026, 12, 1)
        leaver_name = leaver.name
        session.get(Unit, sc.unit_uuid).headcount = 3  # the unit's 在职职工数 follows
    set_today(monkeypatch, "2027-02-20")
    page = shown_page(qtbot, db, actors["clerk1"])
    select_row(qtbot, page, sc.enrollment.number)
    before = enrollments(db)
    click(qtbot, page.renew_button)
    dialog = page.dialog
    assert isinstance(dialog, RenewalDialog) and dialog.isVisible()
    assert enrollments(db) == before  # the preview writes nothing
    people = [dialog.people.item(i).text() for i in range(dialog.people.count())]
    assert "不再续保：离职或调出（1 人）" in people and f"    {leaver_name}" in people
    assert "2027-03-11 至 2028-03-10" in dialog.summary.text()
    assert dialog.amount.text() == "应缴会费 180.00 元（大写：壹佰捌拾元整）"
    assert dialog.rules.count() == 11
    dialog.payment.method.setCurrentIndex(dialog.payment.method.findText("工会经费划拨"))
    type_text(dialog.payment.voucher, "GH-2027-08")
    dialog.payment.paid_on.setDate(QDate(2027, 2, 21))  # tomorrow
    assert "缴费日期不能晚于今天" in dialog.payment.date_error.text()
    assert not dialog.confirm_button.isEnabled()
    dialog.payment.paid_on.setDate(QDate(2027, 2, 19))
    assert dialog.confirm_button.isEnabled()
    assert enrollments(db) == before
    click(qtbot, dialog.confirm_button)
    wait_saved(qtbot, dialog)
    assert enrollments(db) == before + 1
    new = dialog.result.number
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().number == new)
    assert other.enrollment.number != new
    [paid] = payments(db, new)
    assert (paid.amount, paid.method, paid.voucher, paid.paid_on) == (
        18000,
        "工会经费划拨",
        "GH-2027-08",
        dt.date(2027, 2, 19),
    )
    assert dialog.receipt_button.isVisible()
    click(qtbot, dialog.receipt_button)
    with qtbot.waitSignal(dialog.printing.op.settled, timeout=60_000):
        pass
    assert paid.receipt_number in dialog.printing.printed.title
    assert message_boxes.shown == []


def test_detail_by_double_click_and_the_right_click_menu(
    qtbot: QtBot, db, actors, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:
    set_today(monkeypatch, "2026-03-10")
    sc = enrolled_unit(
        db, actors["clerk1"], staff=2, start=dt.date(2026, 3, 11), paid_on=dt.date(2026, 3, 10)
    )
    page = shown_page(qtbot, db, actors["clerk1"])
    select_row(qtbot, page, sc.enrollment.number)
    menu = page.build_menu()
    labels = [a.text() for a in menu.actions()]
    assert labels == [
        "办理参保(&N)…",
        "导入名册",
        "增员",
        "减员",
        "撤销参保",
        "续保(&R)",
        "查看",
        "导出…",
    ]
    assert not next(a for a in menu.actions() if a.text() == "撤销参保").isEnabled()
    next(a for a in menu.actions() if a.text() == "查看").trigger()
    assert isinstance(page.dialog, EnrollmentDetailDialog)
    page.dialog.close()

    row = next(i for i, r in enumerate(page.rows) if r.number == sc.enrollment.number)
    rect = page.table.visualItemRect(page.table.item(row, 1))
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.dialog
    assert isinstance(dialog, EnrollmentDetailDialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["人员", "保障", "缴费", "收据", "历史"]
    assert dialog.member_table.rowCount() == 2
    pay = [
        dialog.payment_table.item(0, c).text() for c in range(dialog.payment_table.columnCount())
    ]
    assert pay[:6] == ["收款", "单位", "120.00", "转账", "", "2026-03-10"]
    assert dialog.history_table.item(0, 2).text() == "办理参保"
    assert "（大写：壹佰贰拾元整）" in dialog.header.text()
    click(qtbot, dialog.certificate_button)
    with qtbot.waitSignal(dialog.printing.op.settled, timeout=60_000):
        pass
    assert dialog.printing.printed.pages == 2
    assert message_boxes.shown == []


def test_addition_picks_members_from_a_roster_file_and_names_bad_rows(
    qtbot: QtBot, db, actors, tmp_path, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:
    from tests.app.roster_factories import write_xlsx
    from ui.qt import QFileDialog

    set_today(monkeypatch, "2026-03-10")
    sc = enrolled_unit(
        db, actors["clerk1"], staff=2, start=dt.date(2026, 3, 11), paid_on=dt.date(2026, 3, 10)
    )
    first, second = hire(db, sc.unit_uuid, "孙一"), hire(db, sc.unit_uuid, "孙二")
    set_today(monkeypatch, "2026-04-20")
    page = shown_page(qtbot, db, actors["clerk1"])
    select_row(qtbot, page, sc.enrollment.number)
    click(qtbot, page.add_button)
    dialog = page.dialog
    roster = write_xlsx(
        tmp_path / "hires.xlsx",
        [[1, "孙一", first.id_number, "男"], [2, "无名", "610204199001011234", "男"]],
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(roster), ""))
    )
    click(qtbot, dialog.file_button)
    assert "第 3 行" in dialog.errors.text() and dialog.chosen() == []
    roster = write_xlsx(
        tmp_path / "hires2.xlsx",
        [[1, "孙一", first.id_number, "男"], [2, "孙二", second.id_number, "男"]],
    )
    click(qtbot, dialog.file_button)
    assert set(dialog.chosen()) == {first.uuid, second.uuid}
    assert "ZY 1 份：60.00 元 × 11/12 个月 = 55.00 元/人，2 人" in dialog.working.text()
    assert dialog.confirm_button.isEnabled()
    assert message_boxes.shown == []
