"""`huzhu unit …` and `huzhu member …` through the real command: exit codes, JSON, stderr."""

from __future__ import annotations

import datetime as dt
import sqlite3

from tests.app.registry_factories import resident_id, uscc
from tests.cli_runner import huzhu

AS_CLERK = {"HUZHU_PASSWORD": "huzhu-demo"}
PERSON = resident_id(dt.date(1985, 6, 15), male=True, serial=7)


def test_unit_add_list_show_and_duplicate(demo_data_dir) -> None:
    code = uscc(4242)
    args = ("--data", demo_data_dir)
    added = huzhu(
        *args, "unit", "add", "--uscc", code, "--name", "耀州区新单位", "--headcount", "30",
        "--female-headcount", "12", "--contact", "赵六", "--phone", "0919-6612345",
        "--user", "clerk1", "--json", env=AS_CLERK,
    )  # fmt: skip
    assert added.code == 0, added.err
    assert added.json()["unit"]["uscc"] == code and added.json()["unit"]["members"] == 0

    again = huzhu(
        *args, "unit", "add", "--uscc", code, "--name", "别的单位", "--headcount", "5",
        "--user", "clerk1", env=AS_CLERK,
    )  # fmt: skip
    assert again.code == 1 and "已登记为单位“耀州区新单位”" in again.err and again.out == ""

    too_many = huzhu(
        *args, "unit", "add", "--uscc", uscc(4243), "--name", "女职工过多", "--headcount", "5",
        "--female-headcount", "6", "--user", "clerk1", env=AS_CLERK,
    )  # fmt: skip
    assert too_many.code == 1 and "女职工数 6 不能超过在职职工数 5" in too_many.err

    listed = huzhu(*args, "unit", "list", "--search", "新单位", "--json")
    assert listed.code == 0 and [u["name"] for u in listed.json()] == ["耀州区新单位"]

    shown = huzhu(*args, "unit", "show", code.lower())
    assert shown.code == 0 and "耀州区新单位" in shown.out and "登记单位" in shown.out


def test_member_add_show_search_move_leave(demo_data_dir) -> None:
    args = ("--data", demo_data_dir)
    con = sqlite3.connect(demo_data_dir / "huzhu.sqlite3")
    first, second = [r[0] for r in con.execute("SELECT uscc FROM units ORDER BY name LIMIT 2")]
    con.close()

    added = huzhu(
        *args, "member", "add", "--id", PERSON, "--name", "测试人", "--unit", first,
        "--phone", "13800001111", "--tag", "快递员", "--user", "clerk1", "--json", env=AS_CLERK,
    )  # fmt: skip
    assert added.code == 0, added.err
    assert added.json()["id_number"] == PERSON

    wrong_sex = huzhu(
        *args, "member", "add", "--id", resident_id(dt.date(1990, 1, 1), True, 9), "--name", "某",
        "--unit", first, "--gender", "女", "--user", "clerk1", env=AS_CLERK,
    )  # fmt: skip
    assert wrong_sex.code == 1 and "显示为“男”" in wrong_sex.err

    masked = huzhu(*args, "member", "search", PERSON[-6:], "--json")
    assert masked.code == 0
    assert [r["id_number"] for r in masked.json()] == [PERSON[:6] + "********" + PERSON[-4:]]

    moved = huzhu(
        *args, "member", "move", PERSON, "--unit", second, "--user", "clerk1", env=AS_CLERK
    )
    assert moved.code == 0, moved.err

    left = huzhu(
        *args, "member", "leave", PERSON, "--date", "2026-01-05", "--user", "clerk1", "--json",
        env={**AS_CLERK, "HUZHU_TODAY": "2026-02-01"},
    )  # fmt: skip
    assert left.code == 0 and left.json()["status"] == "left"

    shown = huzhu(*args, "member", "show", PERSON, "--user", "supervisor1", "--json", env=AS_CLERK)
    data = shown.json()
    assert shown.code == 0 and data["row"]["id_number"] == PERSON  # supervisor sees it whole
    assert [h["label"] for h in data["history"]] == ["离职", "调动单位", "登记会员"]


def test_usage_and_refusals(demo_data_dir) -> None:
    args = ("--data", demo_data_dir)
    bad_date = huzhu(*args, "member", "leave", PERSON, "--date", "5.1", "--user", "clerk1")
    assert bad_date.code == 1 and "--date" in bad_date.err and "YYYY-MM-DD" in bad_date.err
    unknown = huzhu(*args, "member", "show", PERSON)
    assert unknown.code == 1 and "没有证件号码为" in unknown.err
    reviewer = huzhu(
        *args, "unit", "add", "--uscc", uscc(77), "--name", "某", "--headcount", "3",
        "--user", "reviewer1", "--json", env=AS_CLERK,
    )  # fmt: skip
    assert reviewer.code == 1 and reviewer.json()["ok"] is False and "无权" in reviewer.err
    no_user = huzhu(*args, "unit", "add", "--uscc", uscc(78), "--name", "某", "--headcount", "3")
    assert no_user.code == 2
