"""Contracted hours that change (RULES §1): a history from a date, pro rata by day, worked by hand."""

import datetime as dt
from fractions import Fraction

import pytest

from unionrep.core.caps import fmt_number
from unionrep.core.errors import ValidationError
from unionrep.core.hours import (
    FROM_THE_START,
    HoursChange,
    contracted_minutes,
    hours_on,
    spans,
    weighted_days,
    with_change,
)

D = dt.date
H37, H18 = 37 * 60, int(18.5 * 60)
HISTORY = [HoursChange("r", FROM_THE_START, H37), HoursChange("r", D(2025, 10, 1), H18)]


def test_hours_in_force_on_a_day():
    assert hours_on(HISTORY, D(2025, 9, 30), 0) == H37
    assert hours_on(HISTORY, D(2025, 10, 1), 0) == H18
    assert hours_on([], D(2025, 10, 1), 999) == 999


def test_a_year_is_cut_where_the_hours_change():
    # 1 Apr – 30 Sep 2025: 30+31+30+31+31+30 = 183 days; 1 Oct 2025 – 31 Mar 2026: 31+30+31+31+28+31 = 182
    assert spans(HISTORY, D(2025, 4, 1), D(2026, 3, 31), 0) == [
        (D(2025, 4, 1), D(2025, 9, 30), H37), (D(2025, 10, 1), D(2026, 3, 31), H18)]
    weighted, parts = weighted_days(HISTORY, [(D(2025, 4, 1), D(2026, 3, 31))], H37, 0)
    assert weighted == 183 + Fraction(182, 2) and parts == [(183, H37), (182, H18)]
    # contracted: 183 days × 37/7 h + 182 days × 18.5/7 h = (6771 + 3367) / 7 h
    assert contracted_minutes(HISTORY, D(2025, 4, 1), D(2026, 3, 31), 0) / 60 == Fraction(6771 + 3367, 7)


def test_a_change_without_a_date_holds_from_the_start():
    assert [(h.from_on, h.weekly_minutes) for h in with_change(HISTORY, "r", 1200, None, H18)] \
        == [(FROM_THE_START, 1200)]
    later = with_change(HISTORY, "r", 1500, D(2026, 1, 1), H18)
    assert [(h.from_on, h.weekly_minutes) for h in later] == [
        (FROM_THE_START, H37), (D(2025, 10, 1), H18), (D(2026, 1, 1), 1500)]
    assert with_change(HISTORY, "r", H18, D(2026, 1, 1), H18) == HISTORY  # already so: no change


def test_a_steward_who_halves_their_hours_in_october(session, make_rep):
    rep = make_rep(roles=(("steward", "2020-04-01"),))
    session.reps.edit(rep.id, weekly_minutes=H18, hours_from=D(2025, 10, 1))
    # 2025/26: 100 × (183 × 37/37 + 182 × 18.5/37) / 365 = 100 × 274 / 365 = 75.068… → 75.07
    cap = session.balances.of(rep.id, D(2025, 6, 1)).allowances[0].cap
    assert cap == Fraction(100 * 274, 365) and fmt_number(cap) == "75.07"
    # 2026/27: 18.5 h all year: 100 × 18.5 / 37 = 50.00
    assert session.balances.of(rep.id, D(2026, 6, 1)).allowances[0].cap == 50
    # 2024/25, before the change, keeps the full 100
    assert session.balances.of(rep.id, D(2024, 6, 1)).allowances[0].cap == 100
    assert session.reps.find(rep.id).weekly_minutes == H18
    # the dashboard's path (every rep at once) agrees
    by_rep = {b.rep.id: b for b in session.balances.every(D(2025, 6, 1))}
    assert by_rep[rep.id].allowances[0].cap == Fraction(100 * 274, 365)


def test_hours_changed_without_a_date_rerate_every_year(session, make_rep):
    rep = make_rep()
    session.reps.edit(rep.id, weekly_minutes=H18, hours_from=D(2025, 10, 1))
    session.reps.edit(rep.id, weekly_minutes=H37)
    assert [(h.from_on, h.weekly_minutes) for h in session.reps.hours(rep.id)] == [(FROM_THE_START, H37)]
    assert session.balances.of(rep.id, D(2025, 6, 1)).allowances[0].cap == 100


def test_editing_other_details_keeps_the_history(session, make_rep):
    rep = make_rep()
    session.reps.edit(rep.id, weekly_minutes=H18, hours_from=D(2025, 10, 1))
    session.reps.edit(rep.id, weekly_minutes=H18, manager="Mair", hours_from=D(2026, 1, 1))
    assert len(session.reps.hours(rep.id)) == 2


def test_a_past_change_above_full_time_is_refused(session, make_rep):
    rep = make_rep(weekly_hours=18.5)
    with pytest.raises(ValidationError) as err:
        session.reps.edit(rep.id, weekly_minutes=40 * 60, hours_from=D(2025, 1, 1))
    assert err.value.field == "weekly-hours"
    assert len(session.reps.hours(rep.id)) == 1
