"""Papers of the health services (issue 11), drawn by the printing renderer (`pdf.write_pdf`)
with the layouts `health_partner_list`, `member_certificate_back`, `health_partner_guide` and
`health_sign_in`: the partner list leaflet (A4), the same list on the back of the member
certificate (one A5 page, the same for every certificate of a batch), the one-page guide for
partners on checking membership, and the event sign-in sheet (paper back-up of the scanner,
with blank rows for walk-ins)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app import clock
from app.health.events import event_detail
from app.health.partners import find_partner, list_partners
from app.office import self_office
from app.printing.layout import load_layout
from app.printing.pdf import Document, rows_per_page

LEAFLET_NOTE = (
    "凭《职工互助保障参保凭证》（扫描凭证二维码核验）和本人身份证享受以上优惠；"
    "优惠以合作机构当日公布为准。咨询请联系所在代办处。"
)
GUIDE_STEPS = (
    "一、会员出示《职工互助保障参保凭证》。用扫码枪扫描凭证右上角的二维码，"
    "或在核验软件中输入会员身份证号码。\n"
    "二、屏幕显示“有效会员”并列出保障计划和保障期间时，方可给予优惠。"
    "二维码中不含姓名：请核对会员本人身份证，证件号码前六位和后四位应与屏幕显示一致。\n"
    "三、核验不需联网：二维码由代办处数字签名，合作机构电脑只需安装代办处的公钥"
    "（huzhu partner check --qr 二维码内容）。"
)
GUIDE_REFUSALS = (
    "以下情况不予优惠，屏幕会写明原因：\n"
    "· 保障已过期或尚未开始（显示保障起止日期）；\n"
    "· 签名不符：二维码内容被改动、复印件涂改或不是本代办处签发；\n"
    "· 不是会员参保凭证的二维码（如收据、通知书）；\n"
    "· 本机没有该代办处的公钥：请与代办处联系安装。\n"
    "遇到疑问请勿当场争执，记下凭证编号并联系代办处核实。"
)
BACK_NOTE = (
    "凭本凭证（合作机构扫描正面二维码核验）和本人身份证享受以上优惠，"
    "名单以打印日有效者为准，最新名单请向代办处索取。"
)
SIGN_IN_MAX_BLANK_ROWS = 200  # about eight A4 pages; a bigger event prints its sheet twice


def _office_line(session: Session) -> str:
    office = self_office(session)
    return f"{office.name}（{office.code}）"


def _offer_rows(session: Session, day: dt.date) -> list[dict[str, str]]:
    """One row per offer valid on `day`, the partner named on its first row."""
    rows = []
    for partner in list_partners(session, on=day):
        contact = " ".join(x for x in (partner.contact, partner.phone) if x)
        for i, offer in enumerate(partner.offers):
            rows.append(
                {
                    "name": partner.name if i == 0 else "",
                    "kind": partner.kind_label if i == 0 else "",
                    "offer": offer.description,
                    "valid": f"{offer.valid_from:%Y.%m.%d}–{offer.valid_to:%Y.%m.%d}",
                    "contact": contact if i == 0 else "",
                }
            )
    return rows


def partner_leaflet(session: Session, *, on: dt.date | None = None) -> Document:
    """The partner list leaflet: partners and offers valid on `on` (default today), one row per
    offer, the partner named on its first row."""
    day = on or clock.today()
    values = {
        "title": "会员优惠合作机构名单",
        "office": _office_line(session),
        "date": f"{day:%Y年%m月%d日}",
        "note": LEAFLET_NOTE,
    }
    return Document(
        "health_partner_list", f"partners-{day:%Y%m%d}", values, _offer_rows(session, day)
    )


def certificate_back(session: Session, *, on: dt.date | None = None) -> Document:
    """The back of the member certificate: the partners and offers valid on `on` (default
    today) on one page. What does not fit is summed up on the last row, pointing to the
    leaflet. One Document serves a whole batch: `write_pdf` draws a repeated Document once."""
    day = on or clock.today()
    rows = _offer_rows(session, day)
    room = rows_per_page(load_layout("member_certificate_back").spec["table"])
    if len(rows) > room:
        left = len(rows) - room + 1
        more = f"另有 {left} 项优惠，详见代办处《会员优惠合作机构名单》"
        rows = [*rows[: room - 1], {"name": "……", "offer": more}]
    if not rows:
        rows = [{"name": "（打印日暂无合作机构）"}]
    values = {
        "title": "会员优惠合作机构",
        "office": _office_line(session),
        "date": f"{day:%Y年%m月%d日}",
        "note": BACK_NOTE,
    }
    return Document("member_certificate_back", f"back-{day:%Y%m%d}", values, rows)


def partner_guide(session: Session, *, partner: str | None = None) -> Document:
    """The one-page guide for a partner (or any partner) on checking membership."""
    office = self_office(session)
    name = find_partner(session, partner).name if partner else "________________"
    values = {
        "title": "合作机构会员核验说明",
        "office": _office_line(session),
        "partner": name,
        "steps": GUIDE_STEPS,
        "refusals": GUIDE_REFUSALS,
        "contact": f"代办处：{office.name}　代码 {office.code}　（如需安装公钥或核实凭证请联系代办处）",
    }
    return Document("health_partner_guide", f"guide-{office.code}", values)


def sign_in_sheet(session: Session, *, event_number: str) -> Document:
    """The event's sign-in sheet: who signed in by scanner (ID masked) and a numbered blank
    row for every place left (at most `SIGN_IN_MAX_BLANK_ROWS`), so the paper back-up takes
    the whole queue when the scanner or the computer fails."""
    event, people = event_detail(session, event_number)
    rows = [
        {
            "seq": str(i),
            "name": p.name,
            "id": p.masked_id,
            "unit": p.unit,
            "time": f"{p.recorded_at:%H:%M}",
        }
        for i, p in enumerate(people, start=1)
    ]
    blanks = min(event.capacity - len(people), SIGN_IN_MAX_BLANK_ROWS)
    rows += [{"seq": str(len(rows) + i)} for i in range(1, max(blanks, 0) + 1)]
    values = {
        "title": "会员活动签到表",
        "number": event.number,
        "date": f"{event.held_on:%Y年%m月%d日}",
        "event": f"{event.kind_label}：{event.title}",
        "place": event.place,
        "partner": event.partner or "—",
        "capacity": f"{event.capacity} 人（已签到 {event.attended} 人）",
    }
    return Document("health_sign_in", event.number, values, rows)
