"""The op helper (ui/ops.py): worker thread, delayed progress dialog, cancel that rolls back,
one error path, `changed` on the bus after success."""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app import settings
from app.db import Database
from app.errors import RejectedInput
from app.health import partners
from app.i18n import msg
from models import AuditRecord, Setting
from tests.conftest import ACTORS
from ui import bus, ops
from ui.bus import Bus
from ui.context import PageContext
from ui.forms import save_form
from ui.ops import Job, run_op
from ui.qt import QPushButton, QWidget


@pytest.fixture
def context(qtbot: QtBot, demo_db: Database) -> Iterator[PageContext]:
    ctx = PageContext(demo_db, ACTORS["supervisor1"], Bus())
    yield ctx
    ctx.wait_for_work()


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def counts(db: Database) -> tuple[int, int]:
    with db.reader() as session:
        return (
            session.scalar(select(func.count()).select_from(Setting)),
            session.scalar(select(func.count()).select_from(AuditRecord)),
        )


def write_then_wait(release: threading.Event, steps: int = 3):
    """A service-like call: writes a setting (audited), reports progress, waits for the test."""

    def work(job: Job) -> str:
        settings.put(job.session, job.actor, "sync_interval_days", 30)
        job.progress(1, steps)
        assert release.wait(10), "the test never released the worker"
        for done in range(2, steps + 1):
            job.progress(done, steps)
        return "finished"

    return work


def test_success_emits_changed_and_delivers_the_result(
    qtbot: QtBot, context: PageContext, parent: QWidget
) -> None:
    results: list[str] = []
    with qtbot.waitSignal(context.bus.changed, timeout=5000) as changed:
        op = run_op(
            context,
            parent,
            title="保存设置",
            work=lambda job: settings.put(job.session, job.actor, "sync_interval_days", 14) or "ok",
            on_done=results.append,
        )
    assert changed.args == [frozenset({"settings"})]
    assert results == ["ok"]
    assert op.dialog is None  # quick work never shows the progress dialog
    with context.db.reader() as session:
        assert settings.get(session, "sync_interval_days") == 14


def test_progress_dialog_appears_after_the_delay_and_shows_progress(
    qtbot: QtBot, context: PageContext, parent: QWidget
) -> None:
    release = threading.Event()
    op = run_op(context, parent, title="导入花名册", work=write_then_wait(release, steps=4))
    with qtbot.waitSignal(op.progressed, timeout=5000):
        pass
    assert op.dialog is None  # not before PROGRESS_DELAY_MS
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible(), timeout=3000)
    assert op.dialog.maximum() == 4 and op.dialog.value() == 1
    with qtbot.waitSignal(op.done, timeout=5000) as done:
        release.set()
    assert done.args == ["finished"]
    assert op.dialog is None


def test_cancel_from_the_dialog_rolls_the_write_back(
    qtbot: QtBot, context: PageContext, parent: QWidget
) -> None:
    before = counts(context.db)
    release = threading.Event()
    changed: list[frozenset[str]] = []
    context.bus.changed.connect(changed.append)
    op = run_op(context, parent, title="导入花名册", work=write_then_wait(release))
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible(), timeout=3000)
    with qtbot.waitSignal(op.cancelled, timeout=5000):
        op.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
        release.set()
    assert counts(context.db) == before  # the setting and its audit record are gone
    with context.db.reader() as session:
        assert settings.get(session, "sync_interval_days") == 7
    assert changed == []


def test_service_that_polls_cancelled_rolls_back_too(
    qtbot: QtBot, context: PageContext, parent: QWidget
) -> None:
    before = counts(context.db)
    started = threading.Event()

    def work(job: Job) -> None:
        settings.put(job.session, job.actor, "service_promise_days", 20)
        started.set()
        while not job.cancelled():
            threading.Event().wait(0.01)
        raise RejectedInput(msg("已取消。"))

    op = run_op(context, parent, title="批量打印", work=work)
    assert started.wait(5)
    with qtbot.waitSignal(op.cancelled, timeout=5000):
        op.cancel()
    assert counts(context.db) == before


def test_domain_error_shows_its_chinese_message(
    qtbot: QtBot, context: PageContext, parent: QWidget, message_boxes
) -> None:
    clerk = PageContext(context.db, ACTORS["clerk1"], context.bus)
    with qtbot.waitSignal(
        run_op(
            clerk,
            parent,
            title="保存设置",
            work=lambda job: settings.put(job.session, job.actor, "sync_interval_days", 3),
        ).failed,
        timeout=5000,
    ):
        pass
    clerk.wait_for_work()
    [(kind, title, text)] = message_boxes.shown
    assert (kind, title) == ("warning", "保存设置")
    assert text.startswith("操作员 clerk1（经办）无权修改设置")


def test_unexpected_error_is_logged_with_traceback_and_shown_generically(
    qtbot: QtBot,
    context: PageContext,
    parent: QWidget,
    message_boxes,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(job: Job) -> None:
        raise ZeroDivisionError("boom")

    with (
        caplog.at_level(logging.ERROR, logger=ops.__name__),
        qtbot.waitSignal(run_op(context, parent, title="统计", work=broken).failed),
    ):
        pass
    [(kind, _title, text)] = message_boxes.shown
    assert kind == "critical" and "意外错误" in text and "boom" not in text
    assert "ZeroDivisionError: boom" in caplog.text and "Traceback" in caplog.text


def test_a_file_that_cannot_be_written_is_named_with_what_to_do(
    qtbot: QtBot, context: PageContext, parent: QWidget, message_boxes, tmp_path
) -> None:
    target = tmp_path / "no-such-folder" / "报表.xlsx"

    def save(job: Job) -> None:
        target.write_bytes(b"x")  # the folder is missing: FileNotFoundError naming the file

    with qtbot.waitSignal(run_op(context, parent, title="导出报表", work=save).failed):
        pass
    [(kind, title, text)] = message_boxes.shown
    assert (kind, title) == ("warning", "导出报表")
    assert str(target) in text and "数据未作修改" in text and "Excel" in text


def test_read_only_work_runs_in_a_reader(
    qtbot: QtBot, context: PageContext, parent: QWidget
) -> None:
    def count(job: Job) -> int:
        return job.session.scalar(select(func.count()).select_from(Setting))

    with qtbot.waitSignal(
        run_op(context, parent, title="查询", work=count, write=False).done
    ) as done:
        pass
    assert done.args == [counts(context.db)[0]]


def test_a_form_button_stays_disabled_until_its_save_has_settled(
    qtbot: QtBot, context: PageContext, parent: QWidget
) -> None:
    release, button, saved = threading.Event(), QPushButton("保存"), []

    def work(job: Job) -> str:
        release.wait(10)
        return "done"

    op = save_form(
        context, parent, title="保存", work=work,
        on_saved=saved.append, on_rejected=saved.append, button=button,
    )  # fmt: skip
    assert not button.isEnabled()  # a second press now cannot save twice
    with qtbot.waitSignal(op.settled, timeout=10_000):
        release.set()
    assert button.isEnabled() and saved == ["done"]


def test_the_window_is_told_what_the_unit_of_work_wrote(
    qtbot: QtBot, context: PageContext, parent: QWidget
) -> None:
    """Nobody declares what an op changes: the bus carries the tables of the audit records and
    journal rows the work wrote, with the entity each is part of; a form whose save was refused
    and a read-only op announce nothing."""
    changed: list[frozenset[str]] = []
    context.bus.changed.connect(changed.append)

    def add_partner(job: Job) -> None:
        partners.add_partner(
            job.session, job.actor, name="耀州区人民医院", kind="hospital",
            valid_from=dt.date(2026, 1, 1), valid_to=dt.date(2026, 12, 31), offers=["体检9折"],
        )  # fmt: skip

    def refused(job: Job) -> None:
        settings.put(job.session, job.actor, "sync_interval_days", 9)
        raise RejectedInput(msg("不行。"), field="x")

    with qtbot.waitSignal(run_op(context, parent, title="合作机构", work=add_partner).settled):
        pass
    rejected: list[RejectedInput] = []
    op = save_form(
        context, parent, title="保存", work=refused, on_saved=rejected.append,
        on_rejected=rejected.append,
    )  # fmt: skip
    with qtbot.waitSignal(op.settled):
        pass

    def count(job: Job) -> int:
        return job.session.scalar(select(func.count()).select_from(Setting))

    with qtbot.waitSignal(run_op(context, parent, title="查询", work=count, write=False).done):
        pass
    assert changed == [frozenset({"health_partners", "health_offers", bus.HEALTH})]
    assert [type(r) for r in rejected] == [RejectedInput]
    with context.db.reader() as session:
        assert settings.get(session, "sync_interval_days") == 7


def test_pages_read_only_through_the_one_reader_path() -> None:
    """Every read the window makes goes through ui.context.read (PageContext.read, and run_op
    with write=False); no page opens db.reader() itself and no op declares its changes."""
    root = Path(__file__).resolve().parents[2] / "ui"
    # The hub window (ui/hub) runs on PostgreSQL connections through HubContext.run, which
    # names what it changed itself.
    waiting = {"hub"}
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        if path.parts[len(root.parts)] not in waiting
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if (".reader()" in line and path.name != "context.py")
        or re.search(r"\bchanges=(frozenset|\{|[A-Z])", line)
    ]
    assert found == []
