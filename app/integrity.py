"""Invariants over an office database, named in Chinese for the clerk and the support person.

`check_all()` is what the crash harness runs after every kill: the file itself (SQLite's
`integrity_check` and foreign keys), the audit chain, money (payments add up to premiums),
coverages against their enrollments, the change journal against the rows it names, roster
imports that happened whole, and human numbers without gaps or duplicates.
`startup_checks()` is the quick part the home page shows at start-up (audit chain, money,
numbers); it must stay within the home page's 500 ms on a 200k-member office.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import Uuid, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app import audit
from app.db import Database
from app.i18n import Message, msg
from app.sync.tables import SYNC_TABLES
from models import Base

# number prefix -> (table, column) holding the numbers it issues
NUMBERED = {
    "BD": ("enrollments", "number"),
    "SJ": ("payments", "receipt_number"),
    "LP": ("claims", "number"),
    "PZ": ("certificates", "number"),
}
MAX_LISTED = 5
# finding code -> its title as the clerk sees it
FINDING_LABELS = {
    "sqlite": "数据库文件损坏",
    "foreign_keys": "关联记录缺失",
    "audit_chain": "审计日志哈希链断裂",
    "payments": "缴费与应缴会费不符",
    "coverage_status": "已撤销参保单仍有有效保障",
    "coverage_orphan": "保障不属于任何参保单",
    "coverage_premium": "保障会费合计与参保单不符",
    "journal_entity": "变更日志指向未知的表",
    "journal_dangling": "变更日志指向不存在的记录",
    "journal_missing": "记录未写入变更日志（不会同步到省办）",
    "roster_partial": "花名册导入不完整",
    "numbering": "编号不连续或重复",
}


@dataclass(frozen=True)
class Finding:
    """One broken invariant: a stable `code` (a key of FINDING_LABELS) and what was found."""

    code: str
    detail: Message

    @property
    def title(self) -> str:
        return FINDING_LABELS[self.code]

    def __str__(self) -> str:
        return f"{self.title}：{self.detail}"


def _some(items: Iterable[object]) -> str:
    items = list(items)
    shown = "、".join(str(i) for i in items[:MAX_LISTED])
    return shown + (f" 等 {len(items)} 项" if len(items) > MAX_LISTED else "")


def _rows(session: Session, sql: str, **params: object) -> list[tuple]:
    return [tuple(r) for r in session.execute(text(sql), params)]


def check_file(session: Session, *, quick: bool = False) -> list[Finding]:
    """SQLite's own check of the file (pages, indexes, constraints) and of foreign keys."""
    pragma = "quick_check" if quick else "integrity_check"
    result = [r[0] for r in _rows(session, f"PRAGMA {pragma}")]
    found = []
    if result != ["ok"]:
        found.append(Finding("sqlite", msg("SQLite 检查未通过：{d}", d=_some(result))))
    fk = _rows(session, "PRAGMA foreign_key_check")
    if fk:
        found.append(
            Finding(
                "foreign_keys",
                msg(
                    "{n} 条记录指向不存在的记录（表：{t}）", n=len(fk), t=_some({r[0] for r in fk})
                ),
            )
        )
    return found


def check_audit(session: Session) -> list[Finding]:
    report = audit.verify(session)
    if report.ok:
        return []
    return [Finding("audit_chain", msg("{r}", r=report.reason))]


def check_payments(session: Session) -> list[Finding]:
    """Each enrollment's payments add up to its premium, per payer; a cancelled one is refunded
    in full and a confirmed one has no refunds."""
    sums: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for enrollment, kind, payer, amount in _rows(
        session, "SELECT enrollment_uuid, kind, payer, SUM(amount) FROM payments GROUP BY 1, 2, 3"
    ):
        sums[(enrollment, kind)][payer] += amount
    bad = []
    for key, number, status, *split in _rows(
        session,
        "SELECT uuid, number, status, pay_unit, pay_union, pay_individual, pay_gift "
        "FROM enrollments",
    ):
        expected = {
            p: a for p, a in zip(("unit", "union", "individual", "gift"), split, strict=True) if a
        }
        paid = {p: a for p, a in sums.get((key, "payment"), {}).items() if a}
        refunded = {p: a for p, a in sums.get((key, "refund"), {}).items() if a}
        if paid != expected or refunded != (expected if status == "cancelled" else {}):
            bad.append(number)
    if not bad:
        return []
    return [
        Finding(
            "payments",
            msg("参保单 {n} 的缴费/退费合计与应缴不符", n=_some(bad)),
        )
    ]


def check_coverages(session: Session) -> list[Finding]:
    """Coverages belong to enrollments; only a confirmed enrollment has active coverages, and
    the coverages' premiums add up to the enrollment's premium."""
    found = _enrollments_finding(
        session,
        "coverage_status",
        "SELECT DISTINCT e.number FROM coverages c JOIN enrollments e ON e.uuid = c.enrollment_uuid "
        "WHERE c.status = 'active' AND e.status != 'confirmed'",
    )
    orphans = _rows(
        session,
        "SELECT COUNT(*) FROM coverages c LEFT JOIN enrollments e ON e.uuid = c.enrollment_uuid "
        "WHERE e.uuid IS NULL",
    )[0][0]
    if orphans:
        found.append(Finding("coverage_orphan", msg("{n} 条保障记录", n=orphans)))
    return found + _enrollments_finding(
        session,
        "coverage_premium",
        "SELECT e.number FROM enrollments e LEFT JOIN (SELECT enrollment_uuid, SUM(premium) AS s "
        "FROM coverages GROUP BY 1) c ON c.enrollment_uuid = e.uuid "
        "WHERE COALESCE(c.s, 0) != e.premium_total",
    )


def _enrollments_finding(session: Session, code: str, sql: str) -> list[Finding]:
    """A `code` finding naming the enrollment numbers `sql` selects, if it selects any."""
    numbers = [r[0] for r in _rows(session, sql)]
    return [Finding(code, msg("参保单 {n}", n=_some(numbers)))] if numbers else []


def _key_sql(table: str, alias: str) -> tuple[str, str] | None:
    """(the row's key as the journal writes it, the journal key as the row stores it) in SQL,
    or None when `table` has no single-column key to name a row by."""
    pk = list(Base.metadata.tables[table].primary_key.columns)
    if len(pk) != 1:
        return None
    column = f"{alias}.{pk[0].name}"
    if isinstance(pk[0].type, Uuid):  # stored as 32 hex digits, journalled with dashes
        parts = [
            f"substr({column}, {a}, {n})" for a, n in ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))
        ]
        return " || '-' || ".join(parts), "replace(j.uuid, '-', '')"
    return f"CAST({column} AS TEXT)", "j.uuid"


def check_journal(session: Session) -> list[Finding]:
    """Every journal row names an existing row of its table (or records a delete), and every
    synced row is in the journal (else the hub would never hear of it). Done in SQL on the
    journal's index (no row is loaded into Python)."""
    found = []
    entities = [r[0] for r in _rows(session, "SELECT DISTINCT entity FROM change_journal")]
    for entity in sorted(entities):
        keys = _key_sql(entity, "x") if entity in Base.metadata.tables else None
        if keys is None:
            found.append(Finding("journal_entity", msg("{e}", e=entity)))
            continue
        pk = Base.metadata.tables[entity].primary_key.columns.values()[0].name
        count, example = _rows(
            session,
            f"SELECT COUNT(*), MIN(j.uuid) FROM change_journal j WHERE j.entity = :e "
            f"AND j.op != 'delete' AND NOT EXISTS (SELECT 1 FROM {entity} x "
            f"WHERE x.{pk} = {keys[1]}) AND NOT EXISTS (SELECT 1 FROM change_journal d "
            "WHERE d.uuid = j.uuid AND d.entity = j.entity AND d.op = 'delete')",
            e=entity,
        )[0]
        if count:
            found.append(
                Finding(
                    "journal_dangling", msg("{e} 表 {n} 条，例如 {k}", e=entity, n=count, k=example)
                )
            )
    for table in SYNC_TABLES:  # rows that travel to the hub must each be journalled
        row_key, _ = _key_sql(table, "x") or ("", "")
        unlogged = _rows(
            session,
            f"SELECT COUNT(*) FROM {table} x WHERE NOT EXISTS (SELECT 1 FROM change_journal j "
            f"WHERE j.uuid = {row_key} AND j.entity = :t AND j.op = 'insert')",
            t=table,
        )[0][0]
        if unlogged:
            found.append(Finding("journal_missing", msg("{e} 表 {n} 条", e=table, n=unlogged)))
    return found


def check_roster_imports(session: Session) -> list[Finding]:
    """A roster import registers its new members and enrols them in one transaction: every
    `member.bulk_add` is followed by the `roster.import` that counts the same new members, and
    every import's enrollment exists with at least as many covered members as it imported."""
    records = _rows(
        session,
        "SELECT seq, action, entity_id, details FROM audit_log "
        "WHERE action IN ('member.bulk_add', 'roster.import') ORDER BY seq",
    )
    bad: list[str] = []
    pending: int | None = None
    for seq, action, entity_id, details in records:
        data = json.loads(details)
        if action == "member.bulk_add":
            if pending is not None:
                bad.append(f"#{seq}")
            pending = int(data.get("members", 0))
            continue
        if (pending or 0) != int(data.get("new_members", 0)):
            bad.append(f"#{seq}")
        pending = None
        covered = _rows(
            session,
            "SELECT COUNT(DISTINCT member_uuid) FROM coverages WHERE enrollment_uuid = :e",
            e=uuid.UUID(entity_id).hex,
        )[0][0]
        if covered < int(data.get("new_members", 0)) + int(data.get("existing_members", 0)):
            bad.append(str(data.get("number", entity_id)))
    if pending:
        bad.append("最后一次批量登记")
    if not bad:
        return []
    return [
        Finding(
            "roster_partial",
            msg("批量登记的会员与导入参保的人数不符：{w}", w=_some(bad)),
        )
    ]


_NUMBER = re.compile(r"^(?P<prefix>[A-Z]{2})-(?P<office>\d{8})-(?P<year>\d{4})-(?P<seq>\d{6})$")


def check_numbers(session: Session) -> list[Finding]:
    """Numbers issued per (prefix, office, year) are exactly 1…last: no gap, no duplicate, none
    beyond the counter."""
    used: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    for prefix, (table, column) in NUMBERED.items():
        for (number,) in _rows(session, f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL"):
            m = _NUMBER.match(number)
            if m and m["prefix"] == prefix:
                used[(prefix, m["office"], int(m["year"]))].append(int(m["seq"]))
    last = {
        (p, o, y): n
        for o, p, y, n in _rows(
            session, "SELECT office_code, prefix, year, last FROM number_sequences"
        )
    }
    bad = []
    for key in sorted(set(used) | set(last)):
        seqs = Counter(used.get(key, []))
        top = last.get(key, 0)
        dup = sorted(s for s, n in seqs.items() if n > 1)
        gaps = sorted(set(range(1, top + 1)) - set(seqs))
        beyond = sorted(s for s in seqs if s > top)
        prefix, office, year = key
        if dup or gaps or beyond:
            bad.append(
                f"{prefix}-{office}-{year}（重复 {_some(dup) or '无'}，缺号 {_some(gaps) or '无'}，"
                f"超出计数 {_some(beyond) or '无'}）"
            )
    if not bad:
        return []
    return [Finding("numbering", msg("{w}", w="；".join(bad)))]


CHECKS: tuple[Callable[[Session], list[Finding]], ...] = (
    check_file,
    check_audit,
    check_payments,
    check_coverages,
    check_journal,
    check_roster_imports,
    check_numbers,
)


def _run(db: Database, checks: Iterable[Callable[[Session], list[Finding]]]) -> list[Finding]:
    found: list[Finding] = []
    try:
        with db.reader() as session:
            for check in checks:
                found += check(session)
    except DBAPIError as exc:  # a file too damaged to read is a finding, not a crash
        found.append(Finding("sqlite", msg("读取失败：{d}", d=str(exc.orig)[:200])))
    return found


def check_all(db: Database) -> list[Finding]:
    """Every invariant, in one read snapshot. An empty list means the database is sound."""
    return _run(db, CHECKS)


def startup_checks(db: Database) -> list[Finding]:
    """What the home page shows at start-up: the audit chain, money and numbers — the cheap
    invariants (`open_database` has already run `quick_check` on the file). Empty when all is
    well; otherwise each finding says what is wrong in Chinese."""
    return _run(db, (check_audit, check_payments, check_numbers))
