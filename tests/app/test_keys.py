"""Office signing keys: made for the demo office, installed from the hub, verified offline."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from app.auth import SYSTEM
from app.errors import RejectedInput
from app.office import register_self
from app.signing import keys
from app.signing.qr import Signer, verify
from models import AuditRecord, OfficeKey
from models.enums import OfficeLevel
from tests.app import printing_factories as factories


def _pkcs8(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def test_demo_office_gets_one_key_on_first_need(db):
    with db.unit_of_work() as session:
        factories.office(session)
        first = keys.office_public_key(session)
    with db.unit_of_work() as session:
        assert keys.office_public_key(session) == first
        assert session.scalar(select(func.count()).select_from(OfficeKey)) == 1
        assert keys.public_keys(session) == {"61020401": [first]}


def test_real_office_without_key_is_told_to_install_its_office_file(db):
    with db.unit_of_work() as session:
        register_self(
            session, SYSTEM, code="61020201", name="铜川市王益区代办处", level=OfficeLevel.COUNTY
        )
    with pytest.raises(RejectedInput, match=r"\.hzo"), db.unit_of_work() as session:
        keys.signing_key(session)


def test_installed_key_signs_and_reinstalling_changes_nothing(db):
    issued = Ed25519PrivateKey.generate()
    with db.unit_of_work() as session:
        register_self(
            session, SYSTEM, code="61020201", name="铜川市王益区代办处", level=OfficeLevel.COUNTY
        )
        public = keys.install_office_key(session, "61020201", _pkcs8(issued))
        assert keys.install_office_key(session, "61020201", _pkcs8(issued)) == public
    with db.unit_of_work() as session:
        code, key = keys.signing_key(session)
        installs = session.scalar(
            select(func.count()).where(AuditRecord.action == "office_key.install")
        )
        stored = session.scalar(select(OfficeKey.private_key))
    assert code == "61020201"
    assert installs == 1
    assert key.public_key().public_bytes_raw() == public == issued.public_key().public_bytes_raw()
    assert stored == _pkcs8(issued)


def test_garbage_key_is_refused(db):
    with pytest.raises(RejectedInput), db.unit_of_work() as session:
        keys.install_office_key(session, "61020201", b"not a key at all")


def test_neighbours_code_verifies_with_its_public_key_alone(db):
    neighbour = Ed25519PrivateKey.generate()
    text = Signer("61020201", neighbour).payload(
        "SJ", "SJ-61020201-2026-000007", ["91610204MA6T000011", "36000", "20260227"]
    )
    with db.unit_of_work() as session:
        factories.office(session)
        assert verify(session, text).reason.startswith("本机没有代办处 61020201 的公钥")
        keys.install_public_key(session, "61020201", neighbour.public_key().public_bytes_raw())
    with db.reader() as session:
        assert verify(session, text).valid
    # and with no database at all, from a keyring
    ring = {"61020201": [neighbour.public_key().public_bytes_raw()]}
    assert verify(ring, text).valid
