"""工作台 click-through (issue #8 "everything clickable through to the list behind it"): every
queue line and figure opens its page filtered to exactly the rows it counted — the page's visible
row count equals the figure and an independent SQL count — with a filter chip that clears."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from ui.home.page import HomePage
from ui.qt import QPushButton, Qt, QWidget

TODAY = "2026-11-20"  # the demo office's renewals fall due in the next 30/60 days


def _count(shell, sql: str, **params: object) -> int:
    with shell.db.reader() as session:
        return session.scalar(text(sql), params)


def _home(qtbot: QtBot, shell) -> HomePage:
    page = shell.main_window.show_page("home")
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    return page


def _click(qtbot: QtBot, shell, name: str) -> QWidget:
    page = _home(qtbot, shell)
    button = page.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return shell.main_window.page_widget(shell.main_window.current_key())


def _claims_rows(page: QWidget) -> int:
    assert page.tabs.currentWidget() is page.queue
    return page.queue.table.rowCount()


CLAIM_SQL = {
    "todo-review": "SELECT COUNT(*) FROM claims WHERE status IN ('received', 'reviewing')",
    "todo-approve": "SELECT COUNT(*) FROM claims WHERE status = 'awaiting_approval' "
    "AND intake_operator != 'supervisor1'",
    "todo-pay": "SELECT COUNT(*) FROM claims WHERE status = 'approved' "
    "AND (needs_hub_approval = 0 OR hub_decision = 'approved')",
    "figure-claims": "SELECT COUNT(*) FROM claims WHERE received_on BETWEEN :a AND :b",
    "figure-paid": "SELECT COUNT(*) FROM claims WHERE status = 'paid' AND paid_on BETWEEN :a AND :b",
}
COVERED = (
    "FROM coverages c JOIN enrollments e ON e.uuid = c.enrollment_uuid WHERE c.status = 'active' "
    "AND e.status = 'confirmed' AND c.start_date BETWEEN :a AND :b"
)
YEAR = {"a": "2026-01-01", "b": "2026-12-31"}


@pytest.fixture
def supervisor(qtbot: QtBot, logged_in, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    return logged_in("supervisor1")


def test_queue_lines_and_claim_figures_open_the_claims_they_counted(
    qtbot: QtBot, supervisor
) -> None:
    home = _home(qtbot, supervisor)
    queue = {f"todo-{q.key}": q.count for q in home.data.queue}
    f = home.data.figures
    expected = {**queue, "figure-claims": f.claims_count, "figure-paid": f.paid_count}
    assert expected["figure-claims"] > 0 and expected["figure-paid"] > 0
    shown = 0
    for name, figure in expected.items():
        assert figure == _count(supervisor, CLAIM_SQL[name], **YEAR), name
        if not figure:  # a queue line with nothing waiting is not shown
            continue
        claims = _click(qtbot, supervisor, name)
        assert _claims_rows(claims) == figure, name
        assert (
            claims.queue.chip.isVisibleTo(claims) and f"共 {figure} 条" in claims.queue.chip.text()
        )
        shown += 1
    assert shown >= 4
    qtbot.mouseClick(claims.queue.chip.clear_button, Qt.MouseButton.LeftButton)
    assert not claims.queue.chip.isVisibleTo(claims)
    assert claims.queue.drill is None


def test_unit_member_and_cover_figures_open_their_lists(qtbot: QtBot, supervisor) -> None:
    f = _home(qtbot, supervisor).data.figures
    units = _click(qtbot, supervisor, "figure-units")
    assert units.model.rowCount() == f.units_enrolled > 0
    assert f.units_enrolled == _count(
        supervisor, "SELECT COUNT(DISTINCT e.unit_uuid) " + COVERED, **YEAR
    )
    total_units = _count(supervisor, "SELECT COUNT(*) FROM units")
    assert units.chip.isVisibleTo(units)
    qtbot.mouseClick(units.chip.clear_button, Qt.MouseButton.LeftButton)
    assert units.model.rowCount() == total_units and not units.chip.isVisibleTo(units)

    members = _click(qtbot, supervisor, "figure-members")
    expected = _count(supervisor, "SELECT COUNT(DISTINCT c.member_uuid) " + COVERED, **YEAR)
    while members.model.canFetchMore():  # the lazy list, scrolled to its end
        members.model.fetchMore()
    assert members.model.rowCount() == members.model.total == f.members == expected > 0
    assert f"共 {f.members} 条" in members.chip.text()
    qtbot.mouseClick(members.chip.clear_button, Qt.MouseButton.LeftButton)
    assert members.model.total == _count(supervisor, "SELECT COUNT(*) FROM members")
    assert not members.chip.isVisibleTo(members)

    enrollment = _click(qtbot, supervisor, "figure-person-times")
    expected = _count(supervisor, "SELECT COUNT(DISTINCT e.uuid) " + COVERED, **YEAR)
    assert enrollment.table.rowCount() == f.enrollments == expected > 0
    assert "保障起始于" in enrollment.chip.text()
    qtbot.mouseClick(enrollment.chip.clear_button, Qt.MouseButton.LeftButton)
    assert enrollment.table.rowCount() == _count(
        supervisor, "SELECT COUNT(*) FROM enrollments WHERE status = 'confirmed'"
    )


@pytest.mark.parametrize("days", [30, 60])
def test_renewals_due_open_the_enrollments_to_renew(qtbot: QtBot, supervisor, days: int) -> None:
    due = _home(qtbot, supervisor).data.renewals_due[days]
    expected = _count(
        supervisor,
        "SELECT COUNT(*) FROM enrollments e WHERE e.status = 'confirmed' "
        "AND e.end_date BETWEEN :a AND date(:a, :d) AND NOT EXISTS (SELECT 1 FROM enrollments r "
        "WHERE r.renewal_of = e.uuid AND r.status = 'confirmed')",
        a=TODAY,
        d=f"+{days} days",
    )
    assert due == expected > 0
    page = _click(qtbot, supervisor, f"todo-renewal-{days}")
    assert page.table.rowCount() == due
    assert f"{days} 天内到期未续保" in page.chip.text()
    qtbot.mouseClick(page.chip.clear_button, Qt.MouseButton.LeftButton)
    assert page.expiring_days() is None and not page.chip.isVisibleTo(page)


def test_health_figures_open_the_health_page(qtbot: QtBot, supervisor) -> None:
    home = _home(qtbot, supervisor)
    button: Callable[[str], QPushButton] = lambda n: home.findChild(QPushButton, n)  # noqa: E731
    held = _count(
        supervisor,
        "SELECT COUNT(*) FROM health_events WHERE held_on BETWEEN :a AND :t",
        t=TODAY,
        **YEAR,
    )
    signs = (
        " FROM health_attendance s JOIN health_events e ON e.uuid = s.event_uuid "
        "WHERE e.held_on BETWEEN :a AND :b"
    )
    signed = _count(supervisor, "SELECT COUNT(*)" + signs, **YEAR)
    served = _count(supervisor, "SELECT COUNT(DISTINCT s.member_uuid)" + signs, **YEAR)
    assert button("health-events").text() == f"{held}\n已举办活动（场）" and held > 0
    assert button("health-attendance").text().startswith(f"{signed}\n")
    assert button("health-served").text().startswith(f"{served}\n") and served > 0
    _click(qtbot, supervisor, "health-served")
    assert supervisor.main_window.current_key() == "health"


def test_hub_alert_lines_open_the_sync_page_on_that_alert(
    qtbot: QtBot, shell, logged_in, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    with shell.db.unit_of_work() as session:
        for n, message in enumerate(
            ("身份证号重复：张三（另一代办处已参保）", "第 3 号包有 2 行被拒收")
        ):
            session.execute(
                text(
                    "INSERT INTO sync_alerts (uuid, return_seq, kind, message, details, created_at, "
                    "received_at) VALUES (:u, 1, 'duplicate', :m, '{}', :t, :t)"
                ),
                {"u": f"alert-{n}", "m": message, "t": f"2026-11-1{n} 09:00:00"},
            )
    supervisor = logged_in("supervisor1")
    home = _home(qtbot, supervisor)
    waiting = _count(supervisor, "SELECT COUNT(*) FROM sync_alerts WHERE dismissed_at IS NULL")
    assert len(home.data.alerts) == waiting >= 2
    line = home.findChild(QPushButton, "todo-alert-1")
    sync = _click(qtbot, supervisor, "todo-alert-1")
    assert supervisor.main_window.current_key() == "sync"
    assert sync.alerts.rowCount() == waiting
    picked = sync.alerts.selectionModel().selectedRows()
    assert len(picked) == 1
    assert line.text().endswith(sync.alerts.item(picked[0].row(), 1).text())


def test_charts_open_the_year_behind_them(qtbot: QtBot, supervisor) -> None:
    home = _home(qtbot, supervisor)
    f = home.data.figures
    qtbot.mouseClick(home.claims_trend, Qt.MouseButton.LeftButton)
    claims = supervisor.main_window.page_widget("claims")
    assert (
        _claims_rows(claims) == f.claims_count == sum(n or 0 for _, n in home.claims_trend.points)
    )
    home = _home(qtbot, supervisor)
    qtbot.mouseClick(home.trend, Qt.MouseButton.LeftButton)
    enrollment = supervisor.main_window.page_widget("enrollment")
    assert enrollment.table.rowCount() == f.enrollments
