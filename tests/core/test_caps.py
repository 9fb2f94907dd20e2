"""The allowance rules of RULES.md §1, §3 and §7, against its worked cases and as properties."""

import dataclasses
import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionrep.core.caps import Ledger, fmt_number, rounded, totals_from_entries
from unionrep.core.errors import ValidationError
from unionrep.core.model import STATUSES, Assignment, Entry, Extension, Rep
from unionrep.core.policy import load_shipped, profile_from_data, shipped_profile_data

D = dt.date
PROFILE = load_shipped("denbighshire-2012")


def ledger(rep, assignments, entries=(), extensions=(), profile=PROFILE):
    return Ledger(profile, rep, assignments, extensions,
                  lambda year: totals_from_entries(entries, year))


def by_scope(balances):
    return {b.allowance.scope: b for b in balances}


def test_pro_rata_part_timer_gets_60_81_hours():
    rep = Rep(name="Part-timer", weekly_minutes=int(22.5 * 60))
    bal = by_scope(ledger(rep, [Assignment(rep.id, "steward", D(2020, 1, 1))]).balances(D(2025, 6, 1)))
    assert bal["steward"].cap == Fraction(100) * Fraction(45, 2) / 37
    assert fmt_number(bal["steward"].cap) == "60.81"


def test_thirty_hour_allowances_are_not_pro_rated_by_default():
    rep = Rep(name="Part-timer", weekly_minutes=int(18.5 * 60))
    roles = [Assignment(rep.id, "steward", D(2020, 1, 1)), Assignment(rep.id, "learning", D(2020, 1, 1))]
    bal = by_scope(ledger(rep, roles).balances(D(2025, 6, 1)))
    assert bal["steward"].cap == 50
    assert bal["learning"].cap == 30


def test_pro_rata_setting_applies_to_thirty_hours_when_switched_on():
    data = shipped_profile_data("denbighshire-2012")
    for item in data["allowances"]:
        if item["id"] == "learning":
            item["pro_rata"] = True
    profile = profile_from_data(data)
    rep = Rep(name="Part-timer", weekly_minutes=int(18.5 * 60))
    bal = by_scope(ledger(rep, [Assignment(rep.id, "learning", D(2020, 1, 1))], profile=profile)
                   .balances(D(2025, 6, 1)))
    assert bal["learning"].cap == 15


def test_full_time_steward_with_hs_and_learning_has_combined_cap_of_130():
    rep = Rep(name="Full-timer")
    roles = [Assignment(rep.id, r, D(2020, 1, 1)) for r in ("steward", "health-safety", "learning")]
    lg = ledger(rep, roles)
    balances = lg.balances(D(2025, 6, 1))
    assert sum(b.cap for b in balances if b.allowance.combined) == 160
    combined = lg.combined(balances, D(2025, 6, 1))
    assert combined is not None and combined.cap == 130


def test_combined_cap_needs_steward_plus_another_role():
    rep = Rep(name="Only H&S")
    lg = ledger(rep, [Assignment(rep.id, "health-safety", D(2020, 1, 1)),
                      Assignment(rep.id, "learning", D(2020, 1, 1))])
    assert lg.combined(lg.balances(D(2025, 6, 1)), D(2025, 6, 1)) is None
    rep2 = Rep(name="Only steward")
    lg2 = ledger(rep2, [Assignment(rep2.id, "steward", D(2020, 1, 1))])
    assert lg2.combined(lg2.balances(D(2025, 6, 1)), D(2025, 6, 1)) is None


def test_part_year_role_from_1_october_gets_182_of_365_days():
    rep = Rep(name="New steward")
    bal = by_scope(ledger(rep, [Assignment(rep.id, "steward", D(2025, 10, 1))]).balances(D(2026, 1, 10)))
    assert bal["steward"].cap == Fraction(100 * 182, 365)
    assert "part year: role held 182 of 365 days" in bal["steward"].explain


def test_part_year_setting_off_gives_the_whole_allowance():
    data = shipped_profile_data("denbighshire-2012")
    for item in data["allowances"]:
        item["part_year"] = False
    profile = profile_from_data(data)
    rep = Rep(name="New steward")
    bal = by_scope(ledger(rep, [Assignment(rep.id, "steward", D(2025, 10, 1))], profile=profile)
                   .balances(D(2026, 1, 10)))
    assert bal["steward"].cap == 100


def test_used_counts_approved_and_taken_pending_counts_requested():
    rep = Rep(name="R")
    roles = [Assignment(rep.id, "steward", D(2020, 1, 1))]
    entries = [Entry(rep.id, "steward", D(2025, 5, 1), 60 * (i + 1), "duties", status=s)
               for i, s in enumerate(STATUSES)]
    # minutes per status: draft 60, requested 120, approved 180, refused 240, withdrawn 300, taken 360
    bal = by_scope(ledger(rep, roles, entries).balances(D(2025, 5, 1)))["steward"]
    assert bal.used == Fraction(180 + 360, 60)
    assert bal.pending == 2
    assert bal.remaining == 100 - 9


def test_uncounted_categories_do_not_use_the_allowance():
    rep = Rep(name="R")
    roles = [Assignment(rep.id, "steward", D(2020, 1, 1)), Assignment(rep.id, "health-safety", D(2020, 1, 1))]
    entries = [
        Entry(rep.id, "steward", D(2025, 5, 1), 120, "meeting"),
        Entry(rep.id, "health-safety", D(2025, 5, 2), 600, "hs-functions"),
        Entry(rep.id, "steward", D(2025, 5, 3), 300, "industrial-action", paid=False),
        Entry(rep.id, "steward", D(2025, 5, 4), 60, "associated", paid=False),
        Entry(rep.id, "health-safety", D(2025, 5, 5), 90, "training"),
    ]
    lg = ledger(rep, roles, entries)
    bal = by_scope(lg.balances(D(2025, 5, 1)))
    assert bal["steward"].used == 0
    assert bal["health-safety"].used == Fraction(3, 2)
    # paid time (cost) includes the meeting and H&S functions, but never industrial action
    assert lg.paid_minutes(bal["steward"].year) == 120 + 600 + 90


def test_industrial_action_can_never_be_paid(session, make_rep):
    rep = make_rep()
    with pytest.raises(ValidationError) as err:
        session.entries.add(Entry(rep.id, "steward", D(2025, 5, 3), 300, "industrial-action", paid=True))
    assert err.value.field == "paid"
    assert session.entries.all() == []


def test_council_training_is_capped_at_five_contracted_days():
    rep = Rep(name="R", weekly_minutes=30 * 60)  # a day is 6 hours
    roles = [Assignment(rep.id, "steward", D(2020, 1, 1))]
    entries = [Entry(rep.id, "steward", D(2025, 5, 1), 6 * 60 * 6, "council-training")]
    bal = by_scope(ledger(rep, roles, entries).balances(D(2025, 5, 1)))["council-training"]
    assert (bal.cap, bal.used, bal.remaining) == (5, 6, -1)


def test_extension_adds_to_that_years_allowance_and_combined_cap():
    rep = Rep(name="R")
    roles = [Assignment(rep.id, "steward", D(2020, 1, 1)), Assignment(rep.id, "learning", D(2020, 1, 1))]
    ext = [Extension(rep.id, "steward", "CASE-1", 20 * 60, D(2025, 6, 1)),
           Extension(rep.id, "steward", "OLD", 50 * 60, D(2024, 6, 1))]
    lg = ledger(rep, roles, extensions=ext)
    balances = lg.balances(D(2025, 9, 1))
    assert by_scope(balances)["steward"].cap == 120
    assert lg.combined(balances, D(2025, 9, 1)).cap == 150


def test_secondment_allowance_is_a_share_of_contracted_time():
    rep = Rep(name="Sec", weekly_minutes=37 * 60)
    roles = [Assignment(rep.id, "branch-secretary", D(2020, 1, 1), secondment_percent=Fraction(50))]
    bal = by_scope(ledger(rep, roles).balances(D(2025, 9, 1)))["branch-secretary"]
    assert bal.cap == Fraction(1, 2) * 37 * 365 / 7


def test_school_rep_counts_in_academic_year():
    rep = Rep(name="School", school=True)
    roles = [Assignment(rep.id, "steward", D(2020, 1, 1))]
    entries = [Entry(rep.id, "steward", D(2026, 8, 31), 60, "duties"),
               Entry(rep.id, "steward", D(2026, 9, 1), 120, "duties")]
    lg = ledger(rep, roles, entries)
    assert by_scope(lg.balances(D(2026, 8, 1)))["steward"].used == 1
    assert by_scope(lg.balances(D(2026, 9, 1)))["steward"].used == 2


def test_unpaid_time_does_not_use_the_paid_allowance():
    rep = Rep(name="R")
    entries = [Entry(rep.id, "steward", D(2025, 5, 1), 60, "duties", paid=False)]
    bal = by_scope(ledger(rep, [Assignment(rep.id, "steward", D(2020, 1, 1))], entries)
                   .balances(D(2025, 5, 1)))["steward"]
    assert bal.used == 0


def test_meetings_count_setting_makes_meetings_use_the_allowance():
    data = shipped_profile_data("denbighshire-2012")
    data["settings"]["meetings_count"] = True
    profile = profile_from_data(data)
    rep = Rep(name="R")
    entries = [Entry(rep.id, "steward", D(2025, 5, 1), 120, "meeting")]
    bal = by_scope(ledger(rep, [Assignment(rep.id, "steward", D(2020, 1, 1))], entries, profile=profile)
                   .balances(D(2025, 5, 1)))["steward"]
    assert bal.used == 2


def test_display_rounding_half_up():
    assert fmt_number(Fraction(12345, 1000)) == "12.35"
    assert fmt_number(Fraction(-1, 200)) == "-0.01"
    assert fmt_number(Fraction(0)) == "0.00"


# -- properties --------------------------------------------------------------------------------

categories = st.sampled_from(sorted(PROFILE.categories))
roles = st.sampled_from(["steward", "health-safety", "learning", "info-consultation"])
dates = st.dates(D(2023, 1, 1), D(2027, 12, 31))
entry_st = st.builds(
    lambda role, day, minutes, cat, status, paid: Entry("R", role, day, minutes, cat,
                                                         paid=paid and cat != "industrial-action",
                                                         status=status),
    roles, dates, st.integers(1, 24 * 60), categories, st.sampled_from(STATUSES), st.booleans())


@settings(max_examples=150, deadline=None)
@given(st.lists(entry_st, max_size=40), dates, st.integers(10 * 60, 37 * 60), st.booleans())
def test_used_plus_remaining_is_the_cap(entries, on, weekly, school):
    rep = Rep(name="R", id="R", weekly_minutes=weekly, school=school)
    roles_held = [Assignment("R", r, D(2024, 10, 1)) for r in ("steward", "health-safety", "learning")]
    lg = ledger(rep, roles_held, entries)
    balances = lg.balances(on)
    for b in balances:
        if b.cap is not None:
            assert b.used + b.remaining == b.cap
            # and the numbers as shown add up too, to the penny of an hour
            assert rounded(b.used) + b.remaining_shown == rounded(b.cap)
    combined = lg.combined(balances, on)
    if combined is not None:
        assert combined.used + combined.remaining == combined.cap
        assert rounded(combined.used) + combined.remaining_shown == rounded(combined.cap)
        assert combined.used == sum(b.used for b in balances if b.allowance.combined)


@settings(max_examples=100, deadline=None)
@given(st.lists(entry_st, min_size=1, max_size=30), st.booleans())
def test_each_entry_counts_in_exactly_one_year(entries, school):
    rep = Rep(name="R", id="R", school=school)
    years = {rep.year_of(D(y, 6, 1)) for y in range(2021, 2029)} | {
        rep.year_of(D(y, 12, 1)) for y in range(2021, 2029)}
    for e in entries:
        containing = [y for y in years if y.contains(e.date)]
        assert len(containing) == 1
        assert containing[0] == rep.year_of(e.date)
    total = sum(t.minutes for y in years for t in totals_from_entries(entries, y).values())
    assert total == sum(e.minutes for e in entries)


@settings(max_examples=60, deadline=None)
@given(st.lists(entry_st, max_size=20), st.integers(5 * 60, 37 * 60), st.integers(5 * 60, 37 * 60))
def test_changing_hours_never_changes_minutes_logged(entries, before, after):
    rep = Rep(name="R", id="R", weekly_minutes=before)
    roles_held = [Assignment("R", r, D(2020, 1, 1)) for r in ("steward", "health-safety", "learning")]
    on = D(2025, 6, 1)
    used_hours = {b.allowance.id: b.used for b in ledger(rep, roles_held, entries).balances(on)
                  if b.unit == "hours"}
    changed = dataclasses.replace(rep, weekly_minutes=after)
    used_after = {b.allowance.id: b.used for b in ledger(changed, roles_held, entries).balances(on)
                  if b.unit == "hours"}
    assert used_hours == used_after
    assert sum(e.minutes for e in entries) == sum(
        t.minutes for t in totals_from_entries(entries).values())


def test_the_balance_as_shown_adds_up(session, make_rep):
    """A full-time steward from 1 October with one minute logged: 182/365 of 100 h is 49.863…, one
    minute is 0.0166… h; the remaining shown is 49.86 − 0.02, not the exact remainder rounded."""
    rep = make_rep("Rhys", roles=(("steward", "2025-10-01"),))
    session.entries.add(Entry(rep.id, "steward", D(2025, 10, 6), 1, "duties"))
    steward = session.balances.of(rep.id, D(2025, 10, 6)).to_json()["allowances"][0]
    assert (steward["cap"], steward["used"], steward["remaining"]) == (49.86, 0.02, 49.84)
