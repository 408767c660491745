"""Where the hub's PostgreSQL is: a URL, or an embedded server under the data folder.

With no URL the hub starts a real PostgreSQL from the `pgserver` package with its cluster in
`<data>/hub-pg` (a single-machine provincial office needs nothing else installed); the server
stops when the last process using it exits. Any other PostgreSQL is reached by its URL.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine

from app.errors import DatabaseProblem
from app.i18n import msg


@dataclass
class HubDatabase:
    engine: Engine
    server: Any | None = None  # the pgserver handle, when embedded

    def dispose(self) -> None:
        """Close the connections; an embedded server is stopped unless another process still
        uses it (what pgserver otherwise does only when this process exits)."""
        self.engine.dispose()
        if self.server is not None:
            self.server.cleanup()
            self.server = None


def engine_url(url: str) -> str:
    """SQLAlchemy URL for psycopg 3 from a plain `postgresql://` one."""
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    raise DatabaseProblem(msg("省办事处数据库地址应以 postgresql:// 开头，现为“{u}”。", u=url))


def embedded_url(data_dir: Path) -> tuple[str, Any]:
    """Start (or join) the embedded PostgreSQL under `data_dir/hub-pg`; (URL, handle)."""
    import pgserver  # imported lazily: desks never need it

    folder = data_dir / "hub-pg"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        server = pgserver.get_server(folder, cleanup_mode="stop")
    except Exception as exc:
        raise DatabaseProblem(
            msg("无法启动内置 PostgreSQL（{f}）：{e}", f=folder, e=str(exc)[:200])
        ) from exc
    return server.get_uri(), server


def open_hub_database(url: str | None, data_dir: Path) -> HubDatabase:
    server = None
    if url is None:
        url, server = embedded_url(data_dir)
    engine = create_engine(engine_url(url), pool_pre_ping=True)
    return HubDatabase(engine, server)
