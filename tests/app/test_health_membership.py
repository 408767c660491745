"""Acceptance 1 (issue 11): the partner's membership check from the certificate QR, offline with
public keys alone; expired, not yet valid, tampered and foreign codes refused with the reason."""

from __future__ import annotations

import datetime as dt

import pytest

from app.db import open_database
from app.health.membership import check_membership, check_offline
from app.office import self_office
from app.signing import keys
from tests.app import health_factories


@pytest.fixture
def office(db, actors, monkeypatch):
    monkeypatch.setenv("HUZHU_TODAY", health_factories.TODAY)
    with db.unit_of_work() as session:
        return health_factories.office(session, actors["clerk1"])


def _keyring(db) -> dict[str, list[bytes]]:
    with db.reader() as session:
        return keys.public_keys(session)


def test_partner_without_the_member_database_verifies_with_public_keys_alone(db, office, tmp_path):
    with db.reader() as session:
        code = self_office(session).code
        public = keys.public_keys(session)[code][0]
    # The partner's desk: an empty database holding nothing but the office's public key.
    partner = open_database(tmp_path / "partner" / "huzhu.sqlite3")
    with partner.unit_of_work() as session:
        keys.install_public_key(session, code, public)
    with partner.reader() as session:
        result = check_offline(session, office.qr[0], today=dt.date(2026, 5, 10))
    partner.dispose()
    assert result.valid and result.reason == "有效会员"
    assert result.name == ""  # the QR carries no names: the partner asks for the ID card
    assert result.masked_id.endswith(office.ids[0][-4:]) and "*" in result.masked_id
    assert result.plans == ("ZY×1", "ZJ×2")
    assert (result.valid_from, result.valid_to) == (dt.date(2026, 3, 1), dt.date(2027, 2, 28))
    assert any("身份证" in n for n in result.notes)


def test_expired_and_not_yet_valid_codes_are_refused_with_the_dates(db, office):
    ring = _keyring(db)
    late = check_offline(ring, office.qr[0], today=dt.date(2027, 3, 1))
    assert not late.valid and late.reason == "保障已过期（2027-02-28 止）"
    early = check_offline(ring, office.qr[0], today=dt.date(2026, 2, 28))
    assert not early.valid and "尚未开始" in early.reason
    assert check_offline(ring, office.qr[0], today=dt.date(2027, 2, 28)).valid


def test_tampered_foreign_and_other_documents_are_refused(db, office):
    ring = _keyring(db)
    text = office.qr[0]
    # the period pushed a year on: the signature no longer matches
    tampered = text.replace("-20270228|", "-20280228|")
    assert tampered != text
    refused = check_offline(ring, tampered, today=dt.date(2026, 5, 10))
    assert not refused.valid and "签名不符" in refused.reason
    assert "公钥" in check_offline({}, text, today=dt.date(2026, 5, 10)).reason
    assert "不是本系统" in check_offline(ring, "6102041985", today=dt.date(2026, 5, 10)).reason


def test_office_check_adds_the_name_and_todays_covers(db, office, actors):
    with db.reader() as session:
        by_qr = check_membership(session, actors["clerk1"], qr=office.qr[1])
        by_id = check_membership(session, actors["clerk1"], id_number=office.ids[2])
        stranger = check_membership(session, actors["clerk1"], id_number="610204199001011234")
    assert by_qr.valid and by_qr.name == office.names[1] and by_qr.plans == ("ZJ×2", "ZY×1")
    assert by_qr.certificate.startswith("PZ-")
    assert by_id.valid and by_id.name == office.names[2]
    assert not stranger.valid and "没有该证件号码" in stranger.reason


def test_office_check_refuses_a_member_without_cover_today(db, office, actors, monkeypatch):
    monkeypatch.setenv("HUZHU_TODAY", "2027-04-01")
    with db.reader() as session:
        result = check_membership(session, actors["clerk1"], id_number=office.ids[0])
        expired_qr = check_membership(session, actors["clerk1"], qr=office.qr[0])
    assert not result.valid and "没有有效保障" in result.reason and result.name == office.names[0]
    assert not expired_qr.valid and "已过期" in expired_qr.reason
