"""The log's full-text index (store/schema_search.py, store/search.py): what a search finds, that
the triggers keep the index in step with every change, and that an existing database gains it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from test_migrations import SCHEMAS, load

from unionrep.app.session import Session, open_session
from unionrep.core.model import Entry
from unionrep.store import schema_search
from unionrep.store.connection import connect
from unionrep.store.search import match_query, search_words, text_clause

DAY = dt.date(2025, 10, 6)


def found(session: Session, text: str) -> set[str]:
    """The ids of the entries a search for `text` finds."""
    clause, params = text_clause(text)
    rows = session.store.db.execute(f"SELECT e.id FROM entries e WHERE {clause}", params).fetchall()
    return {r[0] for r in rows}


def in_step(session: Session) -> bool:
    return schema_search.search_in_step(session.store.db)


@pytest.fixture
def logged(session, make_rep):
    siân = make_rep("Siân Ŵyn")
    huw = make_rep("Huw Roberts")

    def add(rep, **fields) -> str:
        return session.entries.add(Entry(rep.id, "steward", DAY, 60, "duties", **fields)).result.id

    return {
        "siân": siân, "huw": huw,
        "hearing": add(siân, purpose="Grievance hearing", location="County Hall, Ruthin"),
        "course": add(huw, purpose="TUC course", location="Caledfryn, Denbigh", case_ref="CASE-0712"),
        "notes": add(huw, purpose="Meeting", notes="Gwrandawiad cwyn: Ysgol Glan Clwyd"),
    }


def test_every_word_must_start_a_word_in_some_field(session, logged) -> None:
    assert found(session, "grievance") == {logged["hearing"]}
    assert found(session, "grie ruth") == {logged["hearing"]}  # prefixes, in two fields
    assert found(session, "grievance denbigh") == set()  # each word must be found
    assert found(session, "hall") == {logged["hearing"]}
    assert found(session, "all") == set()  # the start of a word, not any part of one
    assert found(session, "cwyn") == {logged["notes"]}  # the notes
    assert found(session, "case-07") == {logged["course"]}  # the case reference, as typed
    assert found(session, "0712") == {logged["course"]}


def test_case_and_accents_do_not_matter(session, logged) -> None:
    siâns = {logged["hearing"]}  # the rep's name is searched
    assert found(session, "siân") == found(session, "SIAN") == found(session, "sian") == siâns
    assert found(session, "wyn") == found(session, "Ŵyn") == siâns
    assert found(session, "GRIEVANCE hearing") == siâns


def test_what_fts5_would_read_as_syntax_is_taken_as_text(session, logged) -> None:
    for text in ('"', 'NOT', 'hearing OR', '(hall', 'hall*', 'NEAR(', '^county', 'purpose:tuc', "-"):
        found(session, text)  # no syntax error
    assert found(session, "purpose:tuc") == set()  # not a column filter: no word "purpose" ...
    assert found(session, "county NOT") == set()  # ... nor "not"
    assert found(session, "hall*") == {logged["hearing"]}


def test_the_query_quotes_each_word_and_drops_bare_punctuation() -> None:
    assert match_query('grie "x" - &') == '"grie"* """x"""*'
    assert search_words(" - & ") == [] and match_query(" - ") is None
    assert text_clause("  ") == ("1", [])


def test_inserts_edits_and_deletions_keep_the_index_in_step(session, logged) -> None:
    session.entries.edit(logged["hearing"], purpose="Disciplinary hearing", location="Russell House, Rhyl")
    assert found(session, "grievance") == set()
    assert found(session, "rhyl disciplinary") == {logged["hearing"]}
    session.entries.edit(logged["course"], minutes=90)  # not indexed: the index is untouched
    assert found(session, "tuc") == {logged["course"]}
    session.entries.edit(logged["course"], rep_id=logged["siân"].id)  # another rep's name
    assert found(session, "huw") == {logged["notes"]}
    assert found(session, "sian") == {logged["hearing"], logged["course"]}
    session.entries.delete(logged["notes"])
    assert found(session, "cwyn") == found(session, "huw") == set()
    added = session.entries.add(Entry(logged["huw"].id, "steward", DAY, 30, "duties",
                                      purpose="Cwrs TUC")).result
    assert found(session, "tuc") == {logged["course"], added.id}
    assert in_step(session)


def test_a_rep_renamed_is_found_by_the_new_name(session, logged) -> None:
    session.reps.edit(logged["huw"].id, name="Huw Llŷr")
    assert found(session, "roberts") == set()
    assert found(session, "llyr") == {logged["course"], logged["notes"]}
    assert in_step(session)


def test_entries_of_a_rep_not_yet_there_are_named_when_the_rep_arrives(session, logged) -> None:
    """As a merge may write them: the entries first, then their rep (foreign keys off)."""
    conn = session.store.db.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO entries (id, rep_id, role, date, minutes, category, paid, status, purpose) "
                 "VALUES ('e-1', 'r-new', 'steward', '2025-10-07', 60, 'duties', 1, 'taken', 'Ymweliad')")
    assert found(session, "ymweliad") == {"e-1"}
    conn.execute("INSERT INTO reps (id, name, weekly_minutes, full_time_minutes, school) "
                 "VALUES ('r-new', 'Eleri Vaughan', 2220, 2220, 0)")
    assert found(session, "eleri") == {"e-1"}
    conn.execute("DELETE FROM reps WHERE id = 'r-new'")
    assert found(session, "eleri") == set() and found(session, "ymweliad") == {"e-1"}
    assert in_step(session)


def test_the_check_notices_an_index_out_of_step(session, logged) -> None:
    conn = session.store.db.conn
    conn.execute(f"DROP TRIGGER {schema_search.INSERT_TRIGGER}")
    session.entries.add(Entry(logged["huw"].id, "steward", DAY, 30, "duties", purpose="Unindexed"))
    assert not in_step(session)
    schema_search.rebuild_search(session.store.db)
    assert in_step(session)


def test_bulk_load_indexes_the_new_entries_and_restores_the_trigger(session, logged) -> None:
    db = session.store.db
    with schema_search.bulk_load(db):
        assert not db.execute("SELECT 1 FROM sqlite_master WHERE name = ?",
                              [schema_search.INSERT_TRIGGER]).fetchall()
        added = session.entries.add(Entry(logged["huw"].id, "steward", DAY, 30, "duties",
                                          location="Prestatyn")).result
    assert found(session, "prestatyn huw") == {added.id}
    assert db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [schema_search.INSERT_TRIGGER]).fetchall()
    assert in_step(session)


@pytest.mark.parametrize("version", ["schema_v6", "schema_v7"])
def test_an_existing_database_gains_the_index_when_it_is_opened(tmp_path: Path, version: str) -> None:
    """The newest shipped fixture before the index, upgraded, and the first with it, loaded: their
    entries are found at once."""
    fixture = next(p for p in SCHEMAS if p.stem == version)
    path = load(fixture, tmp_path / "old.db", "plain")
    had_index = "entry_search" in {r[0] for r in sqlite3.connect(path).execute(
        "SELECT name FROM sqlite_master")}
    assert had_index == (version == "schema_v7")
    connect(path).conn.close()  # migrates
    session = open_session(path)
    siân = session.reps.find("Siân Ŵyn")
    hearings = {e.id for e in session.entries.all(siân.id) if e.purpose == "Gwrandawiad cwyn"}
    assert len(hearings) == 3  # the fixture's three
    assert found(session, "gwrandawiad neuadd sian") == hearings
    assert in_step(session)
    session.store.db.close()
