"""Nothing counted twice (RULES §3): an entry whose times overlap another of the same rep's entries
that day, or that repeats one exactly, is refused unless the user says it is meant; no rep logs
more than 24 hours on one day. Refused and withdrawn entries count for none of this."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from unionrep.core.entries import parse_time
from unionrep.core.errors import ValidationError
from unionrep.core.figures import fmt_hm
from unionrep.core.flags import Flag
from unionrep.core.model import REFUSED, WITHDRAWN, Entry
from unionrep.core.severity import WARN

DAY_MINUTES = 24 * 60
NOT_COUNTED = (REFUSED, WITHDRAWN)

OVERLAP = "overlap"
REPEAT = "repeat"


@dataclass(frozen=True)
class Clash:
    kind: str  # OVERLAP | REPEAT
    entry: Entry
    other: Entry


def _minutes_of(time: str) -> int:
    return parse_time(time, "start")


def times_overlap(a: Entry, b: Entry) -> bool:
    """Both have start and end times and the two spans share at least a minute."""
    if not (a.start_time and a.end_time and b.start_time and b.end_time):
        return False
    return (_minutes_of(a.start_time) < _minutes_of(b.end_time)
            and _minutes_of(b.start_time) < _minutes_of(a.end_time))


def repeats(a: Entry, b: Entry) -> bool:
    """The same day, role, duration, category and purpose, and no times that tell them apart (two
    hearings of one purpose, morning and afternoon, are two)."""
    if a.start_time and b.start_time and a.start_time != b.start_time:
        return False
    return (a.date == b.date and a.role == b.role and a.minutes == b.minutes and a.category == b.category
            and a.purpose.strip().casefold() == b.purpose.strip().casefold())


def _counted_others(entry: Entry, others: Iterable[Entry]) -> list[Entry]:
    return [o for o in others if o.id != entry.id and o.rep_id == entry.rep_id and o.date == entry.date
            and o.status not in NOT_COUNTED]


def clashes(entry: Entry, others: Iterable[Entry]) -> list[Clash]:
    """The entries among `others` that `entry` overlaps or repeats."""
    if entry.status in NOT_COUNTED:
        return []
    found = []
    for other in _counted_others(entry, others):
        if times_overlap(entry, other):
            found.append(Clash(OVERLAP, entry, other))
        elif repeats(entry, other):
            found.append(Clash(REPEAT, entry, other))
    return found


def day_minutes(entry: Entry, others: Iterable[Entry]) -> int:
    """The minutes the rep would have logged on the entry's day, with it."""
    if entry.status in NOT_COUNTED:
        return 0
    return entry.minutes + sum(o.minutes for o in _counted_others(entry, others))


def check_clashes(entry: Entry, others: Iterable[Entry], allow_overlap: bool = False) -> None:
    """Refuse `entry` if it would take the rep past 24 hours that day, or (unless `allow_overlap`)
    if it overlaps or repeats another entry of theirs."""
    others = list(others)
    total = day_minutes(entry, others)
    if total > DAY_MINUTES:
        raise ValidationError("date", "with this entry {hours} would be logged on {date}, more than the "
                                      "24 hours of a day", hours=fmt_hm(total), date=entry.date.isoformat())
    if allow_overlap:
        return
    for clash in clashes(entry, others):
        raise clash_error(clash)


def check_changed_clashes(before: Entry, after: Entry, others: Iterable[Entry],
                          allow_overlap: bool = False) -> None:
    """Refuse the entry `before` changed into `after` (`others`: the rep's other entries on either
    day) if the change would take the rep past 24 hours that day, or (unless `allow_overlap`) if it
    makes the entry overlap or repeat an entry it did not before. A clash the entry already had was
    allowed when it was logged, so it does not stop a later change, such as its status moving on."""
    others = list(others)
    check_clashes(after, others, allow_overlap=True)
    if allow_overlap:
        return
    had = {clash.other.id for clash in clashes(before, others)}
    for clash in clashes(after, others):
        if clash.other.id not in had:
            raise clash_error(clash)


def clash_error(clash: Clash) -> ValidationError:
    other = clash.other
    if clash.kind == OVERLAP:
        return ValidationError("start", "overlaps entry {ref} ({start}–{end}) on {date}, so the time would "
                                        "be counted twice; allow the overlap if both are meant",
                               ref=other.reference, start=other.start_time, end=other.end_time,
                               date=other.date.isoformat())
    return ValidationError("entry", "repeats entry {ref} (the same day, role, hours, category and purpose); "
                                    "allow the overlap if both are meant",
                           ref=other.reference)


def overlapping_pairs(entries: Iterable[Entry]) -> list[tuple[Entry, Entry]]:
    """Pairs of counted entries of one rep on one day whose times overlap or that repeat each other,
    each pair once, in date order."""
    by_day: dict[tuple[str, dt.date], list[Entry]] = {}
    for e in entries:
        if e.status not in NOT_COUNTED:
            by_day.setdefault((e.rep_id, e.date), []).append(e)
    pairs = []
    for key in sorted(by_day, key=lambda k: (k[1], k[0])):
        day = by_day[key]
        for i, a in enumerate(day):
            for b in day[i + 1:]:
                if times_overlap(a, b) or repeats(a, b):
                    pairs.append((a, b))
    return pairs


def incoming_overlaps(incoming: Iterable[Entry], here: Iterable[Entry]) -> list[tuple[Entry, Entry]]:
    """Pairs that overlap or repeat, with at least one entry of `incoming` (entries an import would
    add or change) and the other here or also incoming; an incoming entry replaces its copy here."""
    arriving = {e.id: e for e in incoming}
    merged = {e.id: e for e in here}
    merged.update(arriving)
    return [(a, b) for a, b in overlapping_pairs(merged.values()) if a.id in arriving or b.id in arriving]


def overlap_flags(entries: Iterable[Entry], rep_names: dict[str, str]) -> list[Flag]:
    """A flag for each pair of entries that overlap or repeat: time that may be counted twice."""
    return [Flag("overlap", WARN, "entry", b.id, b.rep_id,
                 {"rep": rep_names.get(b.rep_id, b.rep_id), "date": b.date.isoformat(), "ref": a.reference,
                  "other": b.reference})
            for a, b in overlapping_pairs(entries)]
