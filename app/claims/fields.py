"""Every field of a claim application, declared once: its type, its Chinese label, the claim kinds
that use it, whether a reviewer may correct it, its command-line option and (for a date) the
kinds that require it.

The intake form builds its rows from this table, the correction dialog its choices, `huzhu claim
new` its options, the lists the claim's shown fields, and `intake.input_problems` its labels and
the dates each kind requires. To give a kind a new field: add a row here, an attribute with a
default to `ClaimInput` and a column to `models.Claim` (with its migration); a test checks that
the three agree.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

from app.benefits import MILD, SEVERE
from app.errors import RejectedInput
from app.i18n import msg
from app.money import parse_yuan
from app.texts import check_text
from models.enums import ClaimKind

K = ClaimKind
ALL_KINDS = frozenset(ClaimKind)
STAYS = frozenset({K.STAY, K.ALLOWANCE})
LUMP_SUMS = frozenset({K.CRITICAL, K.FEMALE})
ACCIDENTS = frozenset({K.ACCIDENT_DEATH, K.ACCIDENT_DISABILITY, K.ACCIDENT_STAY})


class FieldType(enum.StrEnum):
    TEXT = "text"
    MONEY = "money"  # entered in yuan, stored in fen
    DATE = "date"
    INT = "int"
    CHOICE = "choice"


@dataclass(frozen=True)
class ClaimField:
    name: str
    type: FieldType
    label: str
    kinds: frozenset[ClaimKind]
    option: str
    correctable: bool = True
    required_for: frozenset[ClaimKind] = frozenset()  # dates the kind cannot be assessed without
    choices: tuple[tuple[str, Any], ...] = ()  # (label, value) of a CHOICE field
    bounds: tuple[int, int] = (0, 0)  # (lowest, highest) of an INT field

    @property
    def short_label(self) -> str:
        """The label without its unit: “总费用（元）” → “总费用”."""
        return self.label.split("（")[0]


CLAIM_FIELDS: tuple[ClaimField, ...] = (
    ClaimField("claimant_name", FieldType.TEXT, "申请人姓名", ALL_KINDS, "--name"),
    ClaimField("hospital", FieldType.TEXT, "医院", STAYS | {K.ACCIDENT_STAY}, "--hospital"),
    ClaimField(
        "hospital_level",
        FieldType.CHOICE,
        "医院等级",
        STAYS,
        "--hospital-level",
        choices=(("一级", 1), ("二级", 2), ("三级", 3)),
    ),
    ClaimField(
        "invoice_number",
        FieldType.TEXT,
        "发票号码",
        STAYS | {K.ACCIDENT_STAY},
        "--invoice",
    ),
    ClaimField(
        "admitted",
        FieldType.DATE,
        "入院日期",
        STAYS | {K.ACCIDENT_STAY},
        "--admitted",
        required_for=STAYS,
    ),
    ClaimField(
        "discharged",
        FieldType.DATE,
        "出院日期",
        STAYS | {K.ACCIDENT_STAY},
        "--discharged",
        required_for=STAYS,
    ),
    ClaimField("settled", FieldType.DATE, "结算日期", STAYS, "--settled"),
    ClaimField("total_cost", FieldType.MONEY, "总费用（元）", frozenset({K.STAY}), "--total"),
    ClaimField(
        "insurance_paid",
        FieldType.MONEY,
        "基本医保已付（元）",
        frozenset({K.STAY}),
        "--insurance-paid",
    ),
    ClaimField(
        "self_pay", FieldType.MONEY, "政策内个人自付（元）", frozenset({K.STAY}), "--self-pay"
    ),
    ClaimField(
        "out_of_policy", FieldType.MONEY, "自费（元）", frozenset({K.STAY}), "--out-of-policy"
    ),
    ClaimField("diagnosis", FieldType.TEXT, "诊断", LUMP_SUMS, "--diagnosis"),
    ClaimField(
        "severity",
        FieldType.CHOICE,
        "疾病程度",
        frozenset({K.CRITICAL}),
        "--severity",
        choices=((SEVERE, SEVERE), (MILD, MILD)),
    ),
    ClaimField(
        "diagnosed", FieldType.DATE, "确诊日期", LUMP_SUMS, "--diagnosed", required_for=LUMP_SUMS
    ),
    ClaimField(
        "accident_date",
        FieldType.DATE,
        "出险日期",
        ACCIDENTS,
        "--accident-date",
        required_for=ACCIDENTS,
    ),
    ClaimField(
        "grade",
        FieldType.INT,
        "伤残等级",
        frozenset({K.ACCIDENT_DISABILITY}),
        "--grade",
        bounds=(1, 10),
    ),
    ClaimField(
        "days", FieldType.INT, "住院天数", frozenset({K.ACCIDENT_STAY}), "--days", bounds=(0, 999)
    ),
)

BY_NAME: dict[str, ClaimField] = {f.name: f for f in CLAIM_FIELDS}
CORRECTABLE: tuple[str, ...] = tuple(f.name for f in CLAIM_FIELDS if f.correctable)
MONEY_FIELDS: tuple[str, ...] = tuple(f.name for f in CLAIM_FIELDS if f.type is FieldType.MONEY)


def fields_of(kind: ClaimKind) -> tuple[ClaimField, ...]:
    """The fields an application of `kind` has, in form order."""
    return tuple(f for f in CLAIM_FIELDS if kind in f.kinds)


EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2099, 12, 31)


def parse_field(name: str, text: str, *, label: str | None = None) -> Any:
    """A field's value from what a clerk typed (form, correction, command line); empty text is
    “not given” (None, or 0 for money). Raises RejectedInput naming the field (`label`: how the
    caller names it, e.g. the command-line option; the field's own label otherwise) and what it
    allows; text holding control, zero-width or bidi characters is refused (`app.texts`)."""
    spec = BY_NAME[name]
    label = label or spec.label
    check_text(text, field=name, label=label)
    text = text.strip()
    if spec.type is FieldType.MONEY:
        return parse_yuan(text, field=name, label=label) if text else 0
    if not text:
        return "" if spec.type is FieldType.TEXT else None
    if spec.type is FieldType.DATE:
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            day = None
        if day is None or not EARLIEST <= day <= LATEST:
            raise RejectedInput(
                msg(
                    "{label}“{t}”应为 {a} 到 {b} 之间的日期 YYYY-MM-DD，如 2026-03-01。",
                    label=label,
                    t=text,
                    a=EARLIEST.isoformat(),
                    b=LATEST.isoformat(),
                ),
                field=name,
            )
        return day
    if spec.type is FieldType.INT:
        low, high = spec.bounds
        if not (text.isascii() and text.isdigit()) or not low <= int(text) <= high:
            raise RejectedInput(
                msg(
                    "{label}“{t}”应为 {lo} 到 {hi} 的整数。",
                    label=label,
                    t=text,
                    lo=low,
                    hi=high,
                ),
                field=name,
            )
        return int(text)
    if spec.type is FieldType.CHOICE:
        for shown, value in spec.choices:
            if text in (shown, str(value)):
                return value
        allowed = "、".join(shown for shown, _value in spec.choices)
        raise RejectedInput(
            msg("{label}“{t}”应为：{a}。", label=label, t=text, a=allowed), field=name
        )
    return text
