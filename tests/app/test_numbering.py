"""Gap-free human numbers per office, prefix and year — also across processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.numbering import next_number
from models import NumberSequence

REPO = Path(__file__).resolve().parents[2]


def test_format_and_sequence(db) -> None:
    with db.unit_of_work() as session:
        a = next_number(session, prefix="LP", office_code="61020401", year=2026)
        b = next_number(session, prefix="LP", office_code="61020401", year=2026)
        c = next_number(session, prefix="LP", office_code="61020401", year=2027)
        d = next_number(session, prefix="BD", office_code="61020401", year=2026)
    assert (a, b, c, d) == (
        "LP-61020401-2026-000001",
        "LP-61020401-2026-000002",
        "LP-61020401-2027-000001",
        "BD-61020401-2026-000001",
    )


def test_a_rolled_back_number_is_given_back(db) -> None:
    with pytest.raises(RuntimeError), db.unit_of_work() as session:
        next_number(session, prefix="LP", office_code="61020401", year=2026)
        raise RuntimeError("clerk cancelled")
    with db.unit_of_work() as session:
        assert next_number(session, prefix="LP", office_code="61020401", year=2026).endswith(
            "000001"
        )


def test_unknown_prefix_is_a_bug(db) -> None:
    with pytest.raises(ValueError), db.unit_of_work() as session:
        next_number(session, prefix="XX", office_code="61020401", year=2026)


_WORKER = """
import sys
from pathlib import Path
from app.db import open_database
from app.numbering import next_number
db = open_database(Path(sys.argv[1]))
out = []
for _ in range(40):
    with db.unit_of_work() as session:
        out.append(next_number(session, prefix="LP", office_code="61020401", year=2026))
print("\\n".join(out))
"""


def test_two_desks_on_one_file_never_share_or_skip_a_number(db) -> None:
    assert db.path is not None
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(db.path)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    numbers = [line for p in procs for line in p.communicate(timeout=120)[0].split()]
    assert all(p.returncode == 0 for p in procs)
    seqs = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    assert seqs == list(range(1, 121))
    with db.reader() as session:
        assert session.scalar(select(NumberSequence.last)) == 120
