"""Scheduled backups with fixed clocks: due at start-up after a day, always on exit, rotation
7 daily / 4 weekly / 12 monthly computed from the file names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app import backup, backup_schedule, settings
from app.auth import SYSTEM
from app.backup_schedule import Scheduled, backup_if_due, backup_on_exit, rotate, to_keep


def _at(monkeypatch: pytest.MonkeyPatch, when: str) -> None:
    monkeypatch.setenv("HUZHU_NOW", when)


def test_start_up_backs_up_once_a_day(demo_db, demo_data_dir, monkeypatch) -> None:
    _at(monkeypatch, "2026-03-02T08:00:00")
    first = backup_if_due(demo_db, demo_data_dir)
    assert first is not None and first.parent == demo_data_dir / "backups"
    assert first.name == "huzhu-61020401-20260302-080000-daily.sqlite3"
    assert backup.inspect(first).office_code == "61020401"
    _at(monkeypatch, "2026-03-03T07:59:59")
    assert backup_if_due(demo_db, demo_data_dir) is None
    _at(monkeypatch, "2026-03-03T08:00:00")
    assert backup_if_due(demo_db, demo_data_dir) is not None


def test_exit_always_backs_up_and_counts_for_the_day(demo_db, demo_data_dir, monkeypatch) -> None:
    _at(monkeypatch, "2026-03-02T17:30:00")
    a = backup_on_exit(demo_db, demo_data_dir)
    b = backup_on_exit(demo_db, demo_data_dir)  # same second: a second file, not an overwrite
    assert a != b and b.is_file()
    assert not a.exists()  # rotation keeps the newest backup of a day
    _at(monkeypatch, "2026-03-03T09:00:00")
    assert backup_if_due(demo_db, demo_data_dir) is None


def test_backup_folder_setting_and_encryption(
    demo_db, demo_data_dir, tmp_path, monkeypatch
) -> None:
    with demo_db.unit_of_work() as session:
        settings.put(session, SYSTEM, "backup_dir", str(tmp_path / "usb"))
    _at(monkeypatch, "2026-03-02T08:00:00")
    made = backup_if_due(demo_db, demo_data_dir, passphrase="pass phrase")
    assert made is not None and made.parent == tmp_path / "usb" and made.suffix == ".hzbk"
    assert backup.is_encrypted(made)
    assert backup.inspect(made, passphrase="pass phrase").office_code == "61020401"
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]  # no temp files left


def _found(times: list[dt.datetime]) -> list[Scheduled]:
    return [Scheduled(Path(f"huzhu-x-{t:%Y%m%d-%H%M%S}-daily.sqlite3"), t) for t in times]


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    start = dt.datetime(2025, 1, 1, 18, 0)
    # two backups a day (08:00 start-up and 18:00 exit) for 400 days
    times = sorted(
        t
        for d in range(400)
        for t in (start + dt.timedelta(days=d, hours=-10), start + dt.timedelta(days=d))
    )
    kept = sorted(s.taken_at for s in _found(times) if s.path in to_keep(_found(times)))
    newest = times[-1]
    daily = [t for t in kept if newest - t < dt.timedelta(days=7)]
    assert len(daily) == 7 and all(t.hour == 18 for t in daily)
    weeks = {t.isocalendar()[:2] for t in kept}
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 12  # and nothing older than the 12th month back survives
    assert min(kept) >= dt.datetime(newest.year - 1, newest.month + 1, 1)
    assert len(weeks) <= 7 + 4 + 12
    assert len(kept) <= 7 + 4 + 12
    # every kept file is the newest of some day
    assert all(t.hour == 18 for t in kept)


def test_rotation_deletes_files_and_leaves_other_files_alone(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for d in range(30):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=d)
        (folder / f"huzhu-61020401-{day:%Y%m%d}-180000-exit.sqlite3").write_bytes(b"x")
    (folder / "my-own-copy.sqlite3").write_bytes(b"keep me")
    removed = rotate(folder)
    left = sorted(p.name for p in folder.iterdir())
    assert "my-own-copy.sqlite3" in left
    assert len(removed) + len(left) == 31
    # Jan 24..30 daily, newest of each ISO week (4), newest of January
    dated = [n for n in left if n.startswith("huzhu-")]
    assert [n[15:23] for n in dated][-7:] == [f"202601{d}" for d in range(24, 31)]
    assert "huzhu-61020401-20260118-180000-exit.sqlite3" in dated  # Sunday, week 3
    assert "huzhu-61020401-20260111-180000-exit.sqlite3" in dated  # Sunday, week 2
    assert "huzhu-61020401-20260104-180000-exit.sqlite3" not in dated  # week 1: 5th newest week
    assert len(dated) == 9


def test_scheduled_backups_feed_rotation_in_a_live_folder(
    demo_db, demo_data_dir, monkeypatch
) -> None:
    for day in range(1, 13):
        _at(monkeypatch, f"2026-03-{day:02d}T08:00:00")
        assert backup_if_due(demo_db, demo_data_dir) is not None
    names = [s.taken_at.day for s in backup_schedule.scheduled_backups(demo_data_dir / "backups")]
    # 7 newest days; older ones only as newest of their ISO week (Sun 1 Mar, Sun 8 Mar... )
    assert names[-7:] == list(range(6, 13))
    assert set(names) <= {1, 6, 7, 8, 9, 10, 11, 12} and 1 in names
