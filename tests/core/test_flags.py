"""Flags of RULES §1 and §3: caps, notice, political activity, industrial action, reviews, secondment."""

import datetime as dt
from fractions import Fraction

from unionrep.app.session import open_session
from unionrep.core.model import Entry, Extension, Rep

D = dt.date


def codes(flags):
    return sorted(f.code for f in flags)


def test_near_and_over_the_allowance(session, make_rep):
    rep = make_rep()
    for day in range(1, 11):  # 10 × 9 h = 90 h: within 10% of 100 h
        session.entries.add(Entry(rep.id, "steward", D(2025, 6, day), 9 * 60, "duties"))
    assert codes(session.balances.of(rep.id, D(2025, 7, 1)).flags) == ["near"]
    session.entries.add(Entry(rep.id, "steward", D(2025, 6, 20), 11 * 60, "duties"))
    flags = session.balances.of(rep.id, D(2025, 7, 1)).flags
    assert codes(flags) == ["over"]
    assert "101.00 of 100.00" in flags[0].text("en")
    assert "dros y lwfans" in flags[0].text("cy")


def test_requests_that_would_go_over_are_flagged(session, make_rep):
    rep = make_rep()
    session.entries.add(Entry(rep.id, "steward", D(2025, 6, 2), 20 * 60, "duties"))
    assert codes(session.balances.of(rep.id, D(2025, 7, 1)).flags) == []
    for day in (3, 4, 5, 6):
        session.entries.add(Entry(rep.id, "steward", D(2025, 6, day), 22 * 60, "duties", status="requested"))
    assert "pending_over" in codes(session.balances.of(rep.id, D(2025, 7, 1)).flags)


def test_conference_needs_three_weeks_notice(session, make_rep):
    rep = make_rep()
    late = session.entries.add(Entry(rep.id, "steward", D(2025, 6, 20), 420, "activities", conference=True,
                                     notice_on=D(2025, 6, 1), status="requested")).result
    session.entries.add(Entry(rep.id, "steward", D(2025, 6, 23), 420, "activities", conference=True,
                              notice_on=D(2025, 6, 2), status="requested"))
    flags = [f for f in session.balances.entry_flags(D(2025, 6, 3)) if f.code == "short_notice"]
    assert [f.subject_id for f in flags] == [late.id]
    assert "19 days' notice" in flags[0].text()
    # the day in words in Welsh (Mehefin), kept ISO in English (as --json has it)
    assert "2025-06-20" in flags[0].text("en")
    assert "cynhadledd ar 20 Mehefin 2025 gyda 19 diwrnod o rybudd" in flags[0].text("cy")


def test_political_activity_is_flagged_by_mark_or_wording(session, make_rep):
    rep = make_rep()
    marked = session.entries.add(Entry(rep.id, "steward", D(2025, 6, 2), 60, "activities",
                                       political=True)).result
    worded = session.entries.add(Entry(rep.id, "steward", D(2025, 6, 3), 60, "activities",
                                     purpose="Canvass for the Party Campaign day")).result
    in_notes = session.entries.add(Entry(rep.id, "steward", D(2025, 6, 5), 60, "activities",
                                       purpose="Day out", notes="canvass for the party campaign")).result
    session.entries.add(Entry(rep.id, "steward", D(2025, 6, 4), 60, "activities", purpose="Branch AGM"))
    flagged = {f.subject_id for f in session.balances.entry_flags(D(2025, 6, 10)) if f.code == "political"}
    assert flagged == {marked.id, worded.id, in_notes.id}


def test_a_reps_balance_carries_the_flags_on_that_years_entries(session, make_rep):
    rep = make_rep()
    other = make_rep("Arall")
    late = session.entries.add(Entry(rep.id, "steward", D(2025, 6, 20), 420, "activities", conference=True,
                                     notice_on=D(2025, 6, 16), status="requested")).result
    session.entries.add(Entry(other.id, "steward", D(2025, 6, 20), 420, "activities", conference=True,
                              notice_on=D(2025, 6, 16), status="requested"))
    session.entries.add(Entry(rep.id, "steward", D(2024, 6, 20), 420, "activities", conference=True,
                              notice_on=D(2024, 6, 16)))  # the year before
    codes = [(f.code, f.subject_id) for f in session.balances.of(rep.id, D(2025, 6, 21)).flags]
    assert ("short_notice", late.id) in codes
    assert [c for c in codes if c[0] == "short_notice"] == [("short_notice", late.id)]


def test_industrial_action_is_recorded_unpaid_and_flagged(session, make_rep):
    rep = make_rep(scp=20)
    strike = session.entries.add(
        Entry(rep.id, "steward", D(2025, 6, 2), 7 * 60, "industrial-action", paid=False)).result
    assert any(f.code == "industrial_action" and f.subject_id == strike.id
               for f in session.balances.entry_flags(D(2025, 6, 10)))
    balance = session.balances.of(rep.id, D(2025, 6, 10))
    assert balance.paid_minutes == 0 and balance.cost == 0


def test_extension_review_due_and_overdue(session, make_rep):
    rep = make_rep()
    session.roles.add_extension(Extension(rep.id, "steward", "CASE-7", 600, D(2025, 5, 1), "HR",
                                          review_on=D(2025, 7, 10)))
    assert codes(session.balances.of(rep.id, D(2025, 6, 1)).flags) == []
    assert codes(session.balances.of(rep.id, D(2025, 7, 1)).flags) == ["extension_review"]
    assert codes(session.balances.of(rep.id, D(2025, 7, 11)).flags) == ["extension_review_overdue"]


def test_secondment_past_twelve_months(session, make_rep):
    rep = make_rep(roles=())
    session.roles.assign(rep.id, "branch-secretary", D(2024, 6, 1), secondment_percent=Fraction(60))
    assert codes(session.balances.of(rep.id, D(2025, 5, 31)).flags) == []
    flags = session.balances.of(rep.id, D(2025, 6, 2)).flags
    assert codes(flags) == ["secondment"]
    assert "13.2" in flags[0].text()


def test_primary_care_meetings_attended_and_payments_due(tmp_path):
    session = open_session(tmp_path / "pc.db", create=True)
    session.policy.init("primary-care-2022")
    rep = session.reps.add(Rep(name="Dr Non Gruffudd")).result
    session.roles.assign(rep.id, "community-pharmacy-cluster-attendance", D(2025, 4, 1))
    for month in (5, 8):
        session.entries.add(Entry(rep.id, "community-pharmacy-cluster-attendance", D(2025, month, 12), 180,
                                  "cluster-meeting"))
    balance = session.balances.of(rep.id, D(2025, 9, 1))
    attendance = next(b for b in balance.allowances if b.allowance.kind == "commitment")
    assert (attendance.cap, attendance.used, attendance.remaining) == (3, 2, 1)
    assert sum(p.amount for p in balance.payments) == 500
    session.entries.add(Entry(rep.id, "community-pharmacy-cluster-attendance", D(2025, 11, 12), 180,
                              "cluster-meeting"))
    balance = session.balances.of(rep.id, D(2025, 12, 1))
    assert sum(p.amount for p in balance.payments) == 1000
    assert balance.flags == []  # commitments are not caps: no over/near flags
