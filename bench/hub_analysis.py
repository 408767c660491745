"""Hub analysis budget (issue 23): the province analysis of one year (app.hub.analysis.analyse:
the plan × age band × sex × industry × office × year table, the three adverse-selection signals
and the monthly trend) over 1M members and 200k claims in ≤ 10 s on PostgreSQL.

The province is generated inside the embedded PostgreSQL (pgserver, in bench/work) by
`generate_series`: 120 offices, a unit per 200 members in eight industries, one enrollment per
unit starting on a day of 2026, every member covered by ZY, two in five also by JT, one in a
thousand by JT alone, and 200k claims, four in five paid. The baseline is a bare aggregate
scan of the same rows: premium per plan over coverages and paid benefits per plan over claims.
`BENCH_HUB_MEMBERS` scales the province down (claims stay one per five members).
"""

from __future__ import annotations

import os
import shutil
import time

from bench.common import WORK, Row

MEMBERS = int(os.environ.get("BENCH_HUB_MEMBERS", "1000000"))
CLAIMS = MEMBERS // 5
OFFICES = 120
BUDGET_S = 10.0

_FILL = """
INSERT INTO units (uuid, office_code, name, industry, headcount, package_seq)
SELECT md5('u' || u)::uuid, '6102' || lpad((u % :offices)::text, 4, '0'), '基准单位' || u,
       (ARRAY['制造业','建筑业','教育','卫生','交通运输','批发零售','公共管理','其他'])[u % 8 + 1],
       220, 1
FROM generate_series(0, :units - 1) AS u;

INSERT INTO enrollments (uuid, office_code, unit_uuid, start_date, end_date, status, is_gift,
                         package_seq)
SELECT md5('e' || u)::uuid, '6102' || lpad((u % :offices)::text, 4, '0'), md5('u' || u)::uuid,
       date '2026-01-01' + (u % 300), date '2026-01-01' + (u % 300) + 364, 'confirmed',
       u % 20 = 0, 1
FROM generate_series(0, :units - 1) AS u;

INSERT INTO members (uuid, office_code, unit_uuid, id_number, gender, birth_date, package_seq)
SELECT md5('m' || i)::uuid, '6102' || lpad(((i % :units) % :offices)::text, 4, '0'),
       md5('u' || (i % :units))::uuid, 'B' || i, CASE WHEN i % 2 = 0 THEN 'M' ELSE 'F' END,
       date '1966-03-01' + ((i::bigint * 7919) % 12400)::int, 1
FROM generate_series(0, :members - 1) AS i;

INSERT INTO coverages (uuid, office_code, member_uuid, enrollment_uuid, plan_code, premium,
                       start_date, end_date, status, package_seq)
SELECT md5('c' || p.plan || i)::uuid, '6102' || lpad(((i % :units) % :offices)::text, 4, '0'),
       md5('m' || i)::uuid, md5('e' || (i % :units))::uuid, p.plan, p.premium,
       date '2026-01-01' + ((i % :units) % 300), date '2026-01-01' + ((i % :units) % 300) + 364,
       'active', 1
FROM generate_series(0, :members - 1) AS i
CROSS JOIN (VALUES ('ZY', 6000), ('JT', 3200)) AS p(plan, premium)
WHERE (p.plan = 'ZY' AND i % 1000 <> 7) OR (p.plan = 'JT' AND (i % 5 < 2 OR i % 1000 = 7));

INSERT INTO claims (uuid, office_code, number, member_uuid, coverage_uuid, plan_code, kind,
                    event_date, received_on, paid_on, paid_amount, status, package_seq)
SELECT md5('k' || k)::uuid, '6102' || lpad((((k * 5) % :members % :units) % :offices)::text, 4, '0'),
       'LP-' || k, md5('m' || ((k * 5) % :members))::uuid,
       md5('cZY' || ((k * 5) % :members))::uuid, 'ZY', 'stay',
       date '2026-01-01' + (((k * 5) % :members % :units) % 300) + (k % 60),
       date '2026-01-01' + (((k * 5) % :members % :units) % 300) + (k % 60) + 10,
       CASE WHEN k % 5 <> 0 THEN date '2026-01-01' + (((k * 5) % :members % :units) % 300)
                                 + (k % 60) + 30 END,
       CASE WHEN k % 5 <> 0 THEN 100000 + (k * 37) % 2900000 END,
       CASE WHEN k % 5 <> 0 THEN 'paid' ELSE 'reviewing' END, 1
FROM generate_series(0, :claims - 1) AS k;
"""

BASELINE = """
SELECT plan_code, SUM(premium) FROM coverages WHERE status = 'active' GROUP BY 1;
SELECT plan_code, SUM(paid_amount) FROM claims WHERE status = 'paid' GROUP BY 1;
"""


def _fill(hub: object) -> None:
    from sqlalchemy import text

    params = {
        "offices": OFFICES,
        "units": max(MEMBERS // 200, 1),
        "members": MEMBERS,
        "claims": CLAIMS,
    }
    with hub.engine.begin() as conn:  # type: ignore[attr-defined]
        for statement in _FILL.split(";\n"):
            if statement.strip():
                conn.execute(text(statement), params)
    with hub.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:  # type: ignore[attr-defined]
        conn.execute(text("VACUUM ANALYZE"))


def _baseline(hub: object) -> float:
    from sqlalchemy import text

    started = time.perf_counter()
    with hub.engine.connect() as conn:  # type: ignore[attr-defined]
        for statement in BASELINE.split(";\n"):
            if statement.strip():
                conn.execute(text(statement)).all()
    return time.perf_counter() - started


def bench_analysis() -> Row:
    from app.hub import registry
    from app.hub.analysis import analyse
    from app.hub.server import open_hub_database

    folder = WORK / "hub-analysis"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    hub = open_hub_database(None, folder)
    try:
        with hub.engine.begin() as conn:
            registry.init_hub(conn)
        _fill(hub)
        started = time.perf_counter()
        with hub.engine.connect() as conn:
            result = analyse(conn, year=2026)
        seconds = time.perf_counter() - started
        baseline = _baseline(hub)
    finally:
        hub.dispose()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return Row(
        f"hub analysis, {MEMBERS:,} members / {CLAIMS:,} claims (PostgreSQL)",
        seconds,
        BUDGET_S,
        baseline=baseline,
        note=f"{len(result.cells):,} cells, {len(result.rider_alone):,} rider-only units; "
        f"load average {load}; baseline: premium and paid benefits per plan, bare scans",
    )


def run() -> list[Row]:
    return [bench_analysis()]


if __name__ == "__main__":
    for row in run():
        print(row.as_dict())
