"""Indexes that give the log's order by role and by category a group at a time.

The log sorts by rep, role, category or status in groups (store/log_query.py): the groups in the
order of their shown names, each group's entries by date along an index that starts with the
group's column. The rep has `(rep_id, date)` and the status `(status, date)` from the start
(schema_ledger); these two complete the set. About 29 MB each at a million entries (58 MB, 2.5 s
to build, once).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


INDEXES = {
    "entries_role_date": "entries (role, date)",
    "entries_category_date": "entries (category, date)",
}


def m025_log_group_indexes(db: sqlite_utils.Database) -> None:
    for name, on in INDEXES.items():
        db.execute(f"CREATE INDEX {name} ON {on}")
