"""ORM rows for printing tests: an office, a catalogue, a unit with members, an enrollment with
coverages and a payment, claims in any state. Written with the ORM directly so these tests do not
wait for the enrollment and claims services."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.auth import SYSTEM
from app.demo import DEMO_OFFICE_CODE, DEMO_OFFICE_NAME
from app.ids import id_check_digit, uscc_check_char
from app.numbering import next_number
from app.office import register_self
from models import Catalogue, Claim, ClaimEvent, Coverage, Enrollment, Member, Payment, Plan, Unit
from models.enums import ClaimKind, ClaimStatus, Gender, IdType, OfficeLevel, Payer, PlanKind

NOW = dt.datetime(2026, 3, 2, 9, 30)
START = dt.date(2026, 3, 1)
END = dt.date(2027, 2, 28)
VERSION = "test-2026"
PLANS = {  # code: (name, kind, premium per share, waiting days)
    "ZY": ("在职职工住院医疗互助保障", PlanKind.MAIN, 6000, 30),
    "JT": ("住院津贴互助保障", PlanKind.RIDER, 3200, 30),
    "ZJ": ("在职职工重大疾病互助保障", PlanKind.RIDER, 3000, 90),
    "YW": ("在职职工意外伤害互助保障", PlanKind.RIDER, 1300, 0),
}
NAMES = [
    "张伟",
    "王芳",
    "李娜",
    "刘洋",
    "陈静",
    "杨帆",
    "赵磊",
    "黄丽",
    "周杰",
    "吴敏",
    "徐强",
    "孙悦",
    "马超",
    "朱琳",
    "胡斌",
    "郭瑶",
]


def resident_id(serial: int, gender: Gender = Gender.MALE) -> str:
    """A valid synthetic ID (region 610222), unique per serial for any number of members."""
    born = dt.date(1985, 6, 15) + dt.timedelta(days=serial // 400)
    seq = 100 + 2 * (serial % 400) + (1 if gender is Gender.MALE else 0)
    first17 = f"610222{born:%Y%m%d}{seq:03d}"
    return first17 + id_check_digit(first17)


def uscc(serial: int) -> str:
    first17 = f"91610204MA6T{serial:05d}"
    return first17 + uscc_check_char(first17)


@dataclass
class World:
    office_code: str
    unit: Unit
    members: list[Member]
    enrollment: Enrollment
    coverages: dict[uuid.UUID, list[Coverage]] = field(default_factory=dict)
    receipt_number: str = ""


def office(session: Session) -> str:
    register_self(
        session, SYSTEM, code=DEMO_OFFICE_CODE, name=DEMO_OFFICE_NAME, level=OfficeLevel.COUNTY
    )
    return DEMO_OFFICE_CODE


def catalogue(session: Session) -> None:
    if session.get(Catalogue, VERSION) is not None:
        return
    session.add(
        Catalogue(version=VERSION, name="测试目录", sha256="0" * 64, document="{}", loaded_at=NOW)
    )
    for code, (name, kind, premium, waiting) in PLANS.items():
        session.add(
            Plan(
                catalogue_version=VERSION,
                code=code,
                name=name,
                kind=kind,
                requires=[] if kind is PlanKind.MAIN else ["ZY"],
                premium_per_share=premium,
                max_shares=3,
                term_months=12,
                waiting_days=waiting,
                min_age=16,
                max_age=60,
                benefit={},
                valid_from=dt.date(2026, 1, 1),
                valid_to=dt.date(2026, 12, 31),
            )
        )
    session.flush()


def world(
    session: Session, *, members: int = 3, plans: dict[str, int] | None = None, serial: int = 1
) -> World:
    """Office, catalogue, a unit with `members` staff, all enrolled in `plans`, paid in full."""
    code = office(session)
    catalogue(session)
    plans = plans or {"ZY": 1, "ZJ": 2}
    unit = Unit(
        office_code=code,
        uscc=uscc(serial),
        name="铜川市耀州区阳光建材有限公司",
        union_name="阳光建材工会",
        headcount=members,
        created_at=NOW,
    )
    session.add(unit)
    session.flush()
    staff = []
    for i in range(members):
        gender = Gender.MALE if i % 2 == 0 else Gender.FEMALE
        name = NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else str(i // len(NAMES)))
        staff.append(
            Member(
                office_code=code,
                id_type=IdType.RESIDENT_ID,
                id_number=resident_id(i, gender),
                name=name,
                gender=gender,
                birth_date=dt.date(1985, 6, 15),
                unit_uuid=unit.uuid,
                bank_name="中国工商银行",
                bank_account=f"62220241000{i:08d}",
                created_at=NOW,
            )
        )
    session.add_all(staff)
    per_member = sum(PLANS[c][2] * s for c, s in plans.items())
    total = per_member * members
    enrollment = Enrollment(
        number=next_number(session, prefix="BD", office_code=code, year=2026),
        office_code=code,
        unit_uuid=unit.uuid,
        catalogue_version=VERSION,
        start_date=START,
        end_date=END,
        plans=plans,
        premium_total=total,
        pay_unit=total,
        operator="clerk1",
        created_at=NOW,
    )
    session.add(enrollment)
    session.flush()
    made = World(code, unit, staff, enrollment)
    for m in staff:
        made.coverages[m.uuid] = [
            Coverage(
                member_uuid=m.uuid,
                enrollment_uuid=enrollment.uuid,
                plan_code=c,
                shares=s,
                start_date=START,
                end_date=END,
                waiting_until=START + dt.timedelta(days=PLANS[c][3]),
                premium=PLANS[c][2] * s,
            )
            for c, s in plans.items()
        ]
        session.add_all(made.coverages[m.uuid])
    made.receipt_number = next_number(session, prefix="SJ", office_code=code, year=2026)
    session.add(
        Payment(
            enrollment_uuid=enrollment.uuid,
            amount=total,
            payer=Payer.UNIT,
            method="转账",
            paid_on=dt.date(2026, 2, 27),
            receipt_number=made.receipt_number,
            operator="clerk1",
        )
    )
    session.flush()
    return made


def claim(
    session: Session,
    made: World,
    *,
    status: ClaimStatus = ClaimStatus.RECEIVED,
    member: int = 0,
    documents: dict[str, bool] | None = None,
    working: list[str] | None = None,
    amount: int = 0,
    reason: str | None = None,
) -> Claim:
    m = made.members[member]
    cov = made.coverages[m.uuid][0]
    row = Claim(
        number=next_number(session, prefix="LP", office_code=made.office_code, year=2026),
        office_code=made.office_code,
        member_uuid=m.uuid,
        coverage_uuid=cov.uuid,
        plan_code=cov.plan_code,
        kind=ClaimKind.STAY,
        event_date=dt.date(2026, 5, 10),
        hospital="耀州区人民医院",
        admitted=dt.date(2026, 5, 10),
        discharged=dt.date(2026, 5, 20),
        self_pay=1200000,
        computed_benefit=amount,
        working=working or [],
        approved_amount=amount or None,
        status=status,
        intake_operator="clerk1",
        decision_reason=reason,
        documents=documents if documents is not None else {"互助金申请书": True, "身份证": True},
        received_on=dt.date(2026, 6, 5),
        created_at=NOW,
    )
    session.add(row)
    session.flush()
    if status in (ClaimStatus.APPROVED, ClaimStatus.REJECTED, ClaimStatus.PAID):
        session.add(
            ClaimEvent(
                claim_uuid=row.uuid,
                at=dt.datetime(2026, 6, 18, 10, 0),
                operator="supervisor1",
                action="decide",
                from_status="awaiting_approval",
                to_status=ClaimStatus.REJECTED.value
                if status is ClaimStatus.REJECTED
                else ClaimStatus.APPROVED.value,
                reason=reason,
            )
        )
        session.flush()
    return row
