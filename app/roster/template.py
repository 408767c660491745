"""The roster template units fill in, and the renewal roster pre-filled with an enrollment's
members. Both read back through `app.roster.reading` unchanged.

The ID column is formatted as text so Excel cannot turn 18 digits into 6.10204E+17; sex, ID type
and group have drop-down lists; the header is frozen; a second sheet explains how to fill it in.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import workbook
from app.auth import Action, Actor, require
from app.enrollment.context import get_enrollment
from app.errors import found
from app.i18n import msg
from app.members import GENDER_LABELS, GROUP_TAGS, ID_TYPE_LABELS, OTHER_TAG
from app.privacy import mask_id, mask_phone
from app.roster import xlsx
from models import Coverage, Member, Unit
from models.enums import MemberStatus

SHEET_TITLE = "参保人员名单"
COLUMNS = ("序号", "姓名", "证件类型", "证件号码", "性别", "出生日期", "手机号码", "人员类别")
ID_COL, TYPE_COL, SEX_COL, BIRTH_COL, PHONE_COL, TAG_COL = 4, 3, 5, 6, 7, 8
HEADER_ROW = 3
TEMPLATE_ROWS = 5000  # rows given drop-downs and text format
WIDTHS = {1: 6, 2: 14, 3: 18, 4: 22, 5: 6, 6: 12, 7: 15, 8: 14}
INSTRUCTIONS = (
    "职工互助保障参保人员名单 填写说明",
    "",
    "1. 每位职工填一行，不要合并单元格，不要在表头上方或中间插入说明行（第 1、2 行标题可保留）。",
    "2. “证件号码”列已设为文本格式：请直接输入或粘贴 18 位身份证号码，末位 X 大小写均可。"
    "如从其他表格粘贴，请“选择性粘贴 → 数值”，并确认号码没有变成 6.10204E+17 这样的形式；"
    "一旦变成这种形式，末几位数字已经丢失，只能按原证件重新填写。",
    "3. “证件类型”不填视为居民身份证；使用护照、港澳台居民居住证等其他证件时，须填写性别和出生日期。",
    "4. “性别”请从下拉列表选择“男”或“女”，须与身份证号码一致。",
    "5. “人员类别”可留空；属于八大群体（新就业形态劳动者）的，请从下拉列表选择。",
    "6. “手机号码”填 11 位手机号，或带区号的固定电话（如 0919-6612345）。",
    "7. 姓名中的间隔号请用“·”（如 阿依古丽·买买提）；姓名前后空格会自动去掉。",
    "8. 同一人只能出现一次；已在其他单位参保的职工，请先办理调动。",
    "9. 也可以保存为 .xls 或 .csv 文件（CSV 请用 Excel 另存为“CSV UTF-8”或“CSV（逗号分隔）”）。",
    "",
    "代办处收到名单后会逐行检查；有问题的行会在“错误报告”中标红并注明原因，请改正后再交回。",
)


@dataclass(frozen=True)
class PrefilledRow:
    name: str
    id_type: str
    id_number: str
    sex: str
    birth: object
    phone: str
    tag: str


def _list_validation(sheet: Worksheet, col: int, values: Sequence[str], prompt: str) -> None:
    letter = get_column_letter(col)
    rule = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True)
    rule.error, rule.errorTitle = f"请从列表中选择：{'、'.join(values)}", "填写有误"
    rule.prompt, rule.showErrorMessage, rule.showInputMessage = prompt, True, True
    sheet.add_data_validation(rule)
    rule.add(f"{letter}{HEADER_ROW + 1}:{letter}{HEADER_ROW + TEMPLATE_ROWS}")


def _roster_sheet(book: Workbook, title: str, unit_line: str, rows: Sequence[PrefilledRow]) -> None:
    sheet = book.active
    sheet.title = SHEET_TITLE
    xlsx.write_title(sheet, title, len(COLUMNS))
    workbook.put(sheet, 2, 1, unit_line)
    xlsx.write_header(sheet, HEADER_ROW, COLUMNS)
    xlsx.fit_widths(sheet, [], fixed=WIDTHS)
    xlsx.text_column(sheet, ID_COL)
    xlsx.text_column(sheet, PHONE_COL)
    _list_validation(sheet, SEX_COL, list(GENDER_LABELS.values()), "男 或 女")
    _list_validation(sheet, TYPE_COL, list(ID_TYPE_LABELS.values()), "不填视为居民身份证")
    _list_validation(sheet, TAG_COL, [*GROUP_TAGS, OTHER_TAG], "八大群体可选，其他可留空")
    for offset, row in enumerate(rows, start=1):
        line = HEADER_ROW + offset
        values = (
            offset,
            row.name,
            row.id_type,
            row.id_number,
            row.sex,
            row.birth,
            row.phone,
            row.tag,
        )
        for col, value in enumerate(values, start=1):
            cell = workbook.put(sheet, line, col, value or None)
            if col in (ID_COL, PHONE_COL):
                cell.number_format = xlsx.TEXT
            elif col == BIRTH_COL:
                cell.number_format = xlsx.DATE


def _instructions(book: Workbook) -> None:
    sheet = book.create_sheet("填写说明")
    for line, text in enumerate(INSTRUCTIONS, start=1):
        cell = workbook.put(sheet, line, 1, text)
        cell.alignment = xlsx.WRAP
    sheet.cell(row=1, column=1).font = xlsx.TITLE_FONT
    sheet.column_dimensions["A"].width = 110


def write_template(
    path: Path, *, unit_name: str = "", uscc: str = "", rows: Sequence[PrefilledRow] = ()
) -> Path:
    """Write the roster template to `path` (.xlsx); with a unit, its name is filled in."""
    book = workbook.new_workbook()
    title = f"{unit_name} 职工互助保障参保人员名单" if unit_name else "职工互助保障参保人员名单"
    line = (
        f"单位名称：{unit_name}    统一社会信用代码：{uscc}"
        if unit_name
        else "单位名称：            统一社会信用代码："
    )
    _roster_sheet(book, title, line, rows)
    _instructions(book)
    return workbook.save(book, path)


def unit_template(session: Session, *, unit_uuid: uuid.UUID, path: Path) -> Path:
    """The template with the unit's name and code filled in."""
    unit = found(session.get(Unit, unit_uuid), msg("没有找到该单位，请刷新后重试。"), field="unit")
    return write_template(path, unit_name=unit.name, uscc=unit.uscc)


def renewal_roster(session: Session, actor: Actor, *, number: str, path: Path) -> int:
    """The template pre-filled with the members of enrollment `number` still in service, for the
    unit to confirm before renewing. ID numbers and phones are masked unless the actor may see
    personal data; the importer matches a masked number to the unit's member of that name.
    Returns the number of rows written."""
    require(actor, Action.ENROLL)
    enrollment = get_enrollment(session, number)
    unit = session.get(Unit, enrollment.unit_uuid)
    assert unit is not None
    covered = select(Coverage.member_uuid).where(Coverage.enrollment_uuid == enrollment.uuid)
    members = session.scalars(
        select(Member)
        .where(Member.uuid.in_(covered), Member.status == MemberStatus.ACTIVE)
        .order_by(Member.name, Member.id_number)
    )
    full = actor.can(Action.VIEW_SENSITIVE)
    rows = [
        PrefilledRow(
            name=m.name,
            id_type=ID_TYPE_LABELS[m.id_type],
            id_number=m.id_number if full else mask_id(m.id_number),
            sex=GENDER_LABELS[m.gender],
            birth=m.birth_date,
            phone=m.phone if full else mask_phone(m.phone),
            tag=m.group_tag,
        )
        for m in members
    ]
    write_template(path, unit_name=unit.name, uscc=unit.uscc, rows=rows)
    return len(rows)
