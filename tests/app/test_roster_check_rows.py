"""The column pass of the roster checks (`validate.check_rows`) finds exactly what checking
each row on its own (`validate.check_row`) finds: the same candidates, the same problems in
the same order, for plain rows and for every kind of row it hands back to `check_row`."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ids import id_check_digit
from app.members import ALLOWED_TAGS
from app.roster import validate
from app.roster.reading import RosterSheet, SourceRow
from app.roster.validate import check_row, check_rows
from tests.app.roster_factories import person

TODAY = dt.date(2026, 3, 10)
COLUMNS = ("name", "id_number", "id_type", "gender", "birth_date", "phone", "group_tag",
           "bank_name", "bank_account")  # fmt: skip


def _variants() -> list[tuple]:
    p = [person(i) for i in range(40)]
    wrong_check = p[5].id_number[:17] + ("0" if id_check_digit(p[5].id_number[:17]) != "0" else "1")
    fullwidth = p[6].id_number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    other_sex = "女" if p[7].sex == "男" else "男"
    return [
        (p[0].name, p[0].id_number, None, p[0].sex, None, p[0].phone, "", None, None),
        (p[1].name, p[1].id_number, "居民身份证", None, None, None, ALLOWED_TAGS[1], "", ""),
        (p[2].name, p[2].id_number.lower(), "身份证", "男", None, 13800000002.0, None, None, None),
        (p[3].name, p[3].id_number, None, "M", "1980-01-01", "0919-6612345", None, None, None),
        (p[4].name + "\u202e", p[4].id_number, None, None, None, None, None, None, None),
        (p[5].name, wrong_check, None, None, None, None, None, None, None),
        (p[6].name, fullwidth, None, None, None, None, None, None, None),
        (p[7].name, p[7].id_number, None, other_sex, None, None, None, None, None),
        ("张 三", p[8].id_number, None, None, None, None, None, None, None),
        ("阿依古丽•买买提", p[9].id_number, None, None, None, None, None, None, None),
        ("", p[10].id_number, None, None, None, None, None, None, None),
        ("王" * 61, p[11].id_number, None, None, None, None, None, None, None),
        (p[12].name, p[12].id_number, None, "未知", None, None, None, None, None),
        (p[13].name, p[13].id_number, None, None, "1990-02-30", None, None, None, None),
        (p[14].name, p[14].id_number, None, None, None, "12345", None, None, None),
        (p[15].name, p[15].id_number, None, None, None, "138****0000", None, None, None),
        (p[16].name, p[16].id_number, None, None, None, None, "外星人", None, None),
        (p[17].name, p[17].id_number, None, None, None, None, None, "中国农业银行", "62284800000"),
        ("John Smith", "E12345678", "护照", "男", "1980-05-01", None, None, None, None),
        (p[19].name, "610204********123X", None, None, None, None, None, None, None),
        (p[20].name, 6.10204199001011e17, None, None, None, None, None, None, None),
        (p[21].name, "610204203001010012", None, None, None, None, None, None, None),
        (
            p[22].name,
            p[22].id_number[:6] + p[22].id_number[8:17],
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        ),
        (p[23].name, "", None, None, None, None, None, None, None),
        (p[24].name, p[24].id_number, "驾驶证", None, None, None, None, None, None),
        (p[25].name, f" {p[25].id_number} ", None, None, None, None, None, None, None),
        (p[26].name, p[26].id_number, None, True, None, None, None, None, None),
        (p[27].name, p[27].id_number, None, None, None, 13800000027, None, None, None),
        (f"{p[28].name}\u3000", p[28].id_number, None, None, None, None, None, None, None),
        (p[29].name, p[29].id_number, None, None, dt.datetime(1970, 1, 30), None, None, None, None),
    ]


def _sheet(rows: list[tuple], *, short: bool = False) -> RosterSheet:
    source = [SourceRow(3 + i, row[:3] if short and i % 2 else row) for i, row in enumerate(rows)]
    columns = {field: i for i, field in enumerate(COLUMNS)}
    return RosterSheet("r.xlsx", "S", 2, COLUMNS, columns, source, "")


def _each(sheet: RosterSheet) -> tuple[list, list]:
    candidates, problems = [], []
    for src in sheet.rows:
        candidate, found = check_row(sheet, src, TODAY)
        problems += found
        if candidate is not None:
            candidates.append(candidate)
    return candidates, problems


def _same(sheet: RosterSheet) -> None:
    by_column, by_row = check_rows(sheet, sheet.rows, TODAY), _each(sheet)
    assert by_column[0] == by_row[0]
    seen = [
        [(p.row, p.field, p.code, str(p.message)) for p in found]
        for found in (by_column[1], by_row[1])
    ]
    assert seen[0] == seen[1]


def test_the_column_pass_finds_what_each_row_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = _sheet(_variants())
    _same(sheet)
    asked = []
    monkeypatch.setattr(
        validate, "check_row", lambda *a: asked.append(a[1].number) or check_row(*a)
    )
    candidates, problems = validate.check_rows(sheet, sheet.rows, TODAY)
    assert len(candidates) > 10 and len({p.row for p in problems}) > 10  # both kinds are there
    assert 3 not in asked and 4 not in asked and len(asked) < len(sheet.rows)  # plain rows


def test_rows_shorter_than_the_header_and_missing_columns() -> None:
    _same(_sheet(_variants(), short=True))
    rows = [(r[0], r[1]) for r in _variants()]
    sheet = RosterSheet("r.csv", "r", 1, ("姓名", "身份证号码"), {"name": 0, "id_number": 1},
                        [SourceRow(2 + i, row) for i, row in enumerate(rows)], "")  # fmt: skip
    _same(sheet)
