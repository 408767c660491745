"""Print layouts as data: page size, field positions, font sizes, tables, QR code placement and
per-printer calibration offsets (套打 on pre-printed forms), read from JSON files.

Coordinates are millimetres from the top-left corner of the paper, as a clerk measures them with
a ruler. Besides fields, a table and a QR code, a layout may have a `name` (the document as the
clerk knows it, shown in 设置 and 套打校准), a `border` (a frame round the paper), `stamps` (dashed
boxes for the seal), `signs` (lines to sign on; `label_key` takes the label from a value, so the
office's settings decide whether the line is printed), and `parts` (the copies of a multi-part
receipt, each labelled, `per_page` of them `pitch` mm apart). An element's `repeat` is true (every
page), false/"first" or "last". A desk may keep its own copy of a layout under `<data>/layouts/` (written by
`save_calibration`); it takes precedence over the shipped one in `resources/layouts/`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm

from app.errors import NotFound, RejectedInput
from app.i18n import msg
from app.printing import resources_dir

_SIZES = {"A4": A4, "A5": A5}
DEFAULT_PRINTER = "default"


@dataclass(frozen=True)
class Layout:
    name: str
    spec: dict[str, Any]
    source: Path

    @property
    def page_size(self) -> tuple[float, float]:
        """Page width and height in points."""
        page = self.spec.get("page", {})
        if "width_mm" in page:
            size = (page["width_mm"] * mm, page["height_mm"] * mm)
        else:
            size = _SIZES[page.get("size", "A4")]
        return landscape(size) if page.get("landscape") else size

    @property
    def title(self) -> str:
        """The document's name as a clerk knows it (收款收据（套打）): `name` in the layout, else
        the start of its description (a desk's copy saved before layouts had names)."""
        described = str(self.spec.get("description", "")).split("，")[0]
        return str(self.spec.get("name") or described or self.name)

    @property
    def preprinted(self) -> bool:
        return bool(self.spec.get("preprinted", False))

    def offset(self, printer: str | None) -> tuple[float, float]:
        """Calibration offset (right, down) in mm for `printer`, else the layout's default."""
        table = self.spec.get("calibration", {})
        dx, dy = table.get(printer or DEFAULT_PRINTER, table.get(DEFAULT_PRINTER, [0, 0]))
        return float(dx), float(dy)


def layout_dirs(data_dir: Path | None = None) -> list[Path]:
    shipped = resources_dir() / "layouts"
    return [data_dir / "layouts", shipped] if data_dir is not None else [shipped]


def available_layouts(data_dir: Path | None = None) -> list[str]:
    names = {p.stem for folder in layout_dirs(data_dir) for p in folder.glob("*.json")}
    return sorted(names)


def load_layout(name: str, data_dir: Path | None = None) -> Layout:
    """The desk's copy of layout `name` if it has one, else the shipped one."""
    for folder in layout_dirs(data_dir):
        path = folder / f"{name}.json"
        if path.is_file():
            try:
                spec = json.loads(path.read_text(encoding="utf-8"))
            except (ValueError, OSError) as exc:
                raise RejectedInput(
                    msg("版式文件 {p} 无法读取：{e}", p=str(path), e=str(exc))
                ) from exc
            return Layout(name, spec, path)
    raise NotFound(
        msg("没有名为“{n}”的版式；可用的有：{all}。", n=name, all="、".join(available_layouts()))
    )


def save_calibration(
    data_dir: Path, name: str, *, printer: str | None, right_mm: float, down_mm: float
) -> Path:
    """Record the offset measured on the calibration page for `printer` in the desk's own copy
    of the layout (created from the shipped one on first use). Returns the file written."""
    if abs(right_mm) > 50 or abs(down_mm) > 50:
        raise RejectedInput(msg("偏移量应在 ±50 毫米以内，请重新测量。"), field="offset")
    layout = load_layout(name, data_dir)
    spec = json.loads(json.dumps(layout.spec))
    spec.setdefault("calibration", {})[printer or DEFAULT_PRINTER] = [right_mm, down_mm]
    target = data_dir / "layouts" / f"{name}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target
