"""What a hub page is given: the hub's PostgreSQL, the logged-in hub operator, the signal bus,
and `run` — the hub's counterpart of ui/ops.py: a hub function runs on a worker thread in its
own transaction (`engine.begin()` when it writes, a plain connection when it reads), errors take
the one `report_error` path, and on success the bus says what changed, then `on_done(result)`.
PostgreSQL takes concurrent writers, so one pool of two threads serves both.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection

from app.hub.operators import HubOperator
from app.hub.server import HubDatabase
from ui.bus import Bus
from ui.ops import report_error
from ui.qt import QObject, QRunnable, QThreadPool, QWidget, Signal

T = TypeVar("T")

# Entity names on the bus for what hub pages show.
OFFICES = "hub_offices"
DECISIONS = "hub_decisions"
CATALOGUES = "hub_catalogues"
TARGETS = "hub_targets"
HUB_OPERATORS = "hub_operators"


def _pool() -> QThreadPool:
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    return pool


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object, str)


class _Work(QRunnable):
    def __init__(self, hub: HubDatabase, work: Callable[[Connection], Any], write: bool) -> None:
        super().__init__()
        self.hub, self.work, self.write = hub, work, write
        self.signals = _Signals()

    def run(self) -> None:
        try:
            opened = self.hub.engine.begin() if self.write else self.hub.engine.connect()
            with opened as conn:
                result = self.work(conn)
        except BaseException as exc:
            self.signals.failed.emit(exc, traceback.format_exc())
            return
        self.signals.succeeded.emit(result)


@dataclass
class HubContext:
    hub: HubDatabase
    operator: HubOperator
    bus: Bus
    data_dir: Path | None = None
    pool: QThreadPool = field(default_factory=_pool)
    navigator: Callable[[str], QWidget] | None = None
    running: list[_Work] = field(default_factory=list)

    def run(
        self,
        parent: QWidget,
        *,
        title: str,
        work: Callable[[Connection], T],
        on_done: Callable[[T], None] | None = None,
        changes: frozenset[str] = frozenset(),
        write: bool = False,
    ) -> None:
        """Run `work(conn)` off the GUI thread (see the module doc)."""
        job = _Work(self.hub, work, write)
        job.setAutoDelete(False)
        self.running.append(job)

        def succeeded(result: Any) -> None:
            self._forget(job)
            if changes:
                self.bus.changed.emit(frozenset(changes))
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException, trace: str) -> None:
            self._forget(job)
            report_error(parent, title, error, trace)

        job.signals.succeeded.connect(succeeded)
        job.signals.failed.connect(failed)
        self.pool.start(job)

    def _forget(self, job: _Work) -> None:
        with contextlib.suppress(ValueError):
            self.running.remove(job)

    def wait_for_work(self) -> None:
        self.pool.waitForDone()

    def navigate(self, key: str, **_filters: object) -> QWidget | None:
        return None if self.navigator is None else self.navigator(key)
