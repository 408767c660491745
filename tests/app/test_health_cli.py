"""`huzhu partner …` and `huzhu event …` as a clerk (and a partner without a login) runs them,
with the leaflet, the guide and the sign-in sheet read back from their PDFs."""

from __future__ import annotations

import pytest

from app.db import open_database
from tests.app import health_factories
from tests.app.printing_pdf import texts
from tests.cli_runner import huzhu
from tests.conftest import ACTORS


@pytest.fixture
def office(demo_data_dir, demo_password, monkeypatch):
    monkeypatch.setenv("HUZHU_TODAY", health_factories.TODAY)
    database = open_database(demo_data_dir / "huzhu.sqlite3")
    with database.unit_of_work() as session:
        made = health_factories.office(session, ACTORS["clerk1"], members=3, capacity=2)
    database.dispose()
    env = {"HUZHU_PASSWORD": demo_password, "HUZHU_TODAY": health_factories.TODAY}
    return demo_data_dir, made, env


def test_partner_check_offline_and_with_the_records(office):
    data, made, env = office
    offline = huzhu("--data", data, "partner", "check", "--qr", made.qr[0], env=env)
    assert offline.code == 0, offline.err
    assert "是：有效会员" in offline.out and "二维码不含姓名" in offline.out
    assert made.names[0] not in offline.out
    named = huzhu(
        "--data", data, "--user", "clerk1", "partner", "check", "--id", made.ids[1], env=env
    )
    assert named.code == 0 and made.names[1] in named.out


def test_event_add_attend_and_papers(office, tmp_path):
    data, made, env = office
    user = ("--data", data, "--user", "clerk1")
    added = huzhu(
        *user, "--json", "event", "add", "--kind", "checkup", "--title", "职工体检",
        "--date", "2026-06-01", "--place", "区人民医院体检中心", "--capacity", "1",
        "--partner", "耀州区人民医院", env=env,
    )  # fmt: skip
    assert added.code == 0, added.err
    number = added.json()["event"]["number"]
    first = huzhu(*user, "event", "attend", number, "--qr", made.qr[0], env=env)
    assert first.code == 0 and "签到成功" in first.out and "1/1" in first.out
    full = huzhu(*user, "event", "attend", number, "--id", made.ids[1], env=env)
    assert full.code == 1 and "名额已满（1 人）" in full.out
    sheet, leaflet, guide = (tmp_path / f"{n}.pdf" for n in ("sheet", "leaflet", "guide"))
    assert huzhu(*user, "event", "sheet", number, "--out", sheet, env=env).code == 0
    page = texts(sheet)[0]
    assert "会员活动签到表" in page and made.names[0] in page and made.ids[0] not in page
    assert huzhu(*user, "partner", "leaflet", "--out", leaflet, env=env).code == 0
    assert "耀州区人民医院" in texts(leaflet)[0] and "体检套餐9折" in texts(leaflet)[0]
    assert huzhu(*user, "partner", "guide", "--out", guide, env=env).code == 0
    assert "签名不符" in texts(guide)[0] and len(texts(guide)) == 1
