"""The app layer's rules for reps and roles that the GUI and exchange rely on."""

import datetime as dt
from fractions import Fraction

import pytest

from unionrep.core.errors import ValidationError
from unionrep.core.model import Entry

D = dt.date


def test_ending_a_role_refuses_when_time_is_logged_after(session, make_rep):
    rep = make_rep()
    session.entries.add(Entry(rep.id, "steward", D(2025, 6, 10), 60, "duties"))
    with pytest.raises(ValidationError) as err:
        session.roles.end(rep.id, "steward", D(2025, 6, 1))
    assert err.value.field == "on" and "2025-06-10" in err.value.rule
    ended = session.roles.end(rep.id, "steward", D(2025, 6, 30)).result
    assert ended.end_on == D(2025, 6, 30)
    with pytest.raises(ValidationError):
        session.entries.add(Entry(rep.id, "steward", D(2025, 7, 1), 60, "duties"))


def test_deleting_a_rep_with_time_logged_is_refused_but_an_empty_rep_goes(session, make_rep):
    busy = make_rep("Busy")
    session.entries.add(Entry(busy.id, "steward", D(2025, 6, 10), 60, "duties"))
    with pytest.raises(ValidationError) as err:
        session.reps.delete(busy.id)
    assert err.value.field == "rep"
    idle = make_rep("Idle")
    session.reps.delete(idle.id)
    assert [r.name for r in session.reps.all()] == ["Busy"]
    assert session.roles.assignments(idle.id) == []


def test_a_role_with_time_logged_cannot_be_deleted_only_ended(session, make_rep):
    rep = make_rep()
    assignment = session.roles.assignments(rep.id)[0]
    session.entries.add(Entry(rep.id, "steward", D(2025, 6, 10), 60, "duties"))
    with pytest.raises(ValidationError):
        session.roles.delete(assignment.id)
    other = session.roles.assign(rep.id, "learning", D(2025, 1, 1)).result
    session.roles.delete(other.id)
    assert [a.role for a in session.roles.assignments(rep.id)] == ["steward"]


def test_overlapping_assignments_of_one_role_are_refused(session, make_rep):
    rep = make_rep(roles=(("steward", "2024-04-01"),))
    session.roles.end(rep.id, "steward", D(2024, 12, 31))
    session.roles.assign(rep.id, "steward", D(2025, 2, 1))
    with pytest.raises(ValidationError) as err:
        session.roles.assign(rep.id, "steward", D(2024, 6, 1), D(2024, 7, 1))
    assert err.value.field == "from"


@pytest.mark.parametrize("hours", [22.5, 18.5, 37])
def test_changing_a_reps_hours_changes_the_cap_never_the_time_logged(session, make_rep, hours):
    rep = make_rep("Non Ŵyn", weekly_hours=30)
    for day in (6, 13, 20):
        session.entries.add(Entry(rep.id, "steward", dt.date(2025, 10, day), 95, "duties"))
    on = dt.date(2025, 10, 21)
    before = session.balances.of(rep.id, on).allowances[0]
    minutes_before = sorted(e.minutes for e in session.entries.all(rep.id))
    session.reps.edit(rep.id, weekly_minutes=int(hours * 60))
    after = session.balances.of(rep.id, on).allowances[0]
    assert sorted(e.minutes for e in session.entries.all(rep.id)) == minutes_before == [95, 95, 95]
    assert after.used == before.used == Fraction(3 * 95, 60)
    assert after.cap == 100 * Fraction(int(hours * 60), 37 * 60)
