"""Approved and taken time off as a calendar (.ics), for the rep's or the branch's diary.

One event per entry: timed (Europe/London) where the entry has a start and an end, all-day where
it has only a duration. The UID comes from the entry's id and SEQUENCE counts its audited changes,
so importing a newer export updates the events instead of adding them again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from unionrep.core.caps import fmt_hm
from unionrep.core.entries import parse_time
from unionrep.core.errors import ValidationError
from unionrep.core.messages import current_lang
from unionrep.core.model import APPROVED, TAKEN, Entry
from unionrep.exchange.messages import t
from unionrep.files import check_target, write_file
from unionrep.store.connection import database_path

if TYPE_CHECKING:  # the application layer passes its session in
    from unionrep.app.session import Session

PRODID = "-//unionrep//time off//EN"
UID_DOMAIN = "unionrep"
LONDON = ZoneInfo("Europe/London")
SHOWN = (APPROVED, TAKEN)


def entries_calendar(session: Session, rep: str | None = None, start: dt.date | None = None,
                     end: dt.date | None = None, lang: str | None = None) -> tuple[bytes, int]:
    """(the .ics file, how many events) of approved and taken entries, for one rep or all."""
    language = lang or current_lang()
    if start and end and end < start:
        raise ValidationError("to", "{end} is before --from {start}", end=end, start=start)
    chosen = session.reps.find(rep) if rep else None
    reps = {r.id: r for r in session.reps.all()}
    entries = [e for e in session.entries.all(chosen.id if chosen else None)
               if e.status in SHOWN and (start is None or e.date >= start) and (end is None or e.date <= end)]
    changes = dict(session.store.db.execute(
        "SELECT row_id, count(*) FROM audit WHERE tbl = 'entries' GROUP BY row_id").fetchall())
    profile = session.profile
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", t("ics.calendar_rep", language, rep=chosen.name) if chosen
                 else t("ics.calendar", language))
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for entry in entries:
        person = reps.get(entry.rep_id)
        event = Event()
        event.add("uid", f"entry-{entry.id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("sequence", max(0, int(changes.get(entry.id, 1)) - 1))
        event.add("summary", t("ics.summary", language, rep=person.name if person else entry.rep_id,
                               category=profile.category_name(entry.category, language)))
        _when(event, entry)
        description = t("ics.description", language, role=profile.role_name(entry.role, language),
                        hours=fmt_hm(entry.minutes), status=t(f"status.{entry.status}", language),
                        reference=entry.reference)
        if entry.purpose:
            description += f"\n{entry.purpose}"
        event.add("description", description)
        if entry.location:
            event.add("location", entry.location)
        event.add("status", "CONFIRMED")
        event.add("transp", "OPAQUE")
        calendar.add_component(event)
    if any(e.start_time and e.end_time for e in entries):
        calendar.add_missing_timezones()
    return calendar.to_ical(), len(entries)


def _when(event: Event, entry: Entry) -> None:
    if entry.start_time and entry.end_time:
        midnight = dt.datetime.combine(entry.date, dt.time(0, 0), tzinfo=LONDON)
        event.add("dtstart", midnight + dt.timedelta(minutes=parse_time(entry.start_time, "start")))
        event.add("dtend", midnight + dt.timedelta(minutes=parse_time(entry.end_time, "end")))
    else:
        event.add("dtstart", entry.date)
        event.add("dtend", entry.date + dt.timedelta(days=1))


def export_entries_ics(session: Session, path: Path | str, rep: str | None = None,
                       start: dt.date | None = None, end: dt.date | None = None, *,
                       force: bool = False) -> int:
    """Write the calendar to `path` (never over the database's files; over another existing file
    only with `force`)."""
    db_path = database_path(session.store.db)
    check_target(path, db_path, force=force)
    data, count = entries_calendar(session, rep, start, end)
    write_file(path, data, db_path=db_path, force=force)
    return count
