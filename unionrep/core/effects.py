"""What logging an entry does to each allowance it touches: used and pending before it, and after
it, in the dashboard's terms (RULES §3: used = approved + taken; pending = requested)."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from unionrep.core.balance import Balance
from unionrep.core.figures import fmt_number, shown_remaining
from unionrep.core.messages import t


@dataclass(frozen=True)
class Effect:
    key: str  # the allowance's id, or "combined"
    unit: str
    cap: Fraction | None
    commitment: bool
    used_before: Fraction
    pending_before: Fraction
    used_after: Fraction
    pending_after: Fraction

    @property
    def left_after(self) -> Fraction | None:
        """What is left after the entry, counting only used time (as the dashboard does)."""
        return None if self.cap is None else shown_remaining(self.cap, self.used_after)

    @property
    def over_after(self) -> bool:
        if self.cap is None or self.commitment:
            return False
        return self.used_after + self.pending_after > self.cap

    def text(self, name: str, lang: str | None = None) -> str:
        """'Steward: now 100.25 used, 7.00 pending of 150.00 h; after this entry 110.25 used, 7.00
        pending (39.75 left)'."""
        unit = t(f"unit.{self.unit}", lang)
        now = t("effect.amounts", lang, used=fmt_number(self.used_before),
                pending=fmt_number(self.pending_before))
        after = t("effect.amounts", lang, used=fmt_number(self.used_after),
                  pending=fmt_number(self.pending_after))
        if self.cap is None:
            return t("effect.no_cap", lang, name=name, now=now, after=after, unit=unit)
        left = self.left_after
        return t("effect.capped", lang, name=name, now=now, after=after, unit=unit, cap=fmt_number(self.cap),
                 left=fmt_number(left if left is not None else Fraction(0)))


def entry_effects(before: Balance, after: Balance) -> list[Effect]:
    """The allowances (and the combined cap) whose used or pending the entry changes."""
    was = {b.allowance.id: b for b in before.allowances}
    effects = []
    for b in after.allowances:
        old = was.get(b.allowance.id)
        used, pending = (old.used, old.pending) if old is not None else (Fraction(0), Fraction(0))
        if (used, pending) != (b.used, b.pending):
            effects.append(Effect(b.allowance.id, b.unit, b.cap, b.allowance.kind == "commitment",
                                  used, pending, b.used, b.pending))
    if after.combined is not None:
        c, old_c = after.combined, before.combined
        used, pending = (old_c.used, old_c.pending) if old_c is not None else (Fraction(0), Fraction(0))
        if (used, pending) != (c.used, c.pending):
            effects.append(Effect("combined", c.unit, c.cap, False, used, pending, c.used, c.pending))
    return effects
