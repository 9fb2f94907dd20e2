"""indexes_built_after: a table's secondary indexes are left out while rows are loaded and made again
afterwards by the statements that made them, holding every row; unique indexes stay and still refuse
a duplicate; an error leaves every index as it was."""

import datetime as dt
import sqlite3

import pytest
import sqlite_utils

from unionrep.core.model import Entry
from unionrep.store import crypto
from unionrep.store.bulk_indexes import indexes_built_after, secondary_indexes
from unionrep.store.records import to_row
from unionrep.store.schema_totals import bulk_load


def indexes(db, table):
    """(name, table, statement) of every index of `table` sqlite_master names, automatic ones too."""
    return sorted(db.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' "
                             "AND tbl_name = ?", [table]).fetchall())


@pytest.fixture
def db():
    db = sqlite_utils.Database(sqlite3.connect(":memory:", isolation_level=None))
    db.execute("CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b INTEGER, c TEXT) STRICT")
    db.execute("CREATE INDEX t_a ON t (a COLLATE NOCASE, b)")
    db.execute("CREATE INDEX t_partial ON t (b) WHERE b > 10")
    db.execute("CREATE UNIQUE INDEX t_c ON t (c)")
    db.execute("CREATE INDEX other_b ON t (b)")
    db.execute("CREATE TABLE u (x INTEGER)")
    db.execute("CREATE INDEX u_x ON u (x)")
    db.execute("INSERT INTO t VALUES ('1', 'Llŷr', 5, 'one')")
    return db


def test_the_secondary_indexes_are_those_made_by_create_index_that_refuse_nothing(db):
    assert secondary_indexes(db, "t") == [
        ("t_a", "CREATE INDEX t_a ON t (a COLLATE NOCASE, b)"),
        ("t_partial", "CREATE INDEX t_partial ON t (b) WHERE b > 10"),
        ("other_b", "CREATE INDEX other_b ON t (b)"),
    ]  # in the order made; not the primary key's, not the unique one, not another table's


def test_indexes_are_left_out_during_the_load_and_made_again_as_they_were(db):
    before = indexes(db, "t")
    with indexes_built_after(db, "t"):
        during = {name for name, _, _ in indexes(db, "t")}
        db.execute("INSERT INTO t VALUES ('2', 'aled', 20, 'two'), ('3', 'ALED', 30, 'three')")
    assert during == {"sqlite_autoindex_t_1", "t_c"}  # the primary key's and the unique one stay
    assert indexes(db, "t") == before
    assert indexes(db, "u") == [("u_x", "u", "CREATE INDEX u_x ON u (x)")]  # another table untouched
    # the indexes made afterwards hold every row, the old one and the new ones
    assert db.execute("SELECT id FROM t INDEXED BY t_a WHERE a = 'aled' COLLATE NOCASE ORDER BY b"
                      ).fetchall() == [("2",), ("3",)]
    assert db.execute("SELECT id FROM t INDEXED BY t_partial WHERE b > 10 ORDER BY b").fetchall() == [
        ("2",), ("3",)]
    assert db.execute("SELECT count(*) FROM t INDEXED BY other_b WHERE b >= 0").fetchone() == (3,)
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_unique_index_still_refuses_a_duplicate_during_the_load(db):
    with indexes_built_after(db, "t"), pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        db.execute("INSERT INTO t VALUES ('2', 'b', 1, 'one')")  # c = 'one' is taken


def test_an_error_during_the_load_leaves_the_rows_and_every_index_as_they_were(db):
    before = indexes(db, "t")
    with pytest.raises(RuntimeError), indexes_built_after(db, "t"):
        db.execute("INSERT INTO t VALUES ('2', 'b', 11, 'two')")
        raise RuntimeError("stop")
    assert indexes(db, "t") == before
    assert db.execute("SELECT id FROM t").fetchall() == [("1",)]
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_the_entries_indexes_after_a_bulk_load_are_those_of_the_schema(session, make_rep):
    """schema_totals.bulk_load leaves the entries' eight secondary indexes out while it loads."""
    db = session.store.db
    rep = make_rep("Rhys Tudur")
    before = indexes(db, "entries")
    assert len(secondary_indexes(db, "entries")) == 8
    with bulk_load(db):
        assert secondary_indexes(db, "entries") == []
        for day in range(1, 11):
            row = to_row(Entry(rep.id, "steward", dt.date(2025, 6, day), 30 * day, "duties"))
            db.execute(f"INSERT INTO entries ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                       list(row.values()))
    assert indexes(db, "entries") == before
    assert db.execute("SELECT count(*) FROM entries INDEXED BY entries_minutes WHERE minutes > 150"
                      ).fetchone() == (5,)  # 180, 210, 240, 270 and 300 minutes
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def statistics(db):
    return sorted(db.execute("SELECT tbl, idx, stat FROM sqlite_stat1").fetchall())


def test_what_analyze_left_about_the_indexes_is_put_back_as_it_was(db):
    """Dropping an index deletes its row of sqlite_stat1: a load without the indexes puts it back,
    as a load row by row would have left it (ANALYZE's figures are not kept up to date by writes)."""
    db.execute("INSERT INTO t VALUES ('2', 'aled', 20, 'two'), ('3', 'aled', 30, 'three')")
    db.execute("ANALYZE")
    before = statistics(db)
    # t_a (a COLLATE NOCASE, b): 3 rows, 2 values of a (3 / 2 rounded up: 2 rows each), no (a, b) twice
    assert ("t", "t_a", "3 2 1") in before
    with indexes_built_after(db, "t"):
        assert {idx for _, idx, _ in statistics(db)} == {"t_c", "sqlite_autoindex_t_1"}
        db.execute("INSERT INTO t VALUES ('4', 'x', 40, 'four')")
    assert statistics(db) == before


def test_the_samples_of_sqlite_stat4_are_put_back_too():
    cipher = crypto.cipher_module()
    if cipher is None:
        pytest.skip("SQLCipher's SQLite (built with STAT4) is not installed")
    db = sqlite_utils.Database(cipher.connect(":memory:", isolation_level=None))
    db.execute("CREATE TABLE t (a INTEGER, b INTEGER)")
    db.execute("CREATE INDEX t_a ON t (a)")
    db.conn.executemany("INSERT INTO t VALUES (?, ?)", [(i % 7, i) for i in range(1000)])
    db.execute("ANALYZE")

    def samples():
        return sorted(db.execute("SELECT tbl, idx, neq, nlt, ndlt, sample FROM sqlite_stat4").fetchall())

    before = samples()
    assert {idx for _, idx, *_ in before} == {"t_a"}
    with indexes_built_after(db, "t"):
        assert samples() == []
        db.execute("INSERT INTO t VALUES (1, 2)")
    assert samples() == before
