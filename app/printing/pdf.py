"""Draw documents onto PDF pages with reportlab according to their layouts.

A `Document` is plain data: the layout to use, field values, table rows, a totals line, the QR
text and the reprint count. `write_pdf` draws any number of them into one file (a batch is one
PDF); long tables continue over several pages with the header fields and column titles repeated
and 第 N 页 共 M 页 at the foot. A layout with `parts` prints each copy (联次: 存根联, 交款人联,
记账联) labelled, several to a sheet or one to a page. On pre-printed forms (`preprinted` layouts) only the variable
text is drawn, shifted by the printer's calibration offset.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.errors import RejectedInput
from app.i18n import msg
from app.printing import qr
from app.printing.fonts import FontChoice, register_font
from app.printing.layout import Layout, load_layout

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Document:
    layout: str
    number: str
    values: dict[str, str]
    rows: list[dict[str, str]] = field(default_factory=list)
    totals: str = ""
    qr_text: str = ""
    reprint: int = 0  # 0: first issue; N: the Nth reprint (补打)


class Cancelled(RejectedInput):
    """The clerk stopped a batch; nothing was written."""


def wrap(text: str, font: FontChoice, size: float, width: float) -> list[str]:
    """Break `text` into lines no wider than `width` points, character by character (Chinese
    has no spaces to break at); explicit newlines are kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for char in paragraph:
            w = font.width(char, size)
            if line and used + w > width:
                lines.append(line)
                line, used = "", 0.0
            line, used = line + char, used + w
        lines.append(line)
    return lines


class _Page:
    """Draws on one page in layout millimetres (top-left origin), offsets applied."""

    def __init__(
        self, canvas: Canvas, layout: Layout, font: FontChoice, dx: float, dy: float
    ) -> None:
        self.c, self.layout, self.font = canvas, layout, font
        self.height = layout.page_size[1]
        self.dx, self.dy = dx * mm, dy * mm
        self.size = 0.0

    def text(self, x: float, y: float, text: str, size: float, *, align: str = "left") -> None:
        runs = self.font.runs(text)
        px, py = x * mm + self.dx, self.height - y * mm - self.dy
        if len(runs) > 1:  # a character the main face lacks: each piece in its own face
            self._pieces(px, py, runs, size, align)
            return
        if size != self.size:  # setFont writes operators each time; most lines share a size
            self.c.setFont(self.font.name, size)
            self.size = size
        if align == "center":
            self.c.drawCentredString(px, py, text)
        elif align == "right":
            self.c.drawRightString(px, py, text)
        else:
            self.c.drawString(px, py, text)

    def _pieces(
        self, px: float, py: float, runs: list[tuple[str, str]], size: float, align: str
    ) -> None:
        widths = [stringWidth(piece, font, size) for font, piece in runs]
        if align != "left":
            px -= sum(widths) / (2 if align == "center" else 1)
        for (font, piece), width in zip(runs, widths, strict=True):
            self.c.setFont(font, size)
            self.c.drawString(px, py, piece)
            px += width
        self.size = 0.0  # the canvas's font is no longer the main face

    def fitted(self, x: float, y: float, text: str, size: float, width: float | None) -> None:
        """One line, shrunk (down to 60%) to fit `width` mm."""
        if width:
            natural = self.font.width(text, size)
            if natural > width * mm:
                size = max(size * 0.6, size * width * mm / natural)
        self.text(x, y, text, size)

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5) -> None:
        self.c.setLineWidth(width)
        self.c.line(
            x1 * mm + self.dx,
            self.height - y1 * mm - self.dy,
            x2 * mm + self.dx,
            self.height - y2 * mm - self.dy,
        )

    def qr(self, text: str, x: float, y: float, size: float) -> None:
        qr.draw(self.c, text, x * mm + self.dx, self.height - (y + size) * mm - self.dy, size * mm)


def _draw_field(page: _Page, spec: dict[str, Any], value: str, base: float) -> None:
    size = spec.get("size", base)
    show_label = spec.get("label") and not page.layout.preprinted
    text = f"{spec['label']}：{value}" if show_label else value
    x = spec["x"] if show_label else spec.get("vx", spec["x"])
    if spec.get("wrap"):
        for i, line in enumerate(wrap(text, page.font, size, spec["w"] * mm)):
            page.text(x, spec["y"] + i * size * 0.5, line, size)
    else:
        page.fitted(x, spec["y"], text, size, spec.get("w"))


def _on_page(spec: dict[str, Any], page_no: int, pages: int) -> bool:
    """Whether an element is drawn on `page_no`: `repeat` true (every page, the default),
    false or "first" (the first page only) or "last" (the last page only)."""
    repeat = spec.get("repeat", True)
    if repeat is True:
        return True
    return page_no == (pages if repeat == "last" else 1)


def _draw_border(page: _Page, border: dict[str, Any]) -> None:
    """A frame round the paper: an outer rule and, `inner` mm inside it, a thin one."""
    width, height = page.layout.page_size
    margin = border.get("margin", 5)
    inset = [margin] + ([margin + border["inner"]] if border.get("inner") else [])
    for i, m in enumerate(inset):
        right, bottom = width / mm - m, height / mm - m
        weight = border.get("width", 1.2) if i == 0 else 0.4
        for x1, y1, x2, y2 in ((m, m, right, m), (right, m, right, bottom),
                               (right, bottom, m, bottom), (m, bottom, m, m)):  # fmt: skip
            page.line(x1, y1, x2, y2, weight)


def _draw_stamp(page: _Page, spec: dict[str, Any], values: dict[str, str], base: float) -> None:
    """A dashed box where the office's seal goes, its label at the top and, when the layout
    names a value, that value (the office's name) in small type at the foot of the box."""
    x, y, w, h = spec["x"], spec["y"], spec["w"], spec["h"]
    page.c.setDash(2, 2)
    for x1, y1, x2, y2 in ((x, y, x + w, y), (x + w, y, x + w, y + h),
                           (x + w, y + h, x, y + h), (x, y + h, x, y)):  # fmt: skip
        page.line(x1, y1, x2, y2, 0.4)
    page.c.setDash()
    size = spec.get("size", base)
    page.text(x + 2, y + size * 0.45, spec["label"], size)
    if spec.get("key") and values.get(spec["key"]):
        page.fitted(x + 2, y + h - 2, values[spec["key"]], size * 0.9, w - 4)


def _draw_sign(page: _Page, spec: dict[str, Any], values: dict[str, str], base: float) -> None:
    """A line to sign on: its label (from the layout, or from a value when the office decides
    whether the line is wanted; an empty value leaves the line out), then a rule, with a
    value written on it when the layout names one."""
    label = spec.get("label") or values.get(spec.get("label_key", ""), "")
    if not label:
        return
    size = spec.get("size", base)
    text = f"{label}："
    page.text(spec["x"], spec["y"], text, size)
    start = spec["x"] + page.font.width(text, size) / mm
    page.line(start, spec["y"] + 1, spec["x"] + spec["w"], spec["y"] + 1, 0.4)
    value = values.get(spec.get("key", ""), "")
    if value:
        page.fitted(start + 2, spec["y"], value, size, spec["x"] + spec["w"] - start - 2)


def _draw_static(page: _Page, doc: Document, page_no: int, pages: int, part: str = "") -> None:
    spec, base = page.layout.spec, page.layout.spec.get("size", 10)
    drawn = not page.layout.preprinted
    if drawn and "border" in spec:
        _draw_border(page, spec["border"])
    if drawn and "title" in spec:
        t = spec["title"]
        page.text(t["x"], t["y"], t["text"], t.get("size", 18), align="center")
    if part:
        p = spec["parts"]["label"]
        page.text(p["x"], p["y"], part, p.get("size", base), align=p.get("align", "left"))
    for f in spec.get("fields", []):
        if _on_page(f, page_no, pages):
            _draw_field(page, f, doc.values.get(f["key"], ""), base)
    for s in spec.get("stamps", []) if drawn else []:
        if _on_page(s, page_no, pages):
            _draw_stamp(page, s, doc.values, base)
    for s in spec.get("signs", []) if drawn else []:
        if _on_page(s, page_no, pages):
            _draw_sign(page, s, doc.values, base)
    if doc.reprint and "reprint" in spec:
        r = spec["reprint"]
        page.text(r["x"], r["y"], f"补打（第{doc.reprint}次）", r.get("size", 11), align="right")
    if doc.qr_text and "qr" in spec and (page_no == 1 or spec["qr"].get("repeat", False)):
        q = spec["qr"]
        page.qr(doc.qr_text, q["x"], q["y"], q["size"])


def _draw_footer(page: _Page, page_no: int, pages: int) -> None:
    """第 N 页 共 M 页 on every page of a paper longer than one page (or always, when the
    layout asks for `page_numbers`)."""
    spec = page.layout.spec
    if pages > 1 or spec.get("page_numbers"):
        foot = spec.get("footer", {"x": 105, "y": 290})
        label = f"第 {page_no} 页 共 {pages} 页"
        page.text(foot["x"], foot["y"], label, foot.get("size", 8), align="center")


def rows_per_page(table: dict[str, Any]) -> int:
    return max(1, int((table["bottom"] - table["y"]) / table["row_height"]) - 1)


def _page_count(doc: Document, layout: Layout) -> int:
    table = layout.spec.get("table")
    if table is None:
        return 1
    per = rows_per_page(table)
    return max(1, -(-len(doc.rows) // per))


def _draw_table(page: _Page, table: dict[str, Any], rows: list[dict[str, str]]) -> float:
    """Column titles and `rows`; returns the y (mm) below the last row."""
    size, height, y = table.get("size", 9), table["row_height"], table["y"]
    cols = table["columns"]
    left, right = cols[0]["x"], cols[-1]["x"] + cols[-1]["w"]
    if not page.layout.preprinted:
        for col in cols:
            page.text(col["x"] + 1, y + height * 0.7, col["title"], size)
        page.line(left, y, right, y)
        page.line(left, y + height, right, y + height, 0.3)
    ruled = table.get("rules", False) and not page.layout.preprinted
    for row in rows:
        y += height
        if ruled:  # a line under every row, for sheets filled in by hand
            page.line(left, y + height, right, y + height, 0.2)
        for col in cols:
            value = row.get(col["key"], "")
            x = col["x"] + 1
            if col.get("align") == "right":
                page.text(col["x"] + col["w"] - 1, y + height * 0.7, value, size, align="right")
            else:
                page.fitted(x, y + height * 0.7, value, size, col["w"] - 2)
    if not page.layout.preprinted:
        page.line(left, y + height, right, y + height)
    return y + height


def _sheets(layout: Layout) -> list[list[tuple[str, float]]]:
    """The copies (联次) of a paper sheet by sheet: each sheet's parts as (label, offset down
    in mm). A layout without `parts` is one unlabelled copy."""
    parts = layout.spec.get("parts")
    if not parts:
        return [[("", 0.0)]]
    per, pitch = parts.get("per_page", 1), parts.get("pitch", 0)
    labels = parts["labels"]
    return [
        [(label, i * pitch) for i, label in enumerate(labels[start : start + per])]
        for start in range(0, len(labels), per)
    ]


def _draw_page(
    canvas: Canvas,
    layout: Layout,
    font: FontChoice,
    offset: tuple[float, float],
    doc: Document,
    where: tuple[int, int, int, int],
    parts: list[tuple[str, float]],
) -> None:
    """One page: each part (copy) of the sheet shifted down by its offset, with table chunk
    `where[0]` of `where[1]` in each, and the page number `where[2]` of `where[3]` at the
    foot (copies on pages of their own count as pages)."""
    chunk, chunks, page_no, pages = where
    table = layout.spec.get("table")
    dx, dy = offset
    for i, (label, down) in enumerate(parts):
        page = _Page(canvas, layout, font, dx, dy + down)
        _draw_static(page, doc, chunk + 1, chunks, label)
        if i and layout.spec["parts"].get("cut") and not layout.preprinted:
            canvas.setDash(4, 3)
            page.line(0, 0, layout.page_size[0] / mm, 0, 0.3)
            canvas.setDash()
        if table is not None:
            per = rows_per_page(table)
            bottom = _draw_table(page, table, doc.rows[chunk * per : (chunk + 1) * per])
            if (chunk + 1) * per >= len(doc.rows) and doc.totals:
                page.text(table["columns"][0]["x"], bottom + 5, doc.totals, table.get("size", 9))
    _draw_footer(_Page(canvas, layout, font, dx, dy), page_no, pages)


def _draw_document(
    canvas: Canvas,
    doc: Document,
    layout: Layout,
    font: FontChoice,
    printer: str | None,
    form: tuple[str, bool] | None = None,
) -> int:
    """Draw `doc`'s pages: its table in page-sized chunks, for each sheet of its copies (联次).
    With `form` = (name, drawn): the pages go into PDF form XObjects drawn once (`drawn`
    false) and placed again on later pages by reference."""
    offset = layout.offset(printer)
    chunks, sheets = _page_count(doc, layout), _sheets(layout)
    pages = chunks * len(sheets)
    page_no = 0
    for parts in sheets:
        for chunk in range(chunks):
            page_no += 1
            where = (chunk, chunks, page_no, pages)
            if form is None:
                _draw_page(canvas, layout, font, offset, doc, where, parts)
            else:
                name = f"{form[0]}p{page_no}"
                if not form[1]:
                    canvas.beginForm(name)
                    _draw_page(canvas, layout, font, offset, doc, where, parts)
                    canvas.endForm()
                canvas.doForm(name)
            canvas.showPage()
    return pages


def _repeated(documents: Sequence[Document]) -> dict[int, str]:
    """Form names for the Document objects that occur more than once in a batch (the same
    certificate back after every certificate), keyed by object identity."""
    seen: set[int] = set()
    forms: dict[int, str] = {}
    for i, doc in enumerate(documents):
        if id(doc) in seen:
            forms.setdefault(id(doc), f"Repeated{i}")
        seen.add(id(doc))
    return forms


def write_pdf(
    documents: Sequence[Document],
    out: Path | IO[bytes],
    *,
    data_dir: Path | None = None,
    printer: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Draw `documents` into one PDF at `out`; returns the number of pages.

    The CJK font is embedded (subset). A Document object given more than once (a certificate
    back after each certificate) is drawn once and placed again by reference. `printer` picks
    the calibration offset of pre-printed layouts. Raises FontMissing without a usable font,
    Cancelled if `cancelled()` turns true (the file is then not written)."""
    font = register_font(data_dir)
    layouts: dict[str, Layout] = {}
    target = str(out) if isinstance(out, Path) else out
    canvas = Canvas(target, pagesize=(595, 842), pageCompression=1)
    canvas.setTitle(documents[0].values.get("title", "") if documents else "")
    canvas.setCreator("Huzhu Desk")
    total, forms, drawn = 0, _repeated(documents), set[str | None]()
    for done, doc in enumerate(documents, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled(msg("已取消打印，未生成文件。"))
        layout = layouts.get(doc.layout) or layouts.setdefault(
            doc.layout, load_layout(doc.layout, data_dir)
        )
        canvas.setPageSize(layout.page_size)
        form = forms.get(id(doc))
        shared = None if form is None else (form, form in drawn)
        total += _draw_document(canvas, doc, layout, font, printer, shared)
        drawn.add(form)
        if progress is not None:
            progress(done, len(documents))
    canvas.save()
    return total
