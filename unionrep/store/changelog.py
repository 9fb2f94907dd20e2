"""The `changesets` table: the user's actions, newest last, each with the rows it touched.

States: "done" (can be undone), "undone" (can be redone until a new action is done), "dropped" (an
undone action a new one has replaced: no longer redoable), "undo" and "redo" (the records of an
undo or a redo; `target` names the action they took back or did again).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from unionrep.store.records import RowChange

if TYPE_CHECKING:
    import sqlite_utils

DONE = "done"
UNDONE = "undone"
DROPPED = "dropped"
UNDO = "undo"
REDO = "redo"
KEEP = 500  # actions remembered; older ones can no longer be undone


@dataclass(frozen=True)
class LoggedChange:
    id: str
    at: str
    action: str
    kinds: tuple[str, ...]
    rows: tuple[RowChange, ...]
    state: str
    target: str | None


def _logged(row: dict[str, Any]) -> LoggedChange:
    return LoggedChange(row["id"], row["at"], row["action"], tuple(json.loads(row["kinds"])),
                        tuple(RowChange.from_json(r) for r in json.loads(row["rows"])), row["state"],
                        row["target"])


class ChangeLog:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(self, change_id: str, at: str, action: str, kinds: list[str], rows: list[RowChange],
            state: str = DONE, target: str | None = None) -> None:
        """Remember an action. A new one (state done) drops whatever was undone before it."""
        if state == DONE:
            self.db.execute("UPDATE changesets SET state = ? WHERE state = ?", [DROPPED, UNDONE])
        self.db.table("changesets").insert({
            "id": change_id, "at": at, "action": action, "kinds": json.dumps(kinds),
            "rows": json.dumps([r.to_json() for r in rows], ensure_ascii=False), "state": state,
            "target": target, "undone_by": None,
        })
        self.db.execute("DELETE FROM changesets WHERE rowid <= (SELECT MAX(rowid) FROM changesets) - ?",
                        [KEEP])

    def set_state(self, change_id: str, state: str, undone_by: str | None = None) -> None:
        self.db.execute("UPDATE changesets SET state = ?, undone_by = ? WHERE id = ?",
                        [state, undone_by, change_id])

    def get(self, change_id: str) -> LoggedChange | None:
        rows = list(self.db.query("SELECT * FROM changesets WHERE id = ?", [change_id]))
        return _logged(rows[0]) if rows else None

    def last_done(self) -> LoggedChange | None:
        rows = list(self.db.query(
            "SELECT * FROM changesets WHERE state = ? ORDER BY rowid DESC LIMIT 1", [DONE]))
        return _logged(rows[0]) if rows else None

    def last_undone(self) -> LoggedChange | None:
        """The action undone most recently (and not replaced since by a new one)."""
        rows = list(self.db.query(
            "SELECT c.* FROM changesets c JOIN changesets u ON u.id = c.undone_by WHERE c.state = ? "
            "ORDER BY u.rowid DESC LIMIT 1", [UNDONE]))
        return _logged(rows[0]) if rows else None

    def recent(self, limit: int) -> list[LoggedChange]:
        """The latest `limit` records, newest first."""
        rows = self.db.query("SELECT * FROM changesets ORDER BY rowid DESC LIMIT ?", [limit])
        return [_logged(r) for r in rows]
