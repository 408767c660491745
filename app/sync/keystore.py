"""The desk's sync keys, kept in the `office_keys` table that `app.signing.keys` owns.

The office's Ed25519 signing key is installed and read through `app.signing.keys` (the printing area
signs QR codes with the same key). Sync adds three rows of its own purposes: the office's X25519
key pair (`box`, private kept) that return packages are sealed for, and the hub's two public
keys (`hub-signing`, `hub-box`) under the office code `hub`.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import RejectedInput
from app.i18n import msg
from app.office import self_office
from app.signing import keys
from app.sync import crypto
from models import OfficeKey
from models.keys import BOX, HUB_BOX, HUB_SIGNING

HUB_CODE = "hub"


@dataclass(frozen=True)
class DeskKeys:
    office_code: str
    sign_private: bytes
    box_private: bytes
    hub_sign_public: bytes
    hub_box_public: bytes


def install(
    session: Session,
    *,
    office_code: str,
    sign_private: bytes,
    box_private: bytes,
    hub_sign_public: bytes,
    hub_box_public: bytes,
) -> None:
    """Store the keys an office file carries (idempotent: a key already held is kept)."""
    keys.install_office_key(session, office_code, sign_private)
    keys.store_key(session, office_code, BOX, crypto.box_public(box_private), box_private)
    keys.store_key(session, HUB_CODE, HUB_SIGNING, hub_sign_public)
    keys.store_key(session, HUB_CODE, HUB_BOX, hub_box_public)


def _newest(session: Session, code: str, purpose: str) -> OfficeKey | None:
    return session.scalar(
        select(OfficeKey)
        .where(OfficeKey.office_code == code, OfficeKey.purpose == purpose)
        .order_by(OfficeKey.created_at.desc(), OfficeKey.id.desc())
        .limit(1)
    )


def load(session: Session) -> DeskKeys:
    """This desk's sync keys; RejectedInput telling how to fix it when the office file is missing."""
    office = self_office(session)
    box = _newest(session, office.code, BOX)
    hub_sign = _newest(session, HUB_CODE, HUB_SIGNING)
    hub_box = _newest(session, HUB_CODE, HUB_BOX)
    if box is None or box.private_key is None or hub_sign is None or hub_box is None:
        raise RejectedInput(
            msg(
                "代办处 {c} 还没有省办事处签发的同步密钥，不能同步。"
                "请用省办事处签发的代办处文件（.hzo）初始化：huzhu init --office 文件。",
                c=office.code,
            )
        )
    _, signer = keys.signing_key(session)
    sign_private = signer.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return DeskKeys(
        office.code, sign_private, box.private_key, hub_sign.public_key, hub_box.public_key
    )
