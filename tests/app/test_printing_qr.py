"""QR payloads: format, signature, tampering, scanner noise."""

from __future__ import annotations

import pytest
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.printing import qr
from app.signing.qr import Signer, verify

KEY = Ed25519PrivateKey.generate()
RING = {"61020401": [KEY.public_key().public_bytes_raw()]}
SIGNER = Signer("61020401", KEY)


def _text() -> str:
    return SIGNER.payload(
        "PZ", "PZ-61020401-2026-000001", ["610204********0011", "20260301-20270228", "ZY1.ZJ2"]
    )


def test_payload_is_versioned_ascii_and_verifies():
    text = _text()
    assert text.startswith("HZ1|PZ|PZ-61020401-2026-000001|61020401|")
    assert text.isascii() and len(text) < 200
    result = verify(RING, text + "\r\n")  # scanners end with Enter
    assert result.valid and result.document == "会员参保凭证"
    assert result.fields["plans"] == "ZY1.ZJ2"


def test_every_single_changed_character_is_caught():
    text = _text()
    for i in range(len(text)):
        for replacement in "A0B_-Q":
            if replacement == text[i]:
                continue
            changed = text[:i] + replacement + text[i + 1 :]
            assert not verify(RING, changed).valid, f"{replacement} at {i} went unnoticed"
    assert not verify(RING, text + "A").valid
    assert not verify(RING, text[:-1]).valid


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("https://example.com", "不是本系统"),
        ("HZ9|PZ|a|b|c|d|e|sig", "不是本系统"),
        ("HZ1|XX|a|61020401|sig", "类型未知"),
        ("HZ1|PZ|a|61020401|b|sig", "不完整"),
    ],
)
def test_foreign_or_broken_text_is_refused_with_a_reason(text, reason):
    result = verify(RING, text)
    assert not result.valid and reason in result.reason


def test_fields_cannot_smuggle_separators_or_chinese():
    text = SIGNER.payload("JJ", "LP|1", ["张三", "20260618"])
    assert text.isascii()
    assert verify(RING, text).fields["number"] == "LP_1"


def test_matrix_decodes_back_to_the_text():
    text = _text()
    side, cells = qr.matrix(text)
    border = 4
    size = side + 2 * border
    pixels = bytearray([255]) * (size * size)
    for row in range(side):
        for col in range(side):
            pixels[(row + border) * size + col + border] = cells[row * side + col]
    scale = 4
    big = bytes(
        pixels[(y // scale) * size + x // scale]
        for y in range(size * scale)
        for x in range(size * scale)
    )
    from PIL import Image

    image = Image.frombytes("L", (size * scale, size * scale), big)
    [found] = zxingcpp.read_barcodes(image)
    assert found.text == text
