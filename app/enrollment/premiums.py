"""Premiums and who pays them (docs/domain.md §3 rules 9–10). All amounts are integer fen."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.errors import RejectedInput
from app.i18n import msg
from app.money import parse_yuan
from models.enums import Payer

PAYER_LABELS = {
    Payer.UNIT: "单位",
    Payer.UNION: "工会",
    Payer.INDIVIDUAL: "个人",
    Payer.GIFT: "赠送",
}


@dataclass(frozen=True)
class PaymentSplit:
    """Fen per payer; the parts must add up to the premium exactly."""

    unit: int = 0
    union: int = 0
    individual: int = 0
    gift: int = 0

    @property
    def total(self) -> int:
        return self.unit + self.union + self.individual + self.gift

    def parts(self) -> dict[Payer, int]:
        return {
            Payer.UNIT: self.unit,
            Payer.UNION: self.union,
            Payer.INDIVIDUAL: self.individual,
            Payer.GIFT: self.gift,
        }

    @classmethod
    def all_by(cls, payer: Payer, amount: int) -> PaymentSplit:
        return cls(**{payer.value: amount})

    def scaled_to(self, total: int) -> PaymentSplit:
        """The same proportions for another total; the rounding remainder goes to the largest
        part, so the result adds up exactly (used for renewals)."""
        if self.total == 0:
            return PaymentSplit(unit=total)
        parts = {p: total * a // self.total for p, a in self.parts().items()}
        largest = max(self.parts(), key=lambda p: self.parts()[p])
        parts[largest] += total - sum(parts.values())
        return PaymentSplit(**{p.value: a for p, a in parts.items()})


def parse_payer_spec(spec: str) -> PaymentSplit:
    """ "unit=100,union=20.5" (yuan) → PaymentSplit in fen."""
    parts: dict[str, int] = {}
    names = {p.value for p in Payer}
    for item in filter(None, (s.strip() for s in spec.split(","))):
        name, _, amount = item.partition("=")
        if name.strip() not in names or not amount:
            raise RejectedInput(
                msg("缴费分摊“{i}”应写成 付款方=金额，付款方为 {n}。", i=item, n="、".join(names)),
                field="payer",
            )
        parts[name.strip()] = parse_yuan(amount, field="payer", label=f"--payer {name.strip()}")
    return PaymentSplit(**parts)


def pro_rata(full_premium: int, months: int, term_months: int) -> int:
    """Premium for `months` of a `term_months` term, fen rounded half up (rule 9)."""
    share = Decimal(full_premium) * months / term_months
    return int(share.quantize(Decimal(1), rounding=ROUND_HALF_UP))
