"""Indexes that give the log's orders, so that sorting a million entries is a walk along an index.

The log (store/log_query.py, `sort_keys`) sorts by date, hours, purpose or location through
an index of entries ending in the rowid, as every order does, and pages it by LIMIT/OFFSET; by rep
through the reps' names (unique with the id, so each rep's entries follow in turn by the
`(rep_id, date)` index). The expressions here must stay exactly those of `sort_keys`, or SQLite
sorts instead. (Role, category and status, like the rep, are paged a group at a time:
schema_log_groups.) About 2 s at a million entries, once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


INDEXES = {
    "entries_minutes": "entries (minutes)",
    "entries_purpose": "entries (COALESCE(purpose, '') COLLATE NOCASE)",
    "entries_location": "entries (COALESCE(location, '') COLLATE NOCASE)",
}


def m022_log_order_indexes(db: sqlite_utils.Database) -> None:
    for name, on in INDEXES.items():
        db.execute(f"CREATE INDEX {name} ON {on}")
    db.execute("CREATE UNIQUE INDEX reps_name_order ON reps (name COLLATE NOCASE, id)")
