"""The ledger's cross-record rules on hand-worked cases: standing down, TOIL in order, extensions
for held roles, one definition of an attended meeting, and TOML dates in `policy set`."""

import datetime as dt
from fractions import Fraction

import pytest

from unionrep.core.errors import ProfileError, ValidationError
from unionrep.core.ledger_rules import roles_held, toil_shortfall
from unionrep.core.model import Assignment, Entry, Extension, Rep, Toil
from unionrep.core.policy import profile_from_data, set_value, shipped_profile_data, to_jsonable

D = dt.date


# -- standing down -------------------------------------------------------------------------------

def test_every_role_ends_with_the_rep():
    rep = Rep("Siân", ended_on=D(2026, 9, 30))
    open_role = Assignment(rep.id, "steward", D(2020, 4, 1))
    later_end = Assignment(rep.id, "learning", D(2021, 1, 1), D(2027, 1, 1))
    after = Assignment(rep.id, "equality", D(2026, 10, 1))
    held = roles_held(rep, [open_role, later_end, after])
    assert [(a.role, a.end_on) for a in held] == [("steward", D(2026, 9, 30)), ("learning", D(2026, 9, 30))]
    assert open_role.end_on is None  # the records themselves are not changed


def test_a_rep_who_stands_down_has_a_part_year_allowance_and_logs_nothing_after(session, make_rep):
    rep = make_rep()
    session.reps.edit(rep.id, ended_on=D(2026, 9, 30))
    # 1 Apr – 30 Sep 2026 is 30 + 31 + 30 + 31 + 31 + 30 = 183 days of 365: 100 × 183/365 = 50.14
    steward = session.balances.of(rep.id, D(2026, 6, 1)).allowances[0]
    assert steward.cap == Fraction(100 * 183, 365)
    assert f"{float(steward.cap):.2f}" == "50.14"
    session.entries.add(Entry(rep.id, "steward", D(2026, 9, 30), 60, "duties"))  # the last day is fine
    with pytest.raises(ValidationError) as err:
        session.entries.add(Entry(rep.id, "steward", D(2026, 10, 1), 60, "duties"))
    assert err.value.field == "date" and "2026-09-30" in str(err.value)


# -- TOIL ------------------------------------------------------------------------------------------

def _toil(day, kind, hours):
    return Toil("r", day, kind, int(hours * 60))


def test_an_entry_needs_its_role_held_by_its_rep_on_its_day():
    from unionrep.core.entries import validate_entry
    from unionrep.core.policy import load_shipped

    profile = load_shipped("denbighshire-2012")
    sian, other = Rep("Siân"), Rep("Dafydd")
    held = [Assignment(sian.id, "steward", D(2024, 4, 1), D(2024, 12, 31)),
            Assignment(sian.id, "health-safety", D(2025, 1, 1)),
            Assignment(other.id, "steward", D(2020, 1, 1))]  # another rep's steward role counts for nothing
    validate_entry(profile, sian, held, Entry(sian.id, "steward", D(2024, 4, 1), 60, "duties"))  # first day
    validate_entry(profile, sian, held, Entry(sian.id, "steward", D(2024, 12, 31), 60, "duties"))  # last day
    validate_entry(profile, sian, held, Entry(sian.id, "health-safety", D(2030, 1, 1), 60, "hs-functions"))
    for role, day in (("steward", D(2025, 1, 1)), ("steward", D(2024, 3, 31)),
                      ("health-safety", D(2024, 12, 31))):
        with pytest.raises(ValidationError) as err:
            validate_entry(profile, sian, held, Entry(sian.id, role, day, 60, "duties"))
        assert err.value.field == "role" and day.isoformat() in str(err.value)


def test_toil_taken_before_it_is_earned_leaves_a_negative_day():
    # taken 1 h on 1 May, earned 2 h on 1 June: on 1 May the balance is 0 − 1 = −1 h
    assert toil_shortfall([_toil(D(2026, 6, 1), "earned", 2), _toil(D(2026, 5, 1), "taken", 1)]) \
        == (D(2026, 5, 1), -60)
    # earned and taken on one day: earned counts first, 2 − 2 = 0, never negative
    assert toil_shortfall([_toil(D(2026, 6, 1), "taken", 2), _toil(D(2026, 6, 1), "earned", 2)]) is None
    # 3 earned on 1 May; 2 taken 10 May (1 left); 2 taken 20 May: 1 − 2 = −1 on 20 May
    assert toil_shortfall([_toil(D(2026, 5, 1), "earned", 3), _toil(D(2026, 5, 10), "taken", 2),
                           _toil(D(2026, 5, 20), "taken", 2)]) == (D(2026, 5, 20), -60)


def test_the_service_refuses_toil_taken_before_it_is_earned(session, make_rep):
    rep = make_rep()
    session.entries.add_toil(Toil(rep.id, D(2026, 6, 1), "earned", 120))
    with pytest.raises(ValidationError) as err:
        session.entries.add_toil(Toil(rep.id, D(2026, 5, 1), "taken", 60))
    assert err.value.field == "hours" and "-1.00 h on 2026-05-01" in str(err.value)
    session.entries.add_toil(Toil(rep.id, D(2026, 6, 15), "taken", 60))  # 2 − 1 = 1 h left
    assert session.store.toil_balance(rep.id, D(2026, 5, 15)) == (0, 0)


# -- extensions ------------------------------------------------------------------------------------

def test_an_extension_needs_the_role_held_in_its_year(session, make_rep):
    rep = make_rep(roles=(("steward", "2025-04-01"),))
    with pytest.raises(ValidationError) as err:
        session.roles.add_extension(Extension(rep.id, "learning", "C-1", 600, D(2025, 6, 1)))
    assert err.value.field == "role" and "2025/26" in str(err.value)
    with pytest.raises(ValidationError):  # 2024/25 ended before the steward role began
        session.roles.add_extension(Extension(rep.id, "steward", "C-1", 600, D(2025, 3, 31)))
    session.roles.add_extension(Extension(rep.id, "steward", "C-1", 600, D(2025, 6, 1)))


# -- primary care: one definition of an attended meeting ------------------------------------------

@pytest.fixture
def pharmacy(db_path):
    from unionrep.app.session import open_session

    session = open_session(db_path, create=True)
    session.policy.init("primary-care-2022")
    rep = session.reps.add(Rep("Fferyllfa Ŷ")).result
    session.roles.assign(rep.id, "community-pharmacy-cluster-attendance", D(2025, 4, 1))
    yield session, rep
    session.store.db.close()


def _meetings_and_pay(session, rep):
    balance = session.balances.of(rep.id, D(2025, 12, 1))
    attended = balance.allowances[0].used
    pay = {p.kind: p.amount for p in balance.payments}
    return attended, pay


@pytest.mark.parametrize(("paid", "unpaid", "attended", "per_meeting", "bonus"), [
    # 2 paid + 0 unpaid = 2 meetings: 2 × £250 = £500, no bonus (needs 3)
    (2, 0, 2, 500, 0),
    # 2 paid + 1 unpaid = 3 meetings: the third, unpaid, counts for both: 3 × £250, bonus £250
    (2, 1, 3, 750, 250),
    # 0 paid + 3 unpaid = 3 meetings: the same
    (0, 3, 3, 750, 250),
])
def test_meetings_attended_and_payments_count_the_same_meetings(pharmacy, paid, unpaid, attended,
                                                               per_meeting, bonus):
    session, rep = pharmacy
    for i in range(paid + unpaid):
        session.entries.add(Entry(rep.id, "community-pharmacy-cluster-attendance", D(2025, 5, 1 + i), 120,
                                  "cluster-meeting", paid=i < paid))
    # a requested meeting is not attended: it counts in neither
    session.entries.add(Entry(rep.id, "community-pharmacy-cluster-attendance", D(2025, 6, 1), 120,
                              "cluster-meeting", status="requested"))
    used, pay = _meetings_and_pay(session, rep)
    assert used == attended
    assert pay["per_meeting"] == per_meeting and pay["bonus_after"] == bonus


# -- policy set with TOML dates -------------------------------------------------------------------

def test_policy_set_accepts_toml_dates_and_stores_them_as_iso_text():
    data = to_jsonable(shipped_profile_data("denbighshire-2012"))
    new = set_value(data, "settings.tribunal_limits", "[{months = 3, from = 1992-07-16}, "
                                                      "{months = 6, from = 2026-10-01}]")
    assert new["settings"]["tribunal_limits"] == [{"months": 3, "from": "1992-07-16"},
                                                  {"months": 6, "from": "2026-10-01"}]
    limits = profile_from_data(new).settings.tribunal_limits
    assert [(lim.months, lim.effective_from) for lim in limits] == [(3, D(1992, 7, 16)), (6, D(2026, 10, 1))]


def test_policy_set_refuses_a_time_where_a_date_belongs_naming_the_key():
    data = to_jsonable(shipped_profile_data("denbighshire-2012"))
    with pytest.raises(ProfileError) as err:
        set_value(data, "settings.tribunal_limits", "[{months = 3, from = 10:30:00}]")
    assert err.value.key == "settings.tribunal_limits[0].from"
