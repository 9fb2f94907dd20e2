"""Audited writes of whole rows, many at a time, in exactly the form Store writes them.

Store's own methods take one dataclass record at a time, and turn it back into a row on the way
in; an import holds rows already, possibly of tables Store has no dataclass for, and possibly a
hundred thousand of them. So these do what Store.insert, Store.update and Store.delete do — the
row, its created_at/updated_at, an audit row per change (a "*" row with the record as JSON for an
insert or a deletion, one row per field for an update) and a tombstone for each deletion — with
executemany, inside the caller's store.atomic(). The audit rows of the rows inserted are made by
SQLite from those rows, a batch at a time (one INSERT … SELECT instead of seven values bound a row).

Many new entries at once are written without the per-row year-totals trigger and without their
secondary indexes (schema_totals.bulk_load), when they outnumber the entries already there: the
totals of the reps concerned are then summed once and each index built by one sort at the end,
which is quicker than keeping them row by row.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Collection, Iterator
from operator import itemgetter
from typing import Any

from unionrep.core.model import now_iso
from unionrep.exchange.errors import RecordRejected
from unionrep.exchange.progress import EVERY, NO_PROGRESS, Tracker
from unionrep.exchange.tables import LOCAL_COLUMNS, Row, Table, json_encoder
from unionrep.store.connection import module_of
from unionrep.store.records import Store
from unionrep.store.schema_totals import bulk_load

BIG_IMPORT = 10_000  # writes; above this the page cache grows for the import
BULK_ENTRIES = 5_000  # new entries; from this many (and more than there are) see bulk_load
BIG_CACHE_KIB = 128 * 1024
AUDIT_SQL = "INSERT INTO audit (id, at, tbl, row_id, field, old, new) VALUES (?, ?, ?, ?, ?, ?, ?)"


@contextlib.contextmanager
def page_cache_for(conn: Any, writes: int) -> Iterator[None]:
    """A larger SQLite page cache while a big import writes: random UUID keys touch index pages
    all over, which the default 2 MiB cache keeps reading again."""
    if writes < BIG_IMPORT:
        yield
        return
    old = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{BIG_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(old)}")


@contextlib.contextmanager
def checkpoint_put_off(conn: Any) -> Iterator[None]:
    """No automatic WAL checkpoint at the commits inside: a big import's commit would otherwise
    copy every page it wrote into the database file a second time before returning. The commit
    itself stays durable (WAL, synchronous=FULL: on disk when COMMIT returns, and read back from the
    WAL by whoever opens the file next); `checkpoint` moves it into the file later, off the
    caller's path, or the next commit past the threshold or the last connection's close does."""
    old = int(conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA wal_autocheckpoint = {old}")


def checkpoint(conn: Any) -> None:
    """Copy what the WAL holds into the database file, as far as no reader stops it (PASSIVE: it
    neither waits for nor blocks anyone)."""
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


def audit_id_series() -> tuple[str, int]:
    """(prefix, start) of a run of new audit ids: each is a random UUID 4's first four groups
    followed by 12 hex digits counting up from `start`, so the ids are distinct, ascend (the audit
    table's id index fills page by page instead of splitting pages all over), and are no likelier
    to meet another id than random UUIDs are (72 random bits shared by the run, 48 counting up
    from a random start)."""
    noise = uuid.uuid4().hex  # its 13th digit is the version, 4, and its 17th holds the variant
    prefix = f"{noise[:8]}-{noise[8:12]}-{noise[12:16]}-{noise[16:20]}-"
    return prefix, int.from_bytes(os.urandom(6), "big") % RUN_START_BELOW


RUN_START_BELOW = 2**48 - 2**40  # room after the start for a run of 2**40 ids


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


_json = json_encoder(ensure_ascii=False)  # as Store's json.dumps(..., ensure_ascii=False)


class AuditedRows:
    def __init__(self, store: Store, tracker: Tracker = NO_PROGRESS, total: int = 0) -> None:
        """`tracker` hears how many rows of `total` are written (stage "write") and audited ("audit")."""
        self.db = store.db
        self.tracker = tracker
        self.total = total
        self.written = 0
        self.conn: Any = store.db.conn
        self.at = now_iso()
        # sqlite3's or SQLCipher's, whichever the database was opened with
        self.integrity_error: type[Exception] = module_of(self.conn).IntegrityError

    def insert(self, table: Table, rows: list[Row], revived: Collection[str] = ()) -> None:
        """Insert new rows; `revived` are the ids among them deleted here before, whose tombstones
        go (as Store.restore_row does)."""
        if not rows:
            return
        rows = sorted(rows, key=itemgetter("id"))  # in key order the indexes fill page by page
        content = table.content
        local = [c for c in LOCAL_COLUMNS if table.column(c) is not None]
        names = ", ".join(f"[{c}]" for c in (*content, *local))
        sql = f"INSERT INTO [{table.name}] ({names}) VALUES ({', '.join('?' * (len(content) + len(local)))})"
        stamps = (self.at,) * len(local)
        values_of = itemgetter(*content) if len(content) > 1 else lambda row: (row[content[0]],)
        last = self.conn.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM [{table.name}]").fetchone()[0]
        with self._bulk(table, len(rows)):
            try:
                self.conn.executemany(sql, self.tracker.counting(
                    (values_of(row) + stamps for row in rows), self.total, "write", self.written))
            except self.integrity_error as exc:
                raise self._refused(table, rows, exc) from None
        self._audit_inserted(table, rows, int(last) + 1)
        self.written += len(rows)
        self.conn.executemany("DELETE FROM tombstones WHERE id = ?", ([i] for i in revived))

    def _audit_inserted(self, table: Table, rows: list[Row], first: int) -> None:
        """A "*" audit row for each of `rows` just inserted, holding the row as JSON, the text
        json.dumps(row, ensure_ascii=False) gives (keys in the order of the first row's). SQLite
        makes them from the rows as stored, a batch of rowids at a time when the rows took the
        rowids from `first` on, one after another (as SQLite numbers new rows below 2**63)."""
        # one printf of the columns' json_quote, the keys written into its format
        keys = list(rows[0])
        as_json = ("printf('{" + ", ".join(f"{_json(key)}: %s" for key in keys) + "}', "
                   + ", ".join(f"json_quote([{key}])" for key in keys) + ")")
        columns = AUDIT_SQL.split(" VALUES")[0]

        def made(counter: str) -> str:
            return (f"{columns} SELECT printf('%s%012x', ?, {counter}), ?, ?, id, '*', NULL, {as_json} "
                    f"FROM [{table.name}]")

        prefix, start = audit_id_series()
        count = len(rows)
        if self.conn.execute(f"SELECT MAX(rowid) FROM [{table.name}]").fetchone()[0] == first + count - 1:
            sql = made("? + rowid") + " WHERE rowid BETWEEN ? AND ? ORDER BY rowid"
            for low in range(first, first + count, EVERY):
                high = min(low + EVERY, first + count) - 1
                self.conn.execute(sql, [prefix, start - first, self.at, table.name, low, high])
                self.tracker.report(self.written + high - first + 1, self.total, "audit")
            return
        # numbered as SQLite chose: each row found by its id, its audit id counting in the rows' order
        self.conn.executemany(made("?") + " WHERE id = ?", self.tracker.counting(
            ([prefix, start + i, self.at, table.name, row["id"]] for i, row in enumerate(rows)),
            self.total, "audit", self.written))

    def _bulk(self, table: Table, count: int) -> contextlib.AbstractContextManager[None]:
        """bulk_load for many entries, more than the database has: otherwise summing the totals of
        the reps concerned afresh would cost more than the trigger does."""
        if table.name != "entries" or count < BULK_ENTRIES:
            return contextlib.nullcontext()
        there = int(self.conn.execute("SELECT COALESCE(MAX(rowid), 0) FROM entries").fetchone()[0])
        return bulk_load(self.db) if count >= there else contextlib.nullcontext()

    def _refused(self, table: Table, rows: list[Row], exc: Exception) -> RecordRejected:
        # executemany stops at the row SQLite refused: the first one not in the table
        sql = f"SELECT 1 FROM [{table.name}] WHERE id = ?"
        culprit = next((r for r in rows if self.conn.execute(sql, [r["id"]]).fetchone() is None), rows[-1])
        return RecordRejected(table.name, culprit["id"], "*", "the database refused it ({detail})",
                              detail=exc)

    def update(self, table: Table, row_id: str, old: Row, new: Row) -> None:
        changes = {k: v for k, v in new.items() if old.get(k) != v}
        if not changes:
            return
        assignments = ", ".join(f"[{k}] = ?" for k in changes)
        stamp = ", [updated_at] = ?" if table.column("updated_at") is not None else ""
        values = [*changes.values(), *([self.at] if stamp else []), row_id]
        try:
            self.conn.execute(f"UPDATE [{table.name}] SET {assignments}{stamp} WHERE id = ?", values)
        except self.integrity_error as exc:
            raise RecordRejected(table.name, row_id, ", ".join(changes), "the database refused it ({detail})",
                                 detail=exc) from None
        self.conn.executemany(AUDIT_SQL, ((str(uuid.uuid4()), self.at, table.name, row_id, field,
                                           _text(old.get(field)), _text(value))
                                          for field, value in changes.items()))

    def delete(self, table: Table, row_id: str) -> None:
        cursor = self.conn.execute(f"SELECT * FROM [{table.name}] WHERE id = ?", [row_id])
        names = [d[0] for d in cursor.description]
        found = cursor.fetchone()
        if found is None:
            return
        try:
            self.conn.execute(f"DELETE FROM [{table.name}] WHERE id = ?", [row_id])
        except self.integrity_error as exc:
            raise RecordRejected(table.name, row_id, "id", "other records still refer to it ({detail})",
                                 detail=exc) from None
        self.conn.execute(AUDIT_SQL, [str(uuid.uuid4()), self.at, table.name, row_id, "*",
                                      _json(dict(zip(names, found, strict=True))), None])
        self.conn.execute(
            "INSERT INTO tombstones (id, tbl, deleted_at) VALUES (?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET tbl = excluded.tbl, deleted_at = excluded.deleted_at",
            [row_id, table.name, self.at])
