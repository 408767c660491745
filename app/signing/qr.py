"""Signed QR payloads on printed documents, and their offline check.

Payload (ASCII only, so that a keyboard-wedge scanner can type it into any field):
`HZ1|KIND|number|office|field…|signature`, the signature being Ed25519 by the office key over
everything before the last `|`, in unpadded base64url. Verification needs only the office's
public key, which every desk keeps for itself and its neighbours (`app.signing.keys`). The
symbol itself is drawn by app/printing/qr.py.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy.orm import Session

from app.signing.keys import public_keys

VERSION = "HZ1"

# kind -> (document name, the fields after number and office)
KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "PZ": ("会员参保凭证", ("id", "period", "plans")),
    "DW": ("单位参保凭证", ("uscc", "members", "period")),
    "SJ": ("收款收据", ("uscc", "amount", "paid_on")),
    "SL": ("理赔受理回执", ("id", "plan", "received_on")),
    "GF": ("互助金给付通知书", ("id", "amount", "decided_on")),
    "JJ": ("不予给付通知书", ("id", "decided_on")),
}
FIELD_LABELS = {
    "number": "编号",
    "office": "代办处",
    "id": "证件号",
    "period": "保障期间",
    "plans": "计划及份数",
    "uscc": "统一社会信用代码",
    "members": "人数",
    "amount": "金额（分）",
    "paid_on": "收款日期",
    "plan": "保障计划",
    "received_on": "受理日期",
    "decided_on": "决定日期",
}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _clean(value: str) -> str:
    """Fields are ASCII without the separator (a scanner cannot type anything else)."""
    return "".join(c if c.isascii() and c.isprintable() and c != "|" else "_" for c in value)


@dataclass(frozen=True)
class Signer:
    """Signs payloads with one office's private key (plain value, safe to hand to a thread)."""

    office_code: str
    key: Ed25519PrivateKey

    def payload(self, kind: str, number: str, values: Iterable[str]) -> str:
        parts = [VERSION, kind, _clean(number), self.office_code, *map(_clean, values)]
        if len(parts) != 4 + len(KINDS[kind][1]):
            raise ValueError(f"QR kind {kind} takes fields {KINDS[kind][1]}")
        body = "|".join(parts)
        return f"{body}|{_b64(self.key.sign(body.encode('ascii')))}"


@dataclass(frozen=True)
class Verification:
    valid: bool
    reason: str
    kind: str = ""
    document: str = ""
    fields: dict[str, str] = field(default_factory=dict)


def _keyring(source: Session | Mapping[str, Iterable[bytes]], office: str) -> list[bytes]:
    if isinstance(source, Session):
        source = public_keys(source)
    return list(source.get(office, ()))


def verify(source: Session | Mapping[str, Iterable[bytes]], text: str) -> Verification:
    """Check a scanned QR text against the public keys of `source` (a session or a keyring
    office code -> raw public keys). Never raises for bad input: `reason` says what is wrong."""
    text = text.strip()
    body, _, signature = text.rpartition("|")
    parts = body.split("|")
    if len(parts) < 4 or parts[0] != VERSION:
        return Verification(False, "不是本系统的二维码（或版本不支持）")
    kind, office = parts[1], parts[3]
    if kind not in KINDS or len(parts) != 4 + len(KINDS[kind][1]):
        return Verification(False, "二维码内容不完整或类型未知")
    document, names = KINDS[kind]
    fields = dict(zip(("number", "office", *names), parts[2:], strict=True))
    found = Verification(False, "", kind, document, fields)
    keys = _keyring(source, office)
    if not keys:
        return _with(found, f"本机没有代办处 {office} 的公钥，无法验证")
    try:
        raw = _unb64(signature)
        if _b64(raw) != signature:  # base64 decoders forgive stray or altered trailing bits
            raise ValueError("non-canonical signature text")
        for key in keys:
            try:
                Ed25519PublicKey.from_public_bytes(key).verify(raw, body.encode("ascii"))
                return _with(found, "签名有效", valid=True)
            except InvalidSignature:
                continue
    except (binascii.Error, ValueError, UnicodeEncodeError):
        pass
    return _with(found, "签名不符：内容被改动或不是该代办处签发")


def _with(found: Verification, reason: str, *, valid: bool = False) -> Verification:
    return Verification(valid, reason, found.kind, found.document, found.fields)
