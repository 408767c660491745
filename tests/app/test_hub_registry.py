"""Hub registry and office files: one key set per office, signed office files, catalogue
publication reaching desks through return packages, decisions only for queued claims."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from app.catalogue import SHIPPED_DIR
from app.errors import NotFound, RejectedInput
from app.hub import admin, registry
from app.hub.returns import write_returns
from app.sync.desk_import import import_return
from app.sync.office_file import read_office_file
from models import Catalogue
from tests.app.sync_factories import (
    ADMIN,
    hub,  # noqa: F401
    pg_url,  # noqa: F401
    provision_desk,
    register,
)

A = "61020401"


def test_office_file_is_signed_and_carries_the_published_catalogue(hub, tmp_path: Path):  # noqa: F811
    text = (SHIPPED_DIR / "shaanxi-2026.json").read_text(encoding="utf-8")
    with hub.engine.begin() as conn:
        assert registry.publish_catalogue(conn, text=text) == ("shaanxi-2026.1", True)
        assert registry.publish_catalogue(conn, text=text) == ("shaanxi-2026.1", False)
        with pytest.raises(RejectedInput, match="已发布且内容不同"):
            registry.publish_catalogue(conn, text=text.replace("在职职工住院", "在职职工住院医疗"))
    path = register(hub, A, "耀州区代办处", tmp_path)
    office = read_office_file(path)
    assert office.catalogue_version == "shaanxi-2026.1" and office.catalogue_document == text
    with hub.engine.begin() as conn, pytest.raises(RejectedInput, match="已经登记过"):
        registry.register_office(conn, code=A, name="again", out=tmp_path / "again.hzo")
    with hub.engine.begin() as conn, pytest.raises(RejectedInput, match="8位数字"):
        registry.register_office(conn, code="6102", name="short", out=tmp_path / "x.hzo")

    doc = json.loads(path.read_text(encoding="utf-8"))
    body = json.loads(doc["body"])
    body["name"] = "冒名代办处"
    doc["body"] = json.dumps(body, ensure_ascii=False, sort_keys=True)
    forged = tmp_path / "forged.hzo"
    forged.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RejectedInput, match="签名无效"):
        read_office_file(forged)
    junk = tmp_path / "junk.hzo"
    junk.write_text("{}", encoding="utf-8")
    with pytest.raises(RejectedInput, match="不是有效的代办处文件"):
        read_office_file(junk)


def test_catalogue_published_later_reaches_the_desk(hub, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setenv("HUZHU_TODAY", "2026-03-01")
    desk = provision_desk(register(hub, A, "耀州区代办处", tmp_path), tmp_path / "desk")
    doc = json.loads((SHIPPED_DIR / "shaanxi-2026.json").read_text(encoding="utf-8"))
    doc["version"] = "shaanxi-2026.3"
    with hub.engine.begin() as conn:
        registry.publish_catalogue(conn, text=json.dumps(doc, ensure_ascii=False))
        first = write_returns(conn, out_dir=tmp_path / "r")[0]
        second = write_returns(conn, out_dir=tmp_path / "r")[0]
    assert first.counts["catalogues"] == 1 and second.counts["catalogues"] == 0
    for path in (first.path, second.path):
        with desk.unit_of_work() as session:
            import_return(session, ADMIN, path=path)
    with desk.reader() as session:
        assert session.get(Catalogue, "shaanxi-2026.3") is not None
    desk.dispose()


def test_decide_only_queued_claims(hub):  # noqa: F811
    with hub.engine.begin() as conn, pytest.raises(NotFound, match="不在待省办事处审批的队列中"):
        admin.decide(conn, claim="LP-61020401-2026-000001", approve=True, reason="", decided_by="x")


def test_hub_of_an_older_release_is_upgraded_by_init(hub, tmp_path: Path):  # noqa: F811
    """A schema-1 hub lacks claim_events and hub_targets: work stops with a message naming
    `hub init`, which creates them and raises the recorded version."""
    from sqlalchemy import inspect, text

    from app.errors import DatabaseProblem
    from app.hub import targets

    register(hub, A, "耀州区代办处", tmp_path)
    with hub.engine.begin() as conn:
        conn.execute(text("DROP TABLE claim_events, hub_targets"))
        conn.execute(text("UPDATE hub_meta SET value = '1' WHERE key = 'schema_version'"))
    with hub.engine.begin() as conn, pytest.raises(DatabaseProblem, match="hub init"):
        targets.set_targets(conn, office=A, year=2026, values={"members": 10}, set_by="x")
    with hub.engine.begin() as conn, pytest.raises(DatabaseProblem, match="hub init"):
        write_returns(conn, out_dir=tmp_path)
    with hub.engine.begin() as conn:
        registry.init_hub(conn)
        assert {"claim_events", "hub_targets"} <= set(inspect(conn).get_table_names())
        assert targets.set_targets(
            conn, office=A, year=2026, values={"members": 10}, set_by="x"
        ).targets == {"members": 10}


def test_hub_init_adds_the_desk_columns_an_older_hub_lacks(
    hub,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A hub made before the desk's claim and payment columns: ingest stops with a message
    naming `hub init`, which adds the columns (type, nullability, default as declared), audits
    the upgrade, and the desk's values then arrive."""
    from sqlalchemy import func, inspect, select, text

    from app.errors import DatabaseProblem
    from app.hub.ingest import ingest_package
    from app.hub.schema import ENTITY_TABLES, SCHEMA_VERSION, hub_audit
    from app.sync.export import export_package
    from models import Claim, Payment
    from tests.app.sync_factories import (
        CLAIM_DAY,
        TODAY,
        add_unit,
        enrol_all,
        resident_id,
        take_large_claim,
    )

    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    desk = provision_desk(register(hub, A, "耀州区代办处", tmp_path), tmp_path / "desk")
    with desk.unit_of_work() as session:
        unit, staff = add_unit(session, A, [resident_id()])
        enrol_all(session, unit, staff, {"ZY": 1})
    monkeypatch.setenv("HUZHU_TODAY", CLAIM_DAY)
    with desk.unit_of_work() as session:
        claim_uuid = take_large_claim(session, staff[0], self_pay=500_000)
        session.get(Claim, uuid.UUID(claim_uuid)).invoice_number = "FP-0001"
        for payment in session.scalars(select(Payment)):
            payment.voucher = "ZZ-20260302"
        made = export_package(session, ADMIN, out_dir=tmp_path / "outbox")
    desk.dispose()

    dropped = {"claims": ("invoice_number", "pay_voucher"), "payments": ("voucher",)}
    with hub.engine.begin() as conn:
        conn.execute(text('INSERT INTO payments (uuid, office_code, package_seq) VALUES '
                          "('00000000-0000-4000-8000-000000000001', 'X', 0)"))  # fmt: skip
        for table, columns in dropped.items():
            for column in columns:
                conn.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
        conn.execute(text("UPDATE hub_meta SET value = '5' WHERE key = 'schema_version'"))
    with pytest.raises(DatabaseProblem, match="hub init"):
        ingest_package(hub, made.path)

    with hub.engine.begin() as conn:
        registry.init_hub(conn)
        found = {(t, c["name"]): c for t in dropped for c in inspect(conn).get_columns(t)}
        for table, columns in dropped.items():
            for column in columns:
                declared = ENTITY_TABLES[table].c[column]
                back = found[(table, column)]
                assert back["nullable"] is True
                assert back["type"].length == declared.type.length
        assert found[("payments", "voucher")]["default"] == "''::character varying"
        # the row the hub held before the column existed reads as the desk's old rows do
        assert conn.scalar(text("SELECT voucher FROM payments WHERE office_code = 'X'")) == ""
        upgrade = conn.execute(
            select(hub_audit.c.username, hub_audit.c.details).where(
                hub_audit.c.action == "hub.upgrade"
            )
        ).one()
    assert upgrade.username == "system"
    assert upgrade.details == {
        "from": 5,
        "to": SCHEMA_VERSION,
        "columns": ["claims.invoice_number", "claims.pay_voucher", "payments.voucher"],
    }

    assert not ingest_package(hub, made.path).already_applied
    with hub.engine.connect() as conn:
        assert conn.scalar(text("SELECT invoice_number FROM claims")) == "FP-0001"
        vouchers = set(conn.scalars(text("SELECT voucher FROM payments WHERE office_code = :a"),
                                    {"a": A}))  # fmt: skip
    assert vouchers == {"ZZ-20260302"}
    with hub.engine.begin() as conn:  # once upgraded, init adds and audits nothing more
        registry.init_hub(conn)
        upgrades = conn.scalar(
            select(func.count()).select_from(hub_audit).where(hub_audit.c.action == "hub.upgrade")
        )
    assert upgrades == 1
