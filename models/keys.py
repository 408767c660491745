"""Office signing keys (Ed25519): the desk's own private key and the public keys it trusts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base

# `purpose` of the keys sync keeps (app/sync/keystore.py): the desk's sealed-box key, the hub's
# signing and sealed-box public keys. Here, beside the table, so that asking whether a desk holds
# them loads no cryptography.
BOX = "box"
HUB_SIGNING = "hub-signing"
HUB_BOX = "hub-box"


class OfficeKey(Base):
    """One key of one office. `private_key` (PKCS#8 DER) is held only for this desk's office;
    neighbours' rows carry the public key alone, which is all an offline QR check needs."""

    __tablename__ = "office_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_code: Mapped[str] = mapped_column(String(8), index=True)
    purpose: Mapped[str] = mapped_column(String(20), default="signing")
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        UniqueConstraint("office_code", "purpose", "public_key"),
        CheckConstraint("length(public_key) = 32", name="public_key_length"),
    )
