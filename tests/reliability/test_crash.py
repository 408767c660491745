"""Crash harness: run a roster import, an enrollment, a claim save and a sync export in a
subprocess, SIGKILL it at a seeded random moment, and check the database afterwards.

After every kill: `PRAGMA integrity_check` and foreign keys, the audit chain, and every
invariant of app/integrity.py hold, and the operation either happened whole (the counts equal
those of an uninterrupted run) or not at all (the counts are untouched). A package recorded
as exported exists on disk with the recorded SHA-256.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from app import integrity
from app.db import open_database
from app.sync.export import PENDING
from app.sync.format import Kind, package_filename, package_id
from models import SyncPackage
from tests.reliability import scenario

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
KILLS_PER_OPERATION = 20
SEED = 20260310
BUDGET_SECONDS = 180


@dataclass
class Tally:
    cut: int = 0  # killed after READY, before the commit returned
    finished: int = 0  # the kill came too late
    whole: int = 0  # the database shows the operation complete
    none: int = 0  # the database shows nothing of it
    stray_files: list[str] = field(default_factory=list)


class Server:
    """The forking driver (tests/reliability/scenario.py) in its own process."""

    def __init__(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("HUZHU_")}
        env["PYTHONPATH"] = str(REPO)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.scenario"],
            cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.read() == ["READY"]

    def read(self) -> list[str]:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().split()

    def attempt(self, operation: str, folder: Path, delay: float) -> tuple[str, float]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{operation} {folder} {delay:.4f}\n")
        self.proc.stdin.flush()
        result, seconds = self.read()
        assert result in ("CUT", "DONE"), f"{operation} failed in {folder}"
        return result, float(seconds)

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.close()


def _counts(folder: Path) -> tuple[dict[str, int], list[str]]:
    db = open_database(folder / "huzhu.sqlite3")
    try:
        findings = integrity.check_all(db)
        with db.reader() as session:
            recorded = list(session.scalars(select(SyncPackage)))
        return scenario.counts(db), [str(f) for f in findings] + _stray(folder, recorded)
    finally:
        db.dispose()


def _stray(folder: Path, recorded: list[SyncPackage]) -> list[str]:
    """Recorded packages must exist with their identity, the SHA-256 of the signed manifest
    (else a problem is returned). A kill
    between the commit and the rename leaves it as `<name>.pending`, which the next export
    names (app.sync.export._settle_pending): that counts as present."""
    problems = []
    for package in recorded:
        path = folder / "outbox" / package_filename(Kind.OFFICE, package.office_code, package.seq)
        pending = path.with_name(path.name + PENDING)
        found = path if path.is_file() else pending
        if not found.is_file() or package_id(found) != package.sha256:
            problems.append(f"package {path.name} recorded but missing or different")
    return problems


def _unrecorded_files(folder: Path, counts: dict[str, int]) -> list[str]:
    outbox = folder / "outbox"
    files = sorted(p.name for p in outbox.iterdir()) if outbox.is_dir() else []
    return files[counts["packages"] :]


def test_operations_survive_sigkill_at_random_points(office_template, tmp_path, server) -> None:
    rng = random.Random(SEED)
    began = time.monotonic()
    tallies = {op: Tally() for op in scenario.OPERATIONS}
    before, _ = _counts(office_template)
    for operation in scenario.OPERATIONS:
        reference = tmp_path / f"{operation}-whole"
        shutil.copytree(office_template, reference)
        result, duration = server.attempt(operation, reference, -1)
        after, problems = _counts(reference)
        assert result == "DONE" and problems == [] and after != before
        tally = tallies[operation]
        for attempt in range(KILLS_PER_OPERATION):
            folder = tmp_path / f"{operation}-{attempt}"
            shutil.copytree(office_template, folder)
            result, _ = server.attempt(operation, folder, rng.uniform(0, duration * 1.1))
            tally.cut += result == "CUT"
            tally.finished += result == "DONE"
            now, problems = _counts(folder)
            assert problems == [], (operation, attempt, problems)
            assert now in (before, after), f"{operation} #{attempt} partial: {before} {after} {now}"
            tally.whole += now == after
            tally.none += now == before
            tally.stray_files += _unrecorded_files(folder, now)
            shutil.rmtree(folder)
    elapsed = time.monotonic() - began
    report = {op: vars(t) for op, t in tallies.items()}
    print(f"\ncrash harness: {elapsed:.1f} s, {report}")
    assert sum(t.cut for t in tallies.values()) >= 50, report
    assert all(t.none > 0 for t in tallies.values()), report
    assert elapsed < BUDGET_SECONDS, report
