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

The migration indexes the entries already there at once when they are few (a branch's: well under
a second). A bigger log is left *to fill*: the table `entry_search_fill` holds the largest rowid
indexed so far, and while it is there the triggers are their `_fill` forms, which act only on
entries at or below it (those above are indexed, as they then stand, when the fill reaches them).
`fill_step()` indexes the next batch in one transaction, so a fill stopped part-way (the app quit
or killed) resumes where it was and never leaves a half-indexed batch; the last step drops the
mark and puts the usual triggers in place, leaving what indexing at once leaves. Meanwhile a search
reads the index below the mark and scans the rest (store/search.py).
`bulk_load()` indexes many new entries with one statement instead of a trigger per row.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

# Each statement on its own (executescript would commit the caller's transaction first); the text
# of each is what sqlite_master keeps, as m021 first left it.
TABLE_STATEMENTS = (
    """CREATE VIEW entry_search_source AS
    SELECT e.rowid AS entry_rowid, e.purpose, e.location, e.case_ref, e.notes, r.name AS rep_name
    FROM entries e LEFT JOIN reps r ON r.id = e.rep_id""",
    f"""CREATE VIRTUAL TABLE {TABLE} USING fts5(
    {_COLUMN_LIST}, content='entry_search_source', content_rowid='entry_rowid',
    tokenize='unicode61 remove_diacritics 2')""",
)
TRIGGER_STATEMENTS = (
    INSERT_TRIGGER_SQL,
    f"CREATE TRIGGER entry_search_delete AFTER DELETE ON entries BEGIN {_drop('OLD')} END",
    "CREATE TRIGGER entry_search_update AFTER UPDATE OF purpose, location, case_ref, notes, rep_id "
    f"ON entries\nBEGIN {_drop('OLD')} {_add('NEW')} END",
    f"""CREATE TRIGGER entry_search_rep_name AFTER UPDATE OF name ON reps WHEN OLD.name IS NOT NEW.name
BEGIN {_rep_entries('delete', 'OLD.name', 'OLD.id')} {_rep_entries('', 'NEW.name', 'NEW.id')} END""",
    f"""CREATE TRIGGER entry_search_rep_insert AFTER INSERT ON reps
BEGIN {_rep_entries('delete', 'NULL', 'NEW.id')} {_rep_entries('', 'NEW.name', 'NEW.id')} END""",
    f"""CREATE TRIGGER entry_search_rep_delete AFTER DELETE ON reps
BEGIN {_rep_entries('delete', 'OLD.name', 'OLD.id')} {_rep_entries('', 'NULL', 'OLD.id')} END""",
)


def _run(db: sqlite_utils.Database, statements: tuple[str, ...]) -> None:
    for statement in statements:
        db.execute(statement)


# -- the index left to fill ------------------------------------------------------------------------

FILL_TABLE = "entry_search_fill"
FILL_AT_ONCE = 50_000  # at most this many entries, the migration indexes them at once (~0.2 s)
FILL_BATCH = 20_000  # entries indexed by one fill_step (~0.1 s at a million)
_MARK = f"(SELECT filled_to FROM {FILL_TABLE})"


def _below_mark(sql: str) -> str:
    """A rep trigger's statement for the entries indexed so far only."""
    return sql.replace("WHERE e.rep_id", f"WHERE e.rowid <= {_MARK} AND e.rep_id")


FILL_STATEMENTS = (
    f"CREATE TABLE {FILL_TABLE} (filled_to INTEGER NOT NULL) STRICT",
    f"INSERT INTO {FILL_TABLE} (filled_to) VALUES (0)",
    f"""CREATE TRIGGER entry_search_fill_insert AFTER INSERT ON entries WHEN NEW.rowid <= {_MARK}
BEGIN {_add('NEW')} END""",
    f"""CREATE TRIGGER entry_search_fill_delete AFTER DELETE ON entries WHEN OLD.rowid <= {_MARK}
BEGIN {_drop('OLD')} END""",
    f"""CREATE TRIGGER entry_search_fill_update AFTER UPDATE OF purpose, location, case_ref, notes, rep_id
ON entries WHEN OLD.rowid <= {_MARK} BEGIN {_drop('OLD')} {_add('NEW')} END""",
    f"""CREATE TRIGGER entry_search_fill_rep_name AFTER UPDATE OF name ON reps WHEN OLD.name IS NOT NEW.name
BEGIN {_below_mark(_rep_entries('delete', 'OLD.name', 'OLD.id'))}
{_below_mark(_rep_entries('', 'NEW.name', 'NEW.id'))} END""",
    f"""CREATE TRIGGER entry_search_fill_rep_insert AFTER INSERT ON reps
BEGIN {_below_mark(_rep_entries('delete', 'NULL', 'NEW.id'))}
{_below_mark(_rep_entries('', 'NEW.name', 'NEW.id'))} END""",
    f"""CREATE TRIGGER entry_search_fill_rep_delete AFTER DELETE ON reps
BEGIN {_below_mark(_rep_entries('delete', 'OLD.name', 'OLD.id'))}
{_below_mark(_rep_entries('', 'NULL', 'OLD.id'))} END""",
)


FILL_TRIGGERS = tuple(s.split()[2] for s in FILL_STATEMENTS if s.startswith("CREATE TRIGGER"))


def filled_to(db: sqlite_utils.Database) -> int | None:
    """The largest rowid indexed so far while the index is being filled; None once it is full."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                      [FILL_TABLE]).fetchone():
        return None
    return int(db.execute(f"SELECT filled_to FROM {FILL_TABLE}").fetchone()[0])


def fill_progress(db: sqlite_utils.Database) -> float | None:
    """How far the fill has come (0 to 1, by rowid); None when the index is full."""
    mark = filled_to(db)
    if mark is None:
        return None
    last = int(db.execute("SELECT COALESCE(MAX(rowid), 0) FROM entries").fetchone()[0])
    return 1.0 if last <= 0 else min(1.0, mark / last)


def leave_to_fill(db: sqlite_utils.Database) -> None:
    """Mark the (empty) index as still to fill, with the triggers that respect the mark."""
    _run(db, FILL_STATEMENTS)


def _finish_fill(db: sqlite_utils.Database) -> None:
    for name in FILL_TRIGGERS:
        db.execute(f"DROP TRIGGER {name}")
    db.execute(f"DROP TABLE {FILL_TABLE}")
    _run(db, TRIGGER_STATEMENTS)


def fill_step(db: sqlite_utils.Database, batch: int | None = None) -> float | None:
    """Index the next `batch` entries above the mark, in one transaction; the step that finds none
    left completes the index. Returns the progress after it (None: the index is full)."""
    with db.atomic():
        mark = filled_to(db)
        if mark is None:
            return None
        upto = db.execute(f"SELECT MAX(rowid) FROM (SELECT rowid FROM entries WHERE rowid > ? "
                          f"ORDER BY rowid LIMIT {int(batch or FILL_BATCH)})", [mark]).fetchone()[0]
        if upto is None:
            _finish_fill(db)
            return None
        _index_rows(db, mark, upto)
        db.execute(f"UPDATE {FILL_TABLE} SET filled_to = ?", [upto])
    return fill_progress(db)


def _index_rows(db: sqlite_utils.Database, after: int, upto: int | None = None) -> None:
    """Index the entries with rowids above `after` (and up to `upto`, if given)."""
    bound, values = ("", [after]) if upto is None else (" AND entry_rowid <= ?", [after, upto])
    db.execute(f"INSERT INTO {TABLE} (rowid, {_COLUMN_LIST}) SELECT entry_rowid, {_COLUMN_LIST} "
               f"FROM entry_search_source WHERE entry_rowid > ?{bound}", values)


def fill(db: sqlite_utils.Database, progress: Callable[[float], object] = lambda _: None,
         stop: Callable[[], bool] = lambda: False, batch: int | None = None) -> bool:
    """Fill the index batch by batch until it is full (True) or `stop()` says so (False)."""
    while not stop():
        done = fill_step(db, batch)
        if done is None:
            return True
        progress(done)
    return filled_to(db) is None


def rebuild_search(db: sqlite_utils.Database) -> None:
    """Index every entry afresh from the entries and reps (completing a fill under way)."""
    with db.atomic():
        db.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('rebuild')")
        if filled_to(db) is not None:
            _finish_fill(db)


def search_in_step(db: sqlite_utils.Database) -> bool:
    """Whether the index matches the entries (FTS5's own check against its content). An index
    being filled is checked by the fill, not here: it holds only part of its content."""
    if filled_to(db) is not None:
        return True
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
    if filled_to(db) is not None:  # the fill will index the new entries (above its mark)
        with db.atomic():
            yield
        return
    with db.atomic():
        before = int(db.execute("SELECT COALESCE(MAX(rowid), 0) FROM entries").fetchone()[0])
        db.execute(f"DROP TRIGGER {INSERT_TRIGGER}")
        yield
        _index_rows(db, before)
        db.execute(INSERT_TRIGGER_SQL)


def m021_entry_search(db: sqlite_utils.Database) -> None:
    """The index, full at once for a branch's log; for a bigger one left to fill after the start
    (in the background, with progress), so that the upgrade itself takes no longer than any start."""
    _run(db, TABLE_STATEMENTS)
    if int(db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]) <= FILL_AT_ONCE:
        _run(db, TRIGGER_STATEMENTS)
        db.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('rebuild')")
    else:
        leave_to_fill(db)
