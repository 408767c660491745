"""Roster import against a real database: every row message in one pass, atomicity (acceptance
2), skip-invalid, dry run, existing members, renewal rosters, xls and csv sources."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app import audit, member_registration
from app.auth import Actor
from app.db import Database
from app.enrollment import EnrollmentRequest, enrol
from app.errors import RejectedInput
from app.members import MemberFields, add_member, leave_member
from app.roster.importer import ImportOptions, RosterOutcome, RosterRejected, import_roster
from app.roster.reading import read_roster
from app.roster.template import renewal_roster
from app.roster.validate import PROBLEM_LABELS
from models import AuditRecord, Base, Coverage, JournalEntry, Member
from tests.app.roster_factories import (
    START,
    TODAY,
    make_unit,
    people,
    person,
    setup_office,
    write_csv,
    write_xlsx,
)

DATA = Path(__file__).resolve().parents[1] / "data"
HEADERS = (
    "序号",
    "姓名",
    "身份证号码",
    "性别",
    "手机号",
    "人员类别",
    "证件类型",
    "出生日期",
    "银行账号",
)


@pytest.fixture
def office(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setenv("HUZHU_TODAY", TODAY)
    setup_office(db)
    return db


def run(db: Database, actor: Actor, path: Path, unit: Any, **options: Any) -> RosterOutcome:
    plans = options.pop("plans", {"ZY": 1})
    sheet = read_roster(path)
    with db.unit_of_work() as session:
        return import_roster(
            session, actor, sheet=sheet, options=ImportOptions(unit.uuid, plans, START, **options)
        )


def rejected(db: Database, actor: Actor, path: Path, unit: Any, **options: Any) -> RosterOutcome:
    with pytest.raises(RosterRejected) as caught:
        run(db, actor, path, unit, **options)
    return caught.value.outcome


def snapshot(db: Database) -> dict[str, Any]:
    """Row count of every table and the audit chain's head: 'unchanged in content'."""
    with db.reader() as session:
        counts = {
            t.name: session.scalar(select(func.count()).select_from(t))
            for t in Base.metadata.sorted_tables
        }
        return {"counts": counts, "head": audit.verify(session).head}


def register(db: Database, actor: Actor, unit: Any, i: int, name: str | None = None) -> Any:
    p = person(i)
    with db.unit_of_work() as session:
        return add_member(
            session,
            actor,
            unit_uuid=unit.uuid,
            data=MemberFields(id_number=p.id_number, name=name or p.name),
        )


def enrol_members(db: Database, actor: Actor, unit: Any, uuids: list[Any]) -> str:
    with db.unit_of_work() as session:
        request = EnrollmentRequest(
            unit.uuid, {"ZY": 1}, tuple(uuids), START, override_reason="先行参保", override_by=actor
        )
        return enrol(session, actor, request=request).number


def row(i: int, **change: Any) -> list[Any]:
    p = person(i)
    values = {
        "seq": i, "name": p.name, "id": p.id_number, "sex": p.sex, "phone": p.phone, "tag": "",
        "type": "", "birth": "", "bank": "",
    }  # fmt: skip
    values.update(change)
    return list(values.values())


def test_every_row_problem_is_found_in_one_pass(office: Database, actors, tmp_path: Path) -> None:
    clerk = actors["clerk1"]
    unit = make_unit(office, clerk, headcount=500)
    other = make_unit(office, clerk, headcount=5, serial=2, name="另一家单位")
    register(office, clerk, other, 100)  # → other_unit
    left = register(office, clerk, unit, 101)
    with office.unit_of_work() as session:
        leave_member(session, clerk, member_uuid=left.uuid, on=dt.date(2026, 1, 5))
    register(office, clerk, unit, 102, name="改过名")  # → name_mismatch
    covered = register(office, clerk, unit, 103)
    enrol_members(office, actors["supervisor1"], unit, [covered.uuid])
    wrong_check = person(6).id_number[:17] + ("0" if person(6).id_number[17] != "0" else "1")
    opposite = "女" if person(8).sex == "男" else "男"
    old = person(14, birth=dt.date(1950, 5, 1))
    rows = [
        row(1),  # a good row, Excel row 2
        row(2, name=""),  # name
        row(3, id=""),  # id_missing
        row(4, id=float(person(4).id_number)),  # id_lost
        row(5, id="61020419701332001X"),  # id_invalid (month 13)
        row(6, id=wrong_check),  # id_check
        row(7, type="军官证"),  # id_type
        row(8, sex=opposite),  # gender_mismatch
        row(9, sex="未知"),  # gender
        row(10, type="护照", id="E12345678", sex="男", birth="不详"),  # birth_date
        row(11, phone="12345"),  # phone
        row(12, tag="程序员"),  # group_tag
        row(13, bank="12ab"),  # bank
        [14, old.name, old.id_number, old.sex, "", "", "", "", ""],  # age (75 on the start)
        row(15),  # duplicate (with the next row)
        row(15),
        row(100),  # other_unit
        row(101),  # left
        row(102),  # name_mismatch
        row(103),  # covered
        row(104, id="610204********0017"),  # masked_unknown
        row(105, name="李\u202e四"),  # hidden_char (a bidi override)
    ]
    path = write_xlsx(tmp_path / "all.xlsx", rows, headers=HEADERS)
    before = snapshot(office)
    outcome = rejected(office, clerk, path, unit)
    assert snapshot(office) == before
    codes = {p.code: p.row for p in outcome.problems}
    assert set(codes) == set(PROBLEM_LABELS)
    expected = {
        "name": 3, "id_missing": 4, "id_lost": 5, "id_invalid": 6, "id_check": 7, "id_type": 8,
        "gender_mismatch": 9, "gender": 10, "birth_date": 11, "phone": 12, "group_tag": 13,
        "bank": 14, "age": 15, "other_unit": 18, "left": 19, "name_mismatch": 20, "covered": 21,
        "masked_unknown": 22, "hidden_char": 23,
    }  # fmt: skip
    assert {k: codes[k] for k in expected} == expected
    dup = sorted(str(p.message) for p in outcome.problems if p.code == "duplicate")
    assert dup == [
        f"第 16 行：证件号码 {person(15).id_number} 与第 17 行重复，同一人只能出现一次，请删去多余的行。",
        f"第 17 行：证件号码 {person(15).id_number} 与第 16 行重复，同一人只能出现一次，请删去多余的行。",
    ]
    lost = next(p for p in outcome.problems if p.code == "id_lost")
    assert "6.10204E+17" in str(lost.message) and "无法修复" in str(lost.message)
    assert "“文本”格式" in str(lost.message)
    mismatch = next(p for p in outcome.problems if p.code == "gender_mismatch")
    assert mismatch.field == "gender" and f"性别填写为“{opposite}”" in str(mismatch.message)
    assert "另一家单位" in str(next(p for p in outcome.problems if p.code == "other_unit").message)
    assert "BD-61020401-2026-000001" in str(
        next(p for p in outcome.problems if p.code == "covered").message
    )
    assert "75 周岁" in str(next(p for p in outcome.problems if p.code == "age").message)
    assert outcome.imported_rows == [2]


def test_what_the_member_service_judges_is_a_row_problem_too(
    office: Database, actors, tmp_path: Path
) -> None:
    """Other documents' numbers and birth dates and bank details are checked with the rows (in
    the error report, in one pass), so registration does not check the rows a second time."""
    clerk = actors["clerk1"]
    unit = make_unit(office, clerk, headcount=11)
    rows = [[*row(i), ""] for i in range(1, 9)]
    rows += [
        [*row(9, type="护照", id="E1", sex="男", birth="1990-01-02"), ""],
        [*row(10, type="护照", id="E12345678", sex="女", birth="1890-01-02"), ""],
        [*row(11), "银" * 61],
    ]
    path = write_xlsx(tmp_path / "service.xlsx", rows, headers=(*HEADERS, "开户银行"))
    before = snapshot(office)
    outcome = rejected(office, clerk, path, unit)
    assert snapshot(office) == before
    found = [(p.row, p.code, p.field) for p in outcome.problems]
    assert found == [
        (10, "id_invalid", "id_number"),
        (11, "birth_date", "birth_date"),
        (12, "bank", "bank_name"),
    ]
    assert [str(p.message) for p in outcome.problems] == [
        "第 10 行：护照号码“E1”应为 5 至 32 位字母或数字，请核对。",
        "第 11 行：使用护照登记时须填写出生日期（1900 年以后、不晚于今天）。",
        "第 12 行：开户银行不能超过 60 个字（现有 61 个）。",
    ]


def test_failed_import_leaves_database_unchanged(office: Database, actors, tmp_path: Path) -> None:
    """Acceptance 2: row problems, a failing unit rule, and a cancelled import write nothing."""
    clerk = actors["clerk1"]
    unit = make_unit(office, clerk, headcount=10)
    register(office, clerk, unit, 50)
    before = snapshot(office)
    rows = [p.row(i) for i, p in enumerate(people(10), start=1)]
    rows[4][2] = rows[4][2][:-1] + ("1" if rows[4][2][-1] == "0" else "0")
    bad = write_xlsx(tmp_path / "bad.xlsx", rows)
    rejected(office, clerk, bad, unit)
    assert snapshot(office) == before
    short = write_xlsx(tmp_path / "short.xlsx", [p.row(i) for i, p in enumerate(people(6), 1)])
    outcome = rejected(office, clerk, short, unit)
    assert [r.code for r in outcome.failed_rules] == ["participation_ratio"]
    assert not outcome.problems
    assert snapshot(office) == before
    good = write_xlsx(tmp_path / "good.xlsx", [p.row(i) for i, p in enumerate(people(10), 1)])
    calls: list[int] = []
    with pytest.raises(RejectedInput, match="导入已取消"), office.unit_of_work() as session:
        import_roster(
            session, clerk, sheet=read_roster(good),
            options=ImportOptions(unit.uuid, {"ZY": 1}, START),
            progress=lambda done, total: calls.append(done),
            cancelled=lambda: len(calls) >= 3,
        )  # fmt: skip
    assert snapshot(office) == before


def test_import_registers_new_members_and_enrols_everyone(
    office: Database, actors, tmp_path: Path
) -> None:
    clerk = actors["clerk1"]
    unit = make_unit(office, clerk, headcount=12)
    existing = [register(office, clerk, unit, i) for i in (0, 1)]
    path = write_xlsx(
        tmp_path / "r.xlsx", [p.row(i) for i, p in enumerate(people(12), 1)], title="标题行"
    )
    before = snapshot(office)
    seen: list[tuple[int, int]] = []
    sheet = read_roster(path)
    with office.unit_of_work() as session:
        outcome = import_roster(
            session, clerk, sheet=sheet,
            options=ImportOptions(unit.uuid, {"ZY": 1, "ZJ": 2}, START),
            progress=lambda done, total: seen.append((done, total)),
        )  # fmt: skip
    assert outcome.ok and outcome.new_members == 10 and outcome.existing_members == 2
    assert outcome.imported_rows == list(range(4, 16))
    result = outcome.enrollment
    assert result is not None and result.members == 12 and result.coverages == 24
    assert result.premium_total == 12 * (6000 + 2 * 3000)
    after = snapshot(office)
    assert after["counts"]["members"] == before["counts"]["members"] + 10
    assert after["counts"]["coverages"] == before["counts"]["coverages"] + 24
    assert seen[-1] == (1000, 1000) and seen == sorted(seen)
    with office.reader() as session:
        ids = set(session.scalars(select(Member.uuid).where(Member.unit_uuid == unit.uuid)))
        assert {m.uuid for m in existing} <= ids and len(ids) == 12
        last = session.scalar(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(1))
    assert last.action == "roster.import" and result.number in last.details


def test_new_members_are_written_in_chunks_each_journalled_once(
    office: Database, actors, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 11 new members: chunks of 4, 4 and 3
    monkeypatch.setattr(member_registration, "INSERT_CHUNK", 4)
    clerk = actors["clerk1"]
    unit = make_unit(office, clerk, headcount=11)
    path = write_xlsx(tmp_path / "r.xlsx", [p.row(i) for i, p in enumerate(people(11), 1)])
    seen: list[int] = []
    sheet = read_roster(path)
    with office.unit_of_work() as session:
        outcome = import_roster(
            session, clerk, sheet=sheet, options=ImportOptions(unit.uuid, {"ZY": 1}, START),
            progress=lambda done, total: seen.append(done),
        )  # fmt: skip
    assert outcome.new_members == 11 and seen == sorted(seen) and seen[-1] == 1000
    with office.reader() as session:
        new = session.execute(
            select(Member.uuid, Member.id_number).where(Member.unit_uuid == unit.uuid)
        )
        ids = {str(u): number for u, number in new}
        journalled = [u for u in session.scalars(select(JournalEntry.uuid)) if u in ids]
        covered = {str(u) for u in session.scalars(select(Coverage.member_uuid))}
    assert sorted(journalled) == sorted(ids) and covered == set(ids)
    assert sorted(ids.values()) == sorted(p.id_number for p in people(11))


def test_skip_invalid_imports_the_good_rows_when_the_rules_still_hold(
    office: Database, actors, tmp_path: Path
) -> None:
    clerk = actors["clerk1"]
    unit = make_unit(office, clerk, headcount=100)  # ≥ 100: the 80% ratio applies
    rows = [p.row(i) for i, p in enumerate(people(90), start=1)]
    rows[0][2] = "12345"
    rows[1][3] = "不详"
    path = write_xlsx(tmp_path / "r.xlsx", rows)
    outcome = run(office, clerk, path, unit, skip_invalid=True)
    assert outcome.ok and outcome.bad_rows == [2, 3] and len(outcome.imported_rows) == 88
    assert outcome.enrollment is not None and outcome.enrollment.members == 88
    unit2 = make_unit(office, clerk, headcount=100, serial=3)
    rows = [p.row(i) for i, p in enumerate(people(81, first=1000), start=1)]
    for r in rows[:2]:
        r[2] = "12345"
    before = snapshot(office)
    failed = rejected(
        office, clerk, write_xlsx(tmp_path / "r2.xlsx", rows), unit2, skip_invalid=True
    )
    assert [r.code for r in failed.failed_rules] == ["participation_ratio"]
    assert "79 人" in str(failed.failed_rules[0].message)
    assert snapshot(office) == before


def test_dry_run_reports_what_would_happen_and_writes_nothing(
    office: Database, actors, tmp_path: Path
) -> None:
    clerk = actors["clerk1"]
    unit = make_unit(office, clerk, headcount=5)
    path = write_xlsx(tmp_path / "r.xlsx", [p.row(i) for i, p in enumerate(people(5), 1)])
    before = snapshot(office)
    outcome = run(office, clerk, path, unit, dry_run=True)
    assert outcome.ok and outcome.dry_run and outcome.enrollment is None
    assert outcome.new_members == 5 and all(r.passed for r in outcome.rule_results)
    assert snapshot(office) == before
    short = write_xlsx(tmp_path / "s.xlsx", [p.row(i) for i, p in enumerate(people(3), 1)])
    outcome = run(office, clerk, short, unit, dry_run=True)
    assert not outcome.ok and [r.code for r in outcome.failed_rules] == ["participation_ratio"]
    assert snapshot(office) == before


def test_renewal_roster_with_masked_ids_imports_for_the_next_year(
    office: Database, actors, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clerk = actors["clerk1"]
    unit = make_unit(office, clerk, headcount=6)
    path = write_xlsx(tmp_path / "r.xlsx", [p.row(i) for i, p in enumerate(people(6), 1)])
    number = run(office, clerk, path, unit).enrollment.number
    renewal = tmp_path / "renewal.xlsx"
    with office.reader() as session:
        assert renewal_roster(session, clerk, number=number, path=renewal) == 6
    sheet = read_roster(renewal)
    assert all("*" in str(sheet.cell(r, "id_number")) for r in sheet.rows)
    monkeypatch.setenv("HUZHU_TODAY", "2027-03-05")
    with office.unit_of_work() as session:
        outcome = import_roster(
            session, clerk, sheet=sheet,
            options=ImportOptions(unit.uuid, {"ZY": 1}, dt.date(2027, 3, 11)),
        )  # fmt: skip
    assert outcome.ok and outcome.existing_members == 6 and outcome.new_members == 0


def test_old_excel_file_from_wps(office: Database, actors) -> None:
    clerk = actors["clerk1"]
    unit = make_unit(office, clerk, headcount=5)
    outcome = rejected(office, clerk, DATA / "roster_wps.xls", unit, dry_run=False)
    assert [(p.row, p.code) for p in outcome.problems] == [(8, "id_lost")]
    assert outcome.imported_rows == [4, 5, 6, 9]
    outcome = run(office, clerk, DATA / "roster_wps.xls", unit, skip_invalid=True, dry_run=True)
    assert outcome.failed_rules and outcome.failed_rules[0].code == "participation_ratio"


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_csv_in_the_encodings_chinese_excel_writes(
    office: Database, actors, tmp_path: Path, encoding: str
) -> None:
    clerk = actors["clerk1"]
    unit = make_unit(office, clerk, headcount=4)
    rows = [p.row(i) for i, p in enumerate(people(4), 1)]
    rows[0][1] = "阿依古丽·买买提"
    path = write_csv(tmp_path / "r.csv", rows, encoding=encoding)
    outcome = run(office, clerk, path, unit)
    assert outcome.ok and outcome.new_members == 4
    with office.reader() as session:
        names = set(session.scalars(select(Member.name).where(Member.unit_uuid == unit.uuid)))
    assert "阿依古丽·买买提" in names


@pytest.mark.parametrize("chunk", [5000, 1])  # the others by IN queries / by the unit query
def test_enrolment_takes_the_new_members_facts_as_read_back(
    office: Database, actors, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """The importer hands enrolment the facts of the members it has just registered instead
    of reading them back: the rules and coverages see exactly what a read gives, in order."""
    from app.enrollment import context, service

    monkeypatch.setattr(context, "CHUNK", chunk)
    clerk = actors["clerk1"]
    unit = make_unit(office, clerk, headcount=12)
    for i in (3, 7):
        register(office, clerk, unit, i)
    path = write_xlsx(tmp_path / "r.xlsx", [p.row(i) for i, p in enumerate(people(12), 1)])
    compared: list[int] = []

    def both_ways(session, request, **kwargs):
        given = context.build_context(session, request, **kwargs)
        assert kwargs["written"] and len(kwargs["written"]) == 10
        read = context.build_context(session, request, **{**kwargs, "written": None})
        assert list(given.members.items()) == list(read.members.items())
        assert [type(v) for m in given.members.values() for v in m] == [
            type(v) for m in read.members.values() for v in m
        ]
        assert (given.held, given.renewing, given.missing) == (read.held, read.renewing, [])
        compared.append(len(given.members))
        return given

    monkeypatch.setattr(service, "build_context", both_ways)
    outcome = run(office, clerk, path, unit, plans={"ZY": 1, "ZJ": 1})
    assert outcome.ok and outcome.new_members == 10 and compared == [12]


def test_reading_and_importing_run_without_automatic_cycle_collection(
    office: Database, actors, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each automatic pass walks every object the process holds: none while the 50,000 rows
    are read, checked and written (issue 22), and collection is back on afterwards."""
    import gc

    from app.roster import reading

    clerk = actors["clerk1"]
    unit = make_unit(office, clerk, headcount=3)
    path = write_xlsx(tmp_path / "r.xlsx", [p.row(i) for i, p in enumerate(people(3), 1)])
    seen: list[bool] = []
    real = reading._from_rows
    monkeypatch.setattr(reading, "_from_rows", lambda *a: seen.append(gc.isenabled()) or real(*a))
    assert gc.isenabled()
    sheet = read_roster(path)
    assert seen == [False] and gc.isenabled()
    with office.unit_of_work() as session:
        import_roster(
            session, clerk, sheet=sheet, options=ImportOptions(unit.uuid, {"ZY": 1}, START),
            progress=lambda done, total: seen.append(gc.isenabled()),
        )  # fmt: skip
    assert len(seen) > 3 and not any(seen) and gc.isenabled()
