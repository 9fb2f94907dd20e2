"""A table's secondary indexes built once after a large load instead of row by row during it.

Inserting rows in random key order into an index touches its pages all over; SQLite then keeps
splitting half-full pages, each written (and, in an encrypted book, encrypted) at the commit.
CREATE INDEX over rows already there sorts them once and fills the pages one after another: for
100,000 new entries and their eight secondary indexes, 1.2–1.4 s of inserting becomes 0.3 s of
inserting and 0.5 s of building, with the page cache large enough to hold them all (as an import
makes it); with a small cache, building was the slower.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


def secondary_indexes(db: sqlite_utils.Database, table: str) -> list[tuple[str, str]]:
    """(name, CREATE statement as stored) of the indexes made by CREATE INDEX on `table` that do
    not refuse rows (not UNIQUE), in the order they were made."""
    chosen = {row[1] for row in db.execute(f"PRAGMA index_list([{table}])").fetchall()
              if row[2] == 0 and row[3] == "c"}  # (seq, name, unique, origin, partial)
    made = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                      "AND sql IS NOT NULL ORDER BY rowid", [table]).fetchall()
    return [(name, sql) for name, sql in made if name in chosen]


@contextlib.contextmanager
def indexes_built_after(db: sqlite_utils.Database, table: str) -> Iterator[None]:
    """Run the block in one transaction (a savepoint of the caller's) with `table`'s secondary
    indexes dropped, and make each again afterwards by the very statement that made it. Unique
    indexes stay, so every row is still refused or accepted as it is written. Schema changes are
    transactional: an error in the block, or a crash, leaves every index as it was.

    Worth it when the rows loaded are many compared with those already there: each index is built
    from the whole table."""
    with db.atomic():
        indexes = secondary_indexes(db, table)
        statistics = _statistics_of(db, [name for name, _ in indexes])
        for name, _ in indexes:
            db.execute(f"DROP INDEX [{name}]")
        yield
        for _, create in indexes:
            db.execute(create)
        for stat_table, rows in statistics.items():
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                db.conn.executemany(f"INSERT INTO [{stat_table}] VALUES ({marks})", rows)


# The tables ANALYZE writes (a book made by tests/perf/make_db.py has them; the app never runs it)
_STATISTICS = ("sqlite_stat1", "sqlite_stat4")


def _statistics_of(db: sqlite_utils.Database, names: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    """What ANALYZE left about the indexes `names`, which dropping them deletes: put back as it was
    once they are made again, as an insert row by row would have left it (ANALYZE's figures are
    not kept up to date by writes)."""
    present = {row[0] for row in db.execute(
        f"SELECT name FROM sqlite_master WHERE name IN ({', '.join('?' * len(_STATISTICS))})", _STATISTICS)}
    marks = ", ".join("?" * len(names))
    return {stat: [tuple(row) for row in db.execute(f"SELECT * FROM [{stat}] WHERE idx IN ({marks})",
                                                     names).fetchall()]
            for stat in _STATISTICS if stat in present and names}
