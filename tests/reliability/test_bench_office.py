"""The generated bench office (bench/office.py), at a small scale: it passes every invariant and
holds what it says (units, coverages for every member, claims, gap-free numbers)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app import integrity
from app.db import open_database
from bench.office import generate
from models import Claim, Coverage, Enrollment, Member, Unit


def test_generated_office_is_sound_and_complete(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    generate(path, members=1_200, units=6, claims=150)
    db = open_database(path)
    try:
        assert integrity.check_all(db) == []
        with db.reader() as session:
            count = {
                m.__tablename__: session.scalar(select(func.count()).select_from(m))
                for m in (Unit, Member, Enrollment, Coverage, Claim)
            }
            statuses = set(session.scalars(select(Claim.status).distinct()))
    finally:
        db.dispose()
    assert count["units"] == count["enrollments"] == 6
    assert count["coverages"] == 2 * count["members"] >= 2 * 1_190
    assert count["claims"] == 150 and len(statuses) == 6
