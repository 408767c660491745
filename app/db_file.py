"""The database file seen through plain sqlite3, without SQLAlchemy or the ORM models.

Start-up reads here what the login window shows (`login_facts`) so that the window appears before
SQLAlchemy and the models are imported (~0.4 s on a 2-core desk; issue 22); `app.db` uses the
file checks and the migration scripts' revisions from here when it opens the database.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.demo_accounts import DEMO_OFFICE_CODE

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION = re.compile(r'^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:"([^"]*)"|None)', re.M)


@cache
def revisions() -> dict[str, str | None]:
    """{revision: down_revision} of every migration script, read from the files' headers.

    Opening an up-to-date database needs only the head; Alembic (~0.1 s to import, and every
    script loaded as a module) is brought in only when there is something to migrate."""
    found: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        fields = {m[1]: m[2] for m in _REVISION.finditer(script.read_text(encoding="utf-8"))}
        if fields.get("revision"):
            found[fields["revision"]] = fields.get("down_revision") or None
    return found


def head_revision() -> str:
    """The one revision no other script names as its down_revision."""
    known = revisions()
    [head] = set(known) - set(known.values())
    return head


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def quick_check(path: Path, *, full: bool = False) -> str:
    """`ok`, or what SQLite says is wrong with the file; `full` runs the whole
    `integrity_check` (every page, index and constraint) instead of `quick_check`."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        conn = _read_only(path)
        try:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "; ".join(r[0] for r in rows)


@dataclass(frozen=True)
class LoginFacts:
    """What the login window shows, read from an up-to-date office database."""

    office_name: str
    demo: bool
    language: str | None  # the office's 界面语言 setting; None when never set


def login_facts(path: Path) -> LoginFacts | None:
    """The login window's facts, or None when the file needs `open_database` before any window:
    missing or empty (first run), failing `quick_check`, at another schema revision than this
    release's head (upgrade, or written by a newer release), or holding no office yet."""
    if not path.exists() or path.stat().st_size == 0 or quick_check(path) != "ok":
        return None
    try:
        conn = _read_only(path)
        try:
            [revision] = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision != head_revision():
                return None
            office = conn.execute("SELECT name, code FROM offices WHERE is_self = 1").fetchone()
            language = conn.execute("SELECT value FROM settings WHERE key = 'language'").fetchone()
        finally:
            conn.close()
    except (
        sqlite3.Error,
        TypeError,
        ValueError,
    ):  # a table or row missing: let open_database judge
        return None
    if office is None:
        return None
    name, code = office
    return LoginFacts(
        office_name=name,
        demo=code == DEMO_OFFICE_CODE,
        language=None if language is None else json.loads(language[0]),
    )
