"""Audited writes of whole rows, many at a time, in exactly the form Store writes them.

Store's own methods take one dataclass record at a time, and turn it back into a row on the way
in; an import holds rows already, possibly of tables Store has no dataclass for, and possibly a
hundred thousand of them. So these do what Store.insert, Store.update and Store.delete do — the
row, its created_at/updated_at, an audit row per change (a "*" row with the record as JSON for an
insert or a deletion, one row per field for an update) and a tombstone for each deletion — with
executemany, inside the caller's store.atomic().

Many new entries at once are written without the per-row year-totals trigger
(schema_totals.bulk_load), when they outnumber the entries already there: the totals of the reps
concerned are then summed once at the end, which is quicker than keeping them row by row.
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
from unionrep.exchange.progress import NO_PROGRESS, Tracker
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


def audit_ids(count: int) -> list[str]:
    """`count` new random ids (UUID 4, as Store gives each audit row), in ascending order: written
    in key order, the audit table's id index fills page by page instead of splitting pages all over."""
    # Written straight from random hex (uuid.UUID per id is most of the cost at a hundred thousand):
    # the 13th digit is the version, 4; the 17th holds the variant, 10 in its top bits (8, 9, a, b).
    noise = os.urandom(16 * count).hex()
    return sorted(f"{noise[i:i + 8]}-{noise[i + 8:i + 12]}-4{noise[i + 13:i + 16]}-"
                  f"{_VARIANT_DIGIT[noise[i + 16]]}{noise[i + 17:i + 20]}-{noise[i + 20:i + 32]}"
                  for i in range(0, 32 * count, 32))


_VARIANT_DIGIT = {digit: "89ab"[int(digit, 16) % 4] for digit in "0123456789abcdef"}


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
        with self._bulk(table, len(rows)):
            try:
                self.conn.executemany(sql, self.tracker.counting(
                    (values_of(row) + stamps for row in rows), self.total, "write", self.written))
            except self.integrity_error as exc:
                raise self._refused(table, rows, exc) from None
        at, name = self.at, table.name
        audits = ((audit_id, at, name, row["id"], "*", None, _json(row))
                  for audit_id, row in zip(audit_ids(len(rows)), rows, strict=True))
        self.conn.executemany(AUDIT_SQL, self.tracker.counting(audits, self.total, "audit", self.written))
        self.written += len(rows)
        self.conn.executemany("DELETE FROM tombstones WHERE id = ?", ([i] for i in revived))

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
