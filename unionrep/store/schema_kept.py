"""A count of the book's changes, and what the dashboard showed, kept for the next start.

`book_changes` holds one number that triggers raise on every insert, update and delete in the
tables a rep's balances are worked out from (and the other records a user keeps). Triggers, not
the app's own writes, so that every writer counts: the command line, an older version of the app,
a sync round, an import. The derived and bookkeeping tables (audit, history, year totals, the
search index, sync state) change only with a counted one, or say nothing about balances.

`kept` holds what a start would otherwise work out again before its first paint (the
dashboard's first screenful of balances), with the count it was worked out at: it is shown only
while the count is the same. A change to a rep (a name erased) drops it at once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


# the tables whose every change is counted
COUNTED = ("reps", "assignments", "extensions", "rep_hours", "toil", "entries", "disputes",
           "dispute_stages", "policy", "meta")
# the tables it needs not count: derived from a counted one, or bookkeeping
NOT_COUNTED = ("_migrations", "audit", "changesets", "year_totals", "entry_search",
               "entry_search_config", "entry_search_data", "entry_search_docsize", "entry_search_idx",
               "sync_applied", "sync_bundles", "sync_folder", "sync_keys", "sync_peers", "sync_sent",
               "sync_trust", "sync_versions", "tombstones", "book_changes", "kept")


def counting_triggers(table: str) -> list[str]:
    statements = []
    for event in ("insert", "update", "delete"):
        drop = " DELETE FROM kept;" if table == "reps" else ""
        statements.append(
            f"CREATE TRIGGER book_changes_{table}_{event} AFTER {event.upper()} ON {table} "
            f"BEGIN UPDATE book_changes SET count = count + 1 WHERE id = 1;{drop} END")
    return statements


@contextlib.contextmanager
def bulk_count(db: sqlite_utils.Database) -> Iterator[None]:
    """Insert many entries without the trigger that counts each one: the block runs in one
    transaction (a savepoint of the caller's) with it dropped, and the count is then raised by the
    entries it added (rowids above the largest before; at least one, whatever SQLite numbered them),
    as the trigger would have raised it. Schema changes are transactional: an error leaves the
    trigger as it was. A book from before the count has no trigger to leave out."""
    insert_trigger = counting_triggers("entries")[0]
    name = "book_changes_entries_insert"
    with db.atomic():
        if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                      [name]).fetchone() is None:
            yield
            return
        before = int(db.execute("SELECT COALESCE(MAX(rowid), 0) FROM entries").fetchone()[0])
        db.execute(f"DROP TRIGGER {name}")
        yield
        added = int(db.execute("SELECT COUNT(*) FROM entries WHERE rowid > ?", [before]).fetchone()[0])
        db.execute("UPDATE book_changes SET count = count + ? WHERE id = 1", [max(added, 1)])
        db.execute(insert_trigger)


def m026_book_changes(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE book_changes (id INTEGER PRIMARY KEY CHECK (id = 1), "
               "count INTEGER NOT NULL) STRICT")
    db.execute("INSERT INTO book_changes (id, count) VALUES (1, 0)")
    db.execute("CREATE TABLE kept (name TEXT PRIMARY KEY, book_changes INTEGER NOT NULL, "
               "question TEXT NOT NULL, data BLOB NOT NULL) STRICT")
    for table in COUNTED:
        for statement in counting_triggers(table):
            db.execute(statement)
