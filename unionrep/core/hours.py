"""Contracted weekly hours that change (RULES §1): a history of hours from a date, and pro rata by
day over a year.

A rep's history holds one figure from the start (FROM_THE_START) and any number of changes after
it. Pro rata by day weighs each day of the year by the hours in force on it: 37 h until
30 Sep 2025 and 18.5 h from 1 Oct 2025 make a full-time-equivalent of
(183 × 37/37 + 182 × 18.5/37) / 365 of 2025/26.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from fractions import Fraction

from unionrep.core.errors import ValidationError
from unionrep.core.model import FROM_THE_START, HoursChange
from unionrep.core.periods import Year

__all__ = ["FROM_THE_START", "HoursChange"]  # kept in core.model, where the store reads records

Span = tuple[dt.date, dt.date, int]  # first day, last day (inclusive), weekly minutes
NO_DAYS = Fraction(0)


def ordered(history: Iterable[HoursChange]) -> list[HoursChange]:
    return sorted(history, key=lambda h: h.from_on)


def hours_on(history: Sequence[HoursChange], day: dt.date, default: int) -> int:
    """The weekly minutes in force on `day`: the latest change on or before it; before the first
    change, the first figure; `default` where there is no history."""
    in_order = ordered(history)
    if not in_order:
        return default
    found = in_order[0].weekly_minutes
    for change in in_order:
        if change.from_on > day:
            break
        found = change.weekly_minutes
    return found


def in_days(minutes: int, weekly_minutes: int) -> Fraction:
    """`minutes` as days of a contract of `weekly_minutes` a week: a day is a fifth of the week
    (RULES §3, council training); a rep with no contracted hours has no days to count."""
    return Fraction(minutes * 5, weekly_minutes) if minutes and weekly_minutes else NO_DAYS


def latest_hours(history: Sequence[HoursChange], default: int) -> int:
    """The figure of the most recent change: the rep's hours as the rep's record shows them."""
    in_order = ordered(history)
    return in_order[-1].weekly_minutes if in_order else default


def spans(history: Sequence[HoursChange], first: dt.date, last: dt.date, default: int) -> list[Span]:
    """[first, last] cut where the hours change, each piece with its weekly minutes."""
    result: list[Span] = []
    start = first
    current = hours_on(history, first, default)
    for change in ordered(history):
        if first < change.from_on <= last and change.weekly_minutes != current:
            result.append((start, change.from_on - dt.timedelta(days=1), current))
            start, current = change.from_on, change.weekly_minutes
    result.append((start, last, current))
    return result


def constant_hours(history: Sequence[HoursChange], year: Year, default: int) -> int | None:
    """The weekly minutes if one figure is in force for the whole year, else None."""
    pieces = spans(history, year.start, year.end, default)
    return pieces[0][2] if len(pieces) == 1 else None


def weighted_days(history: Sequence[HoursChange], held: Iterable[tuple[dt.date, dt.date]],
                  full_time_minutes: int, default: int) -> tuple[Fraction, list[tuple[int, int]]]:
    """Σ over the days of `held` of (hours in force ÷ full-time hours), and the (days, weekly
    minutes) that make it up, hours for hours in the order they came."""
    total = Fraction(0)
    parts: dict[int, int] = {}
    for first, last in held:
        for start, end, weekly in spans(history, first, last, default):
            days = (end - start).days + 1
            total += Fraction(days * weekly, full_time_minutes)
            parts[weekly] = parts.get(weekly, 0) + days
    return total, [(days, weekly) for weekly, days in parts.items()]


def contracted_minutes(history: Sequence[HoursChange], first: dt.date, last: dt.date,
                       default: int) -> Fraction:
    """Contracted minutes over [first, last]: each day a seventh of the weekly hours in force."""
    return sum((Fraction((end - start).days + 1) * weekly / 7
                for start, end, weekly in spans(history, first, last, default)), Fraction(0))


def with_change(history: Sequence[HoursChange], rep_id: str, weekly_minutes: int,
                from_on: dt.date | None, previous: int) -> list[HoursChange]:
    """The history after recording `weekly_minutes` from `from_on`; without a date the figure holds
    from the start and replaces the whole history (as a single figure did). `previous` is the
    figure before, for a history not yet recorded."""
    if from_on is None:
        if len(history) == 1 and history[0].weekly_minutes == weekly_minutes:
            return list(history)
        return [HoursChange(rep_id, FROM_THE_START, weekly_minutes)]
    if from_on < FROM_THE_START:
        raise ValidationError("from", "{day} is before 1990", day=from_on.isoformat())
    if hours_on(history, from_on, previous) == weekly_minutes:
        return ordered(history)  # already the hours from that day: nothing changes
    kept = [h for h in history if h.from_on != from_on]
    if not kept:
        kept = [HoursChange(rep_id, FROM_THE_START, previous)]
    return ordered([*kept, HoursChange(rep_id, from_on, weekly_minutes)])


def check_hours(history: Sequence[HoursChange], full_time_minutes: int) -> None:
    """Every figure in the history is at most the full-time hours."""
    for change in history:
        if change.weekly_minutes > full_time_minutes:
            raise ValidationError("weekly-hours", "cannot be more than the full-time hours")
