"""Yearly totals kept beside the entries, so every rep's balance is one small read.

`year_totals` holds, per rep and per leave year in the rep's own basis (April, or the academic
year for school-based staff), the minutes and number of entries for each role, category, status
and paid flag. Triggers keep it exact on every insert, update and delete of an entry, and rebuild a
rep's rows when the rep's year basis changes. It is derived data: `rebuild_year_totals` recomputes
it from the entries, and `unionrep-cli check` compares the two.

Loading many entries at once (a synthetic database, a large import) is quicker without the insert
trigger: `bulk_load()` drops it for the length of one transaction and then recomputes the totals of
every rep that gained entries (and leaves the entries' other per-row work out likewise: their
secondary indexes, the search index, the book's count of changes).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from unionrep.store.bulk_indexes import indexes_built_after
from unionrep.store.schema_kept import bulk_count
from unionrep.store.schema_search import bulk_load as bulk_search

if TYPE_CHECKING:
    import sqlite_utils


def year_start_sql(date: str, rep: str) -> str:
    """SQL for the first day of the rep's leave year containing `date` ('YYYY-MM-DD' text)."""
    start = f"(CASE WHEN {rep}.school = 1 THEN {rep}.academic_start ELSE '04-01' END)"
    return (
        f"(CASE WHEN substr({date}, 6, 5) >= {start} THEN substr({date}, 1, 4) "
        f"ELSE printf('%04d', CAST(substr({date}, 1, 4) AS INTEGER) - 1) END || '-' || {start})"
    )


def _add(sign: str, row: str) -> str:
    return f"""
        INSERT INTO year_totals (rep_id, year_start, role, category, status, paid, minutes, n)
        SELECT {row}.rep_id, {year_start_sql(f"{row}.date", "r")}, {row}.role, {row}.category,
               {row}.status, {row}.paid, {sign}{row}.minutes, {sign}1
        FROM reps r WHERE r.id = {row}.rep_id
        ON CONFLICT (rep_id, year_start, role, category, status, paid)
        DO UPDATE SET minutes = minutes + excluded.minutes, n = n + excluded.n;
    """


def _prune(row: str) -> str:
    return f"DELETE FROM year_totals WHERE rep_id = {row}.rep_id AND n = 0;"


INSERT_TRIGGER = "year_totals_entry_insert"
# (spaced as the migration first wrote it, so the stored schema reads the same after a bulk load)
INSERT_TRIGGER_SQL = f"""CREATE TRIGGER {INSERT_TRIGGER} AFTER INSERT ON entries BEGIN
            {_add("", "NEW")}
        END"""

TOTALS_FROM_ENTRIES_SQL = f"""
    SELECT e.rep_id, {year_start_sql("e.date", "r")} AS ys, e.role, e.category, e.status, e.paid,
           SUM(e.minutes), COUNT(*)
    FROM entries e JOIN reps r ON r.id = e.rep_id
    WHERE (:rep_id IS NULL OR e.rep_id = :rep_id)
    GROUP BY e.rep_id, ys, e.role, e.category, e.status, e.paid
"""

REBUILD_SQL = f"""
    INSERT INTO year_totals (rep_id, year_start, role, category, status, paid, minutes, n)
    {TOTALS_FROM_ENTRIES_SQL}
"""

_STORED_TOTALS_SQL = "SELECT rep_id, year_start, role, category, status, paid, minutes, n FROM year_totals"
# The reps whose stored totals differ from their entries' (run with :rep_id NULL).
TOTALS_MISMATCH_SQL = f"""
    SELECT a.rep_id FROM ({TOTALS_FROM_ENTRIES_SQL} EXCEPT {_STORED_TOTALS_SQL}) a
    UNION
    SELECT b.rep_id FROM ({_STORED_TOTALS_SQL} EXCEPT {TOTALS_FROM_ENTRIES_SQL}) b
"""


REBUILD_REPS_SQL = REBUILD_SQL.replace(
    "(:rep_id IS NULL OR e.rep_id = :rep_id)", "e.rep_id IN (SELECT value FROM json_each(:rep_ids))")


def rebuild_year_totals(db: sqlite_utils.Database, rep_id: str | None = None) -> None:
    with db.atomic():
        db.execute("DELETE FROM year_totals WHERE (:rep_id IS NULL OR rep_id = :rep_id)", {"rep_id": rep_id})
        db.execute(REBUILD_SQL, {"rep_id": rep_id})


def rebuild_reps_year_totals(db: sqlite_utils.Database, rep_ids: list[str]) -> None:
    """Recompute the totals of the given reps from their entries."""
    if not rep_ids:
        return
    chosen = {"rep_ids": json.dumps(rep_ids)}
    with db.atomic():
        db.execute("DELETE FROM year_totals WHERE rep_id IN (SELECT value FROM json_each(:rep_ids))", chosen)
        db.execute(REBUILD_REPS_SQL, chosen)


# Above this rowid SQLite may choose new rowids at random instead of max + 1 (never in practice).
_ROWID_ORDER_LIMIT = 2**62


@contextlib.contextmanager
def bulk_load(db: sqlite_utils.Database) -> Iterator[None]:
    """Insert many entries without the per-row insert trigger.

    The block runs inside one transaction (a savepoint of the caller's, if one is open) with the
    insert trigger dropped; when it ends, the year totals of every rep that gained entries are
    recomputed from the entries and the trigger is created again. SQLite's schema changes are
    transactional, so an error in the block, or a crash, leaves the trigger and the totals as they
    were. Updates and deletions inside the block stay exact: their triggers are untouched, and the
    reps they concern are recomputed anyway when they are among the reps that gained entries.

    Worth it when the entries added are many compared with those the same reps have already: the
    recomputation reads every entry of those reps. The search index's insert trigger is left out
    likewise (schema_search.bulk_load), and the book's count of changes raised once for them all
    (schema_kept.bulk_count). The entries' secondary indexes are left out too and each built by one
    sort once the rows are in (bulk_indexes.indexes_built_after), before the totals are summed,
    which reads the entries by rep through one of them.
    """
    with db.atomic(), bulk_search(db), bulk_count(db):
        before = int(db.execute("SELECT COALESCE(MAX(rowid), 0) FROM entries").fetchone()[0])
        db.execute(f"DROP TRIGGER {INSERT_TRIGGER}")
        with indexes_built_after(db, "entries"):
            yield
        if before >= _ROWID_ORDER_LIMIT:
            rebuild_year_totals(db)
        else:
            # new rows take rowids above the largest there was
            touched = [r[0] for r in db.execute(
                "SELECT DISTINCT rep_id FROM entries WHERE rowid > ?", [before]).fetchall()]
            everyone = int(db.execute("SELECT COUNT(*) FROM reps").fetchone()[0])
            if len(touched) * 2 > everyone:
                rebuild_year_totals(db)
            else:
                rebuild_reps_year_totals(db, touched)
        db.execute(INSERT_TRIGGER_SQL)


def m005_year_totals(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE year_totals (
            rep_id TEXT NOT NULL REFERENCES reps (id) ON DELETE CASCADE,
            year_start TEXT NOT NULL,
            role TEXT NOT NULL,
            category TEXT NOT NULL,
            status TEXT NOT NULL,
            paid INTEGER NOT NULL,
            minutes INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (rep_id, year_start, role, category, status, paid)
        ) STRICT, WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX year_totals_year ON year_totals (year_start)")
    db.executescript(
        f"""
        {INSERT_TRIGGER_SQL};
        CREATE TRIGGER year_totals_entry_delete AFTER DELETE ON entries BEGIN
            {_add("-", "OLD")}
            {_prune("OLD")}
        END;
        CREATE TRIGGER year_totals_entry_update
        AFTER UPDATE OF rep_id, role, date, minutes, category, status, paid ON entries BEGIN
            {_add("-", "OLD")}
            {_add("", "NEW")}
            {_prune("OLD")}
        END;
        CREATE TRIGGER year_totals_rep_basis AFTER UPDATE OF school, academic_start ON reps BEGIN
            DELETE FROM year_totals WHERE rep_id = NEW.id;
            INSERT INTO year_totals (rep_id, year_start, role, category, status, paid, minutes, n)
            SELECT e.rep_id, {year_start_sql("e.date", "NEW")} AS ys, e.role, e.category, e.status,
                   e.paid, SUM(e.minutes), COUNT(*)
            FROM entries e WHERE e.rep_id = NEW.id
            GROUP BY e.rep_id, ys, e.role, e.category, e.status, e.paid;
        END;
        """
    )
    rebuild_year_totals(db)


def m006_year_totals_by_year(db: sqlite_utils.Database) -> None:
    """The year first in year_totals' key: the dashboard reads one year of every rep, which is then
    one stretch of the table rather than an index lookup for each row. Same rows, same triggers."""
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                          "AND name LIKE 'year_totals%' ORDER BY name").fetchall()
    for name, _ in triggers:  # put back unchanged below, once the table has its new shape
        db.execute(f"DROP TRIGGER [{name}]")
    db.execute(
        """
        CREATE TABLE year_totals_new (
            rep_id TEXT NOT NULL REFERENCES reps (id) ON DELETE CASCADE,
            year_start TEXT NOT NULL,
            role TEXT NOT NULL,
            category TEXT NOT NULL,
            status TEXT NOT NULL,
            paid INTEGER NOT NULL,
            minutes INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (year_start, rep_id, role, category, status, paid)
        ) STRICT, WITHOUT ROWID
        """
    )
    db.execute("INSERT INTO year_totals_new (rep_id, year_start, role, category, status, paid, minutes, n) "
               "SELECT rep_id, year_start, role, category, status, paid, minutes, n FROM year_totals")
    db.execute("DROP TABLE year_totals")
    db.execute("ALTER TABLE year_totals_new RENAME TO year_totals")
    db.execute("CREATE INDEX year_totals_rep ON year_totals (rep_id)")
    for _, sql in triggers:
        db.execute(sql)
