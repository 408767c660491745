"""Reading generated PDFs back in tests: text, embedded fonts, QR codes from a rendered page."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import zxingcpp
from PIL import Image
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


def render_pngs(path: Path, out_dir: Path, scale: float = 2.0) -> list[Path]:
    """Render every page of the PDF at `path` to a PNG in `out_dir` (72 dpi × `scale`)."""
    doc = pypdfium2.PdfDocument(str(path))
    try:
        pngs = []
        for i in range(len(doc)):
            png = out_dir / f"{path.stem}-{i + 1}.png"
            doc[i].render(scale=scale).to_pil().save(png)
            pngs.append(png)
    finally:
        doc.close()
    return pngs


def dark_share(png: Path, box_mm: tuple[float, float, float, float], scale: float = 2.0) -> float:
    """The share of dark pixels inside `box_mm` (left, top, right, bottom in mm from the
    page's top-left) of a page rendered at `scale`: ink where a rule or border should be."""
    px = 72 / 25.4 * scale
    with Image.open(png) as image:
        grey = image.convert("L")
        left, top, right, bottom = (round(v * px) for v in box_mm)
        region = grey.crop((left, top, max(right, left + 1), max(bottom, top + 1)))
        histogram = region.histogram()
    return sum(histogram[:128]) / sum(histogram)
