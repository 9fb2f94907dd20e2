"""Approved and taken time off as a calendar that calendar programs (and the icalendar library) read."""

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar

from unionrep.core.model import Entry
from unionrep.exchange.calendar_entries import entries_calendar, export_entries_ics


def events(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_the_calendar_parses_and_holds_only_approved_and_taken_time(branch, tmp_path):
    path = tmp_path / "time-off.ics"
    assert export_entries_ics(branch, path) == 3  # the requested one is left out
    found = events(path.read_bytes())
    by_status = {e.status: e for e in branch.entries.all()}
    assert f"entry-{by_status['requested'].id}@unionrep" not in found
    timed = found[f"entry-{branch.entries.all()[0].id}@unionrep"]
    assert timed.decoded("dtstart") == dt.datetime(2025, 5, 6, 9, 30, tzinfo=ZoneInfo("Europe/London"))
    assert timed.decoded("dtend") == dt.datetime(2025, 5, 6, 12, 0, tzinfo=ZoneInfo("Europe/London"))
    assert str(timed["summary"]) == "Facility time: Siân Ŵyn — TU duties"
    assert str(timed["location"]) == "County Hall"
    assert "Grievance hearing" in str(timed["description"])


def test_entries_without_times_are_all_day_and_changes_raise_the_sequence(branch):
    entry = branch.entries.all()[1]
    branch.entries.edit(entry.id, purpose="Depot re-inspection")
    event = events(entries_calendar(branch)[0])[f"entry-{entry.id}@unionrep"]
    assert event.decoded("dtstart") == dt.date(2025, 6, 2)
    assert event.decoded("dtend") == dt.date(2025, 6, 3)
    assert int(event["sequence"]) == 1


def test_one_rep_a_date_range_and_welsh(branch):
    sian = branch.reps.find("Siân Ŵyn")
    branch.entries.add(Entry(sian.id, "steward", dt.date(2025, 9, 9), 60, "duties"))
    data, count = entries_calendar(branch, rep=sian.id, start=dt.date(2025, 6, 1), lang="cy")
    assert count == 2
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["x-wr-calname"]) == "Amser cyfleuster: Siân Ŵyn"
    summaries = sorted(str(e["summary"]) for e in calendar.walk("VEVENT"))
    assert summaries[0].startswith("Amser cyfleuster: Siân Ŵyn — ")
