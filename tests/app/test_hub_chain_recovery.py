"""Issue 20 class 6: the sync chain cannot be wedged.

A package is identified by its signed manifest bytes, so a byte flipped in the ZIP's central
directory (outside the signature) neither changes what the hub records nor breaks the chain;
and a chain broken anyway (a hub that recorded a wrong hash) is recovered by the audited
`huzhu hub office resync CODE`, which lets the office's next --full package through."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.hub.ingest import ingest_package
from app.hub.schema import hub_audit, hub_offices, hub_packages
from app.sync.export import export_package
from app.sync.format import PackageRefused, package_id
from tests.app.sync_factories import (
    ADMIN,
    PASSWORD,
    TODAY,
    add_unit,
    enrol_all,
    hub,  # noqa: F401
    pg_url,  # noqa: F401
    provision_desk,
    register,
    resident_id,
)
from tests.cli_runner import huzhu

A = "61020401"


def _export(desk, out: Path, *, full: bool = False) -> Path:
    with desk.unit_of_work() as session:
        unit, members = add_unit(session, A, [resident_id() for _ in range(2)])
        enrol_all(session, unit, members, {"ZY": 1})
        return export_package(session, ADMIN, out_dir=out, full=full).path


def _flip_central_directory(path: Path, out: Path) -> Path:
    """The file with one byte changed in its central directory ("version made by")."""
    data = bytearray(path.read_bytes())
    at = data.index(b"PK\x01\x02") + 4
    data[at] ^= 0x01
    out.write_bytes(bytes(data))
    with zipfile.ZipFile(out) as zf:  # still a readable ZIP: only unsigned bytes changed
        assert zf.testzip() is None
    return out


@pytest.fixture
def office(hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: F811
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    desk = provision_desk(register(hub, A, "耀州区代办处", tmp_path), tmp_path / "desk")
    yield desk
    desk.dispose()


def test_a_flipped_directory_byte_neither_changes_identity_nor_wedges_the_chain(
    hub,  # noqa: F811
    office,
    tmp_path: Path,
) -> None:
    first = _export(office, tmp_path / "out")
    flipped = _flip_central_directory(first, tmp_path / "flipped.hzp")
    assert flipped.read_bytes() != first.read_bytes()
    done = ingest_package(hub, flipped)
    assert done.sha256 == package_id(first) == package_id(flipped)
    assert ingest_package(hub, first).already_applied  # the genuine file is the same package
    second = _export(office, tmp_path / "out")
    assert ingest_package(hub, second).seq == 2
    with hub.engine.connect() as conn:
        recorded = conn.scalars(select(hub_packages.c.sha256).order_by(hub_packages.c.seq)).all()
    assert recorded == [package_id(first), package_id(second)]


def test_resync_lets_the_next_full_package_restart_a_broken_chain(
    hub,  # noqa: F811
    office,
    tmp_path: Path,
) -> None:
    ingest_package(hub, _export(office, tmp_path / "out"))
    with hub.engine.begin() as conn:  # what a hub running the old whole-file hash recorded
        conn.execute(update(hub_offices).values(last_sha256="e" * 64))
    stuck = _export(office, tmp_path / "out")
    with pytest.raises(PackageRefused) as refused:
        ingest_package(hub, stuck)
    assert refused.value.code == "chain_broken"

    url = hub.engine.url.render_as_string(hide_password=False)
    env = {"HUZHU_PASSWORD": PASSWORD}
    run = huzhu("hub", "--db", url, "--user", "admin", "office", "resync", A, env=env)
    assert run.code == 0, run.err
    with pytest.raises(PackageRefused):  # only a full package restarts the chain
        ingest_package(hub, stuck)
    full = _export(office, tmp_path / "out", full=True)
    assert ingest_package(hub, full).seq == 3
    assert ingest_package(hub, _export(office, tmp_path / "out")).seq == 4
    with hub.engine.connect() as conn:
        audit = conn.execute(
            select(hub_audit.c.username, hub_audit.c.details).where(
                hub_audit.c.action == "office.resync"
            )
        ).one()
    assert audit.username == "admin" and audit.details == {"office": A, "last_seq": 1}


def test_resync_of_an_unknown_office_is_refused(hub) -> None:  # noqa: F811
    url = hub.engine.url.render_as_string(hide_password=False)
    env = {"HUZHU_PASSWORD": PASSWORD}
    run = huzhu("hub", "--db", url, "--user", "admin", "office", "resync", "69999999", env=env)
    assert run.code == 1 and "未在省办事处登记" in run.err
