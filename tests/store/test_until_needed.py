"""The book's sqlite-utils Database is made when first needed: the reads a window's first paint
makes go to the connection itself, and sqlite-utils (with click, pluggy and dateutil) is imported
only when anything else is asked for."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from unionrep.app.session import Session
from unionrep.store.connection import connect
from unionrep.store.dbapi import UntilNeeded, connection_classes, database, database_now
from unionrep.store.records import Store


@pytest.fixture
def conn():
    made = sqlite3.connect(":memory:", isolation_level=None, factory=connection_classes(sqlite3)[0])
    made.execute("CREATE TABLE reps (id TEXT PRIMARY KEY, name TEXT)")
    made.execute("INSERT INTO reps VALUES ('a', 'Siân'), ('b', 'Huw')")
    yield made
    made.close()


def test_the_first_paints_reads_are_answered_as_sqlite_utils_answers_them(conn) -> None:
    db = database(conn)
    real = sqlite_utils.Database(conn, execute_plugins=False)
    assert type(db) is UntilNeeded
    assert db.table_names() == real.table_names() == ["reps"]
    sql = "SELECT id, name FROM reps ORDER BY id"
    assert list(db.query(sql)) == list(real.query(sql)) == [{"id": "a", "name": "Siân"},
                                                           {"id": "b", "name": "Huw"}]
    assert db.execute("SELECT count(*) FROM reps WHERE name = ?", ["Huw"]).fetchone() == (1,)
    with pytest.raises(ValueError, match="returns rows"):
        db.query("UPDATE reps SET name = name")
    assert db.execute("PRAGMA recursive_triggers").fetchone() == (1,)  # as sqlite-utils sets it
    assert type(db) is UntilNeeded  # none of these needed the Database


def test_anything_else_makes_it_the_database_it_stands_for(conn) -> None:
    db = database(conn)
    assert db["reps"].count == 2  # the table, through sqlite-utils
    assert type(db) is sqlite_utils.Database and db.conn is conn
    with db.atomic():
        db.table("reps").insert({"id": "c", "name": "Eluned"})
    assert db.execute("SELECT name FROM reps WHERE id = 'c'").fetchone() == ("Eluned",)


def test_made_now_when_asked(conn) -> None:
    db = database(conn)
    database_now(db)
    assert type(db) is sqlite_utils.Database and db.conn is conn
    database_now(db)  # already made: nothing to do
    assert db.table_names() == ["reps"]


def test_a_connection_that_commits_itself_gets_the_database_at_once() -> None:
    conn = sqlite3.connect(":memory:")  # isolation_level "": the module begins transactions
    try:
        assert type(database(conn)) is sqlite_utils.Database
    finally:
        conn.close()


def test_opening_a_book_and_reading_it_does_not_import_sqlite_utils(tmp_path, new_process) -> None:
    path = tmp_path / "book.db"
    made = Session(Store(connect(path, create=True, encrypt=False)))
    made.policy.init("denbighshire-2012")
    made.close()
    code = ("import sys, datetime\n"
            "from unionrep.app.session import open_session\n"
            f"book = open_session({str(path)!r})\n"
            "book.profile\n"
            "book.queries.school_year_starts()\n"
            "book.first_screen.kept('cards|en|8', datetime.date.today())\n"
            "assert 'sqlite_utils' not in sys.modules, 'read'\n"
            "book.reps.all()\n"
            "book.settings.set('branch_name', 'Cangen Dinbych')\n"
            "assert 'sqlite_utils' in sys.modules, 'written'\n")
    new_process(code)
