"""The hub's PostgreSQL schema, on its own MetaData (the desk's Alembic chain never touches it).

Entity tables (`units`, `members`, … the same names as on a desk) are derived from the desk
models so that a new desk column reaches the hub by a schema upgrade, not by hand: same column
names, types and server defaults (what a column added by `hub init` gives the rows already
held, as the desk's migration gave its own), enums as plain strings, JSON as JSONB, every column
nullable except the keys (the hub stores what offices send; each office keeps its own rules), no
foreign keys or unique constraints (rows arrive in any order and the same ID number may be held by two offices — that is
exactly what the duplicate check looks for). Each gets `office_code`, `deleted` (tombstones mark,
never delete) and `package_seq` (which package last wrote the row). Hub bookkeeping tables carry
the `hub_` prefix.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    false,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeEngine

from app.sync.format import GENESIS
from app.sync.tables import SYNC_TABLES

# 2: claim_events (a synced table) and hub_targets; 3: operators, audit; 5: the audit is
# hash-chained (issue 23; 4 is left to the hostile-input work); 6: the desk's new claim and
# payment columns (claims.invoice_number, duplicate_of, override_reason, pay_method,
# pay_voucher; payments.voucher), which `hub init` adds to an older hub's tables
SCHEMA_VERSION = 6
hub_metadata = MetaData()
_INDEXED = {"members": ("id_number",), "coverages": ("member_uuid",), "claims": ("number",)}


def _hub_type(kind: TypeEngine) -> TypeEngine:
    if isinstance(kind, Enum):
        return String(kind.length or 24)
    if isinstance(kind, JSON):
        return JSONB()
    if isinstance(kind, Uuid):
        return Uuid()
    return kind


def _entity_table(source: Table) -> Table:
    columns = [
        Column(
            c.name,
            _hub_type(c.type),
            primary_key=c.name == "uuid",
            nullable=c.name != "uuid",
            server_default=c.server_default.arg if c.server_default is not None else None,
        )
        for c in source.columns
    ]
    if "office_code" not in source.columns:
        columns.append(Column("office_code", String(8)))
    for column in columns:
        if column.name == "office_code":
            column.nullable = False
    columns += [
        Column("deleted", Boolean, nullable=False, server_default=false()),
        Column("package_seq", Integer, nullable=False),
    ]
    name = source.name
    indexes = [Index(f"ix_hub_{name}_office_pkg", "office_code", "package_seq")]
    indexes += [Index(f"ix_hub_{name}_{col}", col) for col in _INDEXED.get(name, ())]
    return Table(name, hub_metadata, *columns, *indexes)


ENTITY_TABLES: dict[str, Table] = {name: _entity_table(t) for name, t in SYNC_TABLES.items()}

hub_meta = Table(
    "hub_meta",
    hub_metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)
hub_identity = Table(
    "hub_identity",
    hub_metadata,
    Column("id", Integer, primary_key=True),
    Column("sign_private", LargeBinary, nullable=False),
    Column("box_private", LargeBinary, nullable=False),
    Column("created_at", DateTime, nullable=False),
)
hub_offices = Table(
    "hub_offices",
    hub_metadata,
    Column("code", String(8), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("sign_public", LargeBinary, nullable=False),
    Column("box_public", LargeBinary, nullable=False),
    Column("registered_at", DateTime, nullable=False),
    Column("last_seq", Integer, nullable=False, server_default="0"),
    Column("last_sha256", String(64), nullable=False, server_default=GENESIS),
    Column("last_received_at", DateTime),
    Column("return_seq", Integer, nullable=False, server_default="0"),
    Column("return_sha256", String(64), nullable=False, server_default=GENESIS),
    Column("catalogue_sent_id", Integer, nullable=False, server_default="0"),
)
hub_packages = Table(
    "hub_packages",
    hub_metadata,
    Column("id", Integer, primary_key=True),
    Column("office_code", String(8), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("received_at", DateTime, nullable=False),
    Column("full", Boolean, nullable=False),
    Column("rows", BigInteger, nullable=False),
    Column("counts", JSONB, nullable=False),
    Column("returned_seq", Integer),
    UniqueConstraint("office_code", "seq", name="uq_hub_packages_office_seq"),
)
hub_refusals = Table(
    "hub_refusals",
    hub_metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("filename", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("code", String(40), nullable=False),
    Column("message", Text, nullable=False),
)
hub_duplicates = Table(
    "hub_duplicates",
    hub_metadata,
    Column("id", Integer, primary_key=True),
    Column("id_number", String(32), nullable=False),
    Column("plan_code", String(8), nullable=False),
    Column("office_a", String(8), nullable=False),
    Column("coverage_a", Uuid, nullable=False),
    Column("member_a", Uuid, nullable=False),
    Column("office_b", String(8), nullable=False),
    Column("coverage_b", Uuid, nullable=False),
    Column("member_b", Uuid, nullable=False),
    Column("overlap_from", Date, nullable=False),
    Column("overlap_to", Date, nullable=False),
    Column("found_at", DateTime, nullable=False),
    UniqueConstraint("coverage_a", "coverage_b", name="uq_hub_duplicates_pair"),
)
hub_alerts = Table(
    "hub_alerts",
    hub_metadata,
    Column("uuid", Uuid, primary_key=True),
    Column("office_code", String(8), nullable=False, index=True),
    Column("kind", String(20), nullable=False),
    Column("message", Text, nullable=False),
    Column("details", JSONB, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("returned_seq", Integer),
)
hub_decisions = Table(
    "hub_decisions",
    hub_metadata,
    Column("claim_uuid", Uuid, primary_key=True),
    Column("office_code", String(8), nullable=False),
    Column("claim_number", String(32), nullable=False, index=True),
    Column("amount", BigInteger, nullable=False),
    Column("status", String(12), nullable=False),
    Column("reason", Text),
    Column("decided_by", String(40)),
    Column("decided_at", DateTime),
    Column("queued_at", DateTime, nullable=False),
    Column("returned_seq", Integer),
)
hub_catalogues = Table(
    "hub_catalogues",
    hub_metadata,
    Column("id", Integer, primary_key=True),
    Column("version", String(40), nullable=False, unique=True),
    Column("name", String(100), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("document", Text, nullable=False),
    Column("published_at", DateTime, nullable=False),
)
hub_targets = Table(
    "hub_targets",
    hub_metadata,
    Column("office_code", String(8), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("uuid", Uuid, nullable=False),
    Column("targets", JSONB, nullable=False),
    Column("set_by", String(40), nullable=False),
    Column("set_at", DateTime, nullable=False),
    Column("returned_seq", Integer),
)
hub_returns = Table(
    "hub_returns",
    hub_metadata,
    Column("id", Integer, primary_key=True),
    Column("office_code", String(8), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    UniqueConstraint("office_code", "seq", name="uq_hub_returns_office_seq"),
)
hub_operators = Table(
    "hub_operators",
    hub_metadata,
    Column("username", String(40), primary_key=True),
    Column("display_name", String(100), nullable=False),
    Column("role", String(12), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("failed_attempts", Integer, nullable=False, server_default="0"),
    Column("locked_until", DateTime),
)
hub_audit = Table(
    "hub_audit",
    hub_metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", DateTime, nullable=False),
    Column("username", String(40), nullable=False),
    Column("action", String(40), nullable=False),
    Column("details", JSONB, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)
