"""What a page is given: the open database, the logged-in operator, the signal bus, a worker.

No global application object: everything a page needs comes through this value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.auth import Actor
from app.db import Database
from ui.bus import Bus
from ui.qt import QThreadPool


def _writer_pool() -> QThreadPool:
    # SQLite has one writer: write operations queue on a single worker thread.
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return pool


@dataclass
class PageContext:
    db: Database
    actor: Actor
    bus: Bus
    data_dir: Path | None = None
    writer: QThreadPool = field(default_factory=_writer_pool)
