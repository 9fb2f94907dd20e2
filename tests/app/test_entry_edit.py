"""Editing an entry keeps "nothing counted twice" (RULES §3) as logging one does: an edit that makes
the entry overlap or repeat another of the rep's that day is refused, naming the other entry, and
nothing is written; allowed, it is kept. A clash allowed when the entry was logged does not stop a
later change."""

from __future__ import annotations

import datetime as dt

import pytest

from unionrep.app.session import Session
from unionrep.core.errors import ValidationError
from unionrep.core.model import Entry, Rep

DAY = dt.date(2025, 11, 4)


def timed(session: Session, rep: Rep, start: str, end: str, allow_overlap: bool = False) -> Entry:
    (h1, m1), (h2, m2) = (map(int, t.split(":")) for t in (start, end))
    entry = Entry(rep.id, "steward", DAY, (h2 * 60 + m2) - (h1 * 60 + m1), "duties", start_time=start,
                  end_time=end, status="approved")
    return session.entries.add(entry, allow_overlap).result


def test_moving_an_entry_onto_another_is_refused_and_changes_nothing_unless_allowed(session, rep):
    morning = timed(session, rep, "09:00", "11:00")
    afternoon = timed(session, rep, "13:00", "14:00")
    # 10:30–11:30 shares 10:30–11:00 with the morning: half an hour would be counted twice
    with pytest.raises(ValidationError) as err:
        session.entries.edit(afternoon.id, start_time="10:30", end_time="11:30")
    assert morning.reference in str(err.value) and "09:00–11:00" in str(err.value)
    assert session.entries.get(afternoon.id).start_time == "13:00"
    kept = session.entries.edit(afternoon.id, allow_overlap=True, start_time="10:30", end_time="11:30").result
    assert (kept.start_time, kept.end_time) == ("10:30", "11:30")


def test_an_edit_that_makes_an_exact_repeat_is_refused(session, rep):
    def hearing(minutes: int) -> Entry:
        return session.entries.add(Entry(rep.id, "steward", DAY, minutes, "duties",
                                         purpose="Grievance hearing")).result

    first, second = hearing(120), hearing(90)
    # 90 → 120 minutes: then the same day, role, hours, category and purpose as the first
    with pytest.raises(ValidationError) as err:
        session.entries.edit(second.id, minutes=120)
    assert first.reference in str(err.value)
    assert session.entries.get(second.id).minutes == 90


def test_an_entry_logged_with_its_overlap_can_still_move_on(session, rep):
    timed(session, rep, "09:00", "11:00")
    overlapping = timed(session, rep, "10:00", "12:00", allow_overlap=True)
    assert session.entries.edit(overlapping.id, status="taken").result.status == "taken"
    assert session.entries.edit(overlapping.id, purpose="Casework").result.purpose == "Casework"
    lunch = timed(session, rep, "12:00", "13:00")
    with pytest.raises(ValidationError) as err:  # 10:00–12:30 would meet 12:00–13:00 too
        session.entries.edit(overlapping.id, end_time="12:30", minutes=150)
    assert lunch.reference in str(err.value)
