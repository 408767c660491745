"""What a page is given: the open database, the logged-in operator, the signal bus, a worker.

No global application object: everything a page needs comes through this value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from app.auth import Actor
from app.db import Database
from ui.bus import Bus
from ui.qt import QThreadPool, QWidget

T = TypeVar("T")


def read(db: Database, query: Callable[[Session], T]) -> T:
    """The window's one way to read the database: `query` runs in a read-only snapshot session
    (`db.reader()`) and its result, detached from the session, comes back. Pages call it through
    `PageContext.read`; `run_op(write=False)` runs it on the reader pool."""
    with db.reader() as session:
        return query(session)


def _pool(threads: int) -> QThreadPool:
    pool = QThreadPool()
    pool.setMaxThreadCount(threads)
    return pool


def _writer_pool() -> QThreadPool:
    # SQLite has one writer: write operations queue on a single worker thread.
    return _pool(1)


def _reader_pool() -> QThreadPool:
    # Reads run beside the writer (WAL); the session's own pools let the window wait for them.
    return _pool(2)


@dataclass
class PageContext:
    db: Database
    actor: Actor
    bus: Bus
    data_dir: Path | None = None
    writer: QThreadPool = field(default_factory=_writer_pool)
    reader: QThreadPool = field(default_factory=_reader_pool)

    navigator: Callable[[str], QWidget] | None = None  # the main window's show_page

    def read(self, query: Callable[[Session], T]) -> T:
        """`query(session)` on a read-only snapshot, on the calling thread (see `read`)."""
        return read(self.db, query)

    def wait_for_work(self) -> None:
        """Block until every operation started from this session has finished."""
        self.writer.waitForDone()
        self.reader.waitForDone()

    def navigate(self, key: str, **filters: object) -> QWidget | None:
        """Open page `key`; a page with `apply_filter(**filters)` shows its list filtered (the
        工作台's figures click through this way). None when there is no main window."""
        if self.navigator is None:
            return None
        widget = self.navigator(key)
        apply_filter = getattr(widget, "apply_filter", None)
        if filters and apply_filter is not None:
            apply_filter(**filters)
        return widget
