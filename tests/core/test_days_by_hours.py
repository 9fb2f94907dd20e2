"""Allowances in days (council training, RULES §3: at most 5 days a year, a day = the rep's contracted
daily hours) measure each entry by the hours in force on its day (RULES §1, hours that change).

The worked case: 37 h a week to 30 Sep 2025, a day = 37 × 60 / 5 = 444 min (7.4 h); 18.5 h from
1 Oct 2025, a day = 18.5 × 60 / 5 = 222 min (3.7 h)."""

import datetime as dt
from fractions import Fraction

from unionrep.core.caps import Ledger, totals_from_entries
from unionrep.core.hours import FROM_THE_START, HoursChange
from unionrep.core.model import REQUESTED, Assignment, Entry, Extension, Rep
from unionrep.core.policy import load_shipped, profile_from_data, shipped_profile_data

D = dt.date
PROFILE = load_shipped("denbighshire-2012")
H37, H18 = 37 * 60, int(18.5 * 60)
DAY37, DAY18 = 444, 222  # minutes in a contracted day at 37 h and at 18.5 h a week


def halved_in_october() -> tuple[Rep, list[HoursChange]]:
    rep = Rep(name="Nia", weekly_minutes=H18)  # the record shows the hours now
    return rep, [HoursChange(rep.id, FROM_THE_START, H37), HoursChange(rep.id, D(2025, 10, 1), H18)]


def training(rep: Rep, day: dt.date, minutes: int, status: str = "taken") -> Entry:
    return Entry(rep.id, "steward", day, minutes, "council-training", status=status)


def ledger(rep, entries, hours=(), extensions=(), profile=PROFILE) -> Ledger:
    return Ledger(profile, rep, [Assignment(rep.id, "steward", D(2020, 4, 1))], extensions,
                  lambda year: totals_from_entries(entries, year), hours)


def council_training(lg: Ledger, on: dt.date):
    return next(b for b in lg.balances(on) if b.allowance.id == "council-training")


def test_each_day_is_measured_by_the_hours_in_force_on_it():
    rep, hours = halved_in_october()
    entries = [training(rep, D(2025, 6, 10), DAY37), training(rep, D(2025, 6, 11), DAY37),
               training(rep, D(2025, 11, 5), DAY18)]
    balance = council_training(ledger(rep, entries, hours), D(2025, 11, 20))
    # June: 888 min ÷ 444 = 2 days; November: 222 min ÷ 222 = 1 day; 2 + 1 = 3 of 5, 2 left
    # (at today's hours alone it would be (888 + 222) ÷ 222 = 5 days, the whole cap)
    assert (balance.cap, balance.used, balance.pending, balance.remaining) == (5, 3, 0, 2)
    assert balance.explain[-1] == ("a day is a fifth of the weekly hours in force on the entry's date: "
                                   "7.40 h from 2025-04-01 to 2025-09-30, "
                                   "3.70 h from 2025-10-01 to 2026-03-31")
    assert "3.70 awr o 2025-10-01 hyd 2026-03-31" in balance.explain[-1].text("cy")


def test_pending_time_is_measured_by_its_own_day_too():
    rep, hours = halved_in_october()
    entries = [training(rep, D(2025, 6, 10), DAY37),
               training(rep, D(2025, 9, 30), DAY37 // 2, REQUESTED),  # 222 min at 37 h: half a day
               training(rep, D(2025, 10, 1), DAY18, REQUESTED)]  # 222 min at 18.5 h: a whole day
    balance = council_training(ledger(rep, entries, hours), D(2025, 6, 10))
    # used: 444 ÷ 444 = 1; pending: 222 ÷ 444 + 222 ÷ 222 = 1/2 + 1 = 3/2
    assert (balance.used, balance.pending) == (1, Fraction(3, 2))


def test_a_year_before_the_change_keeps_the_hours_it_had():
    rep, hours = halved_in_october()
    entries = [training(rep, D(2024, 6, 10), DAY37), training(rep, D(2025, 3, 31), 3 * DAY37)]
    # 2024/25 is all at 37 h: (444 + 1332) ÷ 444 = 4 days, not 1776 ÷ 222 = 8 at today's hours
    balance = council_training(ledger(rep, entries, hours), D(2024, 6, 10))
    assert balance.used == 4 and balance.explain == ["5.00 days a year"]  # one day all year: nothing to add


def test_three_changes_in_one_year():
    rep = Rep(name="Huw", weekly_minutes=H37)
    hours = [HoursChange(rep.id, FROM_THE_START, H37), HoursChange(rep.id, D(2025, 7, 1), H18),
             HoursChange(rep.id, D(2025, 12, 1), 30 * 60)]
    entries = [training(rep, D(2025, 6, 30), DAY37), training(rep, D(2025, 7, 1), DAY37),
               training(rep, D(2025, 11, 30), DAY18), training(rep, D(2025, 12, 1), 360)]
    # 444 ÷ 444 + (444 + 222) ÷ 222 + 360 ÷ (30 × 60 / 5 = 360) = 1 + 3 + 1 = 5
    assert council_training(ledger(rep, entries, hours), D(2026, 1, 1)).used == 5


def test_a_rep_whose_hours_never_changed_counts_as_before():
    rep = Rep(name="Owain", weekly_minutes=H37)
    entries = [training(rep, D(2025, 6, 10), DAY37), training(rep, D(2025, 6, 11), DAY37),
               training(rep, D(2025, 11, 5), DAY18)]
    # (444 + 444 + 222) ÷ 444 = 1110 ÷ 444 = 2.5 days, with or without a one-figure history
    for hours in ([], [HoursChange(rep.id, FROM_THE_START, H37)]):
        balance = council_training(ledger(rep, entries, hours), D(2025, 11, 20))
        assert (balance.used, balance.remaining) == (Fraction(5, 2), Fraction(5, 2))


def test_one_entry_is_measured_by_the_hours_on_its_day():
    rep, hours = halved_in_october()
    lg = ledger(rep, [], hours)
    assert lg.measure("days", DAY37, D(2025, 9, 30)) == 1  # 444 ÷ 444
    assert lg.measure("days", DAY37, D(2025, 10, 1)) == 2  # 444 ÷ 222
    assert lg.measure("hours", DAY37, D(2025, 10, 1)) == Fraction(444, 60)  # hours do not depend on them


def test_extra_days_agreed_are_days_of_the_hours_on_the_day_agreed():
    data = shipped_profile_data("denbighshire-2012")
    for item in data["allowances"]:
        if item["id"] == "steward":
            item.update(unit="days", amount=10, pro_rata=False, combined=False)
    profile = profile_from_data(data)
    rep, hours = halved_in_october()
    extensions = [Extension(rep.id, "steward", "CASE-1", DAY37, D(2025, 9, 1)),
                  Extension(rep.id, "steward", "CASE-2", DAY37, D(2025, 11, 1))]
    balance = next(b for b in ledger(rep, [], hours, extensions, profile).balances(D(2025, 11, 20))
                   if b.allowance.id == "steward")
    # 10 days + 444 ÷ 444 (agreed at 37 h) + 444 ÷ 222 (agreed at 18.5 h) = 10 + 1 + 2 = 13
    assert balance.cap == 13
