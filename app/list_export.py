"""导出 of a list page (单位, 会员, 参保, 理赔) to Excel: exactly the rows the page shows, with its
filter, personal data masked for the operator's role.

One writer for every list: `export_rows` takes the column titles, which columns hold personal data
(a field name of app.privacy) or numbers, and the rows as shown; it masks the personal columns
unless the actor may view personal data (Action.VIEW_SENSITIVE), writes every other value as text
(a cell never becomes a formula, "=1+1" stays those four characters) and streams the sheet
(openpyxl write-only), so the 200,000-member list does not sit in memory. The member list is lazy
on screen, so `export_members` runs the list's own query (same filter, same order) page by page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from app import clock, money, workbook
from app.auth import Action, Actor
from app.errors import RejectedInput
from app.member_search import MemberFilter, MemberRow, count_members, next_page
from app.members import GENDER_LABELS
from app.privacy import mask_value
from app.roster import xlsx
from models.enums import MemberStatus

Progress = Callable[[int, int], None]
PAGE = 2000
_COUNT = re.compile(r"-?\d+")


@dataclass(frozen=True)
class Column:
    """One column of a list: its title as shown; `personal` names the app.privacy field its
    values are (masked for roles without VIEW_SENSITIVE); `kind` "money" writes shown yuan
    ("1,234.50") as a number through app.money, "count" writes whole numbers ("12") as numbers,
    so Excel can add them up; "text" (and anything shown that is not such a figure) stays text."""

    title: str
    personal: str | None = None
    kind: str = "text"  # "text" | "money" | "count"


@dataclass(frozen=True)
class ListExport:
    path: Path
    rows: int  # data rows written
    masked: bool  # personal columns were masked for this actor


def _figure(kind: str, text: str) -> Decimal | int | None:
    if kind == "count":
        return int(text) if _COUNT.fullmatch(text) else None
    if kind == "money":
        try:
            return money.decimal_yuan(money.parse_yuan(text))
        except RejectedInput:
            return None
    return None


def _cell(sheet: Any, column: Column, value: Any, full: bool) -> Any:
    if column.personal and not full:
        value = mask_value(column.personal, value)
    text = "" if value is None else ILLEGAL_CHARACTERS_RE.sub("", str(value))
    if (figure := _figure(column.kind, text)) is not None:
        cell = WriteOnlyCell(sheet, figure)
        cell.number_format = xlsx.MONEY if column.kind == "money" else "0"
        return cell
    # plain text streams as it is (200,000 rows); risky text becomes a text cell
    return workbook.row_values(sheet, [text])[0]


def export_rows(
    actor: Actor,
    *,
    title: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    path: Path,
    info: Sequence[str] = (),
) -> ListExport:
    """Write `rows` (each a sequence of shown values, one per column) to an .xlsx at `path`:
    a title, the `info` lines (the filter, who exported when), a frozen header, the rows.
    Raises OSError when the file cannot be written (open in Excel, disk full)."""
    full = actor.can(Action.VIEW_SENSITIVE)
    masked = not full and any(c.personal for c in columns)
    notes = [*info, f"导出时间：{clock.now():%Y-%m-%d %H:%M}（{actor.display_name}）"]
    if masked:
        notes.append("个人信息已按操作员权限隐藏部分内容。")
    book = workbook.new_workbook(write_only=True)
    sheet = book.create_sheet("导出")
    for col, column in enumerate(columns, start=1):
        width = max(xlsx.display_width(column.title) + 4, 10 if not column.personal else 22)
        sheet.column_dimensions[get_column_letter(col)].width = min(width, 40)
    header_row = 1 + len(notes) + 2
    sheet.freeze_panes = f"A{header_row + 1}"
    heading = workbook.text_cell(sheet, title)
    heading.font = xlsx.TITLE_FONT
    sheet.append([heading])
    for line in notes:
        workbook.append(sheet, [line])
    sheet.append([])
    sheet.append([xlsx.header_cell(sheet, column.title) for column in columns])
    count = 0
    for row in rows:
        sheet.append([_cell(sheet, c, v, full) for c, v in zip(columns, row, strict=True)])
        count += 1
    workbook.save(book, path)
    return ListExport(Path(path), count, masked)


# -- the member list: the lazy list's own query, walked page by page -------------------------
MEMBER_COLUMNS = (
    Column("姓名"),
    Column("性别"),
    Column("证件号码", personal="id_number"),
    Column("出生日期"),
    Column("电话", personal="phone"),
    Column("单位"),
    Column("群体"),
    Column("状态"),
)
_STATUS = {MemberStatus.ACTIVE: "在职", MemberStatus.LEFT: "离职"}


def _member_line(row: MemberRow) -> list[Any]:
    status = _STATUS[row.status] + (f" {row.left_on}" if row.left_on else "")
    return [
        row.name, GENDER_LABELS[row.gender], row.id_number, row.birth_date.isoformat(),
        row.phone, row.unit_name, row.group_tag or "", status,
    ]  # fmt: skip


def _members(
    session: Session, actor: Actor, filt: MemberFilter, progress: Progress | None
) -> Iterator[list[Any]]:
    total = count_members(session, filt)
    done, after = 0, None
    while True:
        page, after = next_page(session, actor, filt, after=after, limit=PAGE)
        if not page:
            break
        for row in page:
            yield _member_line(row)
        done += len(page)
        if progress is not None:
            progress(min(done, total), total)


def export_members(
    session: Session,
    actor: Actor,
    *,
    filt: MemberFilter,
    path: Path,
    info: Sequence[str] = (),
    progress: Progress | None = None,
) -> ListExport:
    """The member list as the 会员 page shows it for `filt` (the same query and order as its lazy
    model), every matching member, not only the pages scrolled to. Progress per 2,000 rows."""
    return export_rows(
        actor, title="会员列表", columns=MEMBER_COLUMNS,
        rows=_members(session, actor, filt, progress), path=path, info=info,
    )  # fmt: skip
