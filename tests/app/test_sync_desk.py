"""Desk side of sync without a hub: incremental and full export from the change journal with
tombstones and a hash chain; return packages verified, applied once, never deleting anything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from app.auth import SYSTEM
from app.catalogue import SHIPPED_DIR
from app.errors import RejectedInput
from app.office import register_self
from app.sync import crypto, keystore
from app.sync.desk_import import import_return
from app.sync.export import export_package
from app.sync.format import Kind, PackageRefused
from app.sync.reader import open_package
from models import Catalogue, Coverage, JournalEntry, Member, SyncAlert, SyncPackage, Unit
from models.enums import JournalOp, OfficeLevel
from tests.app.sync_factories import (
    ADMIN,
    TODAY,
    HubKeysForTests,
    add_unit,
    enrol_all,
    journal,
    keyed_desk,
    resident_id,
    return_package,
)


class HubSide:
    """Reads office packages with the test's hub keys (what the hub's trust would say)."""

    kind = Kind.OFFICE

    def __init__(self, hub_keys, office_code: str, office_sign_public: bytes) -> None:
        self.box_private = hub_keys.box.private
        self.code = office_code
        self.public = office_sign_public
        self.seen: dict[int, str] = {}

    def signing_key(self, office_code: str) -> bytes:
        return self.public

    def identify_signer(self, manifest: bytes, signature: bytes) -> str | None:
        return self.code if crypto.verify(self.public, signature, manifest) else None

    def check_addressee(self, office_code: str) -> None:
        return None

    def last(self, office_code: str) -> tuple[int, str]:
        return (max(self.seen), self.seen[max(self.seen)]) if self.seen else (0, "0" * 64)

    def applied_sha(self, office_code: str, seq: int) -> str | None:
        return self.seen.get(seq)

    def resync_pending(self, office_code: str) -> bool:
        return False

    def read(self, path: Path) -> dict[str, list[dict]]:
        opened = open_package(path, self)
        self.seen[opened.seq] = opened.sha256
        return {name: list(opened.rows(name)) for name in opened.names()}


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    database, hub_keys = keyed_desk(tmp_path / "desk")
    with database.reader() as session:
        keys = keystore.load(session)
    yield (
        database,
        hub_keys,
        keys,
        HubSide(hub_keys, keys.office_code, crypto.signing_public(keys.sign_private)),
    )
    database.dispose()


def _export(database, folder: Path, **kw):
    with database.unit_of_work() as session:
        return export_package(session, ADMIN, out_dir=folder, **kw)


def test_incremental_export_carries_changed_rows_tombstones_and_the_chain(desk, tmp_path):
    database, _, _, hub = desk
    with database.unit_of_work() as session:
        unit, members = add_unit(session, "61020401", [resident_id() for _ in range(3)])
        enrol_all(session, unit, members, {"ZY": 1})
    first = _export(database, tmp_path)
    rows = hub.read(first.path)
    assert first.seq == 1 and {len(rows["units"]), len(rows["members"])} == {1, 3}
    assert len(rows["coverages"]) == 3 and rows["enrollments"][0]["plans"] == {"ZY": 1}
    assert rows["members"][0]["id_number"] in {m.id_number for m in members}

    with database.unit_of_work() as session:
        member = session.get(Member, members[0].uuid)
        member.phone = "13811112222"
        journal(session, "members", [member.uuid], JournalOp.UPDATE)
        extra = Member(
            **{c: getattr(member, c) for c in ("office_code", "id_type", "name")},
            id_number=resident_id(),
            gender=member.gender,
            birth_date=member.birth_date,
            unit_uuid=unit.uuid,
            created_at=member.created_at,
        )
        session.add(extra)
        session.flush()
        journal(session, "members", [extra.uuid], JournalOp.INSERT)
        session.execute(delete(Member).where(Member.uuid == extra.uuid))
        journal(session, "members", [extra.uuid], JournalOp.DELETE)
    second = _export(database, tmp_path)
    rows = hub.read(second.path)
    assert set(rows) == {"members"}
    by_id = {r["uuid"]: r for r in rows["members"]}
    assert by_id[str(members[0].uuid)]["phone"] == "13811112222"
    assert by_id[str(extra.uuid)] == {"uuid": str(extra.uuid), "_deleted": True}
    assert second.tombstones == 1 and second.journal_from == first.journal_to + 1

    nothing = _export(database, tmp_path)
    assert hub.read(nothing.path) == {} and nothing.seq == 3
    full = _export(database, tmp_path, full=True)
    rows = hub.read(full.path)
    assert len(rows["members"]) == 3 and len(rows["units"]) == 1 and full.full


def test_personal_data_never_leaves_unencrypted(desk, tmp_path):
    database, *_ = desk
    with database.unit_of_work() as session:
        _, members = add_unit(session, "61020401", [resident_id()])
    path = _export(database, tmp_path).path
    blob = path.read_bytes()
    for secret in (members[0].id_number, members[0].name, "13900000000", "6228480000000000000"):
        assert secret.encode() not in blob


def _local_counts(database) -> dict[str, int]:
    with database.reader() as session:
        return {
            m.__tablename__: session.scalar(select(func.count()).select_from(m))
            for m in (Unit, Member, Coverage, Catalogue, JournalEntry)
        }


def test_return_package_acknowledges_alerts_installs_catalogue_and_is_idempotent(desk, tmp_path):
    database, hub_keys, keys, _ = desk
    with database.unit_of_work() as session:
        unit, members = add_unit(session, "61020401", [resident_id() for _ in range(2)])
        enrol_all(session, unit, members, {"ZY": 1})
    exported = _export(database, tmp_path)
    doc = json.loads((SHIPPED_DIR / "shaanxi-2026.json").read_text(encoding="utf-8"))
    doc["version"] = "shaanxi-2026.2"
    doc["plans"][0]["premium_per_share"] = 7000
    alert = {
        "uuid": "7f0c1a52-8f0a-4d9e-9c53-111111111111",
        "kind": "duplicate",
        "message": "会员 重复参保",
        "details": {},
        "created_at": "2026-03-04T10:00:00",
    }
    path = return_package(
        tmp_path,
        hub_keys,
        crypto_box_public(keys),
        acks=[
            {"uuid": "7f0c1a52-8f0a-4d9e-9c53-0000000000a1", "seq": 1, "sha256": exported.sha256}
        ],
        alerts=[alert],
        catalogues=[
            {
                "uuid": "7f0c1a52-8f0a-4d9e-9c53-0000000000c1",
                "version": "shaanxi-2026.2",
                "document": json.dumps(doc),
            }
        ],
    )
    before = _local_counts(database)
    with database.reader() as session:
        premiums = sorted(session.scalars(select(Coverage.premium)))
    with database.unit_of_work() as session:
        result = import_return(session, ADMIN, path=path)
    assert (result.acknowledged, result.alerts, result.catalogues) == (1, 1, ("shaanxi-2026.2",))
    after = _local_counts(database)
    assert after["catalogues"] == before["catalogues"] + 1
    assert {k: v for k, v in after.items() if k not in ("catalogues", "change_journal")} == {
        k: v for k, v in before.items() if k not in ("catalogues", "change_journal")
    }
    with database.reader() as session:
        assert sorted(session.scalars(select(Coverage.premium))) == premiums
        assert (
            session.scalar(
                select(SyncPackage.status).where(
                    SyncPackage.seq == 1, SyncPackage.direction == "out"
                )
            )
            == "acknowledged"
        )
        assert session.scalar(select(func.count()).select_from(SyncAlert)) == 1

    with database.unit_of_work() as session:
        again = import_return(session, ADMIN, path=path)
    assert again.already_applied
    assert _local_counts(database) == after


def crypto_box_public(keys) -> bytes:
    return crypto.box_public(keys.box_private)


def test_return_packages_out_of_order_for_others_or_forged_are_refused(desk, tmp_path):
    database, hub_keys, keys, _ = desk
    box = crypto_box_public(keys)
    third = return_package(tmp_path / "3", hub_keys, box, seq=3, prev="1" * 64)
    other = return_package(tmp_path / "o", hub_keys, box, office="61020501")
    forged = return_package(
        tmp_path / "f", HubKeysForTests(crypto.new_signing_pair(), hub_keys.box), box
    )
    expected = {third: "sequence_gap", other: "not_for_us", forged: "bad_signature"}
    for path, code in expected.items():
        with pytest.raises(PackageRefused) as refused, database.unit_of_work() as session:
            import_return(session, ADMIN, path=path)
        assert refused.value.code == code
    with pytest.raises(PackageRefused, match="缺少第 1 号"), database.unit_of_work() as session:
        import_return(session, ADMIN, path=third)
    with database.reader() as session:
        assert session.scalar(select(func.count()).select_from(SyncPackage)) == 0


def test_a_desk_without_hub_keys_is_told_how_to_get_them(db, tmp_path):
    with db.unit_of_work() as session:  # an office set up by hand, not from an office file
        register_self(session, SYSTEM, code="61020402", name="铜川市印台区代办处",
                      level=OfficeLevel.COUNTY)  # fmt: skip
    with pytest.raises(RejectedInput, match="init --office"), db.unit_of_work() as session:
        export_package(session, ADMIN, out_dir=tmp_path)
    assert not list(tmp_path.glob("*.hzp"))
