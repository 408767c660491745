"""Issue 20 class 7 on the desk: malformed return packages — wrong JSON types, 200,000-deep
nesting, rows without UUIDs or with hidden characters — are refused as PackageRefused (a
RejectedInput: `sync import` exits 1, never a crash), the signature checked over the raw manifest
before it is parsed, and nothing is written."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.db import open_database
from app.sync import crypto, keystore
from app.sync.desk_import import import_return
from app.sync.format import MANIFEST, SIGNATURE, PackageRefused
from models import SyncAlert, SyncPackage
from tests.app.sync_factories import ADMIN, keyed_desk, return_package

DEEP = b"[" * 200_000 + b"]" * 200_000


def _rezip(source: Path, out: Path, manifest: bytes, signature: bytes) -> Path:
    with zipfile.ZipFile(source) as zf:
        items = [(i.filename, zf.read(i)) for i in zf.infolist()]
    replaced = {MANIFEST: manifest, SIGNATURE: signature}
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in items:
            zf.writestr(name, replaced.get(name, data))
    return out


@pytest.fixture
def desk(tmp_path: Path):
    database, hub_keys = keyed_desk(tmp_path / "desk")
    with database.reader() as session:
        keys = keystore.load(session)
    office_box = crypto.box_public(keys.box_private)
    database.dispose()
    return tmp_path / "desk", hub_keys, office_box


def _cases(tmp: Path, hub_keys, office_box) -> dict[str, Path]:
    good = return_package(tmp, hub_keys, office_box)
    with zipfile.ZipFile(good) as zf:
        manifest = json.loads(zf.read(MANIFEST))

    def signed(name: str, raw: bytes) -> Path:
        return _rezip(good, tmp / f"{name}.hzr", raw, crypto.sign(hub_keys.sign.private, raw))

    def changed(name: str, **values) -> Path:
        return signed(name, json.dumps({**manifest, **values}).encode())

    cases = {
        "deep unsigned": _rezip(good, tmp / "deep-unsigned.hzr", DEEP, b"\0" * 64),
        "deep signed": signed("deep-signed", DEEP),
        "kind list": changed("kind-list", kind=[]),
        "kind object": changed("kind-object", kind={}),
        "seq text": changed("seq-text", seq="1"),
        "seq huge": changed("seq-huge", seq=10**40),
        "files list": changed("files-list", files=[]),
        "created_at number": changed("created-number", created_at=12),
    }
    cases["ack not uuid"] = return_package(
        tmp / "a", hub_keys, office_box, acks=[{"uuid": "a1", "seq": 1, "sha256": "0" * 64}]
    )
    cases["alert with bidi"] = return_package(
        tmp / "b",
        hub_keys,
        office_box,
        alerts=[{"uuid": "7f0c1a52-8f0a-4d9e-9c53-111111111111", "message": "注意\u202e"}],
    )
    return cases


EXPECTED = {
    "deep unsigned": "bad_signature",
    "deep signed": "bad_manifest",
    "kind list": "wrong_kind",
    "kind object": "wrong_kind",
    "seq text": "bad_manifest",
    "seq huge": "bad_manifest",
    "files list": "bad_manifest",
    "created_at number": "bad_manifest",
    "ack not uuid": "bad_rows",
    "alert with bidi": "bad_rows",
}


def test_malformed_return_packages_are_refused_and_change_nothing(desk, tmp_path) -> None:
    folder, hub_keys, office_box = desk
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    cases = _cases(tmp_path, hub_keys, office_box)
    assert set(cases) == set(EXPECTED)
    database = open_database(folder / "huzhu.sqlite3")
    try:
        for name, path in cases.items():
            with pytest.raises(PackageRefused) as refused, database.unit_of_work() as session:
                import_return(session, ADMIN, path=path)
            assert refused.value.code == EXPECTED[name], (name, str(refused.value))
            assert refused.value.exit_code == 1
        with database.reader() as session:
            assert session.query(SyncPackage).count() == 0
            assert session.query(SyncAlert).count() == 0
    finally:
        database.dispose()
