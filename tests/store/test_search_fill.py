"""The search index of an upgraded big log, filled after the start (store/schema_search.py): filled a
batch at a time it ends exactly as one built at once, a search finds the same entries before,
during and after the fill (the part not yet indexed is scanned), changes made meanwhile are indexed
as they stand, and a fill killed part-way loses only its unfinished batch and resumes."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_migrations import SCHEMAS, load

from unionrep.core.log_filter import LogFilter, Sort
from unionrep.core.model import Entry
from unionrep.store import schema_search
from unionrep.store.connection import connect
from unionrep.store.log_query import LogQueries
from unionrep.store.search import tokens

ROOT = Path(__file__).resolve().parents[2]
SEARCHES = ("grie ruth", "sian", "wyn", "SIÂN ŴYN", "o'brien", "100%", "cwyn ysgol", "hall", "denb",
            "llyr", "case-07", "tuc course", "x", "gwrandawiad neuadd sian", "rhyl")
PURPOSES = ("Grievance hearing", "TUC course", "Gwrandawiad cwyn", "100% of a day", "O'Brien case",
            "Branch meeting", "")
LOCATIONS = ("County Hall, Ruthin", "Caledfryn, Denbigh", "Neuadd y Dref, Rhyl", "Ysgol Glan Clwyd", "")


@pytest.fixture
def logged(session, make_rep):
    """45 entries of three reps (two with accents), every purpose and place in turn."""
    reps = [make_rep("Siân Ŵyn"), make_rep("Huw Llŷr"), make_rep("Gareth O'Brien")]
    entries = session.entries
    for i in range(45):
        entries.add(Entry(reps[i % 3].id, "steward", dt.date(2025, 4, 1) + dt.timedelta(days=i % 20), 30,
                          "duties", purpose=PURPOSES[i % 7], location=LOCATIONS[i % 5],
                          case_ref=f"CASE-0{700 + i}" if i % 4 == 0 else ""))
    return reps


def searches(db) -> dict[str, list[int]]:
    """What each search finds, in the log's order, through the log's own reads."""
    log = LogQueries(db.conn)
    found = {text: log.order(LogFilter(text=text), Sort()).tolist() for text in SEARCHES}
    for text, rowids in found.items():  # its first page, read apart, is the start of the same
        assert log.first(LogFilter(text=text), Sort(), 5) == rowids[:5]
    return found


def vocabulary(db) -> list[tuple]:
    """Every word the index holds: (word, entry, field, position)."""
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words "
               "USING fts5vocab(main, entry_search, instance)")
    return db.execute("SELECT term, doc, col, offset FROM temp.search_words ORDER BY 1, 2, 3, 4").fetchall()


def schema(db) -> list[tuple]:
    return db.execute("SELECT type, name, sql FROM sqlite_master WHERE name LIKE 'entry_search%' "
                      "OR name LIKE 'entry_search_fill%' ORDER BY name").fetchall()


def empty_and_mark(db) -> None:
    """The index as m021 leaves it for a big log: there but empty, marked as still to fill."""
    with db.atomic():
        for statement in schema_search.TRIGGER_STATEMENTS:
            db.execute(f"DROP TRIGGER {statement.split()[2]}")
        db.execute("INSERT INTO entry_search (entry_search) VALUES ('delete-all')")
        schema_search.leave_to_fill(db)


def test_a_fill_in_batches_ends_as_the_index_built_at_once_and_searches_agree_throughout(session, logged):
    db = session.store.db
    at_once = (vocabulary(db), schema(db), searches(db))
    assert at_once[2]["sian"] and at_once[2]["o'brien"] and at_once[2]["hall"]  # finds something
    assert at_once[2]["x"] == []
    empty_and_mark(db)
    assert schema_search.filled_to(db) == 0 and vocabulary(db) == []
    assert searches(db) == at_once[2]  # nothing indexed: every entry scanned
    progress = schema_search.fill_step(db, batch=20)  # entries 1-20 of 45
    assert schema_search.filled_to(db) == 20 and progress == pytest.approx(20 / 45)
    assert searches(db) == at_once[2]  # 1-20 from the index, 21-45 scanned
    seen: list[float] = []
    assert schema_search.fill(db, progress=seen.append, batch=20)
    assert seen == [pytest.approx(40 / 45), 1.0]  # 21-40, 41-45; the next step finds none and ends
    assert schema_search.filled_to(db) is None and schema_search.fill_progress(db) is None
    assert (vocabulary(db), schema(db), searches(db)) == at_once
    assert schema_search.search_in_step(db)


def test_changes_during_a_fill_are_indexed_as_they_stand(session, logged):
    db = session.store.db
    empty_and_mark(db)
    schema_search.fill_step(db, batch=20)  # the mark at entry 20
    ids = dict(db.execute("SELECT rowid, id FROM entries").fetchall())
    session.entries.edit(ids[3], purpose="Ymweliad safle")  # below the mark
    session.entries.edit(ids[30], purpose="Ymweliad arall")  # above it
    session.entries.delete(ids[5])
    session.entries.delete(ids[40])
    session.reps.edit(logged[1].id, name="Huw Llywelyn")  # entries on both sides of the mark
    with schema_search.bulk_load(db):  # a big import meanwhile: the fill indexes its entries
        session.entries.add(Entry(logged[0].id, "steward", dt.date(2025, 5, 9), 60, "duties",
                                  purpose="Ymweliad newydd"))
    during = searches(db)
    assert schema_search.fill(db, batch=20)
    assert searches(db) == during
    filled = vocabulary(db)
    schema_search.rebuild_search(db)  # the index made afresh from the entries as they now stand
    assert vocabulary(db) == filled and schema_search.search_in_step(db)
    log = LogQueries(db.conn)
    assert len(log.order(LogFilter(text="ymweliad"), Sort())) == 3
    # Huw's entries are every third from the second (rowids 2, 5, ... 44): 15, less rowid 5 deleted
    assert log.count(LogFilter(text="huw llyw")) == 14
    assert log.count(LogFilter(text="llyr")) == 0  # the old name is gone from every entry


KILLER = """
import os, signal, sys
from unionrep.store import schema_search
from unionrep.store.connection import connect

db = connect(sys.argv[1])
steps = 0
execute = db.execute


def dying(sql, *args):
    global steps
    done = execute(sql, *args)
    if sql.startswith("INSERT INTO entry_search (rowid"):
        steps += 1
        if steps == 3:  # the third batch is in the index but not committed, the mark not moved
            os.kill(os.getpid(), signal.SIGKILL)
    return done


db.execute = dying
schema_search.fill(db, batch=10)
"""


def test_a_fill_killed_part_way_keeps_its_finished_batches_and_resumes(session, logged, db_path):
    db = session.store.db
    at_once = (vocabulary(db), searches(db))
    empty_and_mark(db)
    db.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    killed = subprocess.run([sys.executable, "-c", KILLER, str(db_path)], env=env, capture_output=True,
                            text=True, timeout=120)
    assert killed.returncode == -9, killed.stderr
    db = connect(db_path)
    assert schema_search.filled_to(db) == 20  # two batches of ten committed, the third rolled back
    assert searches(db) == at_once[1]
    assert schema_search.fill(db, batch=10)
    assert (vocabulary(db), searches(db)) == at_once
    db.close()


def test_the_upgrade_of_a_big_log_leaves_the_index_to_fill(tmp_path, monkeypatch, session):
    """The first shipped fixture before the index, upgraded as a log over FILL_AT_ONCE would be: the
    index is there, empty and marked; filled, it is what a new book has, and finds the same."""
    monkeypatch.setattr(schema_search, "FILL_AT_ONCE", 0)
    path = load(next(p for p in SCHEMAS if p.stem == "schema_v6"), tmp_path / "old.db", "plain")
    db = connect(path)
    assert schema_search.filled_to(db) == 0 and vocabulary(db) == []
    during = searches(db)
    assert len(during["gwrandawiad neuadd sian"]) == 3  # the fixture's three hearings, scanned
    assert schema_search.fill(db)
    assert searches(db) == during and schema(db) == schema(session.store.db)
    assert schema_search.search_in_step(db)
    db.close()


@pytest.mark.parametrize("text, words", [
    ("Siân Ŵyn", ["sian", "wyn"]), ("W\u0302yn", ["wyn"]), ("O'Brien-Jones", ["o", "brien", "jones"]),
    ("100% of a day", ["100", "of", "a", "day"]), ("İstanbul straße", ["istanbul", "straße"]),
    ("Llŷr ap Gwŷn", ["llyr", "ap", "gwyn"]), ("file_name CASE-0712", ["file", "name", "case", "0712"])])
def test_the_scan_reads_words_as_the_index_does(text, words):
    assert tokens(text) == words
