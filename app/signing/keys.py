"""Office signing keys (Ed25519) for QR codes on printed documents and for sync packages.

The hub issues each office its key in the office file (.hzo); `install_office_key` stores it
(the sync import calls it). The demo office makes its own key the first time one is needed.
Checking a signature needs only public keys: the desk keeps its own and its neighbours' in
`office_keys`, so a QR code is verified offline.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, clock
from app.demo_accounts import DEMO_OFFICE_CODE
from app.errors import RejectedInput
from app.i18n import msg
from app.office import self_office
from models import OfficeKey

SIGNING = "signing"


def _raw_public(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def _pkcs8(private: Ed25519PrivateKey) -> bytes:
    return private.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _load_private(data: bytes) -> Ed25519PrivateKey:
    """PKCS#8 DER or the raw 32-byte seed."""
    try:
        if len(data) == 32:
            return Ed25519PrivateKey.from_private_bytes(data)
        key = serialization.load_der_private_key(data, password=None)
    except ValueError as exc:
        raise RejectedInput(msg("代办处签名密钥格式不对（应为 Ed25519 私钥）。")) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise RejectedInput(msg("代办处签名密钥不是 Ed25519 密钥。"))
    return key


def install_office_key(session: Session, office_code: str, private_key_bytes: bytes) -> bytes:
    """Store `office_code`'s private signing key (PKCS#8 DER or raw seed); returns the public key.

    Installing the same key again changes nothing. Audited; the key itself never leaves the
    database (the audit record carries the public key only).
    """
    private = _load_private(private_key_bytes)
    public = _raw_public(private)
    row = _held(session, office_code, SIGNING, public)
    if row is None:
        store_key(session, office_code, SIGNING, public, _pkcs8(private))
    elif row.private_key is None:
        row.private_key = _pkcs8(private)
        session.flush()
    else:
        return public
    audit.record(
        session,
        "system",
        "office_key.install",
        entity="office_keys",
        entity_id=office_code,
        details={"public_key": public.hex()},
    )
    return public


def _held(session: Session, office_code: str, purpose: str, public: bytes) -> OfficeKey | None:
    return session.scalar(
        select(OfficeKey).where(
            OfficeKey.office_code == office_code,
            OfficeKey.purpose == purpose,
            OfficeKey.public_key == public,
        )
    )


def store_key(
    session: Session, office_code: str, purpose: str, public: bytes, private: bytes | None = None
) -> None:
    """Keep a key for `office_code` and `purpose` (idempotent: a key already held is kept)."""
    if _held(session, office_code, purpose, public) is None:
        session.add(
            OfficeKey(
                office_code=office_code,
                purpose=purpose,
                public_key=public,
                private_key=private,
                created_at=clock.now(),
            )
        )
        session.flush()


def install_public_key(session: Session, office_code: str, public_key_bytes: bytes) -> None:
    """Trust `office_code`'s public key (a neighbour's, from the hub) for verifying QR codes."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key_bytes)
    except ValueError as exc:
        raise RejectedInput(msg("代办处 {c} 的公钥格式不对。", c=office_code)) from exc
    store_key(session, office_code, SIGNING, public_key_bytes)


def signing_key(session: Session) -> tuple[str, Ed25519PrivateKey]:
    """This desk's office code and its newest private signing key.

    The demo office gets a fresh key on first need; any other office without one is told to
    install its office file.
    """
    office = self_office(session)
    row = session.scalar(
        select(OfficeKey)
        .where(
            OfficeKey.office_code == office.code,
            OfficeKey.purpose == SIGNING,
            OfficeKey.private_key.is_not(None),
        )
        .order_by(OfficeKey.created_at.desc(), OfficeKey.id.desc())
        .limit(1)
    )
    if row is not None and row.private_key is not None:
        return office.code, _load_private(row.private_key)
    if office.code != DEMO_OFFICE_CODE:
        raise RejectedInput(
            msg(
                "代办处 {c} 还没有签名密钥，不能打印带二维码的凭证。"
                "请用省办事处签发的代办处文件（.hzo）初始化：huzhu init --office 文件。",
                c=office.code,
            )
        )
    fresh = Ed25519PrivateKey.generate()
    install_office_key(session, office.code, _pkcs8(fresh))
    return office.code, fresh


def office_public_key(session: Session) -> bytes:
    """The raw 32-byte public key of this desk's office (made for the demo office if needed)."""
    return _raw_public(signing_key(session)[1])


def public_keys(session: Session) -> dict[str, list[bytes]]:
    """Every trusted signing public key by office code: the keyring for offline checks."""
    ring: dict[str, list[bytes]] = {}
    rows = session.execute(
        select(OfficeKey.office_code, OfficeKey.public_key)
        .where(OfficeKey.purpose == SIGNING)
        .order_by(OfficeKey.id)
    )
    for code, public in rows:
        ring.setdefault(code, []).append(public)
    return ring
