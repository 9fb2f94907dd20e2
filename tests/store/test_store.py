"""The store: migrations, pragmas, UUIDs, and an audit row for every change."""

import datetime as dt
import json
import uuid
from fractions import Fraction

import pytest

from unionrep.core.errors import ValidationError
from unionrep.core.model import REQUESTED, Entry
from unionrep.store.connection import connect
from unionrep.store.migrations import MIGRATIONS, applied


def test_new_database_is_migrated_with_wal_and_foreign_keys(db_path):
    db = connect(db_path, create=True)
    assert applied(db) == [name for name, _ in MIGRATIONS]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    for table in ("reps", "assignments", "entries", "extensions", "toil", "audit"):
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        assert "STRICT" in sql.upper() and "PRIMARY KEY" in sql.upper()


def test_reopening_runs_no_migration_twice(db_path):
    connect(db_path, create=True)
    db = connect(db_path)
    assert len(applied(db)) == len(MIGRATIONS)


def test_every_change_is_audited(session, make_rep):
    rep = make_rep()
    entry = session.entries.add(Entry(rep.id, "steward", dt.date(2025, 5, 1), 90, "duties",
                                      status=REQUESTED)).result
    assert uuid.UUID(entry.id)
    session.entries.edit(entry.id, status="approved", purpose="Hearing")
    session.entries.delete(entry.id)
    trail = session.store.history(entry.id)
    assert trail[0]["field"] == "*"
    assert json.loads(trail[0]["new"])["minutes"] == 90
    changed = {t["field"]: (t["old"], t["new"]) for t in trail[1:-1]}
    assert changed["status"] == ("requested", "approved")
    assert changed["purpose"] == ("", "Hearing")
    assert trail[-1]["new"] is None and json.loads(trail[-1]["old"])["id"] == entry.id
    assert session.store.db.execute("SELECT tbl FROM tombstones WHERE id = ?", [entry.id]).fetchone()[0] \
        == "entries"


def test_a_deleted_entry_is_undeleted_exactly(session, make_rep):
    rep = make_rep()
    entry = session.entries.add(Entry(rep.id, "steward", dt.date(2025, 5, 1), 90, "duties")).result
    session.entries.delete(entry.id)
    session.history.undo()  # the deletion taken back: the row as it was
    assert session.entries.get(entry.id) == entry


def test_foreign_keys_refuse_an_entry_for_a_missing_rep(session):
    with pytest.raises(Exception) as caught:  # sqlite3's or sqlcipher3's IntegrityError
        session.store.insert(Entry("no-such-rep", "steward", dt.date(2025, 5, 1), 60, "duties"))
    assert type(caught.value).__name__ == "IntegrityError"
    assert "FOREIGN KEY" in str(caught.value)


def test_status_flow_is_enforced(session, make_rep):
    rep = make_rep()
    entry = session.entries.add(Entry(rep.id, "steward", dt.date(2025, 5, 1), 90, "duties",
                                      status="draft")).result
    with pytest.raises(ValidationError) as err:
        session.entries.edit(entry.id, status="taken")
    assert err.value.field == "status" and "draft entry can become requested, withdrawn" in err.value.rule
    session.entries.edit(entry.id, status="requested")
    session.entries.edit(entry.id, status="approved")
    session.entries.edit(entry.id, status="taken")
    with pytest.raises(ValidationError):
        session.entries.edit(entry.id, status="requested")
    assert session.entries.get(entry.id).status == "taken"


def test_from_row_of_every_field_makes_the_record_its_constructor_makes() -> None:
    """A row holding every field of a plain dataclass becomes its record without calling __init__;
    the record is the one __init__ makes from the same values (dates, flags and NULL text read the
    same way), whatever order the columns come in; a dataclass whose __init__ does more is called."""
    import dataclasses

    from unionrep.store.records import from_row, to_row

    entry = Entry("rep-1", "steward", dt.date(2025, 5, 1), 90, "duties", start_time="09:00", end_time="10:30",
                  notice_on=dt.date(2025, 4, 20), conference=True, notes="Ystafell 2")
    row = {**to_row(entry), "purpose": None}  # NULL text, as another program may leave it
    made = from_row(Entry, dict(reversed(list(row.items()))))
    assert made == dataclasses.replace(entry, purpose="")
    assert (made.date, made.paid, made.conference, made.purpose) == (dt.date(2025, 5, 1), True, True, "")
    assert list(vars(made)) == [f.name for f in dataclasses.fields(Entry)]
    # a row without every field: those it lacks take their defaults, as the constructor gives them
    some = {"id": "e-2", "rep_id": "rep-1", "role": "steward", "date": "2025-05-02", "minutes": 60,
            "category": "duties", "notes": None}
    assert from_row(Entry, some) == Entry("rep-1", "steward", dt.date(2025, 5, 2), 60, "duties", id="e-2")

    @dataclasses.dataclass
    class Checked:
        id: str
        minutes: int

        def __post_init__(self) -> None:
            if self.minutes < 0:
                raise ValueError("minutes")

    with pytest.raises(ValueError):
        from_row(Checked, {"id": "x", "minutes": -1})


def test_select_reads_each_field_as_from_row_does(session, make_rep) -> None:
    """select reads rows as tuples with a reader made once per query; every kind of field (dates,
    flags, fractions, text left NULL) comes out as from_row makes it from the same row."""
    from unionrep.core.model import Assignment, Rep
    from unionrep.store.records import from_row

    rep = make_rep("Gwenllïan Ŵyn", school=True)
    session.roles.assign(rep.id, "branch-secretary", dt.date(2021, 4, 1), dt.date(2024, 3, 31),
                         secondment_percent=Fraction(50))
    entry = session.entries.add(Entry(rep.id, "steward", dt.date(2025, 5, 1), 90, "duties",
                                      notice_on=dt.date(2025, 4, 20), conference=True)).result
    # text a form never leaves empty, NULL as an older version or another program may leave it
    session.store.db.execute("UPDATE entries SET notes = NULL, purpose = NULL WHERE id = ?", [entry.id])
    store = session.store
    for cls, table in ((Rep, "reps"), (Assignment, "assignments"), (Entry, "entries")):
        by_dict = [from_row(cls, row) for row in store.db.query(f"SELECT * FROM [{table}] ORDER BY rowid")]
        assert store.select(cls) == by_dict
    read = store.select(Entry)[0]
    assert (read.date, read.notice_on, read.conference, read.notes, read.purpose) == (
        dt.date(2025, 5, 1), dt.date(2025, 4, 20), True, "", "")
    seconded = next(a for a in store.select(Assignment) if a.role == "branch-secretary")
    assert (seconded.end_on, seconded.secondment_percent) == (dt.date(2024, 3, 31), Fraction(50))
    assert store.select(Rep)[0].school is True
