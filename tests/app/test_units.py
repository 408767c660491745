"""Units: registration rules, duplicate USCC, headcounts, edit history, deactivation, search."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app import audit, clock
from app.errors import NotFound, PermissionDenied, RejectedInput
from app.history import change_history
from app.units import (
    UnitFields,
    add_unit,
    edit_unit,
    get_unit,
    normalise_phone,
    search_units,
    set_unit_active,
)
from models import AuditRecord, JournalEntry, Unit
from models.enums import RecordStatus
from tests.app.registry_factories import uscc

pytest_plugins = ["tests.app.registry_fixtures"]


def valid_uscc(seed: int = 1) -> str:
    return uscc(seed)


def fields(**over) -> UnitFields:
    base = dict(uscc=valid_uscc(), name="耀州区测试公司", headcount=50, female_headcount=20)
    base.update(over)
    return UnitFields(**base)


def test_add_unit_writes_row_audit_and_journal(demo_db, actors) -> None:
    with demo_db.unit_of_work() as s:
        row = add_unit(
            s, actors["clerk1"], data=fields(phone="0919－6612345", contact="张三", industry="建材")
        )
    assert row.uscc == valid_uscc() and row.members == 0 and row.phone == "0919-6612345"
    with demo_db.reader() as s:
        assert s.get(Unit, row.uuid).status == RecordStatus.ACTIVE
        rec = s.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc())).first()
        assert (rec.action, rec.entity, rec.entity_id) == ("unit.add", "units", str(row.uuid))
        assert s.scalar(select(func.count()).where(JournalEntry.uuid == str(row.uuid))) == 1
        assert audit.verify(s).ok


def test_uscc_is_checked_and_normalised(db_with_office, actors) -> None:
    bad = valid_uscc()[:-1] + ("0" if valid_uscc()[-1] != "0" else "1")
    with db_with_office.unit_of_work() as s, pytest.raises(RejectedInput) as err:
        add_unit(s, actors["clerk1"], data=fields(uscc=bad))
    assert err.value.field == "uscc" and "校验位" in str(err.value)
    with db_with_office.unit_of_work() as s:
        row = add_unit(s, actors["clerk1"], data=fields(uscc=" " + valid_uscc().lower() + " "))
    assert row.uscc == valid_uscc()


def test_duplicate_uscc_names_the_existing_unit(db_with_office, actors) -> None:
    with db_with_office.unit_of_work() as s:
        add_unit(s, actors["clerk1"], data=fields(name="第一家"))
    with db_with_office.unit_of_work() as s, pytest.raises(RejectedInput) as err:
        add_unit(s, actors["clerk1"], data=fields(name="第二家"))
    assert err.value.field == "uscc" and "第一家" in str(err.value)


@pytest.mark.parametrize(
    ("headcount", "female", "field", "ok"),
    [
        (50, 50, None, True),  # boundary: every worker a woman
        (50, 51, "female_headcount", False),
        (50, -1, "female_headcount", False),
        (0, 0, "headcount", False),
        (1, 0, None, True),
    ],
)
def test_headcount_boundaries(db_with_office, actors, headcount, female, field, ok) -> None:
    with db_with_office.unit_of_work() as s:
        if ok:
            row = add_unit(
                s, actors["clerk1"], data=fields(headcount=headcount, female_headcount=female)
            )
            assert row.female_headcount == female
        else:
            with pytest.raises(RejectedInput) as err:
                add_unit(
                    s, actors["clerk1"], data=fields(headcount=headcount, female_headcount=female)
                )
            assert err.value.field == field


def test_female_over_headcount_message_names_both(db_with_office, actors) -> None:
    with db_with_office.unit_of_work() as s, pytest.raises(RejectedInput) as err:
        add_unit(s, actors["clerk1"], data=fields(headcount=30, female_headcount=31))
    assert str(err.value) == "女职工数 31 不能超过在职职工数 30，也不能为负数。"


@pytest.mark.parametrize(
    ("name", "field", "text"),
    [("", "name", "单位名称不能为空。"), ("单" * 121, "name", "单位名称不能超过 120 个字")],
)
def test_text_fields(db_with_office, actors, name, field, text) -> None:
    with db_with_office.unit_of_work() as s, pytest.raises(RejectedInput) as err:
        add_unit(s, actors["clerk1"], data=fields(name=name))
    assert err.value.field == field and str(err.value).startswith(text)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("13800001111", "13800001111"),
        ("１３８ ００００ １１１１", "13800001111"),
        ("0919-6612345", "0919-6612345"),
        ("029-88886666-123", "029-88886666-123"),
        ("", ""),
    ],
)
def test_phone_formats_accepted(raw, clean) -> None:
    assert normalise_phone(raw) == clean


@pytest.mark.parametrize("raw", ["1380000111", "23800001111", "6612345", "abc"])
def test_phone_formats_rejected(raw) -> None:
    with pytest.raises(RejectedInput) as err:
        normalise_phone(raw)
    assert err.value.field == "phone" and "手机号为11位数字" in str(err.value)


def test_edit_records_old_and_new_in_history(db_with_office, actors, monkeypatch) -> None:
    with db_with_office.unit_of_work() as s:
        row = add_unit(s, actors["clerk1"], data=fields(contact="张三"))
    monkeypatch.setattr(clock, "real_now", lambda: dt.datetime(2026, 12, 1, 9, 30))
    monkeypatch.setenv("HUZHU_NOW", "2031-01-01T00:00:00")  # business dates do not date the log
    with db_with_office.unit_of_work() as s:
        edited = edit_unit(
            s,
            actors["clerk2"],
            unit_uuid=row.uuid,
            data=fields(contact="李四", headcount=60, phone="13800001111"),
        )
        again = edit_unit(
            s,
            actors["clerk2"],
            unit_uuid=row.uuid,
            data=fields(contact="李四", headcount=60, phone="13800001111"),
        )
    assert edited.contact == "李四" and again.headcount == 60
    with db_with_office.reader() as s:
        history = change_history(s, entity="units", entity_id=row.uuid)
    assert [h.action for h in history] == ["unit.edit", "unit.add"]  # unchanged edit not logged
    latest = history[0]
    assert latest.operator == "clerk2" and latest.label == "修改单位"
    assert str(latest.at) == "2026-12-01 09:30:00"
    assert latest.changes["contact"] == ("张三", "李四")
    assert latest.changes["headcount"] == (50, 60)
    assert latest.changes["phone"] == ("", "138****1111")  # personal data masked in the log


def test_edit_to_another_units_uscc_is_refused(db_with_office, actors) -> None:
    with db_with_office.unit_of_work() as s:
        add_unit(s, actors["clerk1"], data=fields(name="甲公司"))
        other = add_unit(s, actors["clerk1"], data=fields(uscc=valid_uscc(2), name="乙公司"))
    with db_with_office.unit_of_work() as s, pytest.raises(RejectedInput) as err:
        edit_unit(s, actors["clerk1"], unit_uuid=other.uuid, data=fields(name="乙公司"))
    assert "甲公司" in str(err.value)


def test_deactivate_and_reactivate(db_with_office, actors) -> None:
    with db_with_office.unit_of_work() as s:
        row = add_unit(s, actors["clerk1"], data=fields())
        off = set_unit_active(s, actors["clerk1"], unit_uuid=row.uuid, active=False, reason="注销")
        assert off.status == RecordStatus.INACTIVE
        with pytest.raises(RejectedInput, match="已是停用状态"):
            set_unit_active(s, actors["clerk1"], unit_uuid=row.uuid, active=False)
        on = set_unit_active(s, actors["clerk1"], unit_uuid=row.uuid, active=True)
        assert on.status == RecordStatus.ACTIVE
        history = change_history(s, entity="units", entity_id=row.uuid)
    assert [h.label for h in history] == ["恢复单位", "停用单位", "登记单位"]
    assert history[1].details == {"reason": "注销"}


@pytest.mark.parametrize("who", ["reviewer1", "admin"])
def test_only_clerks_and_supervisors_edit_units(db_with_office, actors, who) -> None:
    with db_with_office.unit_of_work() as s, pytest.raises(PermissionDenied) as err:
        add_unit(s, actors[who], data=fields())
    assert "登记和修改单位" in str(err.value)
    with db_with_office.reader() as s:
        assert s.scalar(select(func.count()).select_from(Unit)) == 0


def test_search_by_name_uscc_contact_and_member_counts(demo_db, actors) -> None:
    with demo_db.reader() as s:
        everyone = search_units(s)
        hospital = search_units(s, text="人民医院")
        some = everyone[3]
        by_uscc = search_units(s, text=some.uscc[:12].lower())
        by_contact = search_units(s, text=some.contact)
        one = get_unit(s, uscc=some.uscc)
    assert len(everyone) == 20 and [u.name for u in hospital] == ["耀州区人民医院"]
    assert some.uuid in {u.uuid for u in by_uscc} and some.uuid in {u.uuid for u in by_contact}
    assert one.members == some.members > 0
    assert sum(u.members for u in everyone) > 1000


def test_search_treats_percent_literally(demo_db) -> None:
    with demo_db.reader() as s:
        assert search_units(s, text="%") == []


def test_get_unknown_unit(demo_db) -> None:
    with demo_db.reader() as s, pytest.raises(NotFound) as err:
        get_unit(s, uscc=valid_uscc(99))
    assert "请先登记该单位" in str(err.value)
