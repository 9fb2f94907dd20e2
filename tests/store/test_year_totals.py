"""year_totals, kept by triggers, always equals the entries summed afresh."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unionrep.core.model import STATUSES, Entry
from unionrep.core.overlaps import day_minutes
from unionrep.store import health
from unionrep.store.connection import connect
from unionrep.store.schema_totals import TOTALS_FROM_ENTRIES_SQL

D = dt.date


def kept(db):
    return sorted(tuple(r) for r in db.execute(
        "SELECT rep_id, year_start, role, category, status, paid, minutes, n FROM year_totals").fetchall())


def fresh(db):
    rows = db.execute(TOTALS_FROM_ENTRIES_SQL, {"rep_id": None}).fetchall()
    return sorted(tuple(r) for r in rows)


actions = st.lists(st.tuples(
    st.sampled_from(["add", "edit", "delete", "basis"]),
    st.dates(D(2024, 1, 1), D(2026, 12, 31)),
    st.integers(1, 600),
    st.sampled_from(STATUSES),
    st.integers(0, 1000),
), min_size=1, max_size=25)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions)
def test_triggers_keep_year_totals_exact(session, make_rep, steps):
    session.store.db.execute("DELETE FROM entries")
    session.store.db.execute("DELETE FROM year_totals")
    reps = [r for r in session.reps.all()] or [
        make_rep("April rep", roles=(("steward", "2020-01-01"),)),
        make_rep("School rep", school=True, roles=(("steward", "2020-01-01"),)),
    ]
    ids: list[str] = []
    for kind, day, minutes, status, pick in steps:
        rep = reps[pick % len(reps)]
        if kind == "add" or not ids:
            entry = Entry(rep.id, "steward", day, minutes, "duties", status=status)
            if day_minutes(entry, session.entries.same_day(entry)) > 24 * 60:
                continue  # no rep logs more than a day's hours on one day
            ids.append(session.entries.add(entry, allow_overlap=True).result.id)
        elif kind == "edit":
            entry_id = ids[pick % len(ids)]
            session.store.db.execute("UPDATE entries SET date = ?, minutes = ?, status = ? WHERE id = ?",
                                     [day.isoformat(), minutes, status, entry_id])
        elif kind == "delete":
            session.entries.delete(ids.pop(pick % len(ids)))
        else:
            current = session.reps.find(rep.id)
            session.reps.edit(rep.id, school=not current.school,
                              academic_start=["09-01", "08-15"][pick % 2])
    assert kept(session.store.db) == fresh(session.store.db)
    assert health.totals_problems(session.store.db.conn) == []


def test_all_balances_agree_with_each_reps_own_balance(session, make_rep):
    april = make_rep("April rep", roles=(("steward", "2020-01-01"), ("learning", "2025-10-01")))
    school = make_rep("School rep", school=True, weekly_hours=22.5)
    for rep in (april, school):
        for day in (D(2025, 8, 30), D(2025, 9, 2), D(2026, 3, 31), D(2026, 4, 1)):
            session.entries.add(Entry(rep.id, "steward", day, 150, "duties"))
    session.entries.add(Entry(april.id, "learning", D(2025, 11, 3), 90, "training", status="requested"))
    for on in (D(2025, 9, 1), D(2026, 3, 31), D(2026, 4, 1)):
        together = {b.rep.id: b.to_json() for b in session.balances.every(on)}
        for rep in (april, school):
            assert together[rep.id] == session.balances.of(rep.id, on).to_json()


def test_check_finds_year_totals_that_disagree_with_the_entries(branch, mode):
    assert health.check(branch).ok
    db = connect(branch)
    rep_id = db.execute("SELECT rep_id FROM year_totals LIMIT 1").fetchone()[0]
    db.execute("UPDATE year_totals SET minutes = minutes + 6000 WHERE rep_id = ?", [rep_id])
    db.conn.close()
    report = health.check(branch)
    assert not report.ok
    assert report.totals == [rep_id]
    assert report.to_json()["totals"] == [rep_id]
    assert any(rep_id in line and "year_totals" in line for line in report.problems())
