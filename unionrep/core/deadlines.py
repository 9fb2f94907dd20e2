"""Dispute dates (RULES §5): the Employment Tribunal time limit, ACAS early conciliation, working
days in Wales and the deadline flags.

Pure functions of dates: no Qt, no database. Every deadline carries the explanation of how it was
reached (`Deadline.rule`, one line, and `Deadline.steps`, one string per step; in Welsh
`Deadline.steps_cy`, and `Deadline.text(lang)` for either) so the user can see which reading of the
rules was used.

Readings taken where RULES §5 leaves a choice (each one is the earlier, "safe" date, or is fixed by
the public check cases):

- Month arithmetic: failure + N calendar months; where the target month has no such day (30 Nov + 3
  months → "30 Feb") its last day is used, *then* one day is subtracted (→ 27 Feb, or 28 Feb in a
  leap year).
- "One month after Day B" is B + 1 calendar month with *no* day subtracted (the public case B =
  11 May 2014 → 11 Jun 2014 fixes this); where that month has no such day, its last day is used.
- Day A on the last day itself is in time (only a Day A *after* the last day is out of time).
- Day A before the failure date: only the days from the failure date to Day B are added, since the
  days before the failure were never part of the time limit (the earlier, safe reading).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from unionrep.core.errors import ValidationError
from unionrep.core.messages_errors import Words

DEFAULT_LIMIT_MONTHS = 3
"""TULRCA s.171: three months (the Employment Rights Act 2025 is expected to make it six)."""

ALERT_PASSED = "passed"
ALERT_7 = "7"
ALERT_14 = "14"
ALERT_30 = "30"

TIME_LIMIT_SOURCE = "TULRCA s.171"
CONCILIATION_SOURCE = "TULRCA s.292A"
TIME_LIMIT_SOURCE_CY = "TULRCA a.171"
CONCILIATION_SOURCE_CY = "TULRCA a.292A"
SAFE_CY = "y darlleniad cynharach, diogel"

_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_CY = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
             "Hydref", "Tachwedd", "Rhagfyr")
_ONE_DAY = dt.timedelta(days=1)


def format_day(day: dt.date) -> str:
    """'15 Mar 2026' — English, independent of the process locale."""
    return f"{day.day} {_MONTH_ABBR[day.month - 1]} {day.year}"


def format_day_cy(day: dt.date) -> str:
    """'15 Mawrth 2026' — the Welsh form of format_day."""
    return f"{day.day} {_MONTH_CY[day.month - 1]} {day.year}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def days_cy(n: int) -> str:
    """'N diwrnod' in Welsh, with the soft mutation after two (dau ddiwrnod): '1 diwrnod',
    '2 ddiwrnod', '3 diwrnod', '10 diwrnod'. The nasal mutation after pum, saith, wyth, naw and
    deng (pum niwrnod) follows the numeral in words; written in figures it is left as 'N diwrnod'."""
    return f"{n} ddiwrnod" if abs(n) == 2 else f"{n} diwrnod"


def days_text(n: int, lang: str | None = None) -> str:
    """'1 day' / 'N days', or its Welsh with the mutation (days_cy)."""
    return days_cy(n) if lang == "cy" else _plural(n, "day")


@dataclass(frozen=True)
class _MonthsLater:
    """`start` + `months` calendar months; `clamped` when the target month has no such day."""

    start: dt.date
    months: int
    day: dt.date
    clamped: bool

    def phrase(self) -> str:
        """How the date was reached, e.g. '30 Nov 2025 + 3 months = 30 Feb 2026, which has no
        such day, so its last day 28 Feb 2026 was used'."""
        head = f"{format_day(self.start)} + {_plural(self.months, 'month')}"
        if not self.clamped:
            return f"{head} = {format_day(self.day)}"
        wanted = f"{self.start.day} {_MONTH_ABBR[self.day.month - 1]} {self.day.year}"
        return (
            f"{head} = {wanted}, which has no such day, "
            f"so its last day {format_day(self.day)} was used"
        )

    def phrase_cy(self) -> str:
        """The Welsh of phrase(): Welsh counts with a singular noun ('3 mis')."""
        head = f"{format_day_cy(self.start)} + {self.months} mis"
        if not self.clamped:
            return f"{head} = {format_day_cy(self.day)}"
        wanted = f"{self.start.day} {_MONTH_CY[self.day.month - 1]} {self.day.year}"
        return (
            f"{head} = {wanted}, nad yw'n bod, "
            f"felly defnyddiwyd diwrnod olaf y mis, {format_day_cy(self.day)}"
        )


def _add_months(start: dt.date, months: int) -> _MonthsLater:
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return _MonthsLater(start, months, dt.date(year, month, min(start.day, last)), start.day > last)


def add_months(start: dt.date, months: int) -> dt.date:
    """`start` + `months` calendar months; the target month's last day where it has no such day."""
    return _add_months(start, months).day


@dataclass(frozen=True)
class Deadline:
    """The last day to present a tribunal claim, and how it was reached.

    `last_day` is None (and `out_of_time` True) when ACAS was notified after the time limit had
    already expired. `acas_pending` is True when Day A is known but the certificate (Day B) is
    not: the clock is stopped and `last_day` is the unextended date.
    """

    last_day: dt.date | None
    out_of_time: bool
    rule: str
    steps: tuple[str, ...]
    acas_pending: bool = False
    steps_cy: tuple[str, ...] = field(default=(), compare=False)

    def text(self, lang: str | None = None) -> str:
        """The one-line explanation in `lang` ("cy" for Welsh; English otherwise)."""
        if lang == "cy" and self.steps_cy:
            return "; ".join(self.steps_cy)
        return self.rule


def _base_last_day(failure: dt.date, months: int) -> tuple[dt.date, str, str]:
    """failure + N months − 1 day, with the month-end reading; returns (day, English, Welsh)."""
    later = _add_months(failure, months)
    last_day = later.day - _ONE_DAY
    if later.clamped:
        text = (
            f"{later.phrase()}, then 1 day subtracted = {format_day(last_day)} "
            f"({TIME_LIMIT_SOURCE}; the earlier, safe reading)"
        )
        text_cy = (
            f"{later.phrase_cy()}, yna tynnwyd 1 diwrnod = {format_day_cy(last_day)} "
            f"({TIME_LIMIT_SOURCE_CY}; {SAFE_CY})"
        )
    else:
        text = (
            f"{format_day(failure)} + {_plural(months, 'month')} − 1 day = "
            f"{format_day(last_day)} ({TIME_LIMIT_SOURCE})"
        )
        text_cy = (
            f"{format_day_cy(failure)} + {months} mis − 1 diwrnod = "
            f"{format_day_cy(last_day)} ({TIME_LIMIT_SOURCE_CY})"
        )
    return last_day, text, text_cy


def tribunal_deadline(
    failure: dt.date,
    months: int = DEFAULT_LIMIT_MONTHS,
    acas_day_a: dt.date | None = None,
    acas_day_b: dt.date | None = None,
) -> Deadline:
    """The last day to present a claim about a failure (refusal) on `failure` (RULES §5).

    The last day is failure + `months` calendar months − 1 day (month-end: the target month's last
    day, then − 1 day). Weekends and bank holidays do not move it. With ACAS early conciliation
    (Day A = ACAS receives the notification, Day B = certificate received): (1) add B − A days;
    (2) if that falls before one month after Day B, the last day becomes one month after Day B.

    Raises ValidationError for `months` < 1, Day B without Day A, or Day B before Day A.
    """
    if months < 1:
        raise ValidationError("months", "the time limit must be at least 1 month")
    if acas_day_b is not None and acas_day_a is None:
        raise ValidationError(
            "acas_day_a", "Day A (ACAS received the notification) is needed when Day B is given"
        )
    if acas_day_a is not None and acas_day_b is not None and acas_day_b < acas_day_a:
        raise ValidationError(
            "acas_day_b",
            "Day B (certificate received, {day_b}) cannot be before Day A (ACAS received the "
            "notification, {day_a})",
            day_b=Words(format_day(acas_day_b), format_day_cy(acas_day_b)),
            day_a=Words(format_day(acas_day_a), format_day_cy(acas_day_a)),
        )

    base, base_text, base_cy = _base_last_day(failure, months)
    steps: list[str] = [base_text]
    cy: list[str] = [base_cy]

    if acas_day_a is None:
        return Deadline(base, False, base_text, (base_text,), steps_cy=(base_cy,))

    if acas_day_a > base:
        steps.append(
            f"ACAS Day A {format_day(acas_day_a)} is after the last day {format_day(base)}, "
            f"so early conciliation cannot extend it: out of time ({CONCILIATION_SOURCE})"
        )
        cy.append(
            f"Mae Diwrnod A ACAS, {format_day_cy(acas_day_a)}, ar ôl y diwrnod olaf, "
            f"{format_day_cy(base)}, felly ni all cymodi cynnar ei ymestyn: y tu allan i'r terfyn "
            f"amser ({CONCILIATION_SOURCE_CY})"
        )
        return Deadline(None, True, "; ".join(steps), tuple(steps), steps_cy=tuple(cy))

    if acas_day_b is None:
        steps.append(
            f"ACAS Day A {format_day(acas_day_a)} recorded but no certificate yet (Day B): "
            f"the clock is stopped, and the extension will be added when the certificate arrives"
        )
        cy.append(
            f"Cofnodwyd Diwrnod A ACAS, {format_day_cy(acas_day_a)}, ond dim tystysgrif eto "
            f"(Diwrnod B): mae'r cloc wedi'i atal, a bydd yr estyniad yn cael ei ychwanegu pan ddaw'r "
            f"dystysgrif"
        )
        return Deadline(base, False, "; ".join(steps), tuple(steps), acas_pending=True,
                        steps_cy=tuple(cy))

    # (1) The days after Day A up to and including Day B are not counted. Days before the failure
    # were never part of the limit, so when Day A precedes the failure only the days from the
    # failure date count (the earlier, safe reading).
    stop_from = max(acas_day_a, failure - _ONE_DAY)
    extra = max(0, (acas_day_b - stop_from).days)
    extended = base + dt.timedelta(days=extra)
    if stop_from == acas_day_a:
        steps.append(
            f"ACAS Day A {format_day(acas_day_a)} to Day B {format_day(acas_day_b)} = "
            f"{_plural(extra, 'day')}; {format_day(base)} + {_plural(extra, 'day')} = "
            f"{format_day(extended)} ({CONCILIATION_SOURCE}(3))"
        )
        cy.append(
            f"Diwrnod A ACAS {format_day_cy(acas_day_a)} i Ddiwrnod B {format_day_cy(acas_day_b)} = "
            f"{days_cy(extra)}; {format_day_cy(base)} + {days_cy(extra)} = "
            f"{format_day_cy(extended)} ({CONCILIATION_SOURCE_CY}(3))"
        )
    else:
        steps.append(
            f"ACAS Day A {format_day(acas_day_a)} is before the failure date, so only the days "
            f"from {format_day(failure)} to Day B {format_day(acas_day_b)} count = "
            f"{_plural(extra, 'day')}; {format_day(base)} + {_plural(extra, 'day')} = "
            f"{format_day(extended)} ({CONCILIATION_SOURCE}(3); the earlier, safe reading)"
        )
        cy.append(
            f"Mae Diwrnod A ACAS, {format_day_cy(acas_day_a)}, cyn dyddiad y methiant, felly dim ond "
            f"y diwrnodau o {format_day_cy(failure)} i Ddiwrnod B, {format_day_cy(acas_day_b)}, sy'n "
            f"cyfrif = {days_cy(extra)}; {format_day_cy(base)} + {days_cy(extra)} = "
            f"{format_day_cy(extended)} ({CONCILIATION_SOURCE_CY}(3); {SAFE_CY})"
        )

    # (2) Never less than one month after Day B.
    after_b = _add_months(acas_day_b, 1)
    floor_text = f"one month after Day B: {after_b.phrase()}"
    floor_cy = f"mis ar ôl Diwrnod B: {after_b.phrase_cy()}"
    if extended < after_b.day:
        last_day = after_b.day
        steps.append(
            f"{floor_text}; {format_day(extended)} is before it, so the last day becomes "
            f"{format_day(last_day)} ({CONCILIATION_SOURCE}(4))"
        )
        cy.append(
            f"{floor_cy}; mae {format_day_cy(extended)} cyn hynny, felly y diwrnod olaf yw "
            f"{format_day_cy(last_day)} ({CONCILIATION_SOURCE_CY}(4))"
        )
    else:
        last_day = extended
        steps.append(
            f"{floor_text}; {format_day(extended)} is not before it, so it stands "
            f"({CONCILIATION_SOURCE}(4))"
        )
        cy.append(
            f"{floor_cy}; nid yw {format_day_cy(extended)} cyn hynny, felly mae'n sefyll "
            f"({CONCILIATION_SOURCE_CY}(4))"
        )
    return Deadline(last_day, False, "; ".join(steps), tuple(steps), steps_cy=tuple(cy))


def limit_months_on(failure: dt.date, limits: Sequence[tuple[int, dt.date]]) -> int:
    """The time limit in months in force on `failure`.

    `limits` holds (months, effective_from) pairs in any order; the one with the latest effective
    date on or before `failure` applies. Before every effective date (or with none) the limit is
    DEFAULT_LIMIT_MONTHS (3).
    """
    seen: set[dt.date] = set()
    best: tuple[dt.date, int] | None = None
    for months, effective_from in limits:
        if months < 1:
            raise ValidationError("limits", "a time limit must be at least 1 month")
        if effective_from in seen:
            raise ValidationError(
                "limits", "two time limits take effect on {day}",
                day=Words(format_day(effective_from), format_day_cy(effective_from)))
        seen.add(effective_from)
        if effective_from <= failure and (best is None or effective_from > best[0]):
            best = (effective_from, months)
    return DEFAULT_LIMIT_MONTHS if best is None else best[1]


# --- Working days in Wales --------------------------------------------------------------------


@cache
def _wales_bank_holidays(year: int) -> frozenset[dt.date]:
    """Bank holidays in Wales (substitute days included) in `year`, computed once per year."""
    import holidays  # here, not above: ~30-60 ms that a start with no dispute open need not pay

    return frozenset(holidays.country_holidays("GB", subdiv="WLS", years=year).keys())


def is_bank_holiday(day: dt.date) -> bool:
    """True on a bank holiday in Wales."""
    return day in _wales_bank_holidays(day.year)


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday and not a bank holiday in Wales."""
    return day.weekday() < 5 and not is_bank_holiday(day)


def add_working_days(start: dt.date, n: int) -> dt.date:
    """The date `n` working days after `start` (before it, for negative `n`).

    `start` itself is never counted: 1 working day after a Friday is the next Monday that is not
    a bank holiday. `n` = 0 gives `start` unchanged.
    """
    step = _ONE_DAY if n >= 0 else -_ONE_DAY
    day = start
    remaining = abs(n)
    while remaining:
        day += step
        if is_working_day(day):
            remaining -= 1
    return day


def working_days_between(a: dt.date, b: dt.date) -> int:
    """The working days passed through going from `a` to `b`, counting `b` but not `a`.

    When `b` is after `a`: the working days after `a` up to and including `b`. When `b` is before
    `a`: minus the working days from `b` up to but not including `a`. The inverse of
    add_working_days: working_days_between(a, add_working_days(a, n)) == n for every n.
    """
    step = _ONE_DAY if b >= a else -_ONE_DAY
    sign = 1 if b >= a else -1
    count = 0
    day = a
    while day != b:
        day += step
        if is_working_day(day):
            count += sign
    return count


def days_until(today: dt.date, day: dt.date) -> int:
    """Calendar days from `today` to `day`: 0 on the day itself, negative once it has passed."""
    return (day - today).days


def deadline_alerts(last_day: dt.date | None, today: dt.date) -> str | None:
    """The tribunal deadline flag: "passed" after the last day, "7" / "14" / "30" when it is
    within that many days (the last day itself counts as within 7), otherwise None.

    None also when there is no last day (out of time because ACAS was notified too late: that is
    reported by `Deadline.out_of_time`, not here).
    """
    if last_day is None:
        return None
    left = days_until(today, last_day)
    if left < 0:
        return ALERT_PASSED
    if left <= 7:
        return ALERT_7
    if left <= 14:
        return ALERT_14
    if left <= 30:
        return ALERT_30
    return None
