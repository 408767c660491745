"""Property tests (hypothesis): damaged sync packages, office files and encrypted backups are
refused with the reader's own message — never any other exception, never a crash."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app import backup
from app.errors import RejectedInput
from app.sync import crypto
from app.sync.desk_import import DeskTrust
from app.sync.format import GENESIS, Header, Kind, PackageRefused, jsonl, write_package
from app.sync.keystore import load
from app.sync.office_file import read_office_file
from app.sync.reader import open_package
from tests.app.roster_factories import OFFICE
from tests.reliability import scenario

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,  # the same examples every run: a failure here is reproducible
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
Flips = st.lists(st.tuples(st.integers(min_value=0), st.integers(1, 255)), min_size=1, max_size=4)


def _damaged(original: bytes, flips: list[tuple[int, int]], cut: int | None) -> bytes:
    data = bytearray(original)
    for position, xor in flips:
        data[position % len(data)] ^= xor
    return bytes(data[:cut] if cut is not None else data)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory):
    """A provisioned desk and a genuine return package for it from its hub."""
    folder = tmp_path_factory.mktemp("desk")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HUZHU_TODAY", scenario.TODAY)
        from app.db import open_database
        from app.sync.office_file import provision

        db = open_database(folder / "huzhu.sqlite3")
        hzo, hub = scenario.office_file(folder)
        with db.unit_of_work() as session:
            provision(session, read_office_file(hzo), admin_password=scenario.PASSWORD)
            keys = load(session)
    header = Header(
        kind=Kind.RETURN, office_code=OFFICE, seq=1, prev_sha256=GENESIS,
        created_at=dt.datetime(2026, 3, 12, 9, 0), catalogue_version=None,
    )  # fmt: skip
    ack = {
        "uuid": "5d1c3f0e-2b7a-4c8e-9f10-0000000000a1", "seq": 1, "sha256": "1" * 64,
        "received_at": "2026-03-12T08:30:00", "rows": 3,
    }  # fmt: skip
    files = [jsonl("acks", [ack]), jsonl("alerts", [])]
    package = folder / "return.hzr"
    write_package(
        package, header, files, recipient_box_public=crypto.box_public(keys.box_private),
        signer_private=hub.sign_private,
    )  # fmt: skip
    yield db, package, hzo
    db.dispose()


def _open(db, path: Path) -> None:
    with db.reader() as session:
        opened = open_package(path, DeskTrust(session, load(session)))
        for name in opened.names():
            list(opened.rows(name))


def test_the_genuine_package_opens(desk) -> None:
    db, package, _ = desk
    _open(db, package)


def _version_needed(package: bytes, version: int) -> bytes:
    """The package with its first central-directory entry claiming `version` to extract."""
    at = package.index(b"PK\x01\x02") + 6
    return package[:at] + bytes([version, 0]) + package[at + 2 :]


def test_a_package_claiming_a_newer_zip_version_is_refused(desk, tmp_path) -> None:
    db, package, _ = desk
    damaged = tmp_path / "v84.hzr"
    damaged.write_bytes(_version_needed(package.read_bytes(), 84))
    with pytest.raises(PackageRefused):
        _open(db, damaged)


def _flag_bits(package: bytes, bits: int) -> bytes:
    """The package with general-purpose flag `bits` set on every central-directory entry."""
    out, at = bytearray(package), package.find(b"PK\x01\x02")
    while at != -1:
        out[at + 8] |= bits
        at = package.find(b"PK\x01\x02", at + 4)
    return bytes(out)


@pytest.mark.parametrize(
    "bits",
    [0x01, 0x20, 0x40],  # "encrypted", "compressed patched data", "strong encryption"
)
def test_a_package_with_unreadable_entry_flags_is_refused(desk, tmp_path, bits) -> None:
    db, package, _ = desk
    damaged = tmp_path / "flags.hzr"
    damaged.write_bytes(_flag_bits(package.read_bytes(), bits))
    with pytest.raises(PackageRefused, match="不完整"):
        _open(db, damaged)


@SETTINGS
@given(flips=Flips, cut=st.none() | st.integers(0, 4000))
def test_damaged_package_is_refused_by_the_reader(desk, tmp_path, flips, cut) -> None:
    db, package, _ = desk
    damaged = tmp_path / "damaged.hzr"
    damaged.write_bytes(_damaged(package.read_bytes(), flips, cut))
    try:
        _open(db, damaged)
    except PackageRefused as refused:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in str(refused))


@SETTINGS
@given(flips=Flips, cut=st.none() | st.integers(0, 3000))
def test_damaged_office_file_is_refused(desk, tmp_path, flips, cut) -> None:
    _, _, hzo = desk
    original = read_office_file(hzo)
    damaged = tmp_path / "damaged.hzo"
    damaged.write_bytes(_damaged(hzo.read_bytes(), flips, cut))
    try:
        office = read_office_file(damaged)
    except RejectedInput as refused:
        assert "代办处文件" in str(refused)
    else:  # a flip in the indentation may leave the signed body intact
        assert office == original


@pytest.fixture(scope="module")
def encrypted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("enc")
    plain = folder / "plain.bin"
    plain.write_bytes(bytes(range(256)) * 64)
    with (folder / "b.hzbk").open("wb") as out:
        backup.encrypt_file(plain, out.write, "pass phrase")
    return folder / "b.hzbk"


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(flips=Flips, cut=st.none() | st.integers(0, 20000))
def test_damaged_encrypted_backup_never_decrypts(encrypted, tmp_path, flips, cut) -> None:
    damaged = tmp_path / "d.hzbk"
    data = _damaged(encrypted.read_bytes(), flips, cut)
    assume(data != encrypted.read_bytes())  # two flips of one bit may cancel out
    damaged.write_bytes(data)
    with pytest.raises(RejectedInput, match=r"已损坏|口令不正确"):
        backup.decrypt_file(damaged, tmp_path / "out", "pass phrase")
