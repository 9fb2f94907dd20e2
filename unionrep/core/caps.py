"""Allowances and balances (RULES §1, §3, §7): exact fractions, rounded only for display.

The engine works on *totals*, the minutes and number of entries per (role, category, status,
paid) in one year. The store computes them with one SQL aggregate; tests compute them from a list
of entries with :func:`totals_from_entries`. Either way the arithmetic below is the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from unionrep.core.model import (
    PENDING_STATUSES,
    USED_STATUSES,
    Assignment,
    Entry,
    Extension,
    Rep,
)
from unionrep.core.periods import Year, overlap_days
from unionrep.core.policy import Allowance, Profile


@dataclass(frozen=True)
class TotalKey:
    role: str
    category: str
    status: str
    paid: bool


@dataclass
class Total:
    minutes: int = 0
    count: int = 0


Totals = Mapping[TotalKey, Total]


def totals_from_entries(entries: Iterable[Entry], year: Year | None = None) -> dict[TotalKey, Total]:
    """Sum entries (those dated within `year`, if given) the way the store's SQL does."""
    result: dict[TotalKey, Total] = {}
    for e in entries:
        if year is not None and not year.contains(e.date):
            continue
        key = TotalKey(e.role, e.category, e.status, e.paid)
        total = result.setdefault(key, Total())
        total.minutes += e.minutes
        total.count += 1
    return result


@dataclass
class AllowanceBalance:
    allowance: Allowance
    year: Year
    cap: Fraction | None  # None: no amount set
    used: Fraction
    pending: Fraction
    explain: list[str] = field(default_factory=list)

    @property
    def unit(self) -> str:
        return self.allowance.unit

    @property
    def remaining(self) -> Fraction | None:
        return None if self.cap is None else self.cap - self.used

    @property
    def label_scope(self) -> str:
        return self.allowance.scope


@dataclass
class CombinedBalance:
    cap: Fraction
    unit: str
    used: Fraction
    pending: Fraction
    members: list[str]
    explain: list[str] = field(default_factory=list)

    @property
    def remaining(self) -> Fraction:
        return self.cap - self.used


@dataclass
class PaymentDue:
    role: str
    kind: str
    amount: Fraction
    amount_max: Fraction | None
    explain: str


def days_held(assignments: Iterable[Assignment], role: str, year: Year) -> int:
    """Days of `year` on which the role was held, counting overlapping assignments once."""
    spans = sorted(
        (max(a.start_on, year.start), year.end if a.end_on is None else min(a.end_on, year.end))
        for a in assignments
        if a.role == role and overlap_days(a.start_on, a.end_on, year) > 0
    )
    total = 0
    current_start: dt.date | None = None
    current_end: dt.date | None = None
    for start, end in spans:
        if current_end is not None and current_start is not None and start <= current_end + dt.timedelta(1):
            current_end = max(current_end, end)
            continue
        if current_start is not None and current_end is not None:
            total += (current_end - current_start).days + 1
        current_start, current_end = start, end
    if current_start is not None and current_end is not None:
        total += (current_end - current_start).days + 1
    return total


def fmt_number(value: Fraction, places: int = 2) -> str:
    """Round half away from zero for display: 60.8108… → '60.81'."""
    scaled = abs(value) * 10**places
    whole = int(scaled)
    if scaled - whole >= Fraction(1, 2):
        whole += 1
    sign = "-" if value < 0 and whole else ""
    text = str(whole).rjust(places + 1, "0")
    return f"{sign}{text[:-places]}.{text[-places:]}" if places else f"{sign}{text}"


def round2(value: Fraction) -> float:
    return float(fmt_number(value))


def fmt_hm(minutes: Fraction | int) -> str:
    """Minutes as h:mm, e.g. 90 → '1:30'."""
    total = round(Fraction(minutes))
    sign = "-" if total < 0 else ""
    total = abs(total)
    return f"{sign}{total // 60}:{total % 60:02d}"


class Ledger:
    """Balances for one rep: the profile's rules applied to their roles, extensions and totals."""

    def __init__(
        self,
        profile: Profile,
        rep: Rep,
        assignments: Iterable[Assignment],
        extensions: Iterable[Extension],
        totals_for: Callable[[Year], Totals],
    ) -> None:
        self.profile = profile
        self.rep = rep
        self.assignments = [a for a in assignments if a.rep_id == rep.id]
        self.extensions = [x for x in extensions if x.rep_id == rep.id]
        self._totals_for = totals_for
        self._cache: dict[Year, Totals] = {}

    # -- inputs --------------------------------------------------------------------------------

    def totals(self, year: Year) -> Totals:
        if year not in self._cache:
            self._cache[year] = self._totals_for(year)
        return self._cache[year]

    def year_for(self, allowance: Allowance, on: dt.date) -> Year:
        basis = None if allowance.year_basis == "rep" else allowance.year_basis
        return self.rep.year_of(on, basis)

    def counted_categories(self, allowance: Allowance) -> set[str]:
        if allowance.scope_kind == "category":
            return {allowance.scope}
        if allowance.categories:
            return set(allowance.categories)
        counted = {c.id for c in self.profile.categories.values() if c.counts == "allowance"}
        if self.profile.settings.meetings_count and "meeting" in self.profile.categories:
            counted.add("meeting")
        return counted

    def _measure(self, allowance: Allowance, minutes: int, count: int) -> Fraction:
        """Convert logged time into the allowance's unit."""
        unit = allowance.unit
        if unit == "hours":
            return Fraction(minutes, 60)
        if unit == "days":
            return Fraction(minutes) / self.rep.daily_minutes if self.rep.weekly_minutes else Fraction(0)
        if unit == "sessions":
            return Fraction(minutes, self.profile.settings.session_minutes)
        return Fraction(count)  # meetings: each entry is one meeting

    # -- one allowance -------------------------------------------------------------------------

    def allowance_balance(self, allowance: Allowance, on: dt.date) -> AllowanceBalance | None:
        """The allowance's cap, used and pending in the year containing `on`.

        None when the allowance does not concern this rep that year (role not held, nothing logged).
        """
        year = self.year_for(allowance, on)
        totals = self.totals(year)
        categories = self.counted_categories(allowance)
        used = pending = Fraction(0)
        logged = False
        for key, total in totals.items():
            if key.category not in categories or not key.paid:
                continue
            if allowance.scope_kind == "role" and key.role != allowance.scope:
                continue
            amount = self._measure(allowance, total.minutes, total.count)
            if key.status in USED_STATUSES:
                used += amount
                logged = True
            elif key.status in PENDING_STATUSES:
                pending += amount
                logged = True
        explain: list[str] = []
        if allowance.scope_kind == "role":
            held = days_held(self.assignments, allowance.scope, year)
            if held == 0 and not logged:
                return None
            cap = self._role_cap(allowance, year, held, explain)
        else:
            if not logged and not self._holds_any_role(year):
                return None
            cap = allowance.amount
            if cap is not None:
                explain.append(f"{fmt_number(cap)} {allowance.unit} a year")
        return AllowanceBalance(allowance, year, cap, used, pending, explain)

    def _holds_any_role(self, year: Year) -> bool:
        return any(overlap_days(a.start_on, a.end_on, year) for a in self.assignments)

    def _role_cap(self, allowance: Allowance, year: Year, held: int, explain: list[str]) -> Fraction | None:
        role = self.profile.roles.get(allowance.scope)
        amount: Fraction | None = allowance.amount
        if role is not None and role.secondment and amount is None:
            percent = self._secondment_percent(allowance.scope, year)
            if percent is None:
                explain.append("no secondment percentage recorded")
                return None
            weekly_hours = Fraction(self.rep.weekly_minutes, 60)
            amount = percent / 100 * weekly_hours * year.days / 7
            explain.append(
                f"secondment {fmt_number(percent, 0)}% of {fmt_number(weekly_hours)} h a week"
                f" over {year.days} days"
            )
        elif amount is None:
            explain.append("no allowance set for this role")
            return None
        else:
            explain.append(f"{fmt_number(amount)} {allowance.unit} a year")
        if allowance.pro_rata and self.rep.full_time_minutes:
            ratio = Fraction(self.rep.weekly_minutes, self.rep.full_time_minutes)
            if ratio != 1:
                amount *= ratio
                explain.append(
                    "pro rata "
                    f"{fmt_number(Fraction(self.rep.weekly_minutes, 60))}/"
                    f"{fmt_number(Fraction(self.rep.full_time_minutes, 60))} h a week"
                )
        if allowance.part_year and held < year.days:
            amount = amount * held / year.days
            explain.append(f"part year: role held {held} of {year.days} days")
        extra = self._extension_amount(allowance, year)
        if extra:
            amount += extra
            explain.append(f"+ {fmt_number(extra)} {allowance.unit} agreed extension")
        return amount

    def _secondment_percent(self, role: str, year: Year) -> Fraction | None:
        percents = [
            a.secondment_percent
            for a in self.assignments
            if a.role == role and a.secondment_percent is not None
            and overlap_days(a.start_on, a.end_on, year)
        ]
        return max(percents) if percents else None

    def _extension_amount(self, allowance: Allowance, year: Year) -> Fraction:
        minutes = sum(
            x.extra_minutes
            for x in self.extensions
            if x.role == allowance.scope and year.contains(x.agreed_on)
        )
        if not minutes:
            return Fraction(0)
        return self._measure(allowance, minutes, 0) if allowance.unit in ("hours", "days", "sessions") \
            else Fraction(0)

    # -- the whole year ------------------------------------------------------------------------

    def balances(self, on: dt.date) -> list[AllowanceBalance]:
        result = []
        for allowance in self.profile.allowances:
            balance = self.allowance_balance(allowance, on)
            if balance is not None:
                result.append(balance)
        return result

    def combined(self, balances: list[AllowanceBalance], on: dt.date) -> CombinedBalance | None:
        """The combined cap (8.1, 9.1, 10.3): a steward also holding H&S, learning or I&C."""
        cap_rule = self.profile.combined
        if cap_rule is None:
            return None
        year = self.rep.year_of(on)
        held = {a.role for a in self.assignments if overlap_days(a.start_on, a.end_on, year)}
        if not set(cap_rule.requires) <= held:
            return None
        members = [b for b in balances if b.allowance.combined and b.allowance.scope_kind == "role"]
        others = [b for b in members if b.allowance.scope not in cap_rule.requires]
        if not others:
            return None
        explain = [f"{fmt_number(cap_rule.amount)} {cap_rule.unit} in total for "
                   + ", ".join(b.allowance.scope for b in members)]
        cap = cap_rule.amount
        if cap_rule.pro_rata and self.rep.full_time_minutes:
            ratio = Fraction(self.rep.weekly_minutes, self.rep.full_time_minutes)
            if ratio != 1:
                cap *= ratio
                explain.append("combined cap pro rata")
        extra = sum((self._extension_amount(b.allowance, b.year) for b in members), Fraction(0))
        if extra:
            cap += extra
            explain.append(f"+ {fmt_number(extra)} {cap_rule.unit} agreed extensions")
        return CombinedBalance(
            cap=cap,
            unit=cap_rule.unit,
            used=sum((b.used for b in members), Fraction(0)),
            pending=sum((b.pending for b in members), Fraction(0)),
            members=[b.allowance.scope for b in members],
            explain=explain,
        )

    def paid_minutes(self, year: Year) -> int:
        """Paid time approved or taken in the year: what facility time costs."""
        never_paid = {c.id for c in self.profile.categories.values() if c.paid == "never"}
        return sum(
            t.minutes
            for k, t in self.totals(year).items()
            if k.paid and k.status in USED_STATUSES and k.category not in never_paid
        )

    def payments_due(self, on: dt.date) -> list[PaymentDue]:
        """Primary-care payments (RULES §7) earned in the year containing `on`."""
        year = self.rep.year_of(on)
        totals = self.totals(year)
        result: list[PaymentDue] = []
        for payment in self.profile.payments:
            held = days_held(self.assignments, payment.role, year)
            if not held:
                continue
            done = [
                t for k, t in totals.items()
                if k.role == payment.role and k.status in USED_STATUSES
                and (not payment.category or k.category == payment.category)
            ]
            meetings = sum(t.count for t in done)
            minutes = sum(t.minutes for t in done)
            if payment.kind == "per_year":
                amount = payment.amount * held / year.days
                why = f"£{fmt_number(payment.amount)} a year"
                if held < year.days:
                    why += f", role held {held} of {year.days} days"
                result.append(PaymentDue(payment.role, payment.kind, amount, None, why))
            elif payment.kind == "per_meeting":
                paid_meetings = meetings if payment.max_count is None else min(meetings, payment.max_count)
                result.append(PaymentDue(
                    payment.role, payment.kind, payment.amount * paid_meetings, None,
                    f"{paid_meetings} × £{fmt_number(payment.amount)}"))
            elif payment.kind == "bonus_after":
                earned = meetings >= payment.after
                result.append(PaymentDue(
                    payment.role, payment.kind, payment.amount if earned else Fraction(0), None,
                    f"£{fmt_number(payment.amount)} after {payment.after} meetings ({meetings} so far)"))
            else:  # per_half_day
                sessions = Fraction(minutes, self.profile.settings.session_minutes)
                top = None if payment.amount_max is None else payment.amount_max * sessions
                result.append(PaymentDue(
                    payment.role, payment.kind, payment.amount * sessions, top,
                    f"{fmt_number(sessions)} half days × £{fmt_number(payment.amount)}"
                    + ("" if payment.amount_max is None else f"–£{fmt_number(payment.amount_max)}")))
        return result
