"""Spreadsheets the office hands out: a unit's member list, a members search result, and an
enrollment's roster with premiums (对账单) with its totals.

ID numbers and phones are masked unless the actor may see personal data
(`Action.VIEW_SENSITIVE`) — the masking is done by the queries that feed the lists, so an
export never shows more than the screen. Files are written in openpyxl's write-only mode, so a
200,000-member list streams to disk instead of being held as cells in memory.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock, workbook
from app.auth import Action, Actor
from app.enrollment.context import get_enrollment
from app.enrollment.premiums import PaymentSplit
from app.member_search import MemberFilter, MemberRow, count_members, page_members
from app.members import GENDER_LABELS, ID_TYPE_LABELS
from app.money import decimal_yuan, plain_yuan
from app.privacy import mask_id
from app.roster import xlsx
from models import Coverage, Member, Unit
from models.enums import MemberStatus

PAGE = 2000
Progress = Callable[[int, int], None]
STATUS_LABELS = {MemberStatus.ACTIVE: "在职", MemberStatus.LEFT: "离职"}
MEMBER_COLUMNS = (
    "序号",
    "姓名",
    "证件类型",
    "证件号码",
    "性别",
    "出生日期",
    "手机号码",
    "人员类别",
    "状态",
)
MEMBER_WIDTHS = {1: 8, 2: 14, 3: 18, 4: 22, 5: 6, 6: 12, 7: 15, 8: 14, 9: 8, 10: 30}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int  # data rows written (without header and totals)
    masked: bool  # personal data masked for this actor


@dataclass(frozen=True)
class Table:
    """What one exported sheet holds; `money` names columns (1-based) holding Decimal yuan."""

    sheet_title: str
    title: str
    info: Sequence[str]
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]
    widths: dict[int, int]
    money: frozenset[int] = frozenset()


def _cells(sheet: Any, values: Sequence[Any], table: Table, *, bold: bool = False) -> list[Any]:
    out = []
    for col, value in enumerate(values, start=1):
        cell = workbook.text_cell(sheet, value)
        if col in table.money:
            cell.number_format = xlsx.MONEY
        if bold:
            cell.font, cell.fill = xlsx.BOLD, xlsx.TOTAL_FILL
        out.append(cell)
    return out


def write_table(path: Path, table: Table, totals: Callable[[], Sequence[Any]] | None = None) -> int:
    """Stream `table` into an .xlsx at `path`: title, info lines, frozen header, rows, and the
    totals row `totals()` gives once the rows are written. Returns the number of rows."""
    book = workbook.new_workbook(write_only=True)
    sheet = book.create_sheet(table.sheet_title)
    for col, width in table.widths.items():
        sheet.column_dimensions[get_column_letter(col)].width = width
    header_row = 2 + len(table.info) + 1
    sheet.freeze_panes = f"A{header_row + 1}"
    title = workbook.text_cell(sheet, table.title)
    title.font = xlsx.TITLE_FONT
    sheet.append([title])
    for line in table.info:
        workbook.append(sheet, [line])
    sheet.append([])
    header = []
    for text in table.headers:
        cell = workbook.text_cell(sheet, text)
        cell.font, cell.fill, cell.border = xlsx.BOLD, xlsx.HEADER_FILL, xlsx.BOX
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in table.rows:
        sheet.append(_cells(sheet, row, table) if table.money else workbook.row_values(sheet, row))
        count += 1
    if totals is not None:
        sheet.append(_cells(sheet, totals(), table, bold=True))
    workbook.save(book, path)
    return count


def _member_pages(
    session: Session, actor: Actor, filt: MemberFilter, progress: Progress | None
) -> Iterator[MemberRow]:
    total = count_members(session, filt)
    for offset in range(0, total, PAGE):
        yield from page_members(session, actor, filt, offset=offset, limit=PAGE, order="name")
        if progress is not None:
            progress(min(offset + PAGE, total), total)


def _member_line(seq: int, m: MemberRow, *, with_unit: bool) -> list[Any]:
    status = STATUS_LABELS[m.status] + (f"（{m.left_on.isoformat()}）" if m.left_on else "")
    line = [
        seq, m.name, ID_TYPE_LABELS[m.id_type], m.id_number, GENDER_LABELS[m.gender],
        m.birth_date, m.phone, m.group_tag, status,
    ]  # fmt: skip
    return [*line, m.unit_name] if with_unit else line


def _member_export(
    session: Session,
    actor: Actor,
    *,
    filt: MemberFilter,
    path: Path,
    title: str,
    info: list[str],
    with_unit: bool,
    progress: Progress | None,
) -> ExportResult:
    full = actor.can(Action.VIEW_SENSITIVE)
    counts = {"all": 0, "active": 0}

    def rows() -> Iterator[list[Any]]:
        for seq, m in enumerate(_member_pages(session, actor, filt, progress), start=1):
            counts["all"], counts["active"] = (
                seq,
                counts["active"] + (m.status is MemberStatus.ACTIVE),
            )
            yield _member_line(seq, m, with_unit=with_unit)

    headers = [*MEMBER_COLUMNS, "所属单位"] if with_unit else list(MEMBER_COLUMNS)
    notes = [*info, f"导出时间：{clock.now():%Y-%m-%d %H:%M}（{actor.display_name}）"]
    if not full:
        notes.append("证件号码和手机号码已按权限隐藏中间几位。")
    table = Table("会员名单", title, notes, headers, rows(), MEMBER_WIDTHS)
    count = write_table(
        path, table, lambda: ["合计", f"{counts['all']} 人，其中在职 {counts['active']} 人"]
    )
    return ExportResult(Path(path), count, not full)


def export_unit_members(
    session: Session,
    actor: Actor,
    *,
    unit_uuid: uuid.UUID,
    path: Path,
    progress: Progress | None = None,
) -> ExportResult:
    """A unit's members (those who left included, marked) as .xlsx, by name."""
    unit = session.get(Unit, unit_uuid)
    name = unit.name if unit else ""
    return _member_export(
        session, actor, filt=MemberFilter(unit_uuid=unit_uuid), path=path,
        title=f"{name} 会员名单", info=[f"统一社会信用代码：{unit.uscc if unit else ''}"],
        with_unit=False, progress=progress,
    )  # fmt: skip


def export_member_search(
    session: Session,
    actor: Actor,
    *,
    filt: MemberFilter,
    path: Path,
    progress: Progress | None = None,
) -> ExportResult:
    """The members a search finds (the same filter the member list uses) as .xlsx."""
    what = f"查询条件：{filt.text}" if filt.text else "查询条件：全部会员"
    return _member_export(
        session, actor, filt=filt, path=path, title="会员查询结果", info=[what],
        with_unit=True, progress=progress,
    )  # fmt: skip


@dataclass
class _Tally:
    people: int = 0
    by_plan: dict[str, int] = field(default_factory=dict)  # fen

    def totals(self, codes: list[str]) -> list[Any]:
        plans = [decimal_yuan(self.by_plan.get(c, 0)) for c in codes]
        return [
            "合计",
            f"{self.people} 人",
            None,
            None,
            *plans,
            decimal_yuan(sum(self.by_plan.values())),
        ]


def _statement_lines(
    session: Session, enrollment_uuid: uuid.UUID, codes: list[str], full: bool, tally: _Tally
) -> Iterator[list[Any]]:
    """One line per member: premium per plan (yuan) and the member's total; `tally` adds up
    people and per-plan premiums as the lines go by."""
    query = (
        select(
            Member.uuid,
            Member.name,
            Member.id_number,
            Member.gender,
            Coverage.plan_code,
            Coverage.premium,
        )
        .join(Member, Member.uuid == Coverage.member_uuid)
        .where(Coverage.enrollment_uuid == enrollment_uuid)
        .order_by(Member.name, Member.id_number, Coverage.plan_code)
    )
    current: uuid.UUID | None = None
    person: list[Any] = []
    premiums: dict[str, int] = {}
    seq = 0

    def line() -> list[Any]:
        cells = [premiums.get(code) for code in codes]
        return [
            seq,
            *person,
            *(None if c is None else decimal_yuan(c) for c in cells),
            decimal_yuan(sum(premiums.values())),
        ]

    for member, name, number, gender, code, premium in session.execute(query):
        if member != current:
            if current is not None:
                yield line()
            seq, current, premiums = seq + 1, member, {}
            tally.people = seq
            person = [name, number if full else mask_id(number), GENDER_LABELS[gender]]
        premiums[code] = premiums.get(code, 0) + premium
        tally.by_plan[code] = tally.by_plan.get(code, 0) + premium
    if current is not None:
        yield line()


def export_enrollment_statement(
    session: Session, actor: Actor, *, number: str, path: Path
) -> ExportResult:
    """An enrollment's roster with each member's premium per plan and a totals row (对账单),
    with the unit, period, plans and who pays what above the table."""
    enrollment = get_enrollment(session, number)
    unit = session.get(Unit, enrollment.unit_uuid)
    assert unit is not None
    full = actor.can(Action.VIEW_SENSITIVE)
    codes = list(enrollment.plans)
    split = PaymentSplit(
        enrollment.pay_unit, enrollment.pay_union, enrollment.pay_individual, enrollment.pay_gift
    )
    payers = "，".join(
        f"{p} {plain_yuan(a)} 元"
        for p, a in zip(("单位", "工会", "个人", "赠送"), split.parts().values(), strict=True)
        if a
    )
    info = [
        f"参保单位：{unit.name}（统一社会信用代码 {unit.uscc}）",
        f"参保单号：{enrollment.number}    保障期：{enrollment.start_date} 至 {enrollment.end_date}",
        "保障计划：" + "、".join(f"{c} {s} 份" for c, s in enrollment.plans.items()),
        f"应缴会费：{plain_yuan(enrollment.premium_total)} 元（{payers or '无'}）",
        f"制表：{actor.display_name}  {clock.today().isoformat()}"
        + ("" if full else "（证件号码已按权限隐藏中间几位）"),
    ]
    headers = ["序号", "姓名", "证件号码", "性别", *(f"{c}（元）" for c in codes), "合计（元）"]
    tally = _Tally()
    money = frozenset(range(5, 5 + len(codes) + 1))
    widths = {1: 8, 2: 14, 3: 22, 4: 6, **{5 + i: 12 for i in range(len(codes) + 1)}}
    table = Table("对账单", f"{unit.name} 职工互助保障参保对账单", info, headers,
                  _statement_lines(session, enrollment.uuid, codes, full, tally), widths, money)  # fmt: skip
    count = write_table(path, table, lambda: tally.totals(codes))
    return ExportResult(Path(path), count, not full)
