"""Issue 20 class 4: person texts with control, zero-width or bidi characters are refused at
every entry — the services forms and commands call, the command line, rosters and sync rows —
by one checker (app/texts.py) that names the character and its position."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from app import texts
from app.claims.intake import ClaimInput, input_problems
from app.cli import main
from app.errors import RejectedInput
from app.members import MemberFields, validate_member
from app.roster.reading import read_roster
from app.roster.validate import check_row
from app.sync.format import PackageRefused
from app.sync.reader import Opened
from models.enums import ClaimKind, IdType
from tests.app.registry_factories import uscc
from tests.data.hostile import rosters

HIDDEN = [
    ("\x00", "U+0000"),
    ("\x07", "U+0007"),
    ("\t", "U+0009"),
    ("\x7f", "U+007F"),
    ("\x85", "U+0085"),
    ("\u200b", "U+200B"),
    ("\u200d", "U+200D"),
    ("\u200f", "U+200F"),
    ("\u202a", "U+202A"),
    ("\u202e", "U+202E"),
    ("\u2066", "U+2066"),
    ("\u2069", "U+2069"),
    ("\u2028", "U+2028"),
    ("\ufeff", "U+FEFF"),
    ("\u00ad", "U+00AD"),
    ("\ue000", "U+E000"),
]


@pytest.mark.parametrize(("char", "code"), HIDDEN, ids=[c for _, c in HIDDEN])
def test_the_checker_names_the_character_and_its_position(char: str, code: str) -> None:
    with pytest.raises(RejectedInput) as refused:
        texts.check_text(f"张三{char}丰", field="name", label="姓名")
    assert code in str(refused.value) and "第 3 个字符" in str(refused.value)
    assert refused.value.field == "name"


@pytest.mark.parametrize(
    "text", ["阿依古丽·买买提", "张 三", "John Smith", "耀州区\u3000人民医院", "王😀", "O'Brien-李"]
)
def test_ordinary_names_pass(text: str) -> None:
    assert texts.check_text(text, field="name", label="姓名") == text


def test_line_breaks_only_where_text_runs_over_lines() -> None:
    reason = "单位撤销\r\n已退费"
    assert texts.check_text(reason, field="reason", label="原因", multiline=True) == reason
    with pytest.raises(RejectedInput, match=r"U\+000A"):
        texts.check_text("张\n三", field="name", label="姓名")


def test_member_and_unit_services_refuse_them() -> None:
    data = MemberFields(
        id_number="610204198506150011", name="张\u202e三", id_type=IdType.RESIDENT_ID,
        gender=None, birth_date=None, phone="", group_tag="", bank_name="", bank_account="",
    )  # fmt: skip
    with pytest.raises(RejectedInput, match=r"姓名.*U\+202E"):
        validate_member(data, today=dt.date(2026, 3, 1))
    bank = dataclasses.replace(data, name="张三", bank_name="工商\u200b银行")
    with pytest.raises(RejectedInput, match=r"开户银行.*U\+200B"):
        validate_member(bank, today=dt.date(2026, 3, 1))


def test_claim_intake_lists_them_per_field() -> None:
    data = ClaimInput(
        id_number="610204198506150011", plan_code="ZY", kind=ClaimKind.STAY,
        claimant_name="张三\x00", hospital="人民\u2066医院",
    )  # fmt: skip
    fields = {p.field: str(p.message) for p in input_problems(data, dt.date(2026, 3, 1))}
    assert "U+0000" in fields["claimant_name"] and "U+2066" in fields["hospital"]


def test_a_roster_row_carrying_one_is_a_row_problem(tmp_path: Path) -> None:
    row = ["1", "张\u202e三", "610204198506150011", "男", "", ""]
    sheet = read_roster(rosters.csv_file(tmp_path / "r.csv", "utf-8", rows=[rosters.HEADER, row]))
    candidate, problems = check_row(sheet, sheet.rows[0], dt.date(2026, 3, 1))
    assert candidate is None
    assert [(p.code, p.field) for p in problems] == [("hidden_char", "name")]
    assert "U+202E" in str(problems[0].message) and "第 2 行" in str(problems[0].message)


def test_a_sync_row_carrying_one_is_refused() -> None:
    opened = Opened(Path("x.hzr"), "0" * 64, {})
    line = '{"uuid": "7f0c1a52-8f0a-4d9e-9c53-111111111111", "reason": "批准\u202e"}'.encode()
    with pytest.raises(PackageRefused, match=r"U\+202E"):
        opened._row("data/decisions.jsonl.enc", 1, line)
    multi = '{"uuid": "7f0c1a52-8f0a-4d9e-9c53-111111111111", "reason": "批准\\n"}'.encode()
    assert opened._row("data/decisions.jsonl.enc", 1, multi)["reason"] == "批准\n"


def test_the_command_line_refuses_them_and_writes_nothing(demo_data_dir, capsys, monkeypatch):
    monkeypatch.setenv("HUZHU_PASSWORD", "huzhu-demo")
    db = demo_data_dir / "huzhu.sqlite3"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    argv = ["--data", str(demo_data_dir), "--user", "clerk1", "unit", "add",
            "--uscc", uscc(555), "--name", "耀州\u202e公司", "--headcount", "5"]  # fmt: skip
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 1 and "U+202E" in err and "第 3 个字符" in err
    with sqlite3.connect(db) as conn:
        found = conn.execute("SELECT count(*) FROM units WHERE uscc = ?", (uscc(555),))
        assert found.fetchone() == (0,)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before  # refused before the login
