"""Factories for roster tests: an office with the shipped catalogue, a unit, people with valid
synthetic ID numbers, and real roster files (xlsx through openpyxl, csv in a chosen encoding)."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl

from app.auth import SYSTEM, Actor
from app.catalogue import ensure_catalogue
from app.db import Database
from app.ids import id_check_digit, uscc_check_char
from app.office import register_self
from app.units import UnitFields, add_unit
from models.enums import OfficeLevel

OFFICE = "61020401"
TODAY = "2026-03-10"
START = dt.date(2026, 3, 11)
HEADERS = ("序号", "姓名", "身份证号码", "性别", "手机号", "人员类别")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚"


@dataclass(frozen=True)
class Person:
    name: str
    id_number: str
    sex: str  # 男 / 女
    phone: str = ""
    tag: str = ""

    def row(self, seq: int) -> list[Any]:
        return [seq, self.name, self.id_number, self.sex, self.phone, self.tag]


def resident_id(birth: dt.date, male: bool, serial: int, region: str = "610204") -> str:
    order = (serial % 500) * 2 + (1 if male else 0)
    first17 = f"{region}{birth:%Y%m%d}{order:03d}"
    return first17 + id_check_digit(first17)


def person(i: int, *, male: bool | None = None, birth: dt.date | None = None) -> Person:
    """The i-th synthetic person: unique ID for i < 5,000,000, born 1970–1997."""
    male = i % 3 != 0 if male is None else male
    birth = birth or dt.date(1970, 1, 1) + dt.timedelta(days=i % 10_000)
    name = SURNAMES[i % len(SURNAMES)] + GIVEN[(i // 7) % len(GIVEN)] + GIVEN[(i // 3) % len(GIVEN)]
    phone = f"138{i % 100_000_000:08d}"
    return Person(name, resident_id(birth, male, i // 10_000), "男" if male else "女", phone)


def people(n: int, first: int = 0) -> list[Person]:
    return [person(i) for i in range(first, first + n)]


def uscc(serial: int) -> str:
    first17 = f"91610204MA{serial:07d}"
    return first17 + uscc_check_char(first17)


def setup_office(db: Database) -> None:
    with db.unit_of_work() as session:
        register_self(session, SYSTEM, code=OFFICE, name="测试代办处", level=OfficeLevel.COUNTY)
        ensure_catalogue(session)


def make_unit(
    db: Database, actor: Actor, *, headcount: int, female: int = 0, serial: int = 1, name: str = ""
) -> Any:
    with db.unit_of_work() as session:
        return add_unit(
            session,
            actor,
            data=UnitFields(
                uscc=uscc(serial),
                name=name or f"耀州测试单位{serial}",
                headcount=headcount,
                female_headcount=female,
            ),
        )


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    headers: Sequence[str] = HEADERS,
    title: str | None = None,
) -> Path:
    """A roster as a unit makes it in Excel; `title` puts a line above the header."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Sheet1")
    if title:
        sheet.append([title])
        sheet.append([])
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def write_csv(
    path: Path, rows: Sequence[Sequence[Any]], *, encoding: str, headers: Sequence[str] = HEADERS
) -> Path:
    """A CSV as Chinese Excel saves it: `gbk`, or `utf-8-sig` (with BOM), CRLF line ends."""
    with path.open("w", encoding=encoding, newline="") as out:
        writer = csv.writer(out)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def read_back(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)
