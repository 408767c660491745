"""Synthetic units and members for the demo office and for generated test and bench data."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterable

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app import audit, clock
from app.ids import id_check_digit, uscc_check_char
from app.pinyin import initials
from models import JournalEntry, Member, Unit
from models.enums import Gender, IdType, JournalOp

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华文博子涵欣怡浩然梓萱宇轩雨桐俊杰思远嘉怡晓东海燕红梅志强春花秋菊冬梅立新卫东"
UNIT_NAMES = (
    ("耀州区人民医院", "卫生"),
    ("铜川市耀州区第一中学", "教育"),
    ("耀州窑文化旅游公司", "文旅"),
    ("陕西耀州水泥有限公司", "建材"),
    ("耀州区城市管理执法局", "机关"),
    ("耀州区供电分公司", "电力"),
    ("铜川耀州快递服务站", "快递"),
    ("耀州区锦阳街道社区卫生服务中心", "卫生"),
    ("耀州区交通运输公司", "交通"),
    ("耀州区家政服务协会", "家政"),
    ("耀州区税务局", "机关"),
    ("铜川照金红色旅游公司", "文旅"),
    ("耀州区农业技术推广中心", "农业"),
    ("耀州区保安服务有限公司", "保安"),
    ("耀州区天宝路商场", "商贸"),
    ("耀州区第二小学", "教育"),
    ("耀州区中医医院", "卫生"),
    ("耀州区网约车服务中心", "交通"),
    ("铜川耀州煤业有限公司", "能源"),
    ("耀州区护理服务中心", "护理"),
)
_INDUSTRY_TAG = {
    "快递": "快递员",
    "家政": "家政服务员",
    "保安": "保安员",
    "护理": "护工护理员",
    "交通": "网约车司机",
    "商贸": "商场信息员",
}
REGIONS = ("610204", "610202", "610203", "610222", "610100", "610113")


def synthetic_id(rng: random.Random, birth: dt.date, gender: Gender, serial: int) -> str:
    region = rng.choice(REGIONS)
    order = (serial % 499) * 2 + (1 if gender is Gender.MALE else 0)
    first17 = f"{region}{birth:%Y%m%d}{order:03d}"
    return first17 + id_check_digit(first17)


def synthetic_uscc(rng: random.Random, region: str = "610204") -> str:
    body = "91" + region + "".join(rng.choice("0123456789") for _ in range(9))
    return body + uscc_check_char(body)


def random_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def add_units_and_members(
    session: Session, rng: random.Random, office_code: str, scale: int = 1
) -> tuple[int, int]:
    """Insert demo units and their members with journal rows, audited as one demo load."""
    units = len(UNIT_NAMES) * scale
    # drawn lazily, one per unit as it is built, so a seed gives the same demo as before
    headcounts = (rng.choice((12, 25, 38, 60, 85, 99, 120, 150, 210)) for _ in range(units))
    return add_population(session, rng, office_code, headcounts)


def add_population(
    session: Session, rng: random.Random, office_code: str, headcounts: Iterable[int]
) -> tuple[int, int]:
    """One unit per entry of `headcounts`, staffed with that many synthetic members.

    Bulk inserts (units, members, journal) and one audit record, so 200,000 members for the
    benchmarks take seconds. Returns (units, members) actually inserted (an ID that came out
    twice is skipped).
    """
    now, today = clock.now(), clock.today()
    unit_rows, member_rows, used_ids = [], [], set()
    serial = 0
    for index, headcount in enumerate(headcounts):
        name, industry = UNIT_NAMES[index % len(UNIT_NAMES)]
        if index >= len(UNIT_NAMES):
            name = f"{name}第{index // len(UNIT_NAMES) + 1}分部"
        staff = [_person(rng, today, serial + i) for i in range(headcount)]
        serial += headcount
        unit_id = uuid.uuid4()
        unit_rows.append(_unit_row(rng, office_code, unit_id, name, industry, staff, now))
        for person_name, birth, gender, number in staff:
            if number in used_ids:
                continue
            used_ids.add(number)
            member_rows.append(
                dict(
                    uuid=uuid.uuid4(),
                    office_code=office_code,
                    id_type=IdType.RESIDENT_ID,
                    id_number=number,
                    name=person_name,
                    name_initials=initials(person_name),
                    gender=gender,
                    birth_date=birth,
                    phone=f"13{rng.randint(100000000, 999999999)}",
                    unit_uuid=unit_id,
                    group_tag=_INDUSTRY_TAG.get(industry, ""),
                    bank_name="中国农业银行耀州支行",
                    bank_account=f"62284{rng.randint(10**13, 10**14 - 1)}",
                    created_at=now,
                    updated_at=now,
                )
            )
    session.execute(insert(Unit.__table__), unit_rows)
    session.execute(insert(Member.__table__), member_rows)
    session.execute(
        insert(JournalEntry),
        [
            dict(entity=table, uuid=str(row["uuid"]), op=JournalOp.INSERT, at=now)
            for table, rows in (("units", unit_rows), ("members", member_rows))
            for row in rows
        ],
    )
    audit.record(
        session,
        "system",
        "demo.load",
        entity="offices",
        entity_id=office_code,
        details={"units": len(unit_rows), "members": len(member_rows)},
    )
    return len(unit_rows), len(member_rows)


def _unit_row(
    rng: random.Random,
    office_code: str,
    unit_id: uuid.UUID,
    name: str,
    industry: str,
    staff: list[tuple[str, dt.date, Gender, str]],
    now: dt.datetime,
) -> dict:
    return dict(
        uuid=unit_id,
        office_code=office_code,
        uscc=synthetic_uscc(rng),
        name=name,
        union_name=f"{name}工会",
        industry=industry,
        address=f"铜川市耀州区{name[3:7]}路",
        contact=random_name(rng),
        phone=f"0919-66{rng.randint(10000, 99999)}",
        headcount=len(staff),
        female_headcount=sum(p[2] is Gender.FEMALE for p in staff),
        created_at=now,
        updated_at=now,
    )


def _person(rng: random.Random, today: dt.date, serial: int) -> tuple[str, dt.date, Gender, str]:
    age_days = rng.randint(18 * 365, 59 * 365)
    birth = today - dt.timedelta(days=age_days)
    gender = rng.choice((Gender.MALE, Gender.FEMALE))
    return random_name(rng), birth, gender, synthetic_id(rng, birth, gender, serial)
