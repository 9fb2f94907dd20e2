"""Council training (RULES §3: at most 5 days a year, a day = the rep's contracted daily hours) through
the application layer, for a rep whose hours changed (RULES §1): every path that measures days — one
rep's balance, the dashboard's every rep at once, what an entry would do, and the refusal check
(6.2) — measures each entry by the hours in force on its day.

37 h a week to 30 Sep 2025 (a day = 37 × 60 / 5 = 444 min), 18.5 h from 1 Oct 2025 (a day = 222 min):
two days in June at 444 min and one in November at 222 min are 2 + 1 = 3 days of the 5."""

from __future__ import annotations

import datetime as dt

import pytest

from unionrep.app.session import Session
from unionrep.core.effects import entry_effects
from unionrep.core.model import REQUESTED, Entry, Rep

D = dt.date
H18 = int(18.5 * 60)


def steward(session: Session, name: str) -> Rep:
    rep = session.reps.add(Rep(name=name)).result
    session.roles.assign(rep.id, "steward", D(2020, 4, 1))
    return rep


def train(session: Session, rep: Rep, day: dt.date, minutes: int, status: str = "taken") -> Entry:
    entry = Entry(rep.id, "steward", day, minutes, "council-training", status=status)
    return session.entries.add(entry).result


@pytest.fixture
def halved(session: Session) -> Rep:
    rep = steward(session, "Nia Wyn Edwards")
    session.reps.edit(rep.id, weekly_minutes=H18, hours_from=D(2025, 10, 1))
    for day, minutes in ((D(2025, 6, 10), 444), (D(2025, 6, 11), 444), (D(2025, 11, 5), 222)):
        train(session, rep, day, minutes)
    return rep


def council_training(balance):
    return next(b for b in balance.allowances if b.allowance.id == "council-training")


def test_one_balance_and_the_dashboard_count_three_days(session, halved):
    unchanged = steward(session, "Owain Rhys")  # 37 h all along
    for day, minutes in ((D(2025, 6, 10), 444), (D(2025, 6, 11), 444), (D(2025, 11, 5), 222)):
        train(session, unchanged, day, minutes)
    on = D(2025, 11, 20)
    mine = council_training(session.balances.of(halved.id, on))
    # 888 ÷ 444 + 222 ÷ 222 = 2 + 1 = 3 of 5 (at today's 222-minute day alone it would be 1110 ÷ 222 = 5)
    assert (mine.cap, mine.used, mine.remaining) == (5, 3, 2)
    # the same time at 37 h throughout: 1110 ÷ 444 = 2.5 days, as before hours had a history
    assert council_training(session.balances.of(unchanged.id, on)).used == 2.5
    every = {b.rep.id: council_training(b) for b in session.balances.every(on)}
    assert (every[halved.id].used, every[unchanged.id].used) == (3, 2.5)


def test_what_an_entry_does_measures_it_by_its_day(session, halved):
    december = Entry(halved.id, "steward", D(2025, 12, 3), 444, "council-training", status=REQUESTED)
    before, after, _flags = session.balances.preview(december)
    (effect,) = [e for e in entry_effects(before, after) if e.key == "council-training"]
    # 3 used before; 444 min at 18.5 h is 444 ÷ 222 = 2 days pending after, 3 + 2 = 5 (not over)
    assert (effect.used_before, effect.pending_before) == (3, 0)
    assert (effect.used_after, effect.pending_after) == (3, 2)
    assert not effect.over_after


def test_a_refused_request_within_the_days_left_is_within_allowance(session, halved):
    january = train(session, halved, D(2026, 1, 14), 444, REQUESTED)  # 444 ÷ 222 = 2 days asked
    dispute = session.disputes.open(january.id, D(2026, 1, 10), reasons="Short staffed").result
    check = session.disputes.refusal_check(dispute)
    # 5 − 3 = 2 days remaining, 2 asked: within (with today's day it was 5 used, 0 remaining: over)
    assert check is not None and check.within_allowance
    assert "council-training: 2.00 days remaining, 2.00 asked: within" in check.explain
