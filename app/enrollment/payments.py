"""How a premium moved (issue 19.3): the method, the voucher or transfer number, the paid date.

Every premium payment (enrolment, renewal, addition) and every refund records these three. The
method is stored as the Chinese word the receipt prints (收款方式); the command line may also
give its short English code. A paid date later than today is refused: money cannot have moved
yet, and the effective date would be computed from a day that has not come.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import clock
from app.errors import RejectedInput
from app.i18n import msg

# code -> the word stored and printed; the window offers them in this order
PAYMENT_METHODS: dict[str, str] = {
    "transfer": "转账",
    "cash": "现金",
    "bank-debit": "银行代扣",
    "union-funds": "工会经费划拨",
    "cheque": "支票",
    "other": "其他",
}
DEFAULT_METHOD = PAYMENT_METHODS["transfer"]  # units pay their union premium by transfer
VOUCHER_MAX = 40


@dataclass(frozen=True)
class PaymentDetails:
    """How the money moved. `paid_on` None means today."""

    method: str = DEFAULT_METHOD
    voucher: str = ""
    paid_on: dt.date | None = None

    def day(self) -> dt.date:
        return self.paid_on or clock.today()


def method_label(text: str) -> str:
    """The stored word for a method given as a word (现金) or a code (cash). RejectedInput
    naming the choices for anything else."""
    value = text.strip()
    if value in PAYMENT_METHODS.values():
        return value
    if value.lower() in PAYMENT_METHODS:
        return PAYMENT_METHODS[value.lower()]
    choices = "、".join(f"{word}（{code}）" for code, word in PAYMENT_METHODS.items())
    raise RejectedInput(
        msg("收款方式“{m}”不认识，请选用：{c}。", m=value, c=choices), field="payment_method"
    )


def checked_details(details: PaymentDetails) -> PaymentDetails:
    """`details` with the method normalised and the voucher trimmed; RejectedInput (field
    named) for an unknown method, an over-long voucher, or a paid date later than today."""
    voucher = " ".join(details.voucher.split())
    if len(voucher) > VOUCHER_MAX:
        raise RejectedInput(
            msg("凭证号/转账流水号最长 {n} 个字符，请核对。", n=VOUCHER_MAX), field="voucher"
        )
    today = clock.today()
    if details.paid_on is not None and details.paid_on > today:
        raise RejectedInput(
            msg(
                "缴费日期 {d} 晚于今天（{t}）：只能登记已经收到的款项，请填写实际到账日期"
                "（今天或更早）。",
                d=details.paid_on.isoformat(),
                t=today.isoformat(),
            ),
            field="paid_on",
        )
    return PaymentDetails(method_label(details.method), voucher, details.paid_on or today)
