"""Support bundle ("导出诊断信息"): a zip a clerk can send to support without sending the office.

It holds the log files (scrubbed once more on the way out), the program's and libraries'
versions, the office settings and a listing of the data folder (names and sizes). It never holds
the database, backups, scans or anything read from member, unit or claim rows.
"""

from __future__ import annotations

import importlib.metadata
import json
import platform
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import __version__, logs
from app.paths import database_path, logs_dir

DISTRIBUTIONS = (
    "PySide6-Essentials", "SQLAlchemy", "alembic", "reportlab", "openpyxl", "cryptography",
    "platformdirs", "zxing-cpp", "pypdfium2",
)  # fmt: skip


@dataclass(frozen=True)
class Diagnostics:
    path: Path
    entries: list[str]


def versions() -> dict[str, Any]:
    """The program, Python, operating system and the libraries that matter to support."""
    found: dict[str, str | None] = {}
    for name in DISTRIBUTIONS:
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found[name] = None  # a frozen bundle may carry the code without its metadata
    return {
        "huzhu": __version__,
        "python": sys.version,
        "platform": platform.platform(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "libraries": found,
    }


def office_state(data_dir: Path) -> dict[str, Any]:
    """Schema revision, office code and settings, read without creating or migrating anything;
    a database that cannot be read is reported, not raised (that is when support is needed)."""
    path = database_path(data_dir)
    if not path.exists():
        return {"database": "missing"}
    from app import settings
    from app.db import current_revision, head_revision, open_database
    from app.office import find_self

    try:
        db = open_database(path, migrate=False)
    except Exception as exc:
        return {"database": "unreadable", "error": logs.scrub(str(exc))}
    try:
        with db.reader() as session:
            office = find_self(session)
            return {
                "database": "ok",
                "schema": current_revision(db.engine),
                "schema_head": head_revision(),
                "office": None if office is None else {"code": office.code, "name": office.name},
                "settings": settings.all_settings(session),
            }
    except Exception as exc:
        return {"database": "unreadable", "error": logs.scrub(str(exc))}
    finally:
        db.dispose()


def listing(data_dir: Path) -> list[dict[str, Any]]:
    """Top-level entries of the data folder: files with sizes, folders with file counts."""
    rows: list[dict[str, Any]] = []
    for entry in sorted(data_dir.iterdir()) if data_dir.is_dir() else []:
        if entry.is_dir():
            rows.append(
                {"folder": entry.name, "files": sum(1 for p in entry.rglob("*") if p.is_file())}
            )
        else:
            rows.append({"file": entry.name, "bytes": entry.stat().st_size})
    return rows


def export(data_dir: Path, out: Path) -> Diagnostics:
    """Write the support zip to `out` (parent folders created; an existing file is replaced).

    Reads only: the logs, the settings through a non-migrating connection, the folder listing."""
    out.parent.mkdir(parents=True, exist_ok=True)
    entries: list[str] = []
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as bundle:

        def put(name: str, text: str) -> None:
            bundle.writestr(name, text)
            entries.append(name)

        put("versions.json", json.dumps(versions(), ensure_ascii=False, indent=2))
        state = office_state(data_dir)
        put("office.json", json.dumps(state, ensure_ascii=False, indent=2, default=str))
        put("data-folder.json", json.dumps(listing(data_dir), ensure_ascii=False, indent=2))
        folder = logs_dir(data_dir)
        for log in sorted(folder.glob("*.log*")) if folder.is_dir() else []:
            text = log.read_text(encoding="utf-8", errors="replace")
            put(f"logs/{log.name}", logs.scrub(text))
    return Diagnostics(out, entries)
