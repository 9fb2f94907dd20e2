"""A rep's balance for one year (what `Service.balance` returns), its JSON form, and the
dashboard's order of balances (closest to a cap first)."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from unionrep.core import pay
from unionrep.core.caps import AllowanceBalance, CombinedBalance, PaymentDue
from unionrep.core.figures import round2
from unionrep.core.flags import Flag
from unionrep.core.model import Rep
from unionrep.core.periods import Year


@dataclass
class Balance:
    """Where a rep stands in one year."""

    rep: Rep
    year: Year
    allowances: list[AllowanceBalance]
    combined: CombinedBalance | None
    flags: list[Flag]
    paid_minutes: int
    hourly_rate: Fraction | None
    toil_earned: int
    toil_taken: int
    payments: list[PaymentDue] = field(default_factory=list)

    @property
    def cost(self) -> Fraction | None:
        if self.hourly_rate is None:
            return None
        return pay.cost_of_minutes(self.paid_minutes, self.hourly_rate)

    @property
    def toil_balance(self) -> int:
        return self.toil_earned - self.toil_taken

    def closeness(self) -> Fraction:
        """How near the rep is to a cap: the largest share of any cap used (for ordering)."""
        shares = [b.used / b.cap for b in self.allowances
                  if b.cap and b.allowance.kind == "cap"]
        if self.combined is not None and self.combined.cap:
            shares.append(self.combined.used / self.combined.cap)
        return max(shares, default=Fraction(0))

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        return {
            "rep": self.rep.id,
            "name": self.rep.name,
            "year": self.year.as_dict(),
            "allowances": [
                {
                    "role": b.allowance.scope if b.allowance.scope_kind == "role" else None,
                    "category": b.allowance.scope if b.allowance.scope_kind == "category" else None,
                    "allowance": b.allowance.id,
                    "kind": b.allowance.kind,
                    "unit": b.unit,
                    "cap": None if b.cap is None else round2(b.cap),
                    "used": round2(b.used),
                    "pending": round2(b.pending),
                    "remaining": None if b.remaining_shown is None else round2(b.remaining_shown),
                    "basis": b.explain,
                }
                for b in self.allowances
            ],
            "combined": None if self.combined is None else {
                "unit": self.combined.unit,
                "cap": round2(self.combined.cap),
                "used": round2(self.combined.used),
                "pending": round2(self.combined.pending),
                "remaining": round2(self.combined.remaining_shown),
                "members": self.combined.members,
                "basis": self.combined.explain,
            },
            "paid_hours": round2(Fraction(self.paid_minutes, 60)),
            "cost": None if self.cost is None else round2(self.cost),
            "toil": {"earned_hours": round2(Fraction(self.toil_earned, 60)),
                     "taken_hours": round2(Fraction(self.toil_taken, 60)),
                     "balance_hours": round2(Fraction(self.toil_balance, 60))},
            "payments": [
                {"role": p.role, "kind": p.kind, "amount": round2(p.amount),
                 "amount_max": None if p.amount_max is None else round2(p.amount_max),
                 "basis": p.explain}
                for p in self.payments
            ],
            "flags": [f.text(lang) for f in self.flags],
        }


def closest_first(balance: Balance) -> tuple[float, Fraction, str]:
    """The dashboard's order: closeness to a cap (Balance.closeness), largest first, then the name.

    The largest share is found comparing numerators and denominators, not dividing fractions;
    the float settles nearly every comparison of the sort cheaply and never orders two values the
    wrong way round (rounding is monotonic), and where two round alike the exact fraction decides.
    """
    best: tuple[int, int] | None = None
    shares = [(b.used, b.cap) for b in balance.allowances if b.cap and b.allowance.kind == "cap"]
    if balance.combined is not None and balance.combined.cap:
        shares.append((balance.combined.used, balance.combined.cap))
    for used, cap in shares:
        numerator, denominator = used.numerator * cap.denominator, used.denominator * cap.numerator
        if denominator < 0:
            numerator, denominator = -numerator, -denominator
        if best is None or numerator * best[1] > best[0] * denominator:
            best = numerator, denominator
    closeness = Fraction(0) if best is None else Fraction(*best)
    return -float(closeness), -closeness, balance.rep.name.lower()
