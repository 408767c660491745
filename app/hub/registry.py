"""Hub set-up: schema and keys, the offices registry, catalogue publication, and the trust the
package reader needs (which key signs for which office, how far each office's sequence is).

Hub functions work on a SQLAlchemy Core `Connection` inside the caller's transaction
(`with hub.engine.begin() as conn:`); the hub has no ORM objects, its writes are set-based.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, func, insert, inspect, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.schema import CreateColumn

from app import catalogue, clock
from app.auth import SYSTEM
from app.errors import DatabaseProblem, RejectedInput
from app.hub import audit
from app.hub.schema import (
    SCHEMA_VERSION,
    hub_catalogues,
    hub_identity,
    hub_meta,
    hub_metadata,
    hub_offices,
    hub_packages,
)
from app.i18n import msg
from app.office import validate_code
from app.sync import crypto
from app.sync.format import Kind
from app.sync.office_file import OfficeFile, write_office_file


@dataclass(frozen=True)
class HubKeys:
    sign_private: bytes
    box_private: bytes

    @property
    def sign_public(self) -> bytes:
        return crypto.signing_public(self.sign_private)

    @property
    def box_public(self) -> bytes:
        return crypto.box_public(self.box_private)


def init_hub(conn: Connection) -> str:
    """Create the hub schema and its key pairs if missing, or bring an older hub schema up to
    this release (new tables created, columns the hub's tables lack added, the recorded version
    raised; an upgrade is audited as `hub.upgrade`); the hub's key fingerprint.
    DatabaseProblem if the hub was created by a newer release."""
    hub_metadata.create_all(conn)
    version = _schema_version(conn)
    if version is not None and version > SCHEMA_VERSION:
        raise DatabaseProblem(
            msg(
                "省办事处数据库结构版本 {v} 高于本程序支持的 {s}，请升级软件。",
                v=version,
                s=SCHEMA_VERSION,
            )
        )
    if version is not None and version < 5:
        audit.upgrade(conn)  # the chain columns arrived with schema 5
    added = add_missing_columns(conn)
    if version is not None and (version < SCHEMA_VERSION or added):
        audit.append(
            conn,
            SYSTEM.username,
            "hub.upgrade",
            {"from": version, "to": SCHEMA_VERSION, "columns": added},
        )
    conn.execute(
        pg_insert(hub_meta)
        .values(key="schema_version", value=str(SCHEMA_VERSION))
        .on_conflict_do_update(index_elements=[hub_meta.c.key], set_={"value": str(SCHEMA_VERSION)})
    )
    if conn.scalar(select(func.count()).select_from(hub_identity)) == 0:
        conn.execute(
            insert(hub_identity).values(
                id=1,
                sign_private=crypto.new_signing_pair().private,
                box_private=crypto.new_box_pair().private,
                created_at=clock.now(),
            )
        )
    return crypto.fingerprint(hub_keys(conn).sign_public)


def add_missing_columns(conn: Connection) -> list[str]:
    """Add every column this release's hub schema has and the hub's tables lack (a hub created
    by an older release lacks the desk's newer columns, which ingest would refuse or drop):
    `ALTER TABLE … ADD COLUMN IF NOT EXISTS` with the column's type, nullability and server
    default as declared (`app/hub/schema.py`). The columns added, as `table.column`."""
    present = inspect(conn)
    added = []
    for table in hub_metadata.sorted_tables:
        have = {c["name"] for c in present.get_columns(table.name)}
        for column in table.columns:
            if column.name in have:
                continue
            spec = CreateColumn(column).compile(dialect=conn.dialect)
            conn.execute(text(f'ALTER TABLE "{table.name}" ADD COLUMN IF NOT EXISTS {spec}'))
            added.append(f"{table.name}.{column.name}")
    return added


def _schema_version(conn: Connection) -> int | None:
    value = conn.scalar(select(hub_meta.c.value).where(hub_meta.c.key == "schema_version"))
    return None if value is None else int(value)


def hub_keys(conn: Connection) -> HubKeys:
    """The hub's key pairs. DatabaseProblem if the hub is not initialised, or its schema is
    older than this release (new synced tables or columns would be missing: `hub init` upgrades
    it)."""
    row = conn.execute(select(hub_identity).where(hub_identity.c.id == 1)).first()
    if row is None:
        raise DatabaseProblem(msg("省办事处数据库尚未初始化：请先运行 huzhu hub init。"))
    version = _schema_version(conn) or 0
    if version < SCHEMA_VERSION:
        raise DatabaseProblem(
            msg(
                "省办事处数据库结构版本 {v} 低于本程序的 {s}：请先运行 huzhu hub init 升级。",
                v=version,
                s=SCHEMA_VERSION,
            )
        )
    return HubKeys(bytes(row.sign_private), bytes(row.box_private))


@dataclass(frozen=True)
class Registered:
    code: str
    name: str
    file: Path
    catalogue_version: str | None
    hub_fingerprint: str


def register_office(conn: Connection, *, code: str, name: str, out: Path) -> Registered:
    """Issue office `code` its keys in an office file at `out`; the hub keeps the public halves.

    RejectedInput if the code is malformed or already registered (one key set per office).
    """
    validate_code(code)
    if not name.strip():
        raise RejectedInput(msg("请填写代办处名称。"), field="name")
    keys = hub_keys(conn)
    if conn.scalar(select(hub_offices.c.code).where(hub_offices.c.code == code)):
        raise RejectedInput(msg("代办处 {c} 已经登记过，不能重复登记。", c=code), field="code")
    sign, box = crypto.new_signing_pair(), crypto.new_box_pair()
    now = clock.now()
    conn.execute(
        insert(hub_offices).values(
            code=code, name=name, sign_public=sign.public, box_public=box.public, registered_at=now
        )
    )
    latest = conn.execute(
        select(hub_catalogues.c.version, hub_catalogues.c.document)
        .order_by(hub_catalogues.c.id.desc())
        .limit(1)
    ).first()
    office = OfficeFile(
        office_code=code,
        name=name,
        issued_at=now,
        sign_private=sign.private,
        box_private=box.private,
        hub_sign_public=keys.sign_public,
        hub_box_public=keys.box_public,
        catalogue_version=latest.version if latest else None,
        catalogue_document=latest.document if latest else None,
    )
    write_office_file(out, office, keys.sign_private)
    return Registered(
        code, name, out, office.catalogue_version, crypto.fingerprint(keys.sign_public)
    )


def check_catalogue(conn: Connection, text: str) -> catalogue.CatalogueSpec:
    """The checks a catalogue passes before the hub publishes it: the desks' own parser (every
    field; a rider names the main plans it requires, and they are main plans of the same
    catalogue), and its validity does not overlap any other version the hub published (a desk
    picks the catalogue in force on a day by its dates). RejectedInput naming what is wrong."""
    spec = catalogue.parse_catalogue(text)
    if not any(plan.is_main for plan in spec.plans.values()):
        raise RejectedInput(msg("目录 {v} 中没有主险：副险须依附主险。", v=spec.version))
    for other in list_catalogues(conn):
        if other.version == spec.version:
            continue
        if other.valid_from <= spec.valid_to and spec.valid_from <= other.valid_to:
            raise RejectedInput(
                msg(
                    "目录 {v} 的有效期 {f} 至 {t} 与已发布的目录 {o}（{of} 至 {ot}）重叠；"
                    "请调整有效期。",
                    v=spec.version,
                    f=spec.valid_from,
                    t=spec.valid_to,
                    o=other.version,
                    of=other.valid_from,
                    ot=other.valid_to,
                ),
                field="valid_from",
            )
    return spec


def publish_catalogue(conn: Connection, *, text: str) -> tuple[str, bool]:
    """Publish a catalogue version for the next return packages; (version, newly published).

    Checked by `check_catalogue`; a version already published with other content is refused
    (desks never change a version they hold).
    """
    spec = check_catalogue(conn, text)
    sha = hashlib.sha256(text.encode()).hexdigest()
    held = conn.scalar(
        select(hub_catalogues.c.sha256).where(hub_catalogues.c.version == spec.version)
    )
    if held is not None:
        if held != sha:
            raise RejectedInput(
                msg("目录版本 {v} 已发布且内容不同；新目录须使用新的版本号。", v=spec.version)
            )
        return spec.version, False
    conn.execute(
        insert(hub_catalogues).values(
            version=spec.version,
            name=spec.name,
            sha256=sha,
            document=text,
            published_at=clock.now(),
        )
    )
    return spec.version, True


def resync_key(code: str) -> str:
    """The `hub_meta` key marking that office `code`'s next full package restarts its chain."""
    return f"resync/{code}"


def order_resync(conn: Connection, *, code: str, role: str) -> int:
    """Let office `code`'s next full (`--full`) package restart its chain, whatever its
    sequence number and previous hash — the recovery when the chain is broken (the hub holds a
    package the office never sent, or the office lost its own record of what it sent). Packages
    already received stay as they are. Only a hub administrator may; the caller audits it.
    Returns the office's last received sequence number."""
    if role != "admin":
        raise RejectedInput(msg("只有省办事处管理员可以让代办处重新同步。"), field="user")
    last = conn.scalar(select(hub_offices.c.last_seq).where(hub_offices.c.code == code))
    if last is None:
        raise RejectedInput(msg("代办处 {c} 未在省办事处登记。", c=code), field="office")
    conn.execute(
        pg_insert(hub_meta)
        .values(key=resync_key(code), value=str(last))
        .on_conflict_do_update(index_elements=[hub_meta.c.key], set_={"value": str(last)})
    )
    return int(last)


@dataclass(frozen=True)
class PublishedCatalogue:
    version: str
    name: str
    valid_from: dt.date
    valid_to: dt.date
    plans: list[str]  # codes; riders as "JT(ZY)"
    published_at: dt.datetime
    offices_sent: int  # offices whose return packages carried it already


def list_catalogues(conn: Connection) -> list[PublishedCatalogue]:
    """Every catalogue version the hub published, oldest first."""
    offices = [r[0] for r in conn.execute(select(hub_offices.c.catalogue_sent_id))]
    out = []
    for row in conn.execute(select(hub_catalogues).order_by(hub_catalogues.c.id)):
        spec = catalogue.parse_catalogue(row.document)
        plans = [
            p.code if p.is_main else f"{p.code}({'/'.join(p.requires)})"
            for p in spec.plans.values()
        ]
        sent = sum(1 for n in offices if n >= row.id)
        out.append(
            PublishedCatalogue(
                row.version, row.name, spec.valid_from, spec.valid_to, plans,
                row.published_at, sent,
            )
        )  # fmt: skip
    return out


class HubTrust:
    """The hub side of `app.sync.reader.Trust`: office packages, signed by registered offices."""

    kind = Kind.OFFICE

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self.box_private = hub_keys(conn).box_private
        rows = conn.execute(
            select(
                hub_offices.c.code,
                hub_offices.c.sign_public,
                hub_offices.c.last_seq,
                hub_offices.c.last_sha256,
            )
        )
        self._offices = {r.code: (bytes(r.sign_public), r.last_seq, r.last_sha256) for r in rows}

    def signing_key(self, office_code: str) -> bytes | None:
        entry = self._offices.get(office_code)
        return entry[0] if entry else None

    def identify_signer(self, manifest: bytes, signature: bytes) -> str | None:
        for code, (public, _, _) in self._offices.items():
            if crypto.verify(public, signature, manifest):
                return code
        return None

    def check_addressee(self, office_code: str) -> None:
        return None

    def last(self, office_code: str) -> tuple[int, str]:
        _, seq, sha = self._offices[office_code]
        return seq, sha

    def applied_sha(self, office_code: str, seq: int) -> str | None:
        return self._conn.scalar(
            select(hub_packages.c.sha256).where(
                hub_packages.c.office_code == office_code, hub_packages.c.seq == seq
            )
        )

    def resync_pending(self, office_code: str) -> bool:
        key = resync_key(office_code)
        return self._conn.scalar(select(hub_meta.c.value).where(hub_meta.c.key == key)) is not None
