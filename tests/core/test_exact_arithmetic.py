"""The quick arithmetic of caps and flags gives exactly what the plain Fraction arithmetic gives:
each property compares the engine with a straightforward reference written here."""

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from unionrep.core.caps import Ledger, exact_sum, fmt_number
from unionrep.core.flags import balance_flags
from unionrep.core.model import (
    PENDING_STATUSES,
    STATUSES,
    USED_STATUSES,
    Assignment,
    Entry,
    Rep,
    RowTotals,
    Total,
    TotalKey,
)
from unionrep.core.policy import load_shipped

D = dt.date
PROFILES = [load_shipped("denbighshire-2012"), load_shipped("primary-care-2022")]

fractions = st.fractions(min_value=-10**6, max_value=10**6, max_denominator=10**4)


def reference_fmt(value, places=2):
    scaled = abs(value) * 10**places
    whole = int(scaled)
    if scaled - whole >= Fraction(1, 2):
        whole += 1
    sign = "-" if value < 0 and whole else ""
    text = str(whole).rjust(places + 1, "0")
    return f"{sign}{text[:-places]}.{text[-places:]}" if places else f"{sign}{text}"


@given(st.one_of(fractions, st.integers(-10**9, 10**9)), st.integers(0, 4))
def test_fmt_number_rounds_as_fraction_arithmetic_does(value, places):
    assert fmt_number(value, places) == reference_fmt(Fraction(value), places)


def test_fmt_number_halves_round_away_from_zero():
    assert fmt_number(Fraction(1, 200)) == "0.01"
    assert fmt_number(Fraction(-1, 200)) == "-0.01"
    assert fmt_number(Fraction(-1, 201)) == "0.00"
    assert fmt_number(Fraction(5, 2), 0) == "3"


@given(st.lists(fractions, max_size=12))
def test_exact_sum_is_the_sum(values):
    assert exact_sum(values) == sum(values, Fraction(0))


roles_and_categories = st.tuples(
    st.sampled_from(["steward", "health-safety", "learning", "branch-secretary", "equality",
                     "professional-collaborative-lead", "community-pharmacy-cluster-attendance",
                     "cluster-lead"]),
    st.sampled_from(["duties", "training", "meeting", "council-training", "hs-functions", "functions",
                     "industrial-action", "collaborative-meeting", "cluster-meeting", "other",
                     "extra-session"]),
)
totals_strategy = st.dictionaries(
    st.builds(lambda rc, status, paid: TotalKey(rc[0], rc[1], status, paid),
              roles_and_categories, st.sampled_from(STATUSES), st.booleans()),
    st.builds(Total, st.integers(0, 5000), st.integers(0, 40)),
    max_size=25,
)


def reference_used_pending(ledger, allowance, totals):
    """Ledger.allowance_balance's used and pending as a sum of Fractions, key by key: paid time, and
    meetings attended paid or not (RULES §7)."""
    categories = ledger.counted_categories(allowance)
    used = pending = Fraction(0)
    logged = False
    for key, total in totals.items():
        if key.category not in categories or not (key.paid or allowance.unit == "meetings"):
            continue
        if allowance.scope_kind == "role" and key.role != allowance.scope:
            continue
        amount = ledger._measure(allowance, total.minutes, total.count)
        if key.status in USED_STATUSES:
            used, logged = used + amount, True
        elif key.status in PENDING_STATUSES:
            pending, logged = pending + amount, True
    return used, pending, logged


@settings(max_examples=150, deadline=None)
@given(totals_strategy, st.sampled_from(PROFILES), st.sampled_from([37 * 60, 1350, 0]),
       st.booleans())
def test_ledger_sums_equal_the_fraction_sums_and_rows_equal_the_mapping(totals, profile, weekly, school):
    rep = Rep(name="Rep", weekly_minutes=weekly, school=school)
    held = [Assignment(rep.id, role, D(2020, 1, 1)) for role in list(profile.roles)[:2]]
    on = D(2025, 11, 3)
    year = rep.year_of(on)

    def mapping(y):
        return totals if y == year else {}

    def rows(y):
        return RowTotals([(k.role, k.category, k.status, int(k.paid), t.minutes, t.count)
                          for k, t in totals.items()]) if y == year else RowTotals()

    from_mapping, from_rows = (Ledger(profile, rep, held, [], source) for source in (mapping, rows))
    for allowance in profile.allowances:
        if allowance.year_basis not in ("rep", rep.year_basis):
            continue
        a, b = from_mapping.allowance_balance(allowance, on), from_rows.allowance_balance(allowance, on)
        used, pending, logged = reference_used_pending(from_mapping, allowance, totals)
        if a is None:
            assert b is None and not logged
            continue
        assert b is not None
        assert (a.used, a.pending, a.cap, a.explain) == (used, pending, b.cap, b.explain)
        assert (b.used, b.pending) == (used, pending)
    never = {c.id for c in profile.categories.values() if c.paid == "never"}
    paid = sum(t.minutes for k, t in totals.items()
               if k.paid and k.status in USED_STATUSES and k.category not in never)
    assert from_mapping.paid_minutes(year) == from_rows.paid_minutes(year) == paid
    assert [(p.kind, p.amount, p.amount_max, p.explain) for p in from_mapping.payments_due(on)] == \
        [(p.kind, p.amount, p.amount_max, p.explain) for p in from_rows.payments_due(on)]


def test_an_empty_total_still_counts_as_logged():
    rep = Rep(name="Rep")
    profile = PROFILES[0]
    totals = {TotalKey("learning", "training", "taken", True): Total(0, 0)}
    ledger = Ledger(profile, rep, [], [], lambda y: totals)
    learning = next(a for a in profile.allowances if a.scope == "learning")
    balance = ledger.allowance_balance(learning, D(2025, 6, 1))
    assert balance is not None and balance.used == 0


def reference_balance_flags(balances, near_percent):
    """The codes balance_flags raises, in plain Fraction arithmetic."""
    near = Fraction(near_percent, 100)
    codes = []
    for used, cap, pending in balances:
        if used > cap:
            codes.append(("over", cap - used, used + pending))
        elif cap - used <= cap * near:
            codes.append(("near", cap - used, used + pending))
        if used <= cap < used + pending:
            codes.append(("pending_over", cap - used, used + pending))
    return codes


positive = st.fractions(min_value=0, max_value=500, max_denominator=3600)


@settings(max_examples=200)
@given(st.lists(st.tuples(positive, st.fractions(min_value=Fraction(1, 100), max_value=300,
                                                 max_denominator=3600), positive), max_size=4))
@example([(Fraction(90), Fraction(100), Fraction(0)), (Fraction(100), Fraction(100), Fraction(1, 60)),
          (Fraction(6001, 60), Fraction(100), Fraction(0)), (Fraction(89), Fraction(100), Fraction(11))])
def test_balance_flags_compare_as_fractions_do(triples):
    from unionrep.core.caps import AllowanceBalance

    profile = PROFILES[0]
    allowance = next(a for a in profile.allowances if a.scope == "steward")
    rep = Rep(name="Rep")
    year = rep.year_of(D(2025, 6, 1))
    balances = [AllowanceBalance(allowance, year, cap, used, pending) for used, cap, pending in triples]
    flags = balance_flags(profile, rep, balances, None)
    assert [(f.code, f.params["remaining"], f.params["total"]) for f in flags] == \
        reference_balance_flags(triples, profile.settings.near_cap_percent)


def test_all_balances_come_closest_to_a_cap_first_then_by_name(session, make_rep):
    reps = [make_rep(name, weekly_hours=hours, roles=(("steward", "2020-01-01"), ("learning", "2020-01-01")))
            for name, hours in (("Bethan", 37), ("aled", 37), ("Catrin", 18.5), ("Dafydd", 30))]
    for rep, minutes in zip(reps, (600, 600, 1200, 0), strict=True):
        if minutes:
            session.entries.add(Entry(rep.id, "steward", D(2025, 6, 2), minutes, "duties"))
    session.entries.add(Entry(reps[3].id, "learning", D(2025, 6, 2), 420, "training"))
    balances = session.balances.every(D(2025, 7, 1))
    assert [b.rep.name for b in balances] == \
        [b.rep.name for b in sorted(balances, key=lambda b: (-b.closeness(), b.rep.name.lower()))]
    assert [b.rep.name for b in balances] == ["Catrin", "Dafydd", "aled", "Bethan"]


def test_extension_hours_may_pass_a_day_where_an_entry_may_not():
    from unionrep.core.entries import parse_extra_hours, parse_hours
    from unionrep.core.errors import ValidationError

    assert parse_extra_hours("30") == 1800  # 30 h × 60 for a complex case (clause 11.1)
    assert parse_extra_hours("2:30") == 150  # 2 × 60 + 30
    with pytest.raises(ValidationError, match="24 hours"):
        parse_hours("30")  # one entry is at most a day: 24 × 60 = 1440 < 1800
    for bad in ("0", "-3", "1.0001", "lots"):
        with pytest.raises(ValidationError):
            parse_extra_hours(bad)
