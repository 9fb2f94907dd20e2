"""Nothing counted twice (RULES §3), on hand-made days."""

import dataclasses
import datetime as dt

import pytest

from unionrep.core.errors import ValidationError
from unionrep.core.model import Entry
from unionrep.core.overlaps import (
    OVERLAP,
    REPEAT,
    check_changed_clashes,
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


# -- an edit: refused when it makes a clash the entry did not have --------------------------------


def test_an_edit_that_moves_an_entry_onto_another_is_refused_naming_it_unless_allowed():
    morning, afternoon = timed("09:00", "11:00"), timed("13:00", "14:00")
    moved = timed("10:30", "11:30")  # 10:30–11:00 is inside 09:00–11:00: 30 minutes counted twice
    moved.id = afternoon.id
    with pytest.raises(ValidationError) as err:
        check_changed_clashes(afternoon, moved, [morning])
    assert morning.reference in str(err.value) and "09:00–11:00" in str(err.value)
    check_changed_clashes(afternoon, moved, [morning], allow_overlap=True)
    touching = timed("11:00", "12:00")  # starts where the morning ends: no minute shared
    touching.id = afternoon.id
    check_changed_clashes(afternoon, touching, [morning])


def test_a_clash_allowed_when_logged_does_not_stop_a_later_change_but_a_new_one_does():
    morning = timed("09:00", "11:00")
    overlapping = timed("10:00", "12:00")  # logged with the overlap allowed
    approved = dataclasses.replace(overlapping, status="approved")
    check_changed_clashes(overlapping, approved, [morning])  # still only the morning's overlap
    lunch = timed("12:00", "13:00")
    longer = dataclasses.replace(overlapping, end_time="12:30", minutes=150)  # 10:00–12:30 now meets lunch
    with pytest.raises(ValidationError) as err:
        check_changed_clashes(overlapping, longer, [morning, lunch])
    assert lunch.reference in str(err.value) and morning.reference not in str(err.value)


def test_an_entry_that_counts_again_clashes_afresh():
    morning = timed("09:00", "11:00")
    refused = timed("10:00", "12:00", status="refused")  # counted nothing, so clashed with nothing
    with pytest.raises(ValidationError):
        check_changed_clashes(refused, dataclasses.replace(refused, status="requested"), [morning])


def test_an_entry_moved_to_another_day_is_checked_against_that_day():
    morning = timed("09:00", "11:00")
    next_day = dataclasses.replace(timed("09:30", "10:30"), date=D + dt.timedelta(days=1))
    with pytest.raises(ValidationError):
        check_changed_clashes(next_day, dataclasses.replace(next_day, date=D), [morning])


def test_an_edit_past_24_hours_a_day_is_refused_even_when_allowed():
    # 10 h + 10 h + 4 h = 24 h; the 4 h made 4:01 gives 24:01
    ten_a, ten_b = (Entry("r", "steward", D, 600, "duties", purpose=p) for p in ("a", "b"))
    four = Entry("r", "steward", D, 240, "duties", purpose="c")
    with pytest.raises(ValidationError) as err:
        check_changed_clashes(four, dataclasses.replace(four, minutes=241), [ten_a, ten_b],
                              allow_overlap=True)
    assert "24:01" in str(err.value)
