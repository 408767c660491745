"""The QR symbol on printed documents: made by zxing-cpp (~0.5 ms a code; segno ~10 ms,
reportlab's widget ~30 ms, see docs/decisions.md) and drawn as a 1-bit inline image. What the
code says, and its signature, come from app/signing/qr.py.
"""

from __future__ import annotations

import zxingcpp
from PIL import Image
from reportlab.pdfgen.canvas import Canvas


def matrix(text: str) -> tuple[int, bytes]:
    """(side, modules) of the QR symbol for `text`; a module byte 0 is dark."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = code.to_image(scale=1, add_quiet_zones=False)
    side = image.shape[0]
    return side, bytes(memoryview(image))


def draw(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw the code for `text` with its lower-left corner at (x, y), `size` points wide.

    The symbol goes in as a 1-bit inline image (a few hundred bytes, packed and hex-coded in
    C by Pillow), drawn without interpolation so modules stay sharp: a vector path of ~700
    rectangles formatted in Python cost several times more per code."""
    side, cells = matrix(text)
    bits = Image.frombytes("L", (side, side), cells).convert("1").tobytes().hex()
    canvas.saveState()
    canvas.transform(size, 0, 0, size, x, y)
    canvas.addLiteral(f"BI /W {side} /H {side} /BPC 1 /CS /G /I false /F /AHx ID {bits}> EI")
    canvas.restoreState()
