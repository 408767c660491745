"""Reading generated PDFs back in tests: text, embedded fonts, QR codes from a rendered page."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import zxingcpp
from pypdf import PdfReader


def texts(path: Path) -> list[str]:
    """Extracted text of each page, spaces removed (extractors space CJK glyphs unevenly)."""
    return ["".join(p.extract_text().split()) for p in PdfReader(path).pages]


def embedded_fonts(path: Path) -> set[str]:
    """Base names of fonts whose program is embedded in the file (FontFile2 = TrueType)."""
    found = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            candidates = [d.get_object() for d in descendants] if descendants else [font]
            for c in candidates:
                desc = c.get("/FontDescriptor")
                if desc is not None and "/FontFile2" in desc.get_object():
                    found.add(str(font["/BaseFont"]))
    return found


def qr_codes(path: Path, page: int = 0, scale: float = 3.0) -> list[str]:
    """Render `page` and decode every QR code on it."""
    doc = pypdfium2.PdfDocument(str(path))
    try:
        image = doc[page].render(scale=scale).to_pil().convert("L")
    finally:
        doc.close()
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
