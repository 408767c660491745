"""The calibration page for pre-printed forms (套打).

Printed on the form itself (or on plain paper laid over it), it shows a millimetre grid from the
paper's top-left corner and a cross at every place the layout prints a value, already shifted by
the printer's current offset. The clerk measures how far the crosses sit from the form's boxes
and records that with `layout.save_calibration`.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.printing.fonts import register_font
from app.printing.layout import Layout, load_layout

INSTRUCTIONS = (
    "校准页：请用套打纸打印本页，量出每个“+”与表格中对应栏目的偏差（毫米）。",
    "内容应右移填正数、左移填负数；应下移填正数、上移填负数。在打印设置的“套打校准”中填写。",
)


def _grid(canvas: Canvas, width: float, height: float, font: str) -> None:
    canvas.setFont(font, 6)
    for x in range(0, int(width / mm) + 1, 5):
        canvas.setLineWidth(0.6 if x % 10 == 0 else 0.15)
        canvas.line(x * mm, 0, x * mm, height)
        if x % 10 == 0:
            canvas.drawString(x * mm + 0.5, height - 3 * mm, str(x))
    for y in range(0, int(height / mm) + 1, 5):
        canvas.setLineWidth(0.6 if y % 10 == 0 else 0.15)
        canvas.line(0, height - y * mm, width, height - y * mm)
        if y % 10 == 0 and y:
            canvas.drawString(0.5 * mm, height - y * mm - 2.5 * mm, str(y))


def _targets(layout: Layout) -> list[tuple[str, float, float]]:
    spec = layout.spec
    found = [(f["key"], f.get("vx", f["x"]), f["y"]) for f in spec.get("fields", [])]
    if "qr" in spec:
        found.append(("qr", spec["qr"]["x"], spec["qr"]["y"]))
    table = spec.get("table")
    if table:
        found += [(c["key"], c["x"], table["y"]) for c in table["columns"]]
    return found


def write_calibration_page(
    layout_name: str,
    out: Path | IO[bytes],
    *,
    data_dir: Path | None = None,
    printer: str | None = None,
) -> tuple[float, float]:
    """Write the calibration page of `layout_name`; returns the offset (mm) it was drawn with."""
    font = register_font(data_dir).name  # fixed text the main face always has
    layout = load_layout(layout_name, data_dir)
    width, height = layout.page_size
    dx, dy = layout.offset(printer)
    canvas = Canvas(str(out) if isinstance(out, Path) else out, pagesize=(width, height))
    canvas.setTitle(f"校准页 {layout_name}")
    _grid(canvas, width, height, font)
    canvas.setFont(font, 9)
    for i, line in enumerate(INSTRUCTIONS):
        canvas.drawString(20 * mm, height - (height / mm - 14 + i * 5) * mm, line)
    canvas.drawString(
        20 * mm,
        4 * mm,
        f"版式 {layout_name}　打印机 {printer or '默认'}　当前偏移 右{dx} 下{dy} mm",
    )
    canvas.setLineWidth(0.8)
    for key, x, y in _targets(layout):
        px, py = (x + dx) * mm, height - (y + dy) * mm
        canvas.line(px - 3 * mm, py, px + 3 * mm, py)
        canvas.line(px, py - 3 * mm, px, py + 3 * mm)
        canvas.setFont(font, 6)
        canvas.drawString(px + 1 * mm, py + 1 * mm, key)
    canvas.showPage()
    canvas.save()
    return dx, dy
