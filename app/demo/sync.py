"""The demo office's sync keys, so 导出同步包 can be shown on the demo.

A real office gets its keys from the province's office file (.hzo). The demo has no province, so
it carries a demo hub: key pairs derived from the published seeds below. Anyone can derive the
private halves, which is the point: a demo hub set up with `demo_hub_keys()` can open the demo's
packages, and the keys protect nothing real (no real office holds them).
"""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives import serialization
from sqlalchemy.orm import Session

from app.signing import keys
from app.sync import crypto, keystore

HUB_SIGNING_SEED = b"huzhu-demo-hub-signing"
HUB_BOX_SEED = b"huzhu-demo-hub-box"


def demo_hub_keys() -> tuple[crypto.KeyPair, crypto.KeyPair]:
    """The demo hub's (signing, box) key pairs: the same on every machine."""
    sign = hashlib.sha256(HUB_SIGNING_SEED).digest()
    box = hashlib.sha256(HUB_BOX_SEED).digest()
    return (
        crypto.KeyPair(sign, crypto.signing_public(sign)),
        crypto.KeyPair(box, crypto.box_public(box)),
    )


def add_sync_keys(session: Session) -> None:
    """Give the demo office what an office file would: its box key pair and the (demo) hub's
    public keys, beside the signing key the demo makes for itself."""
    code, signer = keys.signing_key(session)
    sign_private = signer.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    hub_sign, hub_box = demo_hub_keys()
    keystore.install(
        session,
        office_code=code,
        sign_private=sign_private,
        box_private=crypto.new_box_pair().private,
        hub_sign_public=hub_sign.public,
        hub_box_public=hub_box.public,
    )
