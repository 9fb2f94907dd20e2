"""The DB-API connections the store opens (sqlite3's, or sqlcipher3's for an encrypted file): every
transaction starts as BEGIN IMMEDIATE, so a read-modify-write takes the write lock before it reads and
two processes (the app and the command line) never lose each other's updates, and every SQLite error
about the file reaches the caller as DatabaseError. Opening a file plainly or under a key, and the
facts an open connection carries (its file, whether it is encrypted, its key).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from unionrep.store import crypto, held_files
from unionrep.store.errors import DatabaseError, as_database_error

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 5000


def database(conn: Any) -> sqlite_utils.Database:
    """sqlite-utils over one of our connections, without its plugins: nothing installed beside the
    app adds functions to the book's connection, and no start searches every installed package's
    metadata for them (~50 ms). Made when first needed (see UntilNeeded), over our connections,
    which leave transactions to their caller."""
    if conn.isolation_level is not None:
        import sqlite_utils

        return sqlite_utils.Database(conn, execute_plugins=False)
    return cast("sqlite_utils.Database", UntilNeeded(conn))


class UntilNeeded:
    """sqlite-utils' Database over a connection, before it is needed: the reads a window's first
    paint makes (execute, query, table_names) go to the connection itself, and anything else
    first makes this object the Database it stands for (its class changed, then Database's
    __init__ run on it), so that importing sqlite-utils and what it imports (click, pluggy,
    dateutil: ~35 ms, a tenth of a start) waits until after the first paint. Our connections
    commit each statement made outside a transaction (isolation_level None), so these three do
    what sqlite-utils' own do; recursive triggers are switched on at once, as it switches them."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        conn.execute("PRAGMA recursive_triggers = on")

    def execute(self, sql: str, parameters: Any = None) -> Any:
        return self.conn.execute(sql, () if parameters is None else parameters)

    def query(self, sql: str, params: Any = None) -> Iterator[dict[str, Any]]:
        cursor = self.execute(sql, params)
        if cursor.description is None:
            raise ValueError("query() can only be used with SQL that returns rows")
        keys = [column[0] for column in cursor.description]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def table_names(self) -> list[str]:
        return [row[0] for row in self.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()

    def __getitem__(self, table_name: str) -> Any:  # db["reps"]: Python looks it up on the class
        return self.__getattr__("__getitem__")(table_name)

    def become_database(self) -> None:
        import sqlite_utils  # slow to load: after the first paint (see the class)

        conn = self.conn
        del self.conn
        self.__class__ = sqlite_utils.Database  # type: ignore[assignment]
        sqlite_utils.Database.__init__(self, conn, execute_plugins=False)  # type: ignore[arg-type]

    def __getattr__(self, name: str) -> Any:
        if name == "conn":  # closed by a failed change: not made again
            raise AttributeError(name)
        self.become_database()
        return getattr(self, name)


def database_now(db: Any) -> None:
    """Make a Database made when first needed (UntilNeeded) now: once a window has painted, so
    that no action of the user's waits for sqlite-utils to be imported."""
    if type(db) is UntilNeeded:
        db.become_database()


def _reraise(exc: Exception, conn: Any) -> None:
    translated = as_database_error(exc, getattr(conn, "unionrep_path", None))
    if translated is not None:
        if translated.kind == "read_only" and getattr(conn, "unionrep_checking", False):
            # refused by the app itself while the check at start reads the file, not by the file
            translated = DatabaseError("checking", translated.path, translated.detail)
        raise translated from exc


@cache
def connection_classes(module: ModuleType) -> tuple[type, type]:
    """A Connection and Cursor of `module` that start IMMEDIATE transactions and report damage,
    busy, full and unreadable files as DatabaseError."""
    errors = module.Error

    class _Cursor(module.Cursor):  # type: ignore[name-defined, misc]
        def execute(self, sql: str, parameters: Any = (), /) -> Any:
            try:
                return super().execute(sql, parameters)
            except errors as exc:
                _reraise(exc, self.connection)
                raise

        def executemany(self, sql: str, seq: Iterable[Any], /) -> Any:
            try:
                return super().executemany(sql, seq)
            except errors as exc:
                _reraise(exc, self.connection)
                raise

        def executescript(self, script: str, /) -> Any:
            try:
                return super().executescript(script)
            except errors as exc:
                _reraise(exc, self.connection)
                raise

        def fetchone(self) -> Any:
            try:
                return super().fetchone()
            except errors as exc:
                _reraise(exc, self.connection)
                raise

        def fetchmany(self, size: int = 1) -> Any:
            try:
                return super().fetchmany(size)
            except errors as exc:
                _reraise(exc, self.connection)
                raise

        def fetchall(self) -> Any:
            try:
                return super().fetchall()
            except errors as exc:
                _reraise(exc, self.connection)
                raise

        def __next__(self) -> Any:
            try:
                return super().__next__()
            except errors as exc:
                _reraise(exc, self.connection)
                raise

    class _Connection(module.Connection):  # type: ignore[name-defined, misc]
        unionrep_path: Path | None = None
        unionrep_encrypted: bool = False
        _unionrep_key: str | None = None
        _unionrep_file: held_files.FileId | None = None

        def close(self) -> None:
            super().close()
            held, self._unionrep_file = self._unionrep_file, None
            held_files.closed(held)

        def cursor(self, factory: Any = None) -> Any:
            return super().cursor(factory or _Cursor)

        def execute(self, sql: str, parameters: Any = (), /) -> Any:
            # sqlite-utils' atomic() opens transactions with a bare BEGIN (deferred): a deferred
            # transaction that reads and then writes fails with SQLITE_BUSY if another process
            # wrote in between. IMMEDIATE takes the write lock first and waits for it instead.
            if sql.strip().rstrip(";").strip().upper() in ("BEGIN", "BEGIN TRANSACTION"):
                sql = "BEGIN IMMEDIATE"
            return self.cursor().execute(sql, parameters)

        def executemany(self, sql: str, seq: Iterable[Any], /) -> Any:
            return self.cursor().executemany(sql, seq)

        def executescript(self, script: str, /) -> Any:
            return self.cursor().executescript(script)

        def commit(self) -> None:
            try:
                super().commit()
            except errors as exc:
                _reraise(exc, self)
                raise

    return _Connection, _Cursor


def module_of(conn: Any) -> ModuleType:
    """The DB-API module (sqlite3 or sqlcipher3's dbapi2) a connection belongs to."""
    cipher = crypto.cipher_module()
    if cipher is not None and isinstance(conn, cipher.Connection):
        return cipher
    return sqlite3


def _uri(path: Path, readonly: bool) -> str:
    uri = path.resolve().as_uri()
    return uri + "?mode=ro" if readonly else uri


def raw_connect(module: ModuleType, path: Path, readonly: bool) -> Any:
    connection_class, _ = connection_classes(module)
    try:
        conn = module.connect(_uri(path, readonly), uri=True, isolation_level=None,
                              check_same_thread=False, factory=connection_class,
                              timeout=BUSY_TIMEOUT_MS / 1000)
    except module.Error as exc:
        raise as_database_error(exc, path) or DatabaseError("unreadable", path, str(exc)) from exc
    conn.unionrep_path = path
    conn._unionrep_file = held_files.opened(path)
    return conn


def probe(conn: Any) -> None:
    """Read the schema: fails at once on a wrong key, or a file that is not a database."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def _not_a_database(exc: DatabaseError) -> bool:
    cause = exc.__cause__
    code = getattr(cause, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == 26  # SQLITE_NOTADB
    return "not a database" in exc.detail


def try_key(module: ModuleType, path: Path, passphrase: str, readonly: bool) -> Any | None:
    """A connection keyed with `passphrase`, or None if the key does not open the file."""
    conn = raw_connect(module, path, readonly)
    try:
        with contextlib.suppress(DatabaseError):
            conn.execute("PRAGMA cipher_log_level = NONE")  # no HMAC noise on stderr
        conn.execute(crypto.key_pragma(passphrase))
        probe(conn)
    except DatabaseError as exc:
        conn.close()
        if _not_a_database(exc):  # the key does not decrypt page 1 (a wrong key, or page 1 damaged)
            return None
        raise  # page 1 decrypts, so the key is right: the damage is elsewhere
    except BaseException:
        conn.close()
        raise
    conn.unionrep_encrypted = True
    conn._unionrep_key = passphrase
    return conn


# -- facts about an open database ----------------------------------------------------------------


def raw(db_or_conn: Any) -> Any:
    """The DB-API connection behind a sqlite_utils.Database (or the connection itself)."""
    return getattr(db_or_conn, "conn", db_or_conn)


def change_stamp(conn: Any) -> tuple[int, int]:
    """What moves whenever the book may have changed: this connection's count of changed rows
    (which a write rolled back also moves) and PRAGMA data_version (which a commit by another
    connection moves). Two equal stamps: nothing was written in between."""
    return conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]


def database_path(db_or_conn: Any) -> Path | None:
    """The file of an open database (None in memory)."""
    conn = raw(db_or_conn)
    known = getattr(conn, "unionrep_path", None)
    if known is not None:
        return Path(known)
    for row in conn.execute("PRAGMA database_list").fetchall():
        if row[1] == "main":
            return Path(row[2]) if row[2] else None
    return None


def is_encrypted(db_or_conn: Any) -> bool:
    return bool(getattr(raw(db_or_conn), "unionrep_encrypted", False))


def key_of(db_or_conn: Any) -> str | None:
    """The passphrase an encrypted connection was opened with (for backups under the same key)."""
    return getattr(raw(db_or_conn), "_unionrep_key", None)
