"""Hostile roster files made on demand (nothing large is committed): far cells that make a
reader allocate the declared range, oversize cells, CSVs in odd encodings, hidden sheets and
hidden rows. Each builder writes a small file and returns its path."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import openpyxl

HEADER = ["序号", "姓名", "身份证号码", "性别", "手机号", "人员类别"]
ROW = ["1", "张三", "610204198506150011", "男", "13812345678", "在职职工"]

# A cell at XFD1048576 written the ways a regex guard misses: attributes reordered,
# single-quoted, spaced, with a namespace prefix, or as a <dimension> only.
FAR_CELLS = {
    "reordered": b'<row r="3"><c s="0" r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>',
    "single_quoted": b"<row r='3'><c r='XFD1048576' t='inlineStr'><is><t>x</t></is></c></row>",
    "spaced": b'<row  r = "3" ><c   r = "XFD1048576"  t="inlineStr"><is><t>x</t></is></c></row>',
    "prefixed": b'<x:row r="3"><x:c r="XFD1048576" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c></x:row>',
    "row_only": b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>',
    "no_ref_wide": b'<row r="3">' + b'<c t="inlineStr"><is><t>x</t></is></c>' * 20000 + b"</row>",
}


def _sheet_xml(extra: bytes, *, prefixed: bool = False) -> bytes:
    ns = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    if prefixed:
        ns = b'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rows = b"".join(
        b'<row r="%d">%s</row>'
        % (
            r,
            b"".join(
                b'<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>'
                % (bytes([65 + i]), r, v.encode())
                for i, v in enumerate(values)
            ),
        )
        for r, values in ((1, HEADER), (2, ROW))
    )
    if prefixed:
        rows = rows.replace(b"<row", b"<x:row").replace(b"</row", b"</x:row")
        rows = rows.replace(b"<c ", b"<x:c ").replace(b"</c>", b"</x:c>")
        rows = rows.replace(b"<is>", b"<x:is>").replace(b"</is>", b"</x:is>")
        rows = rows.replace(b"<t>", b"<x:t>").replace(b"</t>", b"</x:t>")
        return (
            b'<?xml version="1.0"?><x:worksheet %s><x:sheetData>%s%s</x:sheetData></x:worksheet>'
            % (ns, rows, extra)
        )
    return b'<?xml version="1.0"?><worksheet %s><sheetData>%s%s</sheetData></worksheet>' % (
        ns,
        rows,
        extra,
    )


def _book(path: Path, sheet_xml: bytes) -> Path:
    """A minimal valid .xlsx around one sheet's XML."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>",
        )
        zf.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        )
        zf.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        zf.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>",
        )
        zf.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return path


def far_cell(path: Path, variant: str) -> Path:
    """A two-row roster plus one cell written as FAR_CELLS[variant]."""
    return _book(path, _sheet_xml(FAR_CELLS[variant], prefixed=variant == "prefixed"))


def huge_cell_xlsx(path: Path, chars: int = 200_000) -> Path:
    extra = b'<row r="3"><c r="B3" t="inlineStr"><is><t>%s</t></is></c></row>' % (b"x" * chars)
    return _book(path, _sheet_xml(extra))


def csv_bytes(rows: list[list[str]]) -> str:
    return "".join(",".join(r) + "\r\n" for r in rows)


def csv_file(
    path: Path, encoding: str, *, bom: bool = False, rows: list[list[str]] | None = None
) -> Path:
    text = csv_bytes(rows or [HEADER, ROW])
    data = text.encode(encoding)
    if bom:
        data = {
            "utf-8": codecs.BOM_UTF8,
            "utf-16-le": codecs.BOM_UTF16_LE,
            "utf-16-be": codecs.BOM_UTF16_BE,
        }[encoding] + data
    path.write_bytes(data)
    return path


def huge_cell_csv(path: Path, chars: int = 131_073) -> Path:
    path.write_text(csv_bytes([HEADER, ["1", "x" * chars, ROW[2], "男", "", ""]]), encoding="utf-8")
    return path


def many_rows_csv(path: Path, rows: int) -> Path:
    """`rows` data rows; written in one pass without building them all in memory."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(HEADER) + "\r\n")
        line = ",".join(ROW) + "\r\n"
        for _ in range(rows):
            fh.write(line)
    return path


def hidden_first_sheet(path: Path, *, hidden_rows: tuple[int, ...] = ()) -> Path:
    """A workbook whose first sheet (hidden) is a different roster from the visible second
    one; `hidden_rows` (Excel numbers) are hidden in the visible sheet."""
    book = openpyxl.Workbook()
    decoy = book.active
    decoy.title = "旧名单"
    decoy.append(HEADER)
    decoy.append(["1", "李四", "610204198506150038", "男", "", ""])
    decoy.sheet_state = "hidden"
    real = book.create_sheet("本次名单")
    real.append(HEADER)
    names = ["王五", "赵六", "孙七"]
    ids = ["610204198506150054", "610204198506150070", "610204198506150097"]
    for i, (name, number) in enumerate(zip(names, ids, strict=True)):
        real.append([str(i + 1), name, number, "男", "", ""])
    for row in hidden_rows:
        real.row_dimensions[row].hidden = True
    book.active = 1
    book.save(path)
    return path
