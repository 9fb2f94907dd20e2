"""Rules that join a rep's records together (RULES §1, §3): standing down ends every role, the days
of a year a role was held, TOIL is taken only once earned, and an extension belongs to a role held
that year."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from fractions import Fraction

from unionrep.core.errors import ValidationError
from unionrep.core.figures import fmt_number
from unionrep.core.model import Assignment, Extension, Rep, Toil
from unionrep.core.periods import Year, overlap_days


def roles_held(rep: Rep, assignments: Iterable[Assignment]) -> list[Assignment]:
    """The rep's role assignments as they are held: a rep who stood down holds no role after that
    day, so every role ends with the rep (one starting later is not held at all)."""
    mine = [a for a in assignments if a.rep_id == rep.id]
    if rep.ended_on is None:
        return mine
    held = []
    for a in mine:
        if a.start_on > rep.ended_on:
            continue
        if a.end_on is None or a.end_on > rep.ended_on:
            a = dataclasses.replace(a, end_on=rep.ended_on)
        held.append(a)
    return held


def held_spans(assignments: Iterable[Assignment], role: str, year: Year) -> list[tuple[dt.date, dt.date]]:
    """The days of `year` on which the role was held, as (first, last) spans, overlapping
    assignments joined."""
    spans = sorted(
        (max(a.start_on, year.start), year.end if a.end_on is None else min(a.end_on, year.end))
        for a in assignments
        if a.role == role and overlap_days(a.start_on, a.end_on, year) > 0
    )
    joined: list[tuple[dt.date, dt.date]] = []
    for start, end in spans:
        if joined and start <= joined[-1][1] + dt.timedelta(1):
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return joined


def days_held(assignments: Iterable[Assignment], role: str, year: Year) -> int:
    """Days of `year` on which the role was held, counting overlapping assignments once."""
    return sum((last - first).days + 1 for first, last in held_spans(assignments, role, year))


def check_not_after_stand_down(rep: Rep, day: dt.date) -> None:
    """Nothing is logged for a rep after the day they stood down."""
    if rep.ended_on is not None and day > rep.ended_on:
        raise ValidationError("date", "{rep} stood down on {ended}: nothing can be logged after that day "
                                      "(not {date})", rep=rep.name, ended=rep.ended_on.isoformat(),
                              date=day.isoformat())


def toil_shortfall(records: Iterable[Toil]) -> tuple[dt.date, int] | None:
    """The first day on which the TOIL balance (earned less taken, in minutes) goes below zero, and
    that balance; None if it never does. TOIL taken on a day may use only TOIL earned on or before
    that day (14.3–14.4), so each day's earnings count before its takings."""
    by_day: dict[dt.date, int] = {}
    for record in records:
        sign = 1 if record.kind == "earned" else -1
        by_day[record.date] = by_day.get(record.date, 0) + sign * record.minutes
    balance = 0
    for day in sorted(by_day):
        balance += by_day[day]
        if balance < 0:
            return day, balance
    return None


def check_toil(rep: Rep, existing: Iterable[Toil], new: Toil | None = None) -> None:
    """Refuse `new` (or the records as they stand) if the rep's TOIL balance would be negative on
    any day."""
    short = toil_shortfall([*existing, *([] if new is None else [new])])
    if short is not None:
        day, balance = short
        raise ValidationError("hours", "{rep}'s TOIL balance would be {balance} h on {day}: TOIL taken may "
                                       "use only TOIL earned on or before that day (clauses 14.3–14.4)",
                              rep=rep.name, balance=fmt_number(Fraction(balance, 60)), day=day.isoformat())


def check_extension_role(rep: Rep, assignments: Iterable[Assignment], extension: Extension) -> None:
    """An extension adds to a role's allowance in the year it was agreed (11.1–11.2): the rep must
    hold that role at some time in that year."""
    year = rep.year_of(extension.agreed_on)
    if not any(a.role == extension.role and overlap_days(a.start_on, a.end_on, year)
               for a in roles_held(rep, assignments)):
        raise ValidationError("role", "{rep} does not hold the role {role} in {year}, the year the "
                                      "extension was agreed", rep=rep.name, role=extension.role,
                              year=year.label)
