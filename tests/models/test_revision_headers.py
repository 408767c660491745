"""app.db reads the migration scripts' headers itself (Alembic is imported only to migrate):
what it reads is what Alembic reads."""

from __future__ import annotations

import subprocess
import sys

from alembic.script import ScriptDirectory

from app.db import _alembic_config, current_revision, head_revision, open_database, revisions


def test_headers_read_as_alembic_reads_them() -> None:
    script = ScriptDirectory.from_config(_alembic_config())
    assert revisions() == {s.revision: s.down_revision for s in script.walk_revisions()}
    assert head_revision() == script.get_current_head()


def test_current_revision_of_a_new_and_a_migrated_file(tmp_path) -> None:
    db = open_database(tmp_path / "a.sqlite3", migrate=False)
    assert current_revision(db.engine) is None
    db.dispose()
    db = open_database(tmp_path / "a.sqlite3")
    assert current_revision(db.engine) == head_revision()
    db.dispose()


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path) -> None:
    open_database(tmp_path / "b.sqlite3").dispose()
    code = (
        "import sys; from pathlib import Path; from app.db import open_database; "
        f"open_database(Path({str(tmp_path / 'b.sqlite3')!r})).dispose(); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
