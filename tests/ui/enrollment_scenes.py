"""Shared set-up for the 参保 page action tests: an office on fixed dates, a unit with members,
an enrollment written through the service, the page shown, and helpers that wait on dialogs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.auth import Actor
from app.db import Database
from app.enrollment import EnrollmentRequest, PaymentSplit, enrol
from app.enrollment.service import EnrollmentResult
from models import Enrollment, Member, Payment, Unit
from tests.app.enrollment_factories import make_staff, make_unit, setup_office
from ui.bus import Bus
from ui.context import PageContext
from ui.enrollment.page import EnrollmentPage
from ui.qt import QPushButton, Qt, QWidget


@dataclass
class Scene:
    unit_uuid: object
    members: list
    enrollment: EnrollmentResult


def set_today(monkeypatch: pytest.MonkeyPatch, day: str) -> None:
    monkeypatch.setenv("HUZHU_TODAY", day)


def enrolled_unit(
    db: Database,
    clerk: Actor,
    *,
    staff: int,
    start: dt.date,
    paid_on: dt.date,
    plans: dict[str, int] | None = None,
    payment: PaymentSplit | None = None,
) -> Scene:
    setup_office(db)
    with db.unit_of_work() as session:
        unit = make_unit(session, headcount=staff, name="耀州区测试机械厂")
        people = make_staff(session, unit, staff)
        ids = [m.uuid for m in people]
        unit_uuid = unit.uuid
    with db.unit_of_work() as session:
        result = enrol(
            session,
            clerk,
            request=EnrollmentRequest(
                unit_uuid=unit_uuid, plans=plans or {"ZY": 1}, member_uuids=tuple(ids),
                start=start, paid_on=paid_on, payment=payment,
            ),
        )  # fmt: skip
    return Scene(unit_uuid, ids, result)


def hire(db: Database, unit_uuid: object, name: str) -> Member:
    from tests.app.enrollment_factories import make_member

    with db.unit_of_work() as session:
        return make_member(session, session.get(Unit, unit_uuid), name=name)


def shown_page(qtbot: QtBot, db: Database, actor: Actor) -> EnrollmentPage:
    page = EnrollmentPage(PageContext(db, actor, Bus()))
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def select_row(qtbot: QtBot, page: EnrollmentPage, number: str) -> None:
    """Click the enrollment's row as a clerk would."""
    row = next(i for i, r in enumerate(page.rows) if r.number == number)
    rect = page.table.visualItemRect(page.table.item(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected() is not None and page.selected().number == number


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def button(widget: QWidget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def count(db: Database, model: type) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def enrollments(db: Database) -> int:
    return count(db, Enrollment)


def payments(db: Database, enrollment_number: str) -> list[Payment]:
    with db.reader() as session:
        e = session.scalar(select(Enrollment).where(Enrollment.number == enrollment_number))
        return list(
            session.scalars(
                select(Payment)
                .where(Payment.enrollment_uuid == e.uuid)
                .order_by(Payment.receipt_number)
            )
        )
