"""Parsing and validating user input for the ledger. Every rejection names the field and the rule."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from fractions import Fraction

from unionrep.core.errors import ValidationError
from unionrep.core.ledger_rules import check_not_after_stand_down
from unionrep.core.messages_errors import Words
from unionrep.core.model import STATUSES, TRANSITIONS, Assignment, Entry, Rep
from unionrep.core.policy import Profile

MAX_ENTRY_MINUTES = 24 * 60
EARLIEST = dt.date(1990, 1, 1)
LATEST = dt.date(2100, 12, 31)


def parse_date(text: str, field: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise ValidationError(field, "{text!r} is not a real date written YYYY-MM-DD", text=text) from None
    if not EARLIEST <= day <= LATEST:
        raise ValidationError(field, "{day} is outside the years 1990–2100", day=day.isoformat())
    return day


def parse_year(text: str | int, field: str = "year") -> int:
    """`--year 2025` (the year starting in 2025), a whole number within the years 1990–2100."""
    try:
        year = int(text)
    except (TypeError, ValueError):
        raise ValidationError(field, "{text!r} is not a year, e.g. 2025 for 2025/26", text=text) from None
    if not EARLIEST.year <= year <= LATEST.year:
        raise ValidationError(field, "{year} is outside the years 1990–2100", year=year)
    return year


def parse_optional_date(text: str | None, field: str) -> dt.date | None:
    if text is None or not text.strip():
        return None
    return parse_date(text, field)


_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def parse_time(text: str, field: str) -> int:
    """'09:30' → minutes after midnight."""
    match = _TIME.match(text.strip())
    if not match:
        raise ValidationError(field, "{text!r} is not a time written HH:MM (00:00–23:59)", text=text)
    return int(match.group(1)) * 60 + int(match.group(2))


def parse_hours(text: str | float, field: str = "hours") -> int:
    """Hours as a decimal ('2.5'), a fraction or h:mm ('2:30') → whole minutes, at most a day."""
    return _whole_minutes(text, field, most=MAX_ENTRY_MINUTES)


def parse_extra_hours(text: str | float, field: str = "hours") -> int:
    """An extension's extra hours (clause 11.1), written as parse_hours reads them, which may run
    past a day (20 h agreed for a complex case)."""
    return _whole_minutes(text, field, most=None)


def _whole_minutes(text: str | float, field: str, most: int | None) -> int:
    raw = str(text).strip()
    try:
        if ":" in raw:
            h, m = raw.split(":")
            if not (h.isdigit() and m.isdigit() and len(m) == 2 and int(m) < 60):
                raise ValueError
            minutes = Fraction(int(h) * 60 + int(m))
        else:
            minutes = Fraction(raw) * 60
    except (ValueError, ZeroDivisionError):
        raise ValidationError(field, "{raw!r} is not a number of hours (like 2.5 or 2:30)", raw=raw) from None
    if minutes <= 0:
        raise ValidationError(field, "must be more than zero")
    if most is not None and minutes > most:
        raise ValidationError(field, "cannot be more than 24 hours in one entry")
    if minutes.denominator != 1:
        raise ValidationError(field, "{raw} hours is not a whole number of minutes", raw=raw)
    return int(minutes)


def parse_weekly_hours(text: str | float, field: str) -> int:
    raw = str(text).strip()
    try:
        minutes = Fraction(raw) * 60
    except (ValueError, ZeroDivisionError):
        raise ValidationError(field, "{raw!r} is not a number of hours", raw=raw) from None
    if minutes <= 0 or minutes > 80 * 60:
        raise ValidationError(field, "must be more than 0 and at most 80 hours a week")
    if minutes.denominator != 1:
        raise ValidationError(field, "{raw} hours is not a whole number of minutes", raw=raw)
    return int(minutes)


# an import checks a hundred thousand entries, whose times come in a few hundred pairs
@functools.lru_cache(maxsize=4096)
def minutes_between(start: str, end: str) -> int:
    begin = parse_time(start, "start")
    finish = parse_time(end, "end")
    if finish <= begin:
        raise ValidationError("end", "{end} is not after the start {start}", end=end, start=start)
    return finish - begin


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise ValidationError("status", "must be one of {choices} (not {value!r})",
                              choices=", ".join(STATUSES), value=status)
    return status


def check_transition(old: str, new: str) -> None:
    check_status(new)
    if old != new and new not in TRANSITIONS[old]:
        if not TRANSITIONS[old]:
            raise ValidationError("status", "a {old} entry can become nothing: it is final (not {new})",
                                  old=old, new=new)
        raise ValidationError("status", "a {old} entry can become {allowed} (not {new})",
                              old=old, allowed=", ".join(TRANSITIONS[old]), new=new)


def validate_entry(profile: Profile, rep: Rep, assignments: Iterable[Assignment], entry: Entry) -> None:
    """Raise ValidationError if the entry breaks a rule of the profile or the ledger."""
    if entry.role not in profile.roles:
        raise ValidationError("role", "{value!r} is not a role of this profile ({choices})",
                              value=entry.role, choices=", ".join(profile.roles))
    category = profile.categories.get(entry.category)
    if category is None:
        raise ValidationError("category", "{value!r} is not a category of this profile ({choices})",
                              value=entry.category, choices=", ".join(profile.categories))
    check_status(entry.status)
    if not 0 < entry.minutes <= MAX_ENTRY_MINUTES:
        raise ValidationError("hours", "must be more than zero and at most 24 hours")
    if not EARLIEST <= entry.date <= LATEST:
        raise ValidationError("date", "is outside the years 1990–2100")
    check_not_after_stand_down(rep, entry.date)
    if entry.paid and category.paid == "never":
        raise ValidationError("paid", "{category} is never paid (clause {clause}; TULRCA s.170)",
                              category=Words(category.en, category.cy), clause=category.clause)
    if entry.start_time and entry.end_time and (
        minutes_between(entry.start_time, entry.end_time) != entry.minutes
    ):
        raise ValidationError("hours", "do not match the start and end times")
    if entry.notice_on is not None and entry.notice_on > entry.date:
        raise ValidationError("notice-on", "cannot be after the date of the time off")
    if not _holds(assignments, rep.id, entry.role, entry.date):
        raise ValidationError(
            "role",
            "{rep} does not hold the role {role} on {date} (assign it first: unionrep-cli role assign)",
            rep=rep.name, role=entry.role, date=entry.date.isoformat())


def _holds(assignments: Iterable[Assignment], rep_id: str, role: str, day: dt.date) -> bool:
    """Whether one of `assignments` gives the rep the role on that day (one loop, not a list and a
    generator for each entry: an import checks a hundred thousand)."""
    for a in assignments:  # noqa: SIM110 — any() would make the generator this saves
        if a.rep_id == rep_id and a.role == role and a.held_on(day):
            return True
    return False
