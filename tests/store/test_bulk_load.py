"""bulk_load: entries inserted without the per-row trigger leave year_totals (and the book's count of
changes) exactly as the trigger would have, and the trigger comes back; an error inside leaves
everything as it was."""

import datetime as dt

import pytest

from unionrep.core.model import Entry
from unionrep.store.kept import book_changes
from unionrep.store.records import to_row
from unionrep.store.schema_totals import INSERT_TRIGGER, REBUILD_SQL, bulk_load

D = dt.date


def kept(db):
    return sorted(tuple(r) for r in db.execute(
        "SELECT rep_id, year_start, role, category, status, paid, minutes, n FROM year_totals").fetchall())


def fresh(db):
    rows = db.execute(REBUILD_SQL.replace("INSERT INTO year_totals (rep_id, year_start, role, category, "
                                          "status, paid, minutes, n)", ""), {"rep_id": None}).fetchall()
    return sorted(tuple(r) for r in rows)


def trigger_sql(db):
    found = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                       [INSERT_TRIGGER]).fetchone()
    return None if found is None else found[0]


def raw_insert(db, entry):
    row = to_row(entry)
    marks = ", ".join("?" * len(row))
    db.execute(f"INSERT INTO entries ({', '.join(row)}) VALUES ({marks})", list(row.values()))


@pytest.fixture
def reps(make_rep):
    return [make_rep(f"Rep {i}", school=i % 2 == 1, roles=(("steward", "2020-01-01"),)) for i in range(6)]


@pytest.mark.parametrize("how_many", [1, 6], ids=["one rep of six", "every rep"])
def test_totals_after_a_bulk_load_equal_the_entries_summed(session, reps, how_many):
    db = session.store.db
    original = trigger_sql(db)
    early = session.entries.add(Entry(reps[0].id, "steward", D(2025, 8, 30), 60, "duties")).result
    session.entries.add(Entry(reps[5].id, "steward", D(2025, 9, 2), 45, "duties", status="requested"))
    with bulk_load(db):
        assert trigger_sql(db) is None
        for n in range(60):
            rep = reps[n % how_many]
            raw_insert(db, Entry(rep.id, "steward", D(2024, 1, 1) + dt.timedelta(days=17 * n), 30 + n,
                                 ["duties", "training", "meeting"][n % 3],
                                 status=["taken", "requested", "refused"][n % 3]))
        # an entry that was there before may still be changed and removed inside the block
        db.execute("UPDATE entries SET minutes = 90, date = '2025-09-03' WHERE id = ?", [early.id])
    assert trigger_sql(db) == original
    assert kept(db) == fresh(db)
    assert len(kept(db)) > 4
    # and the trigger keeps working afterwards
    session.entries.add(Entry(reps[1].id, "steward", D(2026, 3, 31), 15, "duties"))
    session.entries.delete(early.id)
    assert kept(db) == fresh(db)


def test_an_error_inside_a_bulk_load_leaves_entries_totals_and_trigger_as_they_were(session, reps):
    db = session.store.db
    session.entries.add(Entry(reps[0].id, "steward", D(2025, 8, 30), 60, "duties"))
    before_totals, before_trigger = kept(db), trigger_sql(db)
    with pytest.raises(RuntimeError), bulk_load(db):
        raw_insert(db, Entry(reps[1].id, "steward", D(2025, 10, 1), 120, "duties"))
        raise RuntimeError("stop")
    assert db.execute("SELECT COUNT(*) FROM entries").fetchone()[0] == 1
    assert kept(db) == before_totals
    assert trigger_sql(db) == before_trigger


def test_a_bulk_load_inside_a_larger_transaction_is_rolled_back_with_it(session, reps):
    db = session.store.db
    with pytest.raises(RuntimeError), session.store.atomic():
        with bulk_load(db):
            raw_insert(db, Entry(reps[2].id, "steward", D(2025, 10, 1), 120, "duties"))
        assert kept(db) == fresh(db) != []
        raise RuntimeError("stop")
    assert kept(db) == fresh(db) == []
    assert trigger_sql(db) is not None


def test_a_bulk_load_raises_the_books_count_of_changes_as_its_trigger_would(session, reps):
    db = session.store.db
    counting = "book_changes_entries_insert"
    original = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [counting]).fetchone()
    before = book_changes(db)
    with bulk_load(db):
        assert db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [counting]).fetchone() is None
        for n in range(3):
            raw_insert(db, Entry(reps[n].id, "steward", D(2025, 5, 1 + n), 60, "duties"))
        db.execute("UPDATE entries SET minutes = 90 WHERE rep_id = ?", [reps[0].id])  # still counted
    # 3 entries added + 1 row updated (its own trigger, left in place) = 4
    assert book_changes(db) == before + 4
    assert db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [counting]).fetchone() == original
    raw_insert(db, Entry(reps[4].id, "steward", D(2025, 6, 2), 30, "duties"))
    assert book_changes(db) == before + 5  # counted by its trigger again
