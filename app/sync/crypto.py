"""Keys, signatures and the encryption envelope of sync packages (docs/sync-format.md §3).

Signatures are Ed25519. Data files are sealed for one recipient: an ephemeral X25519 key agrees a
secret with the recipient's X25519 public key, HKDF-SHA256 derives a 256-bit key from it, and
AES-256-GCM encrypts the payload with the entry's name as associated data, so a sealed file can
neither be read by anyone else nor be moved under another name without detection.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

ENVELOPE_MAGIC = b"HZE1"
_RAW = serialization.Encoding.Raw
_HKDF_INFO = b"huzhu-sync v1 "


class DecryptionFailed(Exception):
    """The sealed file was not made for this key, or it was altered."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint of a public key (clerks compare it by phone)."""
    digest = hashlib.sha256(public_key).hexdigest()[:20].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


@dataclass(frozen=True)
class KeyPair:
    """Raw 32-byte private and public keys of one algorithm (Ed25519 or X25519)."""

    private: bytes
    public: bytes


def new_signing_pair() -> KeyPair:
    key = Ed25519PrivateKey.generate()
    return KeyPair(_private_raw(key), key.public_key().public_bytes(_RAW, _RAW_PUB))


def new_box_pair() -> KeyPair:
    key = X25519PrivateKey.generate()
    return KeyPair(_private_raw(key), key.public_key().public_bytes(_RAW, _RAW_PUB))


_RAW_PUB = serialization.PublicFormat.Raw


def _private_raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def signing_public(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(_RAW, _RAW_PUB)


def box_public(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes(_RAW, _RAW_PUB)


def sign(private: bytes, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(data)


def verify(public: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def _derive(shared: bytes, ephemeral: bytes, recipient: bytes, label: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral + recipient,
        info=_HKDF_INFO + label.encode(),
    ).derive(shared)


def seal(recipient_public: bytes, plaintext: bytes, label: str) -> bytes:
    """Encrypt `plaintext` for the holder of the X25519 key; `label` (the entry name) is bound."""
    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes(_RAW, _RAW_PUB)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _derive(shared, eph_public, recipient_public, label)
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, plaintext, label.encode())
    return ENVELOPE_MAGIC + eph_public + nonce + sealed


def open_sealed(recipient_private: bytes, envelope: bytes, label: str) -> bytes:
    """Decrypt an envelope made by `seal`; DecryptionFailed if it is not ours or was altered."""
    if len(envelope) < 4 + 32 + 12 + 16 or not envelope.startswith(ENVELOPE_MAGIC):
        raise DecryptionFailed("envelope header")
    eph_public, nonce, sealed = envelope[4:36], envelope[36:48], envelope[48:]
    private = X25519PrivateKey.from_private_bytes(recipient_private)
    recipient_public = private.public_key().public_bytes(_RAW, _RAW_PUB)
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph_public))
        key = _derive(shared, eph_public, recipient_public, label)
        return AESGCM(key).decrypt(nonce, sealed, label.encode())
    except (InvalidTag, ValueError) as exc:
        raise DecryptionFailed(str(exc)) from exc
