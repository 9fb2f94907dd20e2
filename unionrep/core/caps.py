"""Allowances and balances (RULES §1, §3, §7): exact fractions, rounded only for display.

The engine works on *totals*, the minutes and number of entries per (role, category, status,
paid) in one year, summed by core.year_sums; figures are rounded for display by core.figures.

Every rep's balance is computed whenever the dashboard is drawn, so the arithmetic is kept cheap
without giving up exactness: minutes are summed as integers and turned into a Fraction of the
allowance's unit once per sum (the units are linear in minutes or counts, so this is exactly the
sum of the fractions), and what depends only on the profile is worked out once per profile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import NamedTuple

from unionrep.core.figures import exact_sum, fmt_hm, fmt_number, round2, rounded, shown_remaining
from unionrep.core.hours import HoursChange, constant_hours, contracted_minutes, weighted_days
from unionrep.core.ledger_rules import days_held, held_spans, roles_held
from unionrep.core.messages_errors import Said, Words, unit_words
from unionrep.core.model import Assignment, Extension, Rep, Totals
from unionrep.core.periods import Year, overlap_days
from unionrep.core.policy import Allowance, Profile
from unionrep.core.year_sums import YearSums, meeting_attended, totals_from_entries, year_sums

# The figures and sums that callers of the ledger take from here with it.
__all__ = [
    "AllowanceBalance", "CombinedBalance", "Ledger", "PaymentDue", "days_held", "exact_sum", "fmt_hm",
    "fmt_number", "held_spans", "meeting_attended", "rep_year_of", "round2", "rounded", "shown_remaining",
    "totals_from_entries",
]

ZERO = Fraction(0)


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
    def remaining_shown(self) -> Fraction | None:
        return None if self.cap is None else shown_remaining(self.cap, self.used)

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

    @property
    def remaining_shown(self) -> Fraction:
        return shown_remaining(self.cap, self.used)


@dataclass
class PaymentDue:
    role: str
    kind: str
    amount: Fraction
    amount_max: Fraction | None
    explain: str


_YEARS: dict[tuple[dt.date, str | None, bool, str], Year] = {}


def rep_year_of(rep: Rep, on: dt.date, basis: str | None = None) -> Year:
    """rep.year_of(on, basis), remembered: it depends only on the rep's year basis and academic
    start, which most reps share, and a dashboard asks it for every rep several times."""
    key = (on, basis, rep.school, rep.academic_start)
    found = _YEARS.get(key)
    if found is None:
        if len(_YEARS) >= 4096:
            _YEARS.clear()
        found = _YEARS[key] = rep.year_of(on, basis)
    return found


def _role_names(role_ids: list[str], profile: Profile) -> Words:
    """The roles a combined cap joins, by name in both languages (an unknown id as it is)."""
    roles = [profile.roles.get(r) for r in role_ids]
    return Words(", ".join(r.en if r else i for r, i in zip(roles, role_ids, strict=True)),
                 ", ".join(r.cy if r else i for r, i in zip(roles, role_ids, strict=True)))


def _counted_by(profile: Profile, allowance: Allowance) -> frozenset[str]:
    """The categories whose time counts against `allowance`."""
    if allowance.scope_kind == "category":
        return frozenset({allowance.scope})
    if allowance.categories:
        return frozenset(allowance.categories)
    counted = {c.id for c in profile.categories.values() if c.counts == "allowance"}
    if profile.settings.meetings_count and "meeting" in profile.categories:
        counted.add("meeting")
    return frozenset(counted)


class _ProfileFacts(NamedTuple):
    """What the ledger needs of a profile again and again, worked out once."""

    counted: dict[int, frozenset[str]]  # id() of each of the profile's allowances → _counted_by
    never_paid: frozenset[str]
    caps: dict[tuple[object, ...], tuple[Fraction | None, tuple[str, ...]]]  # Ledger._base_cap's


_FACTS: dict[int, tuple[Profile, _ProfileFacts]] = {}


def _facts(profile: Profile) -> _ProfileFacts:
    found = _FACTS.get(id(profile))
    if found is not None and found[0] is profile:
        return found[1]
    facts = _ProfileFacts({id(a): _counted_by(profile, a) for a in profile.allowances},
                          frozenset(c.id for c in profile.categories.values() if c.paid == "never"), {})
    if len(_FACTS) >= 16:  # profiles are replaced when edited; keep only recent ones
        _FACTS.clear()
    _FACTS[id(profile)] = (profile, facts)  # holding the profile keeps its id from being reused
    return facts


class Ledger:
    """Balances for one rep: the profile's rules applied to their roles, extensions and totals."""

    def __init__(
        self,
        profile: Profile,
        rep: Rep,
        assignments: Iterable[Assignment],
        extensions: Iterable[Extension],
        totals_for: Callable[[Year], Totals],
        hours: Sequence[HoursChange] = (),
    ) -> None:
        self.profile = profile
        self.rep = rep
        self.hours = [h for h in hours if h.rep_id == rep.id]
        self.assignments = roles_held(rep, assignments)
        self.extensions = [x for x in extensions if x.rep_id == rep.id]
        self._totals_for = totals_for
        self._cache: dict[Year, Totals] = {}
        self._sums: dict[Year, YearSums] = {}
        self._facts = _facts(profile)
        self._held: dict[str, list[Assignment]] = {}  # role → its assignments
        for a in self.assignments:
            self._held.setdefault(a.role, []).append(a)

    # -- inputs --------------------------------------------------------------------------------

    def totals(self, year: Year) -> Totals:
        found = self._cache.get(year)
        if found is None:
            found = self._cache[year] = self._totals_for(year)
        return found

    def _year_sums(self, year: Year) -> YearSums:
        found = self._sums.get(year)
        if found is None:
            found = self._sums[year] = year_sums(self.totals(year))
        return found

    def rep_year(self, on: dt.date, basis: str | None = None) -> Year:
        """The rep's year containing `on` (in `basis`, default the rep's own)."""
        return rep_year_of(self.rep, on, basis)

    def year_for(self, allowance: Allowance, on: dt.date) -> Year:
        return self.rep_year(on, None if allowance.year_basis == "rep" else allowance.year_basis)

    def counted_categories(self, allowance: Allowance) -> set[str]:
        return set(self._counted(allowance))

    def _counted(self, allowance: Allowance) -> frozenset[str]:
        # the profile's allowances (held, with the profile, by _FACTS) are known by identity
        found = self._facts.counted.get(id(allowance))
        return _counted_by(self.profile, allowance) if found is None else found

    def _measure(self, allowance: Allowance, minutes: int, count: int) -> Fraction:
        """Convert logged time into the allowance's unit."""
        if not minutes and not count:
            return ZERO
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
        return self._allowance_balance(allowance, self.year_for(allowance, on))

    def _allowance_balance(self, allowance: Allowance, year: Year) -> AllowanceBalance | None:
        sums = self._year_sums(year)
        by_role = allowance.scope_kind == "role"
        if allowance.unit == "meetings":
            found = self._meetings_found(allowance, sums)
        elif by_role:
            logged_for_role = sums.by_role.get(allowance.scope)
            if logged_for_role is None:
                if allowance.scope not in self._held:
                    return None  # never held, nothing logged
                logged_for_role = {}
            found = [logged_for_role[c] for c in self._counted(allowance) if c in logged_for_role]
        else:
            per_category = sums.by_category
            found = [f for f in (per_category.get(c) for c in self._counted(allowance)) if f is not None]
        logged = bool(found)
        explain: list[str] = []
        if by_role:
            held = self._days_held(allowance.scope, year)
            if held == 0 and not logged:
                return None
            cap = self._role_cap(allowance, year, held, explain)
        else:
            if not logged and not self._holds_any_role(year):
                return None
            cap = allowance.amount
            if cap is not None:
                explain.append(Said("explain.a_year", amount=fmt_number(cap),
                                    unit=unit_words(allowance.unit)))
        if len(found) == 1:
            used_minutes, used_count, pending_minutes, pending_count = found[0]
        else:
            used_minutes = sum(f[0] for f in found)
            used_count = sum(f[1] for f in found)
            pending_minutes = sum(f[2] for f in found)
            pending_count = sum(f[3] for f in found)
        used = self._measure(allowance, used_minutes, used_count)
        pending = self._measure(allowance, pending_minutes, pending_count)
        return AllowanceBalance(allowance, year, cap, used, pending, explain)

    def _meetings_found(self, allowance: Allowance, sums: YearSums) -> list[list[int]]:
        """Meetings attended and requested under the allowance, paid or not, in the four slots of
        the paid sums (no minutes: a meeting is counted, not timed)."""
        if allowance.scope_kind == "role":
            per_category = sums.meetings_by_role.get(allowance.scope, {})
        else:
            per_category = sums.meetings_by_category
        return [[0, counts[0], 0, counts[1]]
                for counts in (per_category.get(c) for c in self._counted(allowance)) if counts is not None]

    def _days_held(self, role: str, year: Year) -> int:
        """days_held(self.assignments, role, year), without sorting when the role was held once."""
        spans = self._held.get(role)
        if spans is None:
            return 0
        if len(spans) == 1:
            return overlap_days(spans[0].start_on, spans[0].end_on, year)
        return days_held(spans, role, year)

    def _holds_any_role(self, year: Year) -> bool:
        return any(overlap_days(a.start_on, a.end_on, year) for a in self.assignments)

    def _role_cap(self, allowance: Allowance, year: Year, held: int, explain: list[str]) -> Fraction | None:
        role = self.profile.roles.get(allowance.scope)
        percent: Fraction | None = None
        if role is not None and role.secondment and allowance.amount is None:
            percent = self._secondment_percent(allowance.scope, year)
            if percent is None:
                explain.append(Said("explain.no_percent"))
                return None
        weekly = self._weekly_for(year)
        # the same for every rep on the same hours holding the role as long: worked out once
        key = (id(allowance), percent, weekly, self.rep.full_time_minutes, year.days, held)
        known = self._facts.caps.get(key) if id(allowance) in self._facts.counted else None
        if weekly is None:
            known = self._by_day_cap(allowance, percent, year)
        elif known is None:
            known = self._base_cap(allowance, percent, year.days, held, weekly)
            if id(allowance) in self._facts.counted:  # one of the profile's, alive while it is
                if len(self._facts.caps) >= 10_000:
                    self._facts.caps.clear()
                self._facts.caps[key] = known
        amount, lines = known
        explain.extend(lines)
        if amount is None:
            return None
        extra = self._extension_amount(allowance, year)
        if extra:
            amount += extra
            explain.append(Said("explain.extension", amount=fmt_number(extra),
                                unit=unit_words(allowance.unit)))
        return amount

    def _weekly_for(self, year: Year) -> int | None:
        """The rep's weekly minutes through `year`; None where they change within it."""
        if not self.hours:
            return self.rep.weekly_minutes
        return constant_hours(self.hours, year, self.rep.weekly_minutes)

    def _by_day_cap(self, allowance: Allowance, percent: Fraction | None,
                    year: Year) -> tuple[Fraction | None, tuple[str, ...]]:
        """_base_cap for a year in which the hours change: each day held (each day of the year, if
        the allowance is not part-year) weighs the hours in force on it (RULES §1)."""
        spans = (held_spans(self.assignments, allowance.scope, year) if allowance.part_year
                 else [(year.start, year.end)])
        full = self.rep.full_time_minutes
        if percent is not None:
            contracted = sum((contracted_minutes(self.hours, first, last, full) for first, last in spans),
                             ZERO) / 60
            return percent / 100 * contracted, (Said("explain.secondment_by_day",
                                                     percent=fmt_number(percent, 0),
                                                     hours=fmt_number(contracted)),)
        if allowance.amount is None:
            return None, (Said("explain.no_allowance"),)
        explain = [Said("explain.a_year", amount=fmt_number(allowance.amount),
                        unit=unit_words(allowance.unit))]
        if not allowance.pro_rata:
            held = sum((last - first).days + 1 for first, last in spans)
            if held < year.days:
                explain.append(Said("explain.part_year", held=held, days=year.days))
            return allowance.amount * held / year.days, tuple(explain)
        weighted, parts = weighted_days(self.hours, spans, full, self.rep.weekly_minutes)
        explain.append(Said("explain.pro_rata_by_day", days=year.days, full=fmt_number(Fraction(full, 60)),
                            parts=Words(*(", ".join(template.format(days=d, hours=fmt_number(Fraction(w, 60)))
                                                    for d, w in parts)
                                          for template in ("{days} days at {hours} h",
                                                           "{days} diwrnod ar {hours} awr")))))
        return allowance.amount * weighted / year.days, tuple(explain)

    def _base_cap(self, allowance: Allowance, percent: Fraction | None, days: int,
                  held: int, weekly: int) -> tuple[Fraction | None, tuple[str, ...]]:
        """The role allowance's amount before extensions, and how it was reached, for a rep on
        `weekly` minutes all year. `percent` is the secondment share for a seconded role with no
        fixed amount."""
        explain: list[str] = []
        amount: Fraction | None = allowance.amount
        if percent is not None:
            weekly_hours = Fraction(weekly, 60)
            amount = percent / 100 * weekly_hours * days / 7
            explain.append(Said("explain.secondment", percent=fmt_number(percent, 0),
                                hours=fmt_number(weekly_hours), days=days))
        elif amount is None:
            return None, (Said("explain.no_allowance"),)
        else:
            explain.append(Said("explain.a_year", amount=fmt_number(amount), unit=unit_words(allowance.unit)))
        if allowance.pro_rata and self.rep.full_time_minutes:
            ratio = Fraction(weekly, self.rep.full_time_minutes)
            if ratio != 1:
                amount *= ratio
                explain.append(Said("explain.pro_rata",
                                    hours=fmt_number(Fraction(weekly, 60)),
                                    full=fmt_number(Fraction(self.rep.full_time_minutes, 60))))
        if allowance.part_year and held < days:
            amount = amount * held / days
            explain.append(Said("explain.part_year", held=held, days=days))
        return amount, tuple(explain)

    def _secondment_percent(self, role: str, year: Year) -> Fraction | None:
        percents = [
            a.secondment_percent
            for a in self.assignments
            if a.role == role and a.secondment_percent is not None
            and overlap_days(a.start_on, a.end_on, year)
        ]
        return max(percents) if percents else None

    def _extension_amount(self, allowance: Allowance, year: Year) -> Fraction:
        if not self.extensions:
            return ZERO
        minutes = sum(
            x.extra_minutes
            for x in self.extensions
            if x.role == allowance.scope and year.contains(x.agreed_on)
        )
        if not minutes:
            return ZERO
        return self._measure(allowance, minutes, 0) if allowance.unit in ("hours", "days", "sessions") \
            else ZERO

    # -- the whole year ------------------------------------------------------------------------

    def balances(self, on: dt.date) -> list[AllowanceBalance]:
        result = []
        own = self.rep_year(on)
        for allowance in self.profile.allowances:
            year = own if allowance.year_basis == "rep" else self.year_for(allowance, on)
            balance = self._allowance_balance(allowance, year)
            if balance is not None:
                result.append(balance)
        return result

    def combined(self, balances: list[AllowanceBalance], on: dt.date) -> CombinedBalance | None:
        """The combined cap (8.1, 9.1, 10.3): a steward also holding H&S, learning or I&C."""
        cap_rule = self.profile.combined
        if cap_rule is None:
            return None
        year = self.rep_year(on)
        held = {a.role for a in self.assignments if overlap_days(a.start_on, a.end_on, year)}
        if not set(cap_rule.requires) <= held:
            return None
        members = [b for b in balances if b.allowance.combined and b.allowance.scope_kind == "role"]
        others = [b for b in members if b.allowance.scope not in cap_rule.requires]
        if not others:
            return None
        explain: list[str] = [Said("explain.combined", amount=fmt_number(cap_rule.amount),
                                   unit=unit_words(cap_rule.unit),
                                   roles=_role_names([b.allowance.scope for b in members], self.profile))]
        cap = cap_rule.amount
        if cap_rule.pro_rata and self.rep.full_time_minutes:
            weekly = self._weekly_for(year)
            ratio = (Fraction(weekly, self.rep.full_time_minutes) if weekly is not None else
                     weighted_days(self.hours, [(year.start, year.end)], self.rep.full_time_minutes,
                                   self.rep.weekly_minutes)[0] / year.days)
            if ratio != 1:
                cap *= ratio
                explain.append(Said("explain.combined_pro_rata"))
        extra = exact_sum(self._extension_amount(b.allowance, b.year) for b in members)
        if extra:
            cap += extra
            explain.append(Said("explain.extensions", amount=fmt_number(extra),
                                unit=unit_words(cap_rule.unit)))
        return CombinedBalance(
            cap=cap,
            unit=cap_rule.unit,
            used=exact_sum(b.used for b in members),
            pending=exact_sum(b.pending for b in members),
            members=[b.allowance.scope for b in members],
            explain=explain,
        )

    def paid_minutes(self, year: Year) -> int:
        """Paid time approved or taken in the year: what facility time costs."""
        never_paid = self._facts.never_paid
        # the used minutes of paid time, per category (see year_sums)
        return sum(four[0] for category, four in self._year_sums(year).by_category.items()
                   if category not in never_paid)

    def payments_due(self, on: dt.date) -> list[PaymentDue]:
        """Primary-care payments (RULES §7) earned in the year containing `on`."""
        year = self.rep_year(on)
        totals = self.totals(year)
        result: list[PaymentDue] = []
        for payment in self.profile.payments:
            held = days_held(self.assignments, payment.role, year)
            if not held:
                continue
            done = [
                t for k, t in totals.items()
                if k.role == payment.role and meeting_attended(k.status)
                and (not payment.category or k.category == payment.category)
            ]
            meetings = sum(t.count for t in done)
            minutes = sum(t.minutes for t in done)
            if payment.kind == "per_year":
                amount = payment.amount * held / year.days
                why = (Said("explain.pay_year", amount=fmt_number(payment.amount)) if held >= year.days
                       else Said("explain.pay_part_year", amount=fmt_number(payment.amount), held=held,
                                 days=year.days))
                result.append(PaymentDue(payment.role, payment.kind, amount, None, why))
            elif payment.kind == "per_meeting":
                paid_meetings = meetings if payment.max_count is None else min(meetings, payment.max_count)
                result.append(PaymentDue(
                    payment.role, payment.kind, payment.amount * paid_meetings, None,
                    Said("explain.pay_meetings", count=paid_meetings, amount=fmt_number(payment.amount))))
            elif payment.kind == "bonus_after":
                earned = meetings >= payment.after
                result.append(PaymentDue(
                    payment.role, payment.kind, payment.amount if earned else Fraction(0), None,
                    Said("explain.pay_bonus", amount=fmt_number(payment.amount), after=payment.after,
                         meetings=meetings)))
            else:  # per_half_day
                sessions = Fraction(minutes, self.profile.settings.session_minutes)
                top = None if payment.amount_max is None else payment.amount_max * sessions
                result.append(PaymentDue(
                    payment.role, payment.kind, payment.amount * sessions, top,
                    Said("explain.pay_half_days", sessions=fmt_number(sessions),
                         amount=fmt_number(payment.amount))
                    if payment.amount_max is None
                    else Said("explain.pay_half_days_range", sessions=fmt_number(sessions),
                              amount=fmt_number(payment.amount), top=fmt_number(payment.amount_max))))
        return result
