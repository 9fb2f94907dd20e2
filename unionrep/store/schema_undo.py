"""The change history behind undo and redo: one row per user action (a ChangeSet), with every row
it touched as it was before and after, so an undo can be checked and written as a new change."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils



def m020_change_history(db: sqlite_utils.Database) -> None:
    db.create_table(
        "changesets",
        {"id": str, "at": str, "action": str, "kinds": str, "rows": str, "state": str, "target": str,
         "undone_by": str},
        pk="id",
        not_null={"at", "action", "kinds", "rows", "state"},
        strict=True,
    )
    db.execute("CREATE INDEX changesets_state ON changesets (state)")
