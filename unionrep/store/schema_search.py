"""A full-text index of the log, so that searching a million entries reads an index, not every row.

`entry_search` is an SQLite FTS5 table over each entry's purpose, location, case reference and
notes and its rep's name. It is an *external-content* table: it keeps only the index, and reads
the text itself from the view `entry_search_source` (entries joined to their rep), so the words
are not stored twice. Triggers keep it in step on every insert, update and delete of an entry, and
on a change of a rep's name. Words are matched without regard to case or accents (the `unicode61`
tokenizer with diacritics removed: "sian" finds "Siân", "wyn" finds "Ŵyn").

An external-content index must be told the exact old text of a row it drops, so the triggers read
the rep's name as it stands: a rep renamed or added (after entries that name it, as a merge may
do) re-indexes that rep's entries.

The migration builds the index for the entries already there: ~3–7 s at a million entries, once,
well under a second at a branch's size (docs/performance.md).
`bulk_load()` indexes many new entries with one statement instead of a trigger per row.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import sqlite_utils

TABLE = "entry_search"
COLUMNS = ("purpose", "location", "case_ref", "notes", "rep_name")
_COLUMN_LIST = ", ".join(COLUMNS)


def _rep_name(row: str) -> str:
    return f"(SELECT name FROM reps WHERE id = {row}.rep_id)"


def _values(row: str) -> str:
    return f"{row}.rowid, {row}.purpose, {row}.location, {row}.case_ref, {row}.notes, {_rep_name(row)}"


def _add(row: str) -> str:
    return f"INSERT INTO {TABLE} (rowid, {_COLUMN_LIST}) VALUES ({_values(row)});"


def _drop(row: str) -> str:
    return f"INSERT INTO {TABLE} ({TABLE}, rowid, {_COLUMN_LIST}) VALUES ('delete', {_values(row)});"


def _rep_entries(command: str, name: str, rep: str) -> str:
    """Add (or, with command 'delete', drop) every entry of rep `rep` indexed under `name`."""
    first, value = (f"{TABLE}, ", f"'{command}', ") if command else ("", "")
    return (f"INSERT INTO {TABLE} ({first}rowid, {_COLUMN_LIST}) "
            f"SELECT {value}e.rowid, e.purpose, e.location, e.case_ref, e.notes, {name} "
            f"FROM entries e WHERE e.rep_id = {rep};")


INSERT_TRIGGER = "entry_search_insert"
INSERT_TRIGGER_SQL = f"CREATE TRIGGER {INSERT_TRIGGER} AFTER INSERT ON entries BEGIN {_add('NEW')} END"

SCHEMA_SQL = f"""
CREATE VIEW entry_search_source AS
    SELECT e.rowid AS entry_rowid, e.purpose, e.location, e.case_ref, e.notes, r.name AS rep_name
    FROM entries e LEFT JOIN reps r ON r.id = e.rep_id;
CREATE VIRTUAL TABLE {TABLE} USING fts5(
    {_COLUMN_LIST}, content='entry_search_source', content_rowid='entry_rowid',
    tokenize='unicode61 remove_diacritics 2');
{INSERT_TRIGGER_SQL};
CREATE TRIGGER entry_search_delete AFTER DELETE ON entries BEGIN {_drop('OLD')} END;
CREATE TRIGGER entry_search_update AFTER UPDATE OF purpose, location, case_ref, notes, rep_id ON entries
BEGIN {_drop('OLD')} {_add('NEW')} END;
CREATE TRIGGER entry_search_rep_name AFTER UPDATE OF name ON reps WHEN OLD.name IS NOT NEW.name
BEGIN {_rep_entries('delete', 'OLD.name', 'OLD.id')} {_rep_entries('', 'NEW.name', 'NEW.id')} END;
CREATE TRIGGER entry_search_rep_insert AFTER INSERT ON reps
BEGIN {_rep_entries('delete', 'NULL', 'NEW.id')} {_rep_entries('', 'NEW.name', 'NEW.id')} END;
CREATE TRIGGER entry_search_rep_delete AFTER DELETE ON reps
BEGIN {_rep_entries('delete', 'OLD.name', 'OLD.id')} {_rep_entries('', 'NULL', 'OLD.id')} END;
"""


def rebuild_search(db: sqlite_utils.Database) -> None:
    """Index every entry afresh from the entries and reps."""
    with db.atomic():
        db.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('rebuild')")


def search_in_step(db: sqlite_utils.Database) -> bool:
    """Whether the index matches the entries (FTS5's own check against its content)."""
    try:
        db.execute(f"INSERT INTO {TABLE} ({TABLE}, rank) VALUES ('integrity-check', 1)")
    except Exception as error:  # sqlite3 or sqlcipher3's DatabaseError: "database disk image is malformed"
        if "malformed" in str(error) or "corrupt" in str(error):
            return False
        raise
    return True


@contextlib.contextmanager
def bulk_load(db: sqlite_utils.Database) -> Iterator[None]:
    """Insert many entries without the per-row insert trigger: the block runs in one transaction
    (a savepoint of the caller's) with the trigger dropped, and the entries it added (rowids above
    the largest before) are then indexed by one statement. Updates and deletions in the block keep
    their triggers. Schema changes are transactional: an error leaves the trigger as it was."""
    with db.atomic():
        before = int(db.execute("SELECT COALESCE(MAX(rowid), 0) FROM entries").fetchone()[0])
        db.execute(f"DROP TRIGGER {INSERT_TRIGGER}")
        yield
        db.execute(f"INSERT INTO {TABLE} (rowid, {_COLUMN_LIST}) "
                   f"SELECT entry_rowid, {_COLUMN_LIST} FROM entry_search_source WHERE entry_rowid > ?",
                   [before])
        db.execute(INSERT_TRIGGER_SQL)


def m021_entry_search(db: sqlite_utils.Database) -> None:
    db.executescript(SCHEMA_SQL)
    db.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('rebuild')")
