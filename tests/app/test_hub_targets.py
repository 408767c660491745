"""Yearly targets from the province (issue 8 scope): `hub targets` on a real PostgreSQL → the
office's next return package → the desk sets them through `apply_targets` (source "hub"),
once, audited; bad values are refused at the hub and, if forged into a package, at the desk."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import audit
from app.errors import NotFound, RejectedInput
from app.hub import targets
from app.hub.returns import write_returns
from app.reports.targets import get_targets
from app.sync import crypto, keystore
from app.sync.desk_import import import_return
from app.sync.format import PackageRefused
from models import SyncPackage
from tests.app.sync_factories import (
    ADMIN,
    PASSWORD,
    TODAY,
    hub,  # noqa: F401
    hub_snapshot,
    keyed_desk,
    pg_url,  # noqa: F401
    provision_desk,
    register,
    return_package,
)
from tests.cli_runner import huzhu

A, B = "61020401", "61020501"
GOALS = {"coverage_rate": "60.5", "new_units": 12, "members": 3000, "gift_members": 200}


@pytest.fixture
def desks(hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: F811
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    made = {
        code: provision_desk(register(hub, code, f"代办处{code}", tmp_path), tmp_path / code)
        for code in (A, B)
    }
    yield made
    for database in made.values():
        database.dispose()


def _round(hub, desks, folder: Path) -> dict[str, tuple[int, ...]]:  # noqa: F811
    """hub returns → every desk imports; the years whose targets each desk changed."""
    with hub.engine.begin() as conn:
        written = write_returns(conn, out_dir=folder)
    changed = {}
    for w in written:
        with desks[w.office_code].unit_of_work() as session:
            changed[w.office_code] = import_return(session, ADMIN, path=w.path).targets
    return changed


def _target_audits(database) -> int:
    with database.reader() as session:
        return session.scalar(
            select(func.count())
            .select_from(audit.AuditRecord)
            .where(audit.AuditRecord.action == "targets.set")
        )


def _set(hub, office: str = A, year: int = 2026, **values):  # noqa: F811
    with hub.engine.begin() as conn:
        return targets.set_targets(conn, office=office, year=year, values=values, set_by="省办")


def test_targets_set_at_the_hub_reach_only_their_desk_once(hub, desks, tmp_path) -> None:  # noqa: F811
    _set(hub, **{**GOALS, "members": 2800})
    waiting = _set(hub, members=3000)  # merged into what is waiting to be sent
    assert waiting.targets == GOALS

    assert _round(hub, desks, tmp_path / "r1") == {A: (2026,), B: ()}
    with desks[A].reader() as session:
        held = get_targets(session, 2026)
    assert (held.coverage_rate, held.new_units, held.members, held.gift_members) == (
        Decimal("60.5"),
        12,
        3000,
        200,
    )
    assert held.source == "hub"
    with desks[B].reader() as session:
        assert get_targets(session, 2026).source == ""
    assert _target_audits(desks[A]) == 1

    # Sent once: the next return carries nothing; the same values again change nothing.
    assert _round(hub, desks, tmp_path / "r2") == {A: (), B: ()}
    _set(hub, **GOALS)
    assert _round(hub, desks, tmp_path / "r3") == {A: (), B: ()}
    assert _target_audits(desks[A]) == 1

    # A later change of one target keeps the others the desk holds.
    _set(hub, new_units=15)
    assert _round(hub, desks, tmp_path / "r4") == {A: (2026,), B: ()}
    with desks[A].reader() as session:
        held = get_targets(session, 2026)
    assert (held.new_units, held.members, held.coverage_rate) == (15, 3000, Decimal("60.5"))
    assert _target_audits(desks[A]) == 2


def test_same_return_package_twice_sets_targets_once(hub, desks, tmp_path) -> None:  # noqa: F811
    _set(hub, **GOALS)
    with hub.engine.begin() as conn:
        written = {w.office_code: w for w in write_returns(conn, out_dir=tmp_path)}
    for _ in range(2):
        with desks[A].unit_of_work() as session:
            import_return(session, ADMIN, path=written[A].path)
    assert _target_audits(desks[A]) == 1


@pytest.mark.parametrize(
    ("office", "year", "values", "error", "text"),
    [
        ("61029999", 2026, GOALS, NotFound, "尚未登记"),
        (A, 1999, GOALS, RejectedInput, "年度"),
        (A, 2026, {"coverage_rate": "150"}, RejectedInput, "0 到 100"),
        (A, 2026, {"members": "-3"}, RejectedInput, "之间的整数"),
        (A, 2026, {"new_units": "十二"}, RejectedInput, "之间的整数"),
        (A, 2026, {}, RejectedInput, "至少给出一项"),
    ],
)
def test_hub_refuses_bad_targets_and_changes_nothing(
    hub,  # noqa: F811
    desks,
    office,
    year,
    values,
    error,
    text,
) -> None:
    before = hub_snapshot(hub)
    with pytest.raises(error, match=text):
        _set(hub, office=office, year=year, **values)
    assert hub_snapshot(hub) == before


def test_desk_refuses_a_return_with_bad_targets_whole(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    database, hub_keys = keyed_desk(tmp_path / "desk")
    with database.reader() as session:
        box = crypto.box_public(keystore.load(session).box_private)
    path = return_package(
        tmp_path,
        hub_keys,
        box,
        targets=[
            {
                "uuid": "7f0c1a52-8f0a-4d9e-9c53-0000000000f1",
                "year": 2026,
                "targets": {"members": 10},
            },
            {
                "uuid": "7f0c1a52-8f0a-4d9e-9c53-0000000000f2",
                "year": 2027,
                "targets": {"coverage_rate": "abc"},
            },
        ],
    )
    with (
        pytest.raises(PackageRefused, match=r"第 2 行.*覆盖率") as refused,
        database.unit_of_work() as session,
    ):
        import_return(session, ADMIN, path=path)
    assert refused.value.code == "bad_rows"
    with database.reader() as session:
        assert get_targets(session, 2026).members is None  # the good first row rolled back too
        assert session.scalar(select(func.count()).select_from(SyncPackage)) == 0
    database.dispose()


def test_hub_targets_command(hub, tmp_path) -> None:  # noqa: F811
    url = hub.engine.url.render_as_string(hide_password=False)
    register(hub, A, "耀州区代办处", tmp_path)
    env = {"HUZHU_PASSWORD": PASSWORD}
    run = huzhu(
        "hub", "--db", url, "--user", "admin", "targets", A, "--year", "2026",
        "--coverage-rate", "60.5", "--new-units", "12", "--members", "3000",
        "--gift-enrollments", "200", "--json", env=env,
    )  # fmt: skip
    assert run.code == 0, run.err
    assert run.json()["targets"] == GOALS
    run = huzhu(
        "hub", "--db", url, "--user", "admin", "targets", A, "--year", "2026", "--members", "-1",
        env=env,
    )  # fmt: skip
    assert run.code == 1 and "参保人数目标" in run.err
