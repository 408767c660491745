"""One desk of two sharing a database file: `python -m tests.reliability.desk DATA_DIR NAME N`
registers N units, N members and N claims through the services, one unit of work each, then
waits for the partner's `NAME.done` file and prints how many of the partner's units it sees."""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select

from app.db import open_database
from app.members import MemberFields, add_member
from app.paths import database_path
from app.units import UnitFields, add_unit, find_unit
from models import Unit
from tests.app.roster_factories import people, uscc
from tests.reliability import scenario

SERIALS = {"east": 100, "west": 500}


def main(data_dir: Path, name: str, n: int) -> int:
    os.environ["HUZHU_TODAY"] = scenario.CLAIM_DAY
    db = open_database(database_path(data_dir))
    base = SERIALS[name]
    insured = people(scenario.UNITS["A"][1])
    claim = scenario.claim_input(insured[0])
    # Each desk claims for its own members: the same stay claimed twice is a duplicate, refused.
    mine = insured[list(SERIALS).index(name) :: 2]
    for i in range(n):
        with db.unit_of_work() as session:
            fields = UnitFields(uscc=uscc(base + i), name=f"{name}单位{i}", headcount=5)
            add_unit(session, scenario.CLERK, data=fields)
        with db.unit_of_work() as session:
            unit = find_unit(session, uscc(scenario.UNITS["C"][0]))
            p = people(1, first=base * 100 + i)[0]
            add_member(
                session, scenario.CLERK, unit_uuid=unit.uuid, data=MemberFields(p.id_number, p.name)
            )
        who = mine[i % len(mine)]
        scenario.save_claim(db, replace(claim, id_number=who.id_number, claimant_name=who.name))
    (data_dir / f"{name}.done").touch()
    partner = next(p for p in SERIALS if p != name)
    deadline = time.monotonic() + 120
    while not (data_dir / f"{partner}.done").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    with db.reader() as session:
        seen = session.scalar(select(func.count()).where(Unit.name.like(f"{partner}单位%")))
    print(json.dumps({"seen": seen}))
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])))
