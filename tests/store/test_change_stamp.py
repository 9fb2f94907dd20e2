"""The stamp the balances and the log's groups are kept by: it moves with every write that may have
changed the book, from this connection or another, and stays put for reads."""

from __future__ import annotations

import sqlite3

from unionrep.store.dbapi import change_stamp


def test_the_stamp_moves_with_every_write_and_only_then(tmp_path) -> None:
    path = tmp_path / "book.db"
    mine = sqlite3.connect(path, isolation_level=None)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        mine.execute("PRAGMA journal_mode=WAL")
        mine.execute("CREATE TABLE reps (id TEXT PRIMARY KEY, name TEXT)")
        start = change_stamp(mine)
        mine.execute("SELECT * FROM reps").fetchall()
        assert change_stamp(mine) == start  # a read

        mine.execute("INSERT INTO reps VALUES ('a', 'Alaw')")
        written = change_stamp(mine)
        assert written != start

        mine.execute("BEGIN")
        mine.execute("UPDATE reps SET name = 'Bryn'")
        mine.execute("ROLLBACK")
        rolled_back = change_stamp(mine)
        assert rolled_back != written  # rolled back, yet the cache must not trust what it read inside

        other.execute("INSERT INTO reps VALUES ('b', 'Cai')")
        assert change_stamp(mine) != rolled_back  # another connection's commit
        assert change_stamp(mine) == change_stamp(mine)
    finally:
        mine.close()
        other.close()
