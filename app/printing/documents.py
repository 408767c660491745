"""Turn loaded data into `Document`s: the words on each page, its table rows and its signed QR.

Pure functions of their inputs (no database): the service decides numbers and reprint counts.
"""

from __future__ import annotations

import datetime as dt

from app.errors import RejectedInput
from app.i18n import msg
from app.money import capitals, yuan
from app.printing.data import (
    ClaimData,
    CoverageLine,
    MemberCertificateData,
    OfficeInfo,
    PremiumReceiptData,
    UnitCertificateData,
)
from app.printing.pdf import Document
from app.signing.qr import Signer
from models.enums import ClaimStatus

VERIFY_NOTE = "扫描右上角二维码可离线验真；内容以代办处记录为准。"


def long_date(day: dt.date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def short_date(day: dt.date) -> str:
    return day.strftime("%Y.%m.%d")


def compact_date(day: dt.date | None) -> str:
    return day.strftime("%Y%m%d") if day else ""


def add_working_days(start: dt.date, days: int) -> dt.date:
    """`days` working days (Monday to Friday) after `start`; public holidays are not known."""
    day = start
    while days > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def _office(office: OfficeInfo) -> str:
    return f"{office.name}（{office.code}）"


def waiting_text(line: CoverageLine) -> str:
    """The end of a cover's waiting period, or 无观察期 for a plan without one (YW) or a cover
    whose waiting period is waived (it ends on the start day)."""
    return "无观察期" if line.waiting_until <= line.start else short_date(line.waiting_until)


def member_certificate(
    data: MemberCertificateData,
    *,
    number: str,
    issued: dt.date,
    reprint: int,
    signer: Signer,
    signature: bool = True,
) -> Document:
    """参保凭证 of one member; `signature` adds the member's signature line (an office
    setting)."""
    first, last = min(ln.start for ln in data.lines), max(ln.end for ln in data.lines)
    plans = ".".join(f"{ln.plan_code}{ln.shares}" for ln in data.lines)
    return _certificate(
        "member_certificate",
        "参保凭证",
        number=number,
        office=data.office,
        signature="会员签字" if signature else "",
        values={
            "name": data.name,
            "gender": data.gender,
            "id": data.masked_id,
            "unit": data.unit_name,
            "enrollment": data.enrollment_number,
            "issued": long_date(issued),
            "note": VERIFY_NOTE,
        },
        rows=[
            {
                "plan": f"{ln.plan_code} {ln.plan_name}",
                "shares": str(ln.shares),
                "period": f"{short_date(ln.start)}–{short_date(ln.end)}",
                "waiting": waiting_text(ln),
                "premium": yuan(ln.premium),
            }
            for ln in data.lines
        ],
        totals=f"互助费合计：{yuan(data.premium)} 元",
        qr_text=signer.payload(
            "PZ",
            number,
            [data.masked_id, f"{compact_date(first)}-{compact_date(last)}", plans],
        ),
        reprint=reprint,
    )


def unit_certificate(
    data: UnitCertificateData,
    *,
    number: str,
    issued: dt.date,
    reprint: int,
    signer: Signer,
    signature: bool = True,
) -> Document:
    """单位参保凭证 with its member list; `signature` adds the unit's signature line."""
    period = f"{long_date(data.start)}至{long_date(data.end)}"
    rows = [
        {
            "seq": str(i),
            "name": m.name,
            "id": m.masked_id,
            "gender": m.gender,
            "plans": " ".join(f"{ln.plan_code}×{ln.shares}" for ln in m.lines),
            "premium": yuan(m.premium),
        }
        for i, m in enumerate(data.members, start=1)
    ]
    premium = sum(m.premium for m in data.members)
    return _certificate(
        "unit_certificate",
        "单位参保凭证",
        number=number,
        office=data.office,
        signature="参保单位签字（盖章）" if signature else "",
        values={
            "unit": data.unit_name,
            "uscc": data.uscc,
            "enrollment": data.enrollment_number,
            "period": period,
            "plans": "；".join(f"{c} {name}×{s}份" for c, name, s in data.plans),
            "issued": long_date(issued),
        },
        rows=rows,
        totals=f"合计：{len(rows)} 人，互助费 {yuan(premium)} 元（大写：{capitals(premium)}）",
        qr_text=signer.payload(
            "DW",
            number,
            [data.uscc, str(len(rows)), f"{compact_date(data.start)}-{compact_date(data.end)}"],
        ),
        reprint=reprint,
    )


def _certificate(
    layout: str,
    title: str,
    *,
    number: str,
    office: OfficeInfo,
    signature: str,
    values: dict[str, str],
    rows: list[dict[str, str]],
    totals: str,
    qr_text: str,
    reprint: int,
) -> Document:
    """A certificate page (member's or unit's): its title, number, office and signature line
    head `values`."""
    head = {"title": title, "number": number, "office": office.name, "signature": signature}
    return Document(
        layout=layout,
        number=number,
        values=head | values,
        rows=rows,
        totals=totals,
        qr_text=qr_text,
        reprint=reprint,
    )


def premium_receipt(
    data: PremiumReceiptData, *, reprint: int, signer: Signer, layout: str = "premium_receipt"
) -> Document:
    return Document(
        layout=layout,
        number=data.receipt_number,
        values={
            "title": "收款收据",
            "number": data.receipt_number,
            "paid_on": long_date(data.paid_on),
            "payer_unit": data.unit_name,
            "uscc": data.uscc,
            "payer": data.payer,
            "purpose": f"{data.enrollment_number} 互助费（{data.plans}）",
            "amount": f"¥{yuan(data.amount)}",
            "capitals": capitals(data.amount),
            "method": data.method or "未登记",
            "operator": data.operator,
            "office": _office(data.office),
            "office_name": data.office.name,
            "note": VERIFY_NOTE,
        },
        qr_text=signer.payload(
            "SJ", data.receipt_number, [data.uscc, str(data.amount), compact_date(data.paid_on)]
        ),
        reprint=reprint,
    )


def _claim_values(data: ClaimData) -> dict[str, str]:
    return {
        "number": data.number,
        "office": _office(data.office),
        "name": data.name,
        "id": data.masked_id,
        "unit": data.unit_name,
        "plan": f"{data.plan_code} {data.plan_name}（{data.kind}）",
        "event": long_date(data.event_date),
        "received_on": long_date(data.received_on),
        "decided_on": long_date(data.decided_on),
        "operator": data.operator,
    }


def claim_receipt(data: ClaimData, *, promise_days: int, reprint: int, signer: Signer) -> Document:
    """受理回执: documents received and missing, what happens next and by when."""
    promise = add_working_days(data.received_on, promise_days)
    missing = [name for name, received in data.documents if not received]
    steps = []
    if missing:
        steps.append(f"请尽快补交待补材料（{'、'.join(missing)}），材料齐全后开始审核。")
    steps.append(
        f"我处在材料齐全后 {promise_days} 个工作日内完成审核审批"
        f"（材料已齐全的，预计 {long_date(promise)} 前办结），结果以书面通知送达所在单位工会。"
    )
    steps.append("核定的互助金转入会员本人银行账户。请妥善保管本回执，查询时请提供受理编号。")
    return Document(
        layout="claim_receipt",
        number=data.number,
        values={
            **_claim_values(data),
            "title": "受理回执",
            "promise": long_date(promise),
            "next": "\n".join(f"{i}. {s}" for i, s in enumerate(steps, start=1)),
        },
        rows=[
            {"seq": str(i), "document": name, "status": "已收" if received else "待补"}
            for i, (name, received) in enumerate(data.documents, start=1)
        ],
        totals=f"已收 {len(data.documents) - len(missing)} 份，待补 {len(missing)} 份",
        qr_text=signer.payload(
            "SL", data.number, [data.masked_id, data.plan_code, compact_date(data.received_on)]
        ),
        reprint=reprint,
    )


def claim_notice(data: ClaimData, *, reprint: int, signer: Signer) -> Document:
    """给付通知书 for an approved or paid claim, 不予给付通知书 for a rejected one."""
    values = _claim_values(data)
    decided = compact_date(data.decided_on)
    if data.status is ClaimStatus.REJECTED:
        return Document(
            layout="rejection_notice",
            number=data.number,
            values={
                **values,
                "title": "不予给付通知书",
                "reason": data.reason or "（未填写理由）",
                "note": "如对本决定有异议，可自收到本通知之日起 30 日内向本代办处书面申请复核。",
            },
            qr_text=signer.payload("JJ", data.number, [data.masked_id, decided]),
            reprint=reprint,
        )
    if data.status not in (ClaimStatus.APPROVED, ClaimStatus.PAID):
        raise RejectedInput(
            msg("理赔 {n} 尚未审批，不能打印通知书。", n=data.number), field="claim"
        )
    return Document(
        layout="benefit_notice",
        number=data.number,
        values={
            **values,
            "title": "给付通知书",
            "amount": f"¥{yuan(data.amount)} 元",
            "capitals": capitals(data.amount),
            "account": data.account,
            "note": "互助金将转入上列账户。如有疑问，请自收到本通知之日起 30 日内与本代办处联系。",
        },
        rows=[{"seq": str(i), "line": line} for i, line in enumerate(data.working, start=1)],
        totals=f"核定给付：{yuan(data.amount)} 元",
        qr_text=signer.payload("GF", data.number, [data.masked_id, str(data.amount), decided]),
        reprint=reprint,
    )
