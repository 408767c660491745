"""Each claim field is declared once (issue 17.5): the table agrees with the application, the
stored claim, the CLI options and the lists, and reads what a clerk types."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.claims import ClaimInput
from app.claims.fields import (
    BY_NAME,
    CLAIM_FIELDS,
    CORRECTABLE,
    FieldType,
    fields_of,
    parse_field,
)
from app.claims.lists import FIELDS as LIST_FIELDS
from app.cli import build_parser
from app.errors import RejectedInput
from models import Claim
from models.enums import ClaimKind


def test_the_table_matches_the_application_the_claim_and_the_lists() -> None:
    names = [f.name for f in CLAIM_FIELDS]
    inputs = {f.name for f in dataclasses.fields(ClaimInput)}
    assert set(names) == inputs - {"id_number", "plan_code", "kind", "documents"}
    columns = set(Claim.__table__.columns.keys())
    assert set(names) - {"claimant_name"} <= columns  # the applicant's name lives in history
    assert list(LIST_FIELDS) == [n for n in names if n != "claimant_name"] + ["event_date"]
    assert set(CORRECTABLE) <= set(names) and "self_pay" in CORRECTABLE


def test_every_field_is_a_claim_new_option() -> None:
    """Each field is an option of `claim new`, read as the form reads it."""
    typed = {
        FieldType.TEXT: "甲",
        FieldType.MONEY: "12.5",
        FieldType.DATE: "2026-03-01",
        FieldType.INT: "3",
        FieldType.CHOICE: "",
    }
    words = ["claim", "new", "--member", "X", "--plan", "ZY", "--kind", "stay"]
    for spec in CLAIM_FIELDS:
        words += [spec.option, typed[spec.type] or spec.choices[-1][0]]
    args = build_parser().parse_args(words)
    for spec in CLAIM_FIELDS:
        text = typed[spec.type] or spec.choices[-1][0]
        assert getattr(args, f"field_{spec.name}") == parse_field(spec.name, text), spec.name


def test_fields_per_kind() -> None:
    stay = [f.name for f in fields_of(ClaimKind.STAY)]
    assert stay[0] == "claimant_name" and "self_pay" in stay and "invoice_number" in stay
    assert [f.name for f in fields_of(ClaimKind.ACCIDENT_DEATH)] == [
        "claimant_name",
        "accident_date",
    ]
    assert BY_NAME["admitted"].required_for == {ClaimKind.STAY, ClaimKind.ALLOWANCE}


def test_parse_what_a_clerk_types() -> None:
    assert parse_field("self_pay", "1234.5") == 123_450
    assert parse_field("self_pay", "") == 0
    assert parse_field("admitted", "2026-03-01") == dt.date(2026, 3, 1)
    assert parse_field("hospital_level", "二级") == parse_field("hospital_level", "2") == 2
    assert parse_field("severity", "重度") == "重度"
    assert parse_field("grade", "3") == 3
    assert parse_field("invoice_number", " FP1 ") == "FP1"
    for name, text, words in (
        ("admitted", "3/1", "入院日期“3/1”应为 .* YYYY-MM-DD"),
        ("grade", "11", "伤残等级“11”应为 1 到 10 的整数"),
        ("hospital_level", "四级", "医院等级“四级”应为：一级、二级、三级"),
    ):
        with pytest.raises(RejectedInput, match=words) as refused:
            parse_field(name, text)
        assert refused.value.field == name
