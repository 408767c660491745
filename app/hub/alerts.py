"""What the hub learns from a package beyond storing it: cross-office duplicates, claims that
need the hub's approval, rows that tried to overwrite another office's records.

A cross-office duplicate is the same ID number covered by two offices for the same plan on
overlapping days (docs/domain.md §3 rule 6). Each new pair is listed once in `hub_duplicates` (the pair
ordered by coverage UUID) and both offices get an alert in their next return package.

A cross-office duplicate claim is the same stay claimed at two offices: the same ID number and
plan, hospital stays that overlap, neither claim rejected or withdrawn (the hub's side of the
desk's own duplicate check, app.claims.duplicates). Both offices are alerted once per pair of
claims, so that neither pays the stay the other has paid.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence

from sqlalchemy import Connection, Row, insert, select, text

from app import clock
from app.hub.schema import hub_alerts, hub_offices
from app.privacy import mask_id

_PAIRS = """
WITH touched AS (
    SELECT c.uuid, c.member_uuid, c.plan_code, c.start_date, c.end_date, c.office_code,
           m.id_number
    FROM coverages c JOIN members m ON m.uuid = c.member_uuid
    WHERE c.office_code = :office AND (c.package_seq = :seq OR m.package_seq = :seq)
      AND m.office_code = :office AND NOT c.deleted AND NOT m.deleted AND c.status = 'active'
      AND EXISTS (SELECT FROM members o WHERE o.id_number = m.id_number
                  AND o.office_code <> :office AND NOT o.deleted)
), pairs AS (
    SELECT t.id_number, t.plan_code,
           t.office_code AS o1, t.uuid AS c1, t.member_uuid AS m1,
           c2.office_code AS o2, c2.uuid AS c2, c2.member_uuid AS m2,
           GREATEST(t.start_date, c2.start_date) AS f, LEAST(t.end_date, c2.end_date) AS u
    FROM touched t
    JOIN members mm ON mm.id_number = t.id_number AND mm.office_code <> t.office_code
                   AND NOT mm.deleted
    JOIN coverages c2 ON c2.member_uuid = mm.uuid AND c2.plan_code = t.plan_code
                     AND NOT c2.deleted AND c2.status = 'active'
                     AND c2.start_date <= t.end_date AND t.start_date <= c2.end_date
)
INSERT INTO hub_duplicates (id_number, plan_code, office_a, coverage_a, member_a,
                            office_b, coverage_b, member_b, overlap_from, overlap_to, found_at)
SELECT id_number, plan_code,
       CASE WHEN c1 < c2 THEN o1 ELSE o2 END, LEAST(c1, c2), CASE WHEN c1 < c2 THEN m1 ELSE m2 END,
       CASE WHEN c1 < c2 THEN o2 ELSE o1 END, GREATEST(c1, c2), CASE WHEN c1 < c2 THEN m2 ELSE m1 END,
       f, u, :now
FROM pairs
ON CONFLICT ON CONSTRAINT uq_hub_duplicates_pair DO NOTHING
RETURNING id, id_number, plan_code, office_a, coverage_a, member_a,
          office_b, coverage_b, member_b, overlap_from, overlap_to
"""

_QUEUE = """
INSERT INTO hub_decisions (claim_uuid, office_code, claim_number, amount, status, queued_at)
SELECT uuid, office_code, number, COALESCE(approved_amount, computed_benefit), 'pending', :now
FROM claims
WHERE office_code = :office AND package_seq = :seq AND needs_hub_approval AND NOT deleted
ON CONFLICT (claim_uuid) DO UPDATE SET amount = EXCLUDED.amount
WHERE hub_decisions.status = 'pending'
"""


_CLAIM_PAIRS = """
WITH touched AS (
    SELECT c.uuid, c.number, c.plan_code, c.office_code, c.admitted,
           COALESCE(c.discharged, c.admitted) AS discharged, m.id_number
    FROM claims c JOIN members m ON m.uuid = c.member_uuid AND m.office_code = c.office_code
    WHERE c.office_code = :office AND c.package_seq = :seq AND NOT c.deleted AND NOT m.deleted
      AND c.admitted IS NOT NULL AND c.status NOT IN ('rejected', 'withdrawn')
), pairs AS (
    SELECT t.id_number, t.plan_code,
           t.office_code AS o1, t.uuid AS c1, t.number AS n1, t.admitted AS a1,
           t.discharged AS d1,
           c2.office_code AS o2, c2.uuid AS c2, c2.number AS n2, c2.admitted AS a2,
           COALESCE(c2.discharged, c2.admitted) AS d2,
           LEAST(t.uuid::text, c2.uuid::text) || ':' || GREATEST(t.uuid::text, c2.uuid::text)
               AS pair
    FROM touched t
    JOIN members mm ON mm.id_number = t.id_number AND mm.office_code <> t.office_code
                   AND NOT mm.deleted
    JOIN claims c2 ON c2.member_uuid = mm.uuid AND c2.office_code = mm.office_code
                  AND c2.plan_code = t.plan_code AND NOT c2.deleted
                  AND c2.admitted IS NOT NULL AND c2.status NOT IN ('rejected', 'withdrawn')
                  AND c2.admitted <= t.discharged
                  AND t.admitted <= COALESCE(c2.discharged, c2.admitted)
)
SELECT * FROM pairs p
WHERE NOT EXISTS (
    SELECT 1 FROM hub_alerts a WHERE a.kind = 'duplicate_claim' AND a.details->>'pair' = p.pair
)
ORDER BY p.pair
"""


def _office_names(conn: Connection) -> dict[str, str]:
    return {
        code: name for code, name in conn.execute(select(hub_offices.c.code, hub_offices.c.name))
    }


def find_duplicates(conn: Connection, office: str, seq: int) -> int:
    """List new cross-office duplicates touched by package `seq`; alert both offices.

    The touched coverages are first narrowed to members whose ID number another office holds
    (the EXISTS, implied by the pairs' own join): one semi-join that is all the work when no
    ID number crosses offices, instead of joining every touched coverage to every holder of
    its ID number. On the bench's first 1M-row package: 0.06 s instead of 0.64 s.
    """
    pairs = conn.execute(text(_PAIRS), {"office": office, "seq": seq, "now": clock.now()}).all()
    return _alert_both(conn, "duplicate", pairs, _duplicate_sides)


def _duplicate_sides(p: Row, names: dict[str, str]) -> Iterator[tuple[str, str, dict]]:
    for mine, member, coverage, other in (
        (p.office_a, p.member_a, p.coverage_a, p.office_b),
        (p.office_b, p.member_b, p.coverage_b, p.office_a),
    ):
        message = (
            f"会员 {mask_id(p.id_number)} 的 {p.plan_code} 保障与代办处 {other}"
            f"（{names.get(other, '')}）重复：{p.overlap_from} 至 {p.overlap_to}。"
            "请核实，同一职工同一计划同一期间只能在一处参保。"
        )
        details = {
            "duplicate_id": p.id,
            "member_uuid": str(member),
            "coverage_uuid": str(coverage),
            "plan_code": p.plan_code,
            "other_office": other,
            "overlap_from": p.overlap_from.isoformat(),
            "overlap_to": p.overlap_to.isoformat(),
        }
        yield mine, message, details


def find_duplicate_claims(conn: Connection, office: str, seq: int) -> int:
    """Alert both offices of each new pair of claims for one stay (same ID number and plan,
    overlapping stays) that package `seq` brought; the number of new pairs."""
    pairs = conn.execute(text(_CLAIM_PAIRS), {"office": office, "seq": seq}).all()
    return _alert_both(conn, "duplicate_claim", pairs, _claim_sides)


def _claim_sides(p: Row, names: dict[str, str]) -> Iterator[tuple[str, str, dict]]:
    for mine, number, stay, other, theirs, other_stay, claim in (
        (p.o1, p.n1, (p.a1, p.d1), p.o2, p.n2, (p.a2, p.d2), p.c1),
        (p.o2, p.n2, (p.a2, p.d2), p.o1, p.n1, (p.a1, p.d1), p.c2),
    ):
        message = (
            f"会员 {mask_id(p.id_number)} 的 {p.plan_code} 理赔 {number}"
            f"（住院 {stay[0]} 至 {stay[1]}）与代办处 {other}（{names.get(other, '')}）"
            f"的理赔 {theirs}（住院 {other_stay[0]} 至 {other_stay[1]}）住院日期重叠。"
            "同一次住院只能在一处申请，请与对方核实后再审批或支付。"
        )
        details = {
            "pair": p.pair,
            "claim_uuid": str(claim),
            "claim_number": number,
            "plan_code": p.plan_code,
            "other_office": other,
            "other_claim_number": theirs,
        }
        yield mine, message, details


def _alert_both(
    conn: Connection,
    kind: str,
    pairs: Sequence[Row],
    sides: Callable[[Row, dict[str, str]], Iterator[tuple[str, str, dict]]],
) -> int:
    """One alert to each office of each pair, `sides(pair, office names)` giving each side's
    (office, message, details); the number of pairs."""
    if not pairs:
        return 0
    names = _office_names(conn)
    now = clock.now()
    rows = [
        _alert(mine, kind, message, details, now)
        for p in pairs
        for mine, message, details in sides(p, names)
    ]
    conn.execute(insert(hub_alerts), rows)
    return len(pairs)


def _alert(office: str, kind: str, message: str, details: dict, now: object) -> dict:
    return dict(
        uuid=uuid.uuid4(),
        office_code=office,
        kind=kind,
        message=message,
        details=details,
        created_at=now,
    )


def queue_decisions(conn: Connection, office: str, seq: int) -> int:
    """Queue (or refresh, while undecided) claims flagged `needs_hub_approval`."""
    return conn.execute(text(_QUEUE), {"office": office, "seq": seq, "now": clock.now()}).rowcount


def foreign_rows_alert(conn: Connection, office: str, seq: int, count: int) -> None:
    message = (
        f"第 {seq} 号同步包中有 {count} 行记录的 UUID 属于其他代办处，省办事处未采用。"
        "请联系省办事处核查。"
    )
    conn.execute(
        insert(hub_alerts),
        [_alert(office, "foreign_rows", message, {"seq": seq, "rows": count}, clock.now())],
    )
