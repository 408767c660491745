"""Partners (合作机构): hospitals, pharmacies and clinics, and what each offers members."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.auth import Action, Actor, require
from app.errors import RejectedInput, found
from app.history import record_insert
from app.i18n import msg
from app.office import self_office
from app.texts import check_text
from models import HealthOffer, HealthPartner

PARTNER_KIND_LABELS = {"hospital": "医院", "pharmacy": "药店", "clinic": "诊所"}


@dataclass(frozen=True)
class OfferInfo:
    description: str
    valid_from: dt.date
    valid_to: dt.date


@dataclass(frozen=True)
class PartnerInfo:
    uuid: uuid.UUID
    name: str
    kind: str
    kind_label: str
    contact: str
    phone: str
    address: str
    valid_from: dt.date
    valid_to: dt.date
    offers: tuple[OfferInfo, ...]


def _info(partner: HealthPartner, offers: list[HealthOffer]) -> PartnerInfo:
    return PartnerInfo(
        partner.uuid,
        partner.name,
        partner.kind,
        PARTNER_KIND_LABELS.get(partner.kind, partner.kind),
        partner.contact,
        partner.phone,
        partner.address,
        partner.valid_from,
        partner.valid_to,
        tuple(OfferInfo(o.description, o.valid_from, o.valid_to) for o in offers),
    )


def _check_dates(valid_from: dt.date, valid_to: dt.date, what: str) -> None:
    if valid_from > valid_to:
        raise RejectedInput(msg("{what}的有效期起始日不能晚于截止日。", what=what))


def add_partner(
    session: Session,
    actor: Actor,
    *,
    name: str,
    kind: str,
    valid_from: dt.date,
    valid_to: dt.date,
    offers: list[str],
    contact: str = "",
    phone: str = "",
    address: str = "",
) -> PartnerInfo:
    """Register a partner with its offers (each valid for the partner's dates). Journalled for
    the hub. Refuses an unknown kind, a duplicate name, reversed dates and no offer."""
    require(actor, Action.HEALTH_SERVICES)
    for value, field, label in (
        (name, "name", msg("合作机构名称")),
        (contact, "contact", msg("联系人")),
        (phone, "phone", msg("电话")),
        (address, "address", msg("地址")),
        *((offer, "offers", msg("优惠或服务")) for offer in offers),
    ):
        check_text(value, field=field, label=label)
    name = name.strip()
    if not name:
        raise RejectedInput(msg("请填写合作机构名称。"))
    if kind not in PARTNER_KIND_LABELS:
        raise RejectedInput(
            msg("机构类型应为 hospital（医院）、pharmacy（药店）或 clinic（诊所）。")
        )
    _check_dates(valid_from, valid_to, "合作协议")
    offers = [o.strip() for o in offers if o.strip()]
    if not offers:
        raise RejectedInput(msg("请至少填写一项给会员的优惠或服务。"))
    if session.scalar(select(HealthPartner.uuid).where(HealthPartner.name == name)):
        raise RejectedInput(msg("合作机构“{n}”已登记。", n=name))
    partner = HealthPartner(
        office_code=self_office(session).code,
        name=name,
        kind=kind,
        contact=contact.strip(),
        phone=phone.strip(),
        address=address.strip(),
        valid_from=valid_from,
        valid_to=valid_to,
        created_at=clock.now(),
    )
    record_insert(
        session,
        actor,
        "health.partner.add",
        partner,
        entity="health_partners",
        details={"name": name, "kind": kind, "offers": len(offers)},
    )
    rows = [_offer(session, actor, partner, text, valid_from, valid_to) for text in offers]
    return _info(partner, rows)


def add_offer(
    session: Session,
    actor: Actor,
    *,
    partner: str,
    description: str,
    valid_from: dt.date,
    valid_to: dt.date,
) -> PartnerInfo:
    """Add one offer to the partner named `partner`, journalled for the hub."""
    require(actor, Action.HEALTH_SERVICES)
    check_text(description, field="description", label=msg("优惠或服务"))
    if not description.strip():
        raise RejectedInput(msg("请填写优惠或服务内容。"))
    row = find_partner(session, partner)
    _offer(session, actor, row, description.strip(), valid_from, valid_to)
    return next(p for p in list_partners(session) if p.uuid == row.uuid)


def _offer(
    session: Session,
    actor: Actor,
    partner: HealthPartner,
    description: str,
    valid_from: dt.date,
    valid_to: dt.date,
) -> HealthOffer:
    _check_dates(valid_from, valid_to, "优惠")
    offer = HealthOffer(
        partner_uuid=partner.uuid,
        description=description,
        valid_from=valid_from,
        valid_to=valid_to,
    )
    record_insert(
        session,
        actor,
        "health.offer.add",
        offer,
        entity="health_offers",
        details={"partner": partner.name, "offer": description},
    )
    return offer


def find_partner(session: Session, name: str) -> HealthPartner:
    return found(
        session.scalar(select(HealthPartner).where(HealthPartner.name == name.strip())),
        msg("没有名为“{n}”的合作机构。", n=name),
    )


def list_partners(session: Session, *, on: dt.date | None = None) -> list[PartnerInfo]:
    """Partners by kind and name with their offers; with `on`, only partners and offers valid
    that day (what a leaflet printed today should list)."""
    query = select(HealthPartner).order_by(HealthPartner.kind, HealthPartner.name)
    if on is not None:
        query = query.where(HealthPartner.valid_from <= on, HealthPartner.valid_to >= on)
    partners = list(session.scalars(query))
    offers: dict[uuid.UUID, list[HealthOffer]] = {p.uuid: [] for p in partners}
    for offer in session.scalars(
        select(HealthOffer)
        .where(HealthOffer.partner_uuid.in_(offers))
        .order_by(HealthOffer.valid_from, HealthOffer.description)
    ):
        if on is None or offer.valid_from <= on <= offer.valid_to:
            offers[offer.partner_uuid].append(offer)
    return [_info(p, offers[p.uuid]) for p in partners]
