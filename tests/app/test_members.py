"""Members: ID checks and derived sex/birth, other documents, duplicates, move/leave/rejoin
with history, bulk registration reporting every problem, search and masking by role."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app import audit
from app.errors import NotFound, PermissionDenied, RejectedInput, ValidationFailed
from app.history import change_history
from app.member_registration import bulk_add_members
from app.member_search import (
    MemberFilter,
    count_members,
    member_detail,
    next_page,
    page_members,
    search_members,
)
from app.members import (
    MemberFields,
    add_member,
    edit_member,
    find_member,
    leave_member,
    move_member,
    parse_gender,
    rejoin_member,
)
from app.units import get_unit, set_unit_active
from models import AuditRecord, JournalEntry, Member
from models.enums import Gender, IdType, MemberStatus
from tests.app.registry_factories import make_unit, resident_id

pytest_plugins = ["tests.app.registry_fixtures"]

BIRTH = dt.date(1985, 6, 15)
MAN = resident_id(BIRTH, male=True, serial=7)
WOMAN = resident_id(dt.date(1990, 2, 28), male=False, serial=8)


@pytest.fixture
def office(db_with_office, actors):
    unit = make_unit(db_with_office, actors["clerk1"], seed=1, name="甲公司")
    other = make_unit(db_with_office, actors["clerk1"], seed=2, name="乙公司")
    return db_with_office, unit, other


def add(db, actor, unit, **over):
    data = dict(id_number=MAN, name="张三")
    data.update(over)
    with db.unit_of_work() as s:
        return add_member(s, actor, unit_uuid=unit.uuid, data=MemberFields(**data))


def test_resident_id_gives_sex_and_birth(office, actors) -> None:
    db, unit, _ = office
    added = add(db, actors["clerk1"], unit, phone="13800001111", group_tag="快递员")
    with db.reader() as s:
        m = s.get(Member, added.uuid)
        assert (m.gender, m.birth_date, m.name_initials) == (Gender.MALE, BIRTH, "zs")
        assert (m.group_tag, m.phone, m.status) == ("快递员", "13800001111", MemberStatus.ACTIVE)
        assert get_unit(s, unit_uuid=unit.uuid).members == 1
        assert s.scalar(select(func.count()).where(JournalEntry.uuid == str(m.uuid))) == 1
        rec = s.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc())).first()
        assert rec.action == "member.add" and MAN not in rec.details  # ID masked in the log
        assert audit.verify(s).ok


def test_fifteen_digit_id_is_converted_and_lower_x_accepted(office, actors) -> None:
    db, unit, _ = office
    old = "610204850615071"  # 15-digit legacy number: 1985-06-15, male
    added = add(db, actors["clerk1"], unit, id_number=old)
    assert added.id_number == "61020419850615071" + added.id_number[-1]
    with db.reader() as s:
        assert find_member(s, old).uuid == added.uuid
    x_id = next(
        resident_id(dt.date(1980, 1, 1), male=False, serial=n)
        for n in range(400)
        if resident_id(dt.date(1980, 1, 1), male=False, serial=n).endswith("X")
    )
    lower = add(db, actors["clerk1"], unit, id_number=x_id.lower(), name="李四")
    assert lower.id_number == x_id


def test_typed_sex_contradicting_id_names_both(office, actors) -> None:
    db, unit, _ = office
    with pytest.raises(RejectedInput) as err:
        add(db, actors["clerk1"], unit, gender=Gender.FEMALE)
    assert err.value.field == "gender"
    assert str(err.value) == f"性别填写为“女”，但身份证号码 {MAN} 显示为“男”，请核对性别或号码。"
    with pytest.raises(RejectedInput, match="显示为“男”"):
        add(db, actors["clerk1"], unit, gender="F")  # as a widget or file hands it over
    add(db, actors["clerk1"], unit, gender="M")  # agreeing sex is fine, as text too


def test_bad_check_digit_is_refused(office, actors) -> None:
    db, unit, _ = office
    wrong = MAN[:-1] + ("0" if MAN[-1] != "0" else "1")
    with pytest.raises(RejectedInput) as err:
        add(db, actors["clerk1"], unit, id_number=wrong)
    assert err.value.field == "id_number" and "校验位错误" in str(err.value)


def test_duplicate_id_names_the_unit_the_person_is_in(office, actors) -> None:
    db, unit, other = office
    add(db, actors["clerk1"], unit)
    with pytest.raises(RejectedInput) as err:
        add(db, actors["clerk1"], other, name="张三丰")
    assert err.value.field == "id_number" and "已登记在单位“甲公司”" in str(err.value)


def test_passport_needs_typed_sex_and_birth(office, actors) -> None:
    db, unit, _ = office
    with pytest.raises(RejectedInput) as err:
        add(db, actors["clerk1"], unit, id_number="E12345678", id_type=IdType.PASSPORT)
    assert err.value.field == "gender" and "护照" in str(err.value)
    with pytest.raises(RejectedInput) as err:
        add(
            db,
            actors["clerk1"],
            unit,
            id_number="E12345678",
            id_type=IdType.PASSPORT,
            gender=Gender.FEMALE,
        )
    assert err.value.field == "birth_date"
    added = add(
        db,
        actors["clerk1"],
        unit,
        id_number="e 1234 5678",
        id_type=IdType.PASSPORT,
        gender=Gender.FEMALE,
        birth_date=dt.date(1992, 3, 4),
        name="Anna Lee",
    )
    assert added.id_number == "E12345678"


def test_hmt_permit_has_no_check_digit(office, actors) -> None:
    db, unit, _ = office
    added = add(
        db,
        actors["clerk1"],
        unit,
        id_number="810000199001011230",
        id_type=IdType.HMT_PERMIT,
        gender=Gender.MALE,
        birth_date=dt.date(1990, 1, 1),
        name="陈大文",
    )
    assert added.id_number == "810000199001011230"


@pytest.mark.parametrize(
    ("over", "field", "text"),
    [
        ({"name": " "}, "name", "姓名不能为空。"),
        ({"phone": "1380000111"}, "phone", "手机号为11位数字"),
        ({"group_tag": "程序员"}, "group_tag", "不在列表中"),
        ({"bank_account": "6228-48"}, "bank_account", "银行账号应为 10 至 30 位数字"),
    ],
)
def test_field_messages(office, actors, over, field, text) -> None:
    db, unit, _ = office
    with pytest.raises(RejectedInput) as err:
        add(db, actors["clerk1"], unit, **over)
    assert err.value.field == field and text in str(err.value)


def test_other_tag_and_gender_words() -> None:
    assert parse_gender("女") is Gender.FEMALE and parse_gender("m") is Gender.MALE
    assert parse_gender("") is None
    with pytest.raises(RejectedInput, match="请填“男”或“女”"):
        parse_gender("X")


def test_edit_keeps_history_and_rederives_from_new_id(office, actors) -> None:
    db, unit, _ = office
    added = add(db, actors["clerk1"], unit, phone="13800001111")
    with db.unit_of_work() as s:
        edit_member(
            s,
            actors["clerk2"],
            member_uuid=added.uuid,
            changes={"id_number": WOMAN, "name": "张三妹", "phone": "13900002222"},
        )
        m = s.get(Member, added.uuid)
        assert (m.gender, m.birth_date, m.name_initials) == (
            Gender.FEMALE,
            dt.date(1990, 2, 28),
            "zsm",
        )
        history = change_history(s, entity="members", entity_id=added.uuid)
    assert [h.action for h in history] == ["member.edit", "member.add"]
    changes = history[0].changes
    assert changes["name"] == ("张三", "张三妹")
    assert changes["phone"] == ("138****1111", "139****2222")
    assert changes["gender"] == ("男", "女")


def test_move_leave_rejoin_history(office, actors, monkeypatch) -> None:
    db, unit, other = office
    monkeypatch.setenv("HUZHU_TODAY", "2026-06-30")
    added = add(db, actors["clerk1"], unit)
    with db.unit_of_work() as s:
        with pytest.raises(RejectedInput, match="无需调动"):
            move_member(s, actors["clerk1"], member_uuid=added.uuid, unit_uuid=unit.uuid)
        moved = move_member(s, actors["clerk1"], member_uuid=added.uuid, unit_uuid=other.uuid)
        assert moved.unit_uuid == other.uuid
        with pytest.raises(RejectedInput) as err:
            leave_member(s, actors["clerk1"], member_uuid=added.uuid, on=dt.date(2026, 7, 1))
        assert err.value.field == "left_on"
        left = leave_member(s, actors["clerk1"], member_uuid=added.uuid, on=dt.date(2026, 6, 30))
        assert (left.status, left.left_on) == (MemberStatus.LEFT, dt.date(2026, 6, 30))
        with pytest.raises(RejectedInput, match="已于 2026-06-30 办理离职"):
            leave_member(s, actors["clerk1"], member_uuid=added.uuid, on=dt.date(2026, 6, 30))
        with pytest.raises(RejectedInput, match="请先办理重新在职"):
            move_member(s, actors["clerk1"], member_uuid=added.uuid, unit_uuid=unit.uuid)
        assert get_unit(s, unit_uuid=other.uuid).members == 0
        back = rejoin_member(s, actors["clerk1"], member_uuid=added.uuid, unit_uuid=unit.uuid)
        assert (back.status, back.left_on, back.unit_uuid) == (MemberStatus.ACTIVE, None, unit.uuid)
        history = change_history(s, entity="members", entity_id=added.uuid)
    assert [h.label for h in history] == ["重新在职", "离职", "调动单位", "登记会员"]
    assert history[2].changes == {"unit": ("甲公司", "乙公司")}
    assert history[1].changes == {"status": ("在职", "离职（2026-06-30）")}
    assert history[0].changes["unit"] == ("乙公司", "甲公司")


def test_no_members_into_an_inactive_unit(office, actors) -> None:
    db, unit, _ = office
    with db.unit_of_work() as s:
        set_unit_active(s, actors["clerk1"], unit_uuid=unit.uuid, active=False)
    with pytest.raises(RejectedInput, match="已停用"):
        add(db, actors["clerk1"], unit)


@pytest.mark.parametrize("who", ["reviewer1", "admin"])
def test_permission_refused(office, actors, who) -> None:
    db, unit, _ = office
    with pytest.raises(PermissionDenied, match="登记和修改会员"):
        add(db, actors[who], unit)


def people(n: int, start: int = 0) -> list[MemberFields]:
    return [
        MemberFields(
            id_number=resident_id(dt.date(1970, 1, 1) + dt.timedelta(days=i), i % 2 == 0, i),
            name=f"王{'伟芳娜敏'[i % 4]}{i}",
        )
        for i in range(start, start + n)
    ]


def test_bulk_add_is_one_audit_and_journals_every_member(office, actors) -> None:
    db, unit, _ = office
    seen: list[tuple[int, int]] = []
    with db.unit_of_work() as s:
        before = s.scalar(select(func.count()).select_from(AuditRecord))
        uuids = bulk_add_members(
            s,
            actors["clerk1"],
            unit_uuid=unit.uuid,
            rows=people(2500),
            progress=lambda d, t: seen.append((d, t)),
        )
        assert len(uuids) == 2500
        assert s.scalar(select(func.count()).select_from(AuditRecord)) == before + 1
        assert s.scalar(select(func.count()).select_from(JournalEntry)) >= 2500
        assert get_unit(s, unit_uuid=unit.uuid).members == 2500
    assert seen[-1] == (2500, 2500)


def test_bulk_add_reports_every_problem_and_writes_nothing(office, actors) -> None:
    db, unit, other = office
    add(db, actors["clerk1"], other, id_number=people(1, 5)[0].id_number, name="已在册")
    rows = people(10)
    rows[2] = MemberFields(id_number="123", name="坏号码")
    rows[4] = MemberFields(id_number=rows[1].id_number, name="重复")
    rows[7] = MemberFields(id_number=rows[7].id_number, name="", phone="12")
    with db.unit_of_work() as s:
        before = s.scalar(select(func.count()).select_from(Member))
        with pytest.raises(ValidationFailed) as err:
            bulk_add_members(s, actors["clerk1"], unit_uuid=unit.uuid, rows=rows, first_row=2)
        assert s.scalar(select(func.count()).select_from(Member)) == before
    problems = err.value.problems
    assert [(p.row, p.field) for p in problems] == [
        (4, "id_number"),
        (6, "id_number"),
        (7, "id_number"),
        (9, "name"),
    ]
    assert "第 6 行：证件号码" in str(problems[1].message) and "与第 3 行重复" in str(
        problems[1].message
    )
    assert "已登记在单位“乙公司”" in str(problems[2].message)
    assert str(err.value).startswith("4 处问题")


def test_bulk_add_can_be_cancelled(office, actors) -> None:
    db, unit, _ = office
    with db.unit_of_work() as s, pytest.raises(RejectedInput, match="已取消"):
        bulk_add_members(
            s, actors["clerk1"], unit_uuid=unit.uuid, rows=people(3000), cancelled=lambda: True
        )


# ---- search, paging, masking (on the demo office, ~1,800 members) -------------------------


@pytest.fixture
def sample(demo_db):
    with demo_db.reader() as s:
        return s.scalars(select(Member).order_by(Member.id_number).offset(321)).first()


def test_search_by_full_id_exact(demo_db, actors, sample) -> None:
    with demo_db.reader() as s:
        rows = search_members(s, actors["supervisor1"], text=sample.id_number.lower())
    assert [r.uuid for r in rows] == [sample.uuid]


def test_search_by_id_suffix_and_prefix(demo_db, actors, sample) -> None:
    with demo_db.reader() as s:
        for text in (sample.id_number[-4:], sample.id_number[-6:], sample.id_number[:12]):
            rows = page_members(s, actors["supervisor1"], MemberFilter(text=text), limit=5000)
            expected = s.scalars(
                select(Member.uuid).where(
                    Member.id_number.endswith(text)
                    | Member.id_number.startswith(text)
                    | Member.phone.startswith(text)
                )
            ).all()
            assert {r.uuid for r in rows} == set(expected) and sample.uuid in expected
            assert count_members(s, MemberFilter(text=text)) == len(expected)
            assert [r.id_number for r in rows] == sorted(r.id_number for r in rows)


def test_search_by_name_prefix_initials_and_phone(demo_db, actors, sample) -> None:
    with demo_db.reader() as s:
        by_name = search_members(s, actors["clerk1"], text=sample.name[:2], limit=5000)
        assert all(r.name.startswith(sample.name[:2]) for r in by_name)
        assert sample.uuid in {r.uuid for r in by_name}
        initials = sample.name_initials[:2].upper()
        by_initials = search_members(s, actors["clerk1"], text=initials, limit=5000)
        total = s.scalar(
            select(func.count()).where(Member.name_initials.startswith(initials.lower()))
        )
        assert len(by_initials) == total and sample.uuid in {r.uuid for r in by_initials}
        by_phone = search_members(s, actors["clerk1"], text=sample.phone, limit=50)
        assert sample.uuid in {r.uuid for r in by_phone}


def test_rows_are_masked_unless_the_role_may_see(demo_db, actors, sample) -> None:
    with demo_db.reader() as s:
        clerk = search_members(s, actors["clerk1"], text=sample.id_number)[0]
        boss = search_members(s, actors["supervisor1"], text=sample.id_number)[0]
        detail = member_detail(s, actors["clerk1"], member_uuid=sample.uuid)
    assert clerk.id_number == sample.id_number[:6] + "********" + sample.id_number[-4:]
    assert clerk.phone == sample.phone[:3] + "****" + sample.phone[7:]
    assert boss.id_number == sample.id_number and boss.phone == sample.phone
    assert detail.bank_account.endswith(sample.bank_account[-4:])
    assert "*" in detail.bank_account and detail.row.unit_name


def test_paging_covers_everyone_once(demo_db, actors) -> None:
    filt = MemberFilter()
    with demo_db.reader() as s:
        total = count_members(s, filt)
        seen = []
        for offset in range(0, total, 200):
            seen += [r.uuid for r in page_members(s, actors["clerk1"], filt, offset=offset)]
        unit_uuid = page_members(s, actors["clerk1"], filt, limit=1)[0].unit_uuid
        in_unit = page_members(s, actors["clerk1"], MemberFilter(unit_uuid=unit_uuid), limit=999)
    assert len(seen) == len(set(seen)) == total > 1000
    assert in_unit and all(r.unit_uuid == unit_uuid for r in in_unit)


def test_unknown_member(demo_db) -> None:
    with demo_db.reader() as s, pytest.raises(NotFound):
        find_member(s, MAN)


def test_next_page_walks_the_whole_list_in_order(demo_db, actors) -> None:
    for filt, order_of in (
        (MemberFilter(), lambda r: (r.name, r.id_number)),
        (MemberFilter(text="6102"), lambda r: r.id_number),
    ):
        with demo_db.reader() as s:
            total = count_members(s, filt)
            seen, after = [], None
            while True:
                rows, after = next_page(s, actors["supervisor1"], filt, after=after, limit=97)
                if not rows:
                    break
                seen += rows
            by_offset = page_members(s, actors["supervisor1"], filt, limit=total + 1)
        assert len(seen) == total == len({r.uuid for r in seen}) > 0
        assert [r.uuid for r in seen] == [r.uuid for r in by_offset]
        assert [order_of(r) for r in seen] == sorted(order_of(r) for r in seen)


def _plan(session, filt: MemberFilter, after=None) -> str:
    """The plan of the statement as it is really sent: with bound parameters, which decide
    whether SQLite can use an expression index."""
    from app.member_search import _hits

    compiled = select(_hits(filt, "name", after, 0, 50)).compile(dialect=session.get_bind().dialect)
    params = [compiled.params[name] for name in compiled.positiontup]
    raw = session.connection().connection.dbapi_connection
    return "\n".join(r[3] for r in raw.execute(f"EXPLAIN QUERY PLAN {compiled}", params))


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("610204198506150716", "sqlite_autoindex_members_2 (id_number=?)"),
        ("6102041985", "sqlite_autoindex_members_2 (id_number>? AND id_number<?)"),
        ("王伟", "ix_members_name (name>? AND name<?)"),
        ("wj", "ix_members_name_initials (name_initials>? AND name_initials<?)"),
        ("150716", "ix_members_id_tail (<expr>=?)"),
        ("", "ix_members_name"),
    ],
)
def test_searches_run_on_an_index(demo_db, text, index) -> None:
    with demo_db.reader() as s:
        plan = _plan(s, MemberFilter(text=text))
        deep = _plan(
            s,
            MemberFilter(text=text),
            after=("王", "610204198506150716")[: 1 if text[:1].isdigit() else 2],
        )
    assert index in plan and "SCAN members\n" not in plan + "\n"
    assert "SCAN members\n" not in deep + "\n"  # keyset pages seek too
