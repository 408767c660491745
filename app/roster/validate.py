"""Row checks of a roster: every problem of every row in one pass, each naming its cell.

The checks that need no database run here (identity, sex, dates, phone, group, duplicates inside
the file, age limits of the chosen plans); `app.roster.matching` adds what the desk already knows
(member of another unit, left, name differs, already covered). The unit-level rules (ratio,
riders, shares …) are the enrolment service's, run by the importer.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Any

from app.catalogue import PlanSpec
from app.errors import RejectedInput
from app.i18n import Message, msg
from app.ids import ResidentId, age_on, id_check_digit, parse_resident_id
from app.members import (
    ALLOWED_TAGS,
    GENDER_LABELS,
    ID_TYPE_LABELS,
    MemberFields,
    checked_fields,
    parse_gender,
)
from app.roster import cells
from app.roster.reading import FIELD_LABELS, RosterSheet, SourceRow
from app.texts import first_hidden, hidden_message
from app.units import clean_text, normalise_phone
from models.enums import Gender, IdType

PROBLEM_LABELS = {
    "name": "姓名缺失或过长",
    "id_missing": "证件号码为空",
    "id_lost": "证件号码被存成数字、末位丢失",
    "id_invalid": "证件号码格式或出生日期有误",
    "id_check": "身份证号码校验位错误",
    "id_type": "证件类型无法识别",
    "gender": "性别无法识别",
    "gender_mismatch": "性别与身份证不符",
    "birth_date": "出生日期有误",
    "phone": "电话格式不对",
    "group_tag": "人员类别不在列表中",
    "bank": "银行账号有误",
    "duplicate": "文件内重复",
    "other_unit": "已是其他单位的会员",
    "left": "已离职",
    "name_mismatch": "姓名与已登记的不一致",
    "covered": "已参保，不能重复参保",
    "age": "年龄不符合参保条件",
    "masked_unknown": "隐藏号码对不上本单位会员",
    "hidden_char": "含有看不见的控制字符",
}
# the problem code of a field the member service refuses (bank details otherwise)
_SERVICE_CODES = {"id_number": "id_invalid", "gender": "gender", "birth_date": "birth_date"}
_PLAIN_MOBILE = re.compile(r"1[3-9][0-9]{9}")  # a mobile number as normalise_phone keeps it
MASKED_ID = re.compile(r"\d{6}\*{4,}\d{3}[\dX]")  # as app.privacy.mask_id writes it


@dataclass(frozen=True)
class RowProblem:
    row: int  # as Excel shows it
    field: str | None  # the column to mark; None: the row as a whole
    code: str  # a key of PROBLEM_LABELS
    message: Message  # "第 N 行：…"
    detail: Message  # the same without the row, for the row's own cell in the error report


@dataclass(frozen=True, slots=True)
class Candidate:
    """A row that passed its own checks: what the member service gets, and what rules need."""

    row: int
    fields: MemberFields
    id_number: str  # normalised (15-digit numbers converted)
    gender: Gender | None  # None only while a masked number is not resolved yet
    birth_date: dt.date | None
    name: str
    masked: bool = False  # an ID number masked in a renewal roster, matched by the importer


def row_problem(row: int, field: str | None, code: str, detail: Message) -> RowProblem:
    """A problem of Excel row `row`, its message prefixed with the row."""
    full = msg("第 {row} 行：{problem}", row=row, problem=detail)
    return RowProblem(row, field, code, full, detail)


def _rejected(row: int, code: str, exc: RejectedInput) -> RowProblem:
    return row_problem(row, exc.field, code, exc.message)


def _only_check_digit_wrong(number: str, today: dt.date) -> bool:
    """True when the number would be right with another last digit (a slip, or digits lost)."""
    if not re.fullmatch(r"\d{17}[\dX]", number):
        return False
    try:
        parse_resident_id(number[:17] + id_check_digit(number[:17]), today=today)
    except RejectedInput:
        return False
    return True


def _resident(
    row: int, number: str, gender: Gender | None, today: dt.date
) -> tuple[ResidentId | None, list[RowProblem]]:
    """A resident ID number parsed, and its problems and those of the sex typed beside it."""
    try:
        rid = parse_resident_id(number, today=today)
    except RejectedInput as refused:
        exc = refused
        wrong_check = _only_check_digit_wrong(number, today)
        if wrong_check and number.endswith("000"):
            exc = RejectedInput(
                msg(
                    "身份证号码“{n}”校验位错误，且以 000 结尾：多半是 Excel 把它存成了数字、"
                    "丢了末位，请按原证件重新填写。",
                    n=number,
                ),
                field="id_number",
            )
        return None, [_rejected(row, "id_check" if wrong_check else "id_invalid", exc)]
    if gender is not None and gender is not rid.gender:
        return rid, [
            row_problem(
                row,
                "gender",
                "gender_mismatch",
                msg(
                    "性别填写为“{typed}”，但身份证号码 {n} 显示为“{real}”，请核对性别或号码。",
                    typed=GENDER_LABELS[gender],
                    n=rid.number,
                    real=GENDER_LABELS[rid.gender],
                ),
            )
        ]
    return rid, []


# a column of few distinct values (男/女, 居民身份证 or empty) is read once per value, not per row
_id_type_of = lru_cache(maxsize=256, typed=True)(cells.id_type_of)


@lru_cache(maxsize=256, typed=True)
def _gender_of(value: Any) -> Gender | None:
    return parse_gender(cells.text_of(value))


def _identity(
    row: int, cell: dict[str, Any], today: dt.date
) -> tuple[tuple | None, list[RowProblem]]:
    """((id_type, number, gender, birth), problems) of one row's identity columns."""
    problems: list[RowProblem] = []
    id_type = _id_type_of(cell.get("id_type"))
    if id_type is None:
        problems.append(
            row_problem(
                row,
                "id_type",
                "id_type",
                msg(
                    "证件类型“{t}”无法识别，请填 {allowed} 之一。",
                    t=cells.text_of(cell.get("id_type")),
                    allowed="、".join(ID_TYPE_LABELS.values()),
                ),
            )
        )
    number, lost = cells.id_text(cell.get("id_number"))
    gender: Gender | None = None
    try:
        gender = _gender_of(cell.get("gender"))
    except RejectedInput as exc:
        problems.append(_rejected(row, "gender", exc))
    birth: dt.date | None = None
    try:
        birth = cells.date_of(cell.get("birth_date"))
    except ValueError:
        problems.append(
            row_problem(
                row,
                "birth_date",
                "birth_date",
                msg(
                    "出生日期“{d}”无法识别，请写成 1990-01-31。",
                    d=cells.text_of(cell.get("birth_date")),
                ),
            )
        )
    if not number:
        problems.append(row_problem(row, "id_number", "id_missing", msg("证件号码不能为空。")))
    elif lost:
        problems.append(
            row_problem(
                row,
                "id_number",
                "id_lost",
                msg(
                    "证件号码被 Excel 存成了数字（显示为 {shown}），15 位以后的数字已经丢失，无法修复；"
                    "请把“证件号码”列设置为“文本”格式，再按原证件重新填写。",
                    shown=number,
                ),
            )
        )
    elif id_type is IdType.RESIDENT_ID and not MASKED_ID.fullmatch(number):
        rid, found = _resident(row, number, gender, today)
        problems += found
        if rid is not None:  # the number decides sex and birth date
            number, gender, birth = rid.number, rid.gender, rid.birth_date
    if problems or id_type is None:
        return None, problems
    return (id_type, number, gender, birth), problems


def _name(text: str) -> str:
    return clean_text(text, "name", "姓名", 60, required=True)


def _phone(text: str) -> str:
    # a renewal roster masks phones; a masked one leaves the registered phone as it is
    if "*" in text:
        return ""
    return text if _PLAIN_MOBILE.fullmatch(text) else normalise_phone(text)


def _checked(
    row: int, code: str, check: Callable[[str], str], text: str, problems: list[RowProblem]
) -> str:
    try:
        return check(text)
    except RejectedInput as exc:
        problems.append(_rejected(row, code, exc))
        return ""


def _other_fields(row: int, cell: dict[str, Any]) -> tuple[dict[str, str], list[RowProblem]]:
    problems: list[RowProblem] = []
    values = {
        "name": _checked(row, "name", _name, cells.name_text(cell.get("name")), problems),
        "phone": _checked(row, "phone", _phone, cells.text_of(cell.get("phone")), problems),
    }
    tag = cells.text_of(cell.get("group_tag"))
    if tag not in ALLOWED_TAGS:
        problems.append(
            row_problem(
                row,
                "group_tag",
                "group_tag",
                msg(
                    "人员类别“{t}”不在列表中：请选 {allowed} 之一，或留空。",
                    t=tag,
                    allowed="、".join(ALLOWED_TAGS[1:]),
                ),
            )
        )
    values["group_tag"] = tag
    values["bank_name"] = cells.text_of(cell.get("bank_name"))
    values["bank_account"] = cells.text_of(cell.get("bank_account"))
    return values, problems


def _hidden_characters(row: int, cell: dict[str, Any]) -> list[RowProblem]:
    """Cells holding control, zero-width or bidi characters, as typed (before any cleaning
    could hide them): one problem per cell, naming the character and its position."""
    problems = []
    for field, value in cell.items():
        found = first_hidden(value) if isinstance(value, str) else None
        if found is not None:
            detail = hidden_message(f"“{FIELD_LABELS[field]}”", *found)
            problems.append(row_problem(row, field, "hidden_char", detail))
    return problems


def check_row(
    sheet: RosterSheet, src: SourceRow, today: dt.date
) -> tuple[Candidate | None, list[RowProblem]]:
    """One row's own problems (no database); a Candidate when there are none."""
    cell = sheet.values(src)
    hidden = _hidden_characters(src.number, cell)
    if hidden:
        return None, hidden
    identity, problems = _identity(src.number, cell, today)
    values, more = _other_fields(src.number, cell)
    problems += more
    if identity is None or problems:
        return None, problems
    id_type, number, gender, birth = identity
    fields = MemberFields(
        id_number=number, name=values["name"], id_type=id_type, gender=gender, birth_date=birth,
        phone=values["phone"], group_tag=values["group_tag"], bank_name=values["bank_name"],
        bank_account=values["bank_account"],
    )  # fmt: skip
    masked = bool(MASKED_ID.fullmatch(number))  # sex and birth come with the registered member
    if not masked and (gender is None or birth is None):
        what = "gender" if gender is None else "birth_date"
        label = ID_TYPE_LABELS[id_type]
        detail = msg("使用{label}登记时须填写{f}。", label=label, f=FIELD_LABELS[what])
        return None, [row_problem(src.number, what, what, detail)]
    if not masked and (
        id_type is not IdType.RESIDENT_ID or fields.bank_account or fields.bank_name
    ):
        # rare in rosters: the member service judges other documents and bank details, so that
        # every candidate is checked as registration needs it (`member_registration.register_checked`)
        try:
            fields = checked_fields(fields, today=today)
        except RejectedInput as exc:
            return None, [_rejected(src.number, _SERVICE_CODES.get(exc.field or "", "bank"), exc)]
    return Candidate(src.number, fields, number, gender, birth, values["name"], masked), []


_PLAIN_RESIDENT = re.compile(r"[0-9]{17}[0-9X]")
_SLOW = object()  # a value the column pass leaves to `check_row`


def _memo(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`convert` once per distinct value (keyed with its type: 1, 1.0 and True differ here);
    a value it refuses, or cannot key, gives _SLOW."""
    seen: dict[tuple[type, Any], Any] = {}

    def get(value: Any) -> Any:
        key = (type(value), value)
        try:
            return seen[key]
        except KeyError:
            pass
        except TypeError:
            return _SLOW
        try:
            seen[key] = result = convert(value)
        except (RejectedInput, ValueError):
            seen[key] = result = _SLOW
        return result

    return get


def _required(expected: Any, convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: expected if convert(value) == expected else _SLOW


def _allowed_tag(value: Any) -> Any:
    tag = cells.text_of(value)
    return tag if tag in ALLOWED_TAGS else _SLOW


def check_rows(
    sheet: RosterSheet, rows: Sequence[SourceRow], today: dt.date
) -> tuple[list[Candidate], list[RowProblem]]:
    """`check_row` of each of `rows`, in order, with the same candidates and problems — but
    read column by column: a column of few distinct values (sex, document type, group, an
    empty bank) is judged once per value, and a plain row (resident ID of 18 ASCII digits,
    a name of Chinese characters, a mobile or no phone, no bank details, nothing hidden) is
    checked right here in a few steps. Every other row goes through `check_row` itself, so
    its problems are named exactly as before."""
    width = len(rows)

    def column(field: str) -> list[Any]:
        index = sheet.columns.get(field)
        if index is None:
            return [None] * width
        return [r.cells[index] if index < len(r.cells) else None for r in rows]

    unprintable: set[int] = set()  # rows holding a character `_hidden_characters` may refuse
    for index in sheet.columns.values():
        texts = [r.cells[index] if index < len(r.cells) else None for r in rows]
        if not "".join(v for v in texts if type(v) is str).isprintable():
            unprintable.update(
                i for i, v in enumerate(texts) if type(v) is str and not v.isprintable()
            )
    resident = _memo(_required(IdType.RESIDENT_ID, _id_type_of))
    typed_gender, typed_birth = _memo(_gender_of), _memo(cells.date_of)
    tag_of, blank = _memo(_allowed_tag), _memo(_required("", cells.text_of))
    birth_of = _memo(lambda digits: _birth_in_id(digits, today))
    candidates: list[Candidate] = []
    problems: list[RowProblem] = []
    columns = zip(
        rows, column("id_number"), column("name"), column("id_type"), column("gender"),
        column("birth_date"), column("phone"), column("group_tag"), column("bank_name"),
        column("bank_account"), strict=True,
    )  # fmt: skip
    for i, (src, number, name, kind, sex, birth, phone, tag, bank, account) in enumerate(columns):
        fields = None
        if (
            i not in unprintable
            and type(number) is str
            and _PLAIN_RESIDENT.fullmatch(number)
            and type(name) is str
            and 0 < len(name) <= 60
            and _CJK_NAME.fullmatch(name)
            and unicodedata.is_normalized("NFKC", name)
            and resident(kind) is IdType.RESIDENT_ID
            and blank(bank) == ""
            and blank(account) == ""
            and typed_birth(birth) is not _SLOW
            and (group := tag_of(tag)) is not _SLOW
            and (mobile := _plain_mobile(phone)) is not None
            and (born := birth_of(number[6:14])) is not _SLOW
            and id_check_digit(number[:17]) == number[17]
        ):
            gender = Gender.MALE if int(number[16]) % 2 else Gender.FEMALE
            typed = typed_gender(sex)
            if typed is None or typed is gender:
                fields = MemberFields(
                    id_number=number, name=name, id_type=IdType.RESIDENT_ID, gender=gender,
                    birth_date=born, phone=mobile, group_tag=group,
                )  # fmt: skip
                candidates.append(Candidate(src.number, fields, number, gender, born, name))
        if fields is None:
            candidate, found = check_row(sheet, src, today)
            problems += found
            if candidate is not None:
                candidates.append(candidate)
    return candidates, problems


_CJK_NAME = re.compile(r"[\u3400-\u9fff\U00020000-\U0003ffff·]+")  # as `cells.name_text` keeps


def _birth_in_id(digits: str, today: dt.date) -> dt.date:
    """The birth date of an ID number's digits 7–14 as `parse_resident_id` accepts it."""
    birth = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    if birth > today or birth.year < 1900:
        raise ValueError(digits)
    return birth


def _plain_mobile(value: Any) -> str | None:
    """The phone `_phone` keeps for an empty cell or a plain mobile number; None otherwise."""
    if value is None:
        return ""
    kind = type(value)
    text = value if kind is str else cells.text_of(value) if kind in (float, int) else None
    return text if text is not None and _PLAIN_MOBILE.fullmatch(text) else None


_ID_NUMBER = attrgetter("id_number")


def duplicate_problems(candidates: Iterable[Candidate]) -> list[RowProblem]:
    """Rows sharing an ID number: each of them named, with the other rows."""
    candidates = list(candidates)
    counts = Counter(map(_ID_NUMBER, candidates))  # in C; a roster rarely repeats anyone
    if len(counts) == len(candidates):
        return []
    rows: dict[str, list[int]] = defaultdict(list)
    for c in candidates:
        if counts[c.id_number] > 1:
            rows[c.id_number].append(c.row)
    out = []
    for number, found in rows.items():
        for row in found if len(found) > 1 else ():
            others = "、".join(str(r) for r in found if r != row)
            out.append(
                row_problem(
                    row,
                    "id_number",
                    "duplicate",
                    msg(
                        "证件号码 {n} 与第 {others} 行重复，同一人只能出现一次，请删去多余的行。",
                        n=number,
                        others=others,
                    ),
                )
            )
    return out


def age_problems(
    candidates: Iterable[Candidate], plans: Iterable[PlanSpec], start: dt.date
) -> list[RowProblem]:
    """Rows whose age on the start date is outside a chosen plan's limits (sex-limited plans
    only count for the sex they are for: a man simply does not get NZ)."""
    plans = list(plans)
    out = []
    for c in candidates:
        assert c.birth_date is not None, "masked numbers are resolved before the age check"
        age = age_on(c.birth_date, start)
        for plan in plans:
            if plan.gender not in (None, c.gender) or plan.min_age <= age <= plan.max_age:
                continue
            out.append(
                row_problem(
                    c.row,
                    "id_number",
                    "age",
                    msg(
                        "{name} 在生效日 {d} 为 {a} 周岁，{c} 的参保年龄为 {lo}–{hi} 周岁，请移出名单。",
                        name=c.name,
                        d=start.isoformat(),
                        a=age,
                        c=plan.code,
                        lo=plan.min_age,
                        hi=plan.max_age,
                    ),
                )
            )
            break
    return out
