"""An export that does not commit must not leave a package behind (found while building the crash
harness; the window is between writing the file and the commit)."""

from __future__ import annotations

import pytest

from app.sync.export import export_package
from tests.reliability import scenario


class Interrupted(Exception):
    pass


@pytest.mark.xfail(
    strict=True,
    reason="app/sync/export.py export_package renames <office>-<seq>.hzp into the outbox before "
    "the caller commits; when the transaction does not commit (kill, disk full, a later error) "
    "the file stays with no sync_packages row, and the next export issues the same seq with "
    "different content",
)
def test_an_export_that_is_rolled_back_leaves_no_package(office_db, office_dir, monkeypatch):
    monkeypatch.setenv("HUZHU_TODAY", scenario.CLAIM_DAY)
    outbox = office_dir / "outbox"
    with pytest.raises(Interrupted), office_db.unit_of_work() as session:
        export_package(session, scenario.CLERK, out_dir=outbox)
        raise Interrupted  # the process dies here, before the commit
    assert list(outbox.glob("*.hzp")) == []
