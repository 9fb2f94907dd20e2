"""The reads the windows make beside the records themselves: years that have entries, counts, the
dashboard's figures, a record's owner, settings. Typed and Qt-free, so they are tested on their own.

Each answer comes from an index where the views ask often (MIN and MAX of a date, a count by
status), so a log of a million entries still opens at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from unionrep.store.records import Store
from unionrep.store.sync_folder import FolderState, folder_state

RECENT_LOCATIONS = 200

# the tables whose records belong to one rep, by the kind of record a flag or a link names
_OWNED_BY_A_REP = {"assignment": "assignments", "extension": "extensions", "entry": "entries"}


@dataclass(frozen=True)
class DateSpan:
    """The first and the last day with an entry."""

    first: dt.date
    last: dt.date


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


class Queries:
    """Read-only questions about one open database."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._db = store.db

    # -- entries -------------------------------------------------------------------------------

    def first_entry_date(self, rep_id: str | None = None) -> dt.date | None:
        """The day of the earliest entry (of one rep, or of anyone), or None with no entries."""
        if rep_id is None:
            found = self._db.execute("SELECT MIN(date) FROM entries").fetchone()[0]
        else:
            found = self._db.execute("SELECT MIN(date) FROM entries WHERE rep_id = ?", [rep_id]).fetchone()[0]
        return _date(found)

    def entry_span(self) -> DateSpan | None:
        """The first and last days with entries, or None with none."""
        # two queries, so each is answered from the date index without a scan
        first = _date(self._db.execute("SELECT MIN(date) FROM entries").fetchone()[0])
        last = _date(self._db.execute("SELECT MAX(date) FROM entries").fetchone()[0])
        return None if first is None or last is None else DateSpan(first, last)

    def entry_count(self, status: str | None = None) -> int:
        """How many entries there are (with `status`, if given)."""
        if status is None:
            return int(self._db.execute("SELECT COUNT(*) FROM entries").fetchone()[0])
        return int(self._db.execute("SELECT COUNT(*) FROM entries WHERE status = ?", [status]).fetchone()[0])

    def entries_at_least(self, count: int) -> bool:
        """Whether there are `count` entries or more, without counting them all (a million take
        ~18 ms to count; this reads `count` keys of an index)."""
        if count <= 0:
            return True
        return self._db.execute("SELECT 1 FROM entries LIMIT 1 OFFSET ?", [count - 1]).fetchone() is not None

    def entry_status(self, entry_id: str) -> str | None:
        """The entry's status, or None if there is no such entry."""
        found = self._db.execute("SELECT status FROM entries WHERE id = ?", [entry_id]).fetchone()
        return None if found is None else str(found[0])

    def recent_locations(self, limit: int = RECENT_LOCATIONS) -> list[str]:
        """The places entries were at, the most recently used first (for completing a location)."""
        return [str(r[0]) for r in self._db.execute(
            "SELECT location FROM entries WHERE location <> '' GROUP BY location "
            "ORDER BY MAX(date) DESC LIMIT ?", [int(limit)]).fetchall()]

    # -- reps ----------------------------------------------------------------------------------

    def school_year_starts(self) -> set[str]:
        """The school year starts ("MM-DD") that the branch's school staff follow."""
        return {str(start) for (start,) in self._db.execute(
            "SELECT DISTINCT academic_start FROM reps WHERE school = 1")}

    def rep_of(self, kind: str, record_id: str) -> str | None:
        """The id of the rep an assignment, an extension or an entry belongs to; None if it is gone."""
        table = _OWNED_BY_A_REP[kind]
        found = self._db.execute(f"SELECT rep_id FROM [{table}] WHERE id = ?", [record_id]).fetchone()
        return None if found is None else str(found[0])

    # -- settings ------------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        """A setting kept in the database (union_name, document_language, …), or None if unset."""
        return self.store.meta(key)

    def sync_folder(self) -> FolderState:
        """The branch folder the book syncs with (folder None: none), and its last round: the
        window's status bar reads it without importing the rounds' code (session.sync)."""
        return folder_state(self._db)
