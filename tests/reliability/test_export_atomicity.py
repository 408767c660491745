"""An export that does not commit must not leave a package behind (found while building the crash
harness; the window is between writing the file and the commit)."""

from __future__ import annotations

import pytest

from app.sync.export import export_package
from tests.reliability import scenario


class Interrupted(Exception):
    pass


def test_an_export_that_is_rolled_back_leaves_no_package(office_db, office_dir, monkeypatch):
    monkeypatch.setenv("HUZHU_TODAY", scenario.CLAIM_DAY)
    outbox = office_dir / "outbox"
    with pytest.raises(Interrupted), office_db.unit_of_work() as session:
        export_package(session, scenario.CLERK, out_dir=outbox)
        raise Interrupted  # the process dies here, before the commit
    assert list(outbox.glob("*.hzp")) == []


def test_a_package_committed_but_not_renamed_is_finished_by_the_next_export(
    office_db, office_dir, monkeypatch
):
    """A kill between the commit and the rename leaves `<name>.pending`; the next export names
    it (its hash is recorded) before issuing the next sequence number."""
    monkeypatch.setenv("HUZHU_TODAY", scenario.CLAIM_DAY)
    outbox = office_dir / "outbox"
    with office_db.unit_of_work() as session:
        first = export_package(session, scenario.CLERK, out_dir=outbox)
    first.path.rename(first.path.with_name(first.path.name + ".pending"))
    (outbox / "stray.hzp.pending").write_bytes(b"never committed")
    with office_db.unit_of_work() as session:
        second = export_package(session, scenario.CLERK, out_dir=outbox)
    assert sorted(p.name for p in outbox.iterdir()) == sorted([first.path.name, second.path.name])
    assert second.seq == first.seq + 1
