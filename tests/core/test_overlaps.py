"""Nothing counted twice (RULES §3), on hand-made days."""

import datetime as dt

import pytest

from unionrep.core.errors import ValidationError
from unionrep.core.model import Entry
from unionrep.core.overlaps import (
    OVERLAP,
    REPEAT,
    check_clashes,
    clashes,
    day_minutes,
    overlapping_pairs,
)

D = dt.date(2025, 11, 4)


def timed(start, end, **kw):
    h1, m1 = map(int, start.split(":"))
    h2, m2 = map(int, end.split(":"))
    return Entry("r", "steward", D, (h2 * 60 + m2) - (h1 * 60 + m1), "duties", start_time=start, end_time=end,
                 **kw)


def test_times_that_share_a_minute_overlap_and_times_that_touch_do_not():
    morning = timed("09:00", "11:00")
    assert [c.kind for c in clashes(timed("10:59", "12:00"), [morning])] == [OVERLAP]
    assert clashes(timed("11:00", "12:00"), [morning]) == []  # 11:00 is where the first one ends


def test_an_exact_repeat_is_caught_without_times():
    first = Entry("r", "steward", D, 120, "duties", purpose="Grievance hearing")
    again = Entry("r", "steward", D, 120, "duties", purpose="grievance hearing ")
    assert [c.kind for c in clashes(again, [first])] == [REPEAT]
    assert clashes(Entry("r", "steward", D, 90, "duties", purpose="Grievance hearing"), [first]) == []
    assert clashes(Entry("r", "learning", D, 120, "duties", purpose="Grievance hearing"), [first]) == []
    # the same purpose and hours at times that do not overlap: two entries, not a repeat
    morning = timed("09:00", "11:00", purpose="Hearing")
    assert clashes(timed("14:00", "16:00", purpose="Hearing"), [morning]) == []


def test_refused_and_withdrawn_entries_do_not_count():
    refused = timed("09:00", "11:00", status="refused")
    assert clashes(timed("10:00", "12:00"), [refused]) == []
    assert clashes(timed("10:00", "12:00", status="withdrawn"), [timed("09:00", "11:00")]) == []


def test_another_reps_time_is_not_a_clash():
    other = timed("09:00", "11:00")
    other.rep_id = "someone else"
    assert clashes(timed("09:00", "11:00"), [other]) == []


def test_the_overlap_is_refused_naming_the_other_entry_unless_allowed():
    morning = timed("09:00", "11:00")
    with pytest.raises(ValidationError) as err:
        check_clashes(timed("10:00", "12:00"), [morning])
    assert morning.reference in str(err.value) and "09:00–11:00" in str(err.value)
    check_clashes(timed("10:00", "12:00"), [morning], allow_overlap=True)


def test_more_than_24_hours_a_day_is_refused_even_when_allowed():
    # 10 h + 10 h + 4 h = 24 h: allowed; 10 + 10 + 4:01 = 24:01: refused
    ten_a, ten_b = (Entry("r", "steward", D, 600, "duties", purpose=p) for p in ("a", "b"))
    assert day_minutes(Entry("r", "steward", D, 240, "duties"), [ten_a, ten_b]) == 24 * 60
    check_clashes(Entry("r", "steward", D, 240, "duties"), [ten_a, ten_b], allow_overlap=True)
    with pytest.raises(ValidationError) as err:
        check_clashes(Entry("r", "steward", D, 241, "duties"), [ten_a, ten_b], allow_overlap=True)
    assert err.value.field == "date" and "24:01" in str(err.value)


def test_existing_overlaps_are_found_once_per_pair():
    a, b, c = timed("09:00", "11:00"), timed("10:00", "12:00"), timed("13:00", "14:00")
    assert overlapping_pairs([a, b, c]) == [(a, b)]


def test_the_service_refuses_then_allows_and_flags(session, make_rep):
    rep = make_rep()
    def hours(start, end):
        return Entry(rep.id, "steward", D, 120, "duties", start_time=start, end_time=end)

    first = session.entries.add(hours("09:00", "11:00")).result
    with pytest.raises(ValidationError):
        session.entries.add(hours("10:00", "12:00"))
    second = session.entries.add(hours("10:00", "12:00"), allow_overlap=True).result
    flags = [f for f in session.balances.flags(dt.date(2025, 11, 10)) if f.code == "overlap"]
    assert [(f.params["ref"], f.params["other"]) for f in flags] == [(first.reference, second.reference)]
