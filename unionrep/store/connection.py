"""Opening the SQLite store: plain or SQLCipher (told apart by the file header), pragmas for
durability and integrity, clear errors, then migrations.

Durability: WAL with synchronous=FULL, so a transaction is on disk when COMMIT returns. Every
transaction that sqlite-utils opens with `db.atomic()` starts as BEGIN IMMEDIATE here (see
_Connection), so a read-modify-write takes the write lock before it reads and two processes (the
app and the command line) can never lose each other's updates; a writer waits up to
BUSY_TIMEOUT_MS for the other.

Errors: whatever SQLite says about a damaged, locked, full or unreadable file reaches the caller as
DatabaseError (a UnionrepError with `kind`, `path` and a message saying what to do), never as a raw
sqlite3 exception.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import logging
import sqlite3
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, ParamSpec, TypeVar

import sqlite_utils

from unionrep.core.errors import UnionrepError, ValidationError
from unionrep.i18n import CATALOGUE, say
from unionrep.paths import (
    backups_dir,
    create_private_file,
    ensure_private_dir,
    is_ours,
    make_private,
    sidecars,
)
from unionrep.store import crypto, migrations

BUSY_TIMEOUT_MS = 5000
MAX_PROMPTS = 3
log = logging.getLogger("unionrep.store")

# -- errors -------------------------------------------------------------------------------------


def explain(kind: str, path: Path | str | None, detail: str = "", lang: str | None = None) -> str:
    """The message for a DatabaseError of `kind`, in English or Welsh."""
    key = f"store.{kind}" if f"store.{kind}" in CATALOGUE else "store.sqlite"
    where = Path(path) if path is not None else Path("?")
    return say(key, lang, path=where, detail=detail, backups=backups_dir(where))


class DatabaseError(UnionrepError):
    """The database cannot be opened or used: `kind` says why (a store.* key of the catalogue), the
    message says what to do."""

    def __init__(self, kind: str, path: Path | str | None, detail: str = "",
                 message: str | None = None) -> None:
        self.kind = kind
        self.path = None if path is None else Path(path)
        self.detail = detail
        self.message = message
        super().__init__(message or explain(kind, path, detail))

    def text(self, lang: str | None = None) -> str:
        if self.message:
            return self.message  # said already, in the caller's words
        return explain(self.kind, self.path, self.detail, lang)


# Exceptions of both DB-API modules: sqlcipher3's classes are not subclasses of sqlite3's.
def _error_classes(name: str) -> tuple[type[Exception], ...]:
    classes: list[type[Exception]] = [getattr(sqlite3, name)]
    module = crypto.cipher_module()
    if module is not None:
        classes.append(getattr(module, name))
    return tuple(classes)


DB_ERRORS: tuple[type[Exception], ...] = _error_classes("Error")
INTEGRITY_ERRORS: tuple[type[Exception], ...] = _error_classes("IntegrityError")
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = _error_classes("OperationalError")

# SQLite primary result codes (sqlite_errorcode & 0xff) and what they mean to a user.
_KIND_BY_CODE = {
    3: "read_only",  # SQLITE_PERM
    5: "in_use",  # SQLITE_BUSY
    6: "in_use",  # SQLITE_LOCKED
    8: "read_only",  # SQLITE_READONLY
    10: "io_error",  # SQLITE_IOERR
    11: "damaged",  # SQLITE_CORRUPT
    13: "disk_full",  # SQLITE_FULL
    14: "unreadable",  # SQLITE_CANTOPEN
    26: "damaged",  # SQLITE_NOTADB
}


def error_kind(exc: BaseException) -> str | None:
    """The DatabaseError kind for an sqlite3/sqlcipher3 exception, or None for errors of the
    program (bad SQL, constraint failures) which are not the file's fault."""
    if not isinstance(exc, DB_ERRORS):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _KIND_BY_CODE:
        return _KIND_BY_CODE[code & 0xFF]
    worded = ("unsupported file format", "could not decode to utf-8")  # SQLITE_ERROR, yet damage
    if isinstance(code, int) and not any(sign in str(exc).lower() for sign in worded):
        return None
    text = str(exc).lower()
    if any(sign in text for sign in ("malformed", "not a database", "unsupported file format",
                                     "could not decode to utf-8")):
        return "damaged"
    if "locked" in text or "busy" in text:
        return "in_use"
    if "disk is full" in text or "database or disk is full" in text:
        return "disk_full"
    return None


_KIND_BY_ERRNO = {errno.ENOSPC: "disk_full", errno.EACCES: "read_only", errno.EPERM: "read_only",
                  errno.EROFS: "read_only", errno.EIO: "io_error"}


def file_error(exc: OSError, path: Path | str | None = None) -> DatabaseError:
    """An OSError about a database or backup file as a DatabaseError with a message."""
    kind = _KIND_BY_ERRNO.get(exc.errno or 0, "unreadable")
    where = exc.filename if isinstance(exc.filename, (str, Path)) else path
    return DatabaseError(kind, where, exc.strerror or str(exc))


P = ParamSpec("P")
R = TypeVar("R")


def reports_file_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn OSErrors (no space, no permission, a name too long...) into DatabaseError."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except OSError as exc:
            raise file_error(exc) from exc

    return wrapper


def as_database_error(exc: BaseException, path: Path | str | None) -> DatabaseError | None:
    """`exc` as a DatabaseError the user can act on, or None if it is not about the file."""
    if isinstance(exc, DatabaseError):
        return exc
    kind = error_kind(exc)
    if kind is None:
        return None
    return DatabaseError(kind, path, str(exc))


# -- connection classes -------------------------------------------------------------------------


def _reraise(exc: Exception, conn: Any) -> None:
    translated = as_database_error(exc, getattr(conn, "unionrep_path", None))
    if translated is not None:
        raise translated from exc


@cache
def _classes(module: ModuleType) -> tuple[type, type]:
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


def _raw_connect(module: ModuleType, path: Path, readonly: bool) -> Any:
    connection_class, _ = _classes(module)
    try:
        conn = module.connect(_uri(path, readonly), uri=True, isolation_level=None,
                              check_same_thread=False, factory=connection_class,
                              timeout=BUSY_TIMEOUT_MS / 1000)
    except module.Error as exc:
        raise as_database_error(exc, path) or DatabaseError("unreadable", path, str(exc)) from exc
    conn.unionrep_path = path
    return conn


def _probe(conn: Any) -> None:
    """Read the schema: fails at once on a wrong key, or a file that is not a database."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def _not_a_database(exc: DatabaseError) -> bool:
    cause = exc.__cause__
    code = getattr(cause, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == 26  # SQLITE_NOTADB
    return "not a database" in exc.detail


def _try_key(module: ModuleType, path: Path, passphrase: str, readonly: bool) -> Any | None:
    """A connection keyed with `passphrase`, or None if the key does not open the file."""
    conn = _raw_connect(module, path, readonly)
    try:
        with contextlib.suppress(DatabaseError):
            conn.execute("PRAGMA cipher_log_level = NONE")  # no HMAC noise on stderr
        conn.execute(crypto.key_pragma(passphrase))
        _probe(conn)
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


def _open_encrypted(path: Path, *, passphrase: str | None, prompt: crypto.Prompt,
                    readonly: bool, keyring_for: Path, remember: bool) -> Any:
    module = crypto.cipher_module()
    if module is None:
        raise DatabaseError("needs_sqlcipher", path)
    if passphrase is not None:
        conn = _try_key(module, path, passphrase, readonly)
        if conn is None:
            raise DatabaseError("wrong_passphrase", path, "the passphrase given")
        return conn
    env = crypto.env_passphrase()
    if env is not None:
        conn = _try_key(module, path, env, readonly)
        if conn is None:
            raise DatabaseError("wrong_passphrase", path, crypto.ENV_PASSPHRASE)
        return conn
    stored = crypto.keyring_get(keyring_for)
    if stored is not None:
        conn = _try_key(module, path, stored, readonly)
        if conn is not None:
            return conn
    error = ""
    for attempt in range(1, MAX_PROMPTS + 1):
        given = prompt(crypto.PassphraseRequest(path, "open", attempt, error, crypto.keyring_usable()))
        if given is None:
            break
        conn = _try_key(module, path, given, readonly)
        if conn is not None:
            if remember:
                crypto.keyring_set(keyring_for, given)
            return conn
        error = explain("wrong_passphrase", path, "typed")
    if error:
        raise DatabaseError("wrong_passphrase", path, "typed")
    raise DatabaseError("no_passphrase", path)


def _new_passphrase(path: Path, passphrase: str | None, prompt: crypto.Prompt,
                    keyring_for: Path) -> tuple[str, bool]:
    """The passphrase for a new database, and whether the keyring should keep it."""
    if passphrase is not None:
        return crypto.check_new_passphrase(passphrase), False
    env = crypto.env_passphrase()
    if env is not None:
        try:
            return crypto.check_new_passphrase(env), False
        except ValidationError as exc:
            raise exc.for_field(crypto.ENV_PASSPHRASE) from None
    serves = crypto.keyring_usable()
    error = ""
    refused: ValidationError | None = None
    for attempt in range(1, MAX_PROMPTS + 1):
        try:
            given = prompt(crypto.PassphraseRequest(path, "create", attempt, error, serves))
            if given is None:
                break
            return crypto.check_new_passphrase(given), True
        except ValidationError as exc:
            error = str(exc)
            refused = exc
    if refused is not None:
        raise refused.for_field("passphrase")
    if serves:
        generated = crypto.generate_passphrase()
        if crypto.keyring_set(keyring_for, generated):
            return generated, False
    raise DatabaseError("no_passphrase_new", path)


def open_connection(path: Path | str, *, passphrase: str | None = None,
                    prompt: crypto.Prompt | None = None, readonly: bool = False,
                    encrypt: bool | None = None, keyring_for: Path | str | None = None,
                    remember: bool = True, wal: bool = True) -> Any:
    """A configured DB-API connection to the file at `path`, which must exist (possibly empty):
    plain (sqlite3) or encrypted (sqlcipher3) as its header says. No migrations, no schema checks.

    An empty file becomes encrypted unless `encrypt` is False, UNIONREP_PLAIN=1 is set, or
    sqlcipher3 is missing (then plain, with a warning). The passphrase comes from `passphrase`,
    else UNIONREP_PASSPHRASE, else the keyring (looked up under `keyring_for`, default `path`),
    else `prompt` (default: crypto.default_prompt()). `readonly` opens without writing a byte;
    `wal` False leaves the journal mode alone (call use_wal() once the file is known to be ours).
    """
    target = Path(path)
    ask = prompt or crypto.default_prompt()
    owner = Path(keyring_for) if keyring_for is not None else target
    kind = crypto.file_kind(target)
    if kind == "missing":
        raise DatabaseError("missing", target)
    if kind == "encrypted":
        conn = _open_encrypted(target, passphrase=passphrase, prompt=ask, readonly=readonly,
                               keyring_for=owner, remember=remember)
    elif kind == "plain" or readonly:
        conn = _raw_connect(sqlite3, target, readonly)
    else:  # empty: a new database
        conn = _start_new(target, passphrase=passphrase, prompt=ask, encrypt=encrypt, keyring_for=owner)
    try:
        _configure(conn, readonly)
        if wal and not readonly:
            use_wal(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _start_new(target: Path, *, passphrase: str | None, prompt: crypto.Prompt,
               encrypt: bool | None, keyring_for: Path) -> Any:
    module = crypto.cipher_module()
    if encrypt is None:
        encrypt = crypto.encrypt_by_default()
        if encrypt and module is None:
            log.warning(explain("plain_warning", target))
            encrypt = False
    if not encrypt:
        return _raw_connect(sqlite3, target, False)
    if module is None:
        raise DatabaseError("needs_sqlcipher", target)
    chosen, keep = _new_passphrase(target, passphrase, prompt, keyring_for)
    conn = _try_key(module, target, chosen, False)
    if conn is None:  # cannot happen on an empty file
        raise DatabaseError("unreadable", target, "the new key was refused")
    if keep:
        crypto.keyring_set(keyring_for, chosen)
    return conn


def _configure(conn: Any, readonly: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    _probe(conn)


def use_wal(conn: Any) -> None:
    """WAL with synchronous=FULL: a committed transaction is on disk when COMMIT returns."""
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() not in ("wal", "memory"):
        raise DatabaseError("sqlite", conn.unionrep_path,
                            f"could not switch the database to WAL (got {mode})")
    conn.execute("PRAGMA synchronous = FULL")


def connect(path: Path | str, *, create: bool = False, passphrase: str | None = None,
            prompt: crypto.Prompt | None = None, encrypt: bool | None = None,
            migrate: bool = True) -> sqlite_utils.Database:
    """Open (or with `create`, make) the database at `path`, configured and migrated.

    New databases are encrypted (see open_connection). Raises DatabaseError (kind: missing,
    damaged, wrong_passphrase, no_passphrase, not_unionrep, newer_schema, needs_sqlcipher,
    in_use...) with a message that says what happened and what to do.
    """
    if str(path) == ":memory:":
        db = sqlite_utils.Database(sqlite3.connect(":memory:", isolation_level=None,
                                                   check_same_thread=False,
                                                   factory=_classes(sqlite3)[0]),
                                     execute_plugins=False)
        db.conn.execute("PRAGMA foreign_keys = ON")
        if migrate:
            migrations.migrate(db)
        return db
    target = Path(path)
    _finish_interrupted(target)
    made_file = False
    if not target.exists():
        if not create:
            raise DatabaseError("missing", target)
        ensure_private_dir(target.parent, ours=is_ours(target.parent))
        create_private_file(target)
        made_file = True
    try:
        conn = open_connection(target, passphrase=passphrase, prompt=prompt, encrypt=encrypt, wal=False)
    except BaseException:
        if made_file and target.exists() and target.stat().st_size == 0:
            target.unlink()  # leave nothing behind when no database could be made
        raise
    try:
        # without sqlite-utils' plugins: nothing else installed adds functions to the book's
        # connection, and no start searches every installed package's metadata for them (~50 ms)
        db = sqlite_utils.Database(conn, execute_plugins=False)
        check_unionrep(db, target)  # before WAL: another program's file is left byte for byte
        use_wal(conn)
        if migrate:
            migrations.migrate(db)
    except BaseException as exc:
        conn.close()
        translated = as_database_error(exc, target)
        if translated is not None and translated is not exc:
            raise translated from exc
        raise
    secure_files(target)
    return db


def _finish_interrupted(target: Path) -> None:
    """Put right what a killed encrypt, restore or passphrase change left beside the database (see
    store.leftovers); a folder that cannot be tidied is opened all the same."""
    from unionrep.store import leftovers

    with contextlib.suppress(OSError):
        leftovers.tidy(target)


def check_unionrep(db: sqlite_utils.Database, path: Path) -> None:
    """Refuse a file that is some other program's database, or one from a newer unionrep."""
    tables = set(db.table_names())
    if not tables:
        return  # new and empty
    if "_migrations" not in tables:
        raise DatabaseError("not_unionrep", path, f"it has tables {', '.join(sorted(tables)[:5])}")
    done = migrations.applied(db)
    if not done or done[0] != migrations.MIGRATIONS[0][0]:
        raise DatabaseError("not_unionrep", path, "its schema history is not unionrep's")
    known = {name for name, _ in migrations.MIGRATIONS}
    unknown = [name for name in done if name not in known]
    if unknown:
        raise DatabaseError("newer_schema", path, f"schema changes {', '.join(unknown)}")


def secure_files(path: Path) -> None:
    """The database and its WAL/SHM files private to the user (0600)."""
    for p in [path, *sidecars(path)]:
        make_private(p)


# -- facts about an open database ----------------------------------------------------------------


def raw(db_or_conn: Any) -> Any:
    """The DB-API connection behind a sqlite_utils.Database (or the connection itself)."""
    return getattr(db_or_conn, "conn", db_or_conn)


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


def claim_exclusive(path: Path | str, *, passphrase: str | None = None,
                    prompt: crypto.Prompt | None = None) -> str | None:
    """Make sure nothing else has the database open, before it is moved or re-keyed.

    Checkpoints the WAL into the file and switches it to a rollback journal, which SQLite allows
    only when no other connection (the app, another command) has the file open; the next
    connect() switches it back to WAL. Returns the passphrase that opened it (None if plain).
    Raises DatabaseError(kind "in_use") if another connection holds it.
    """
    target = Path(path)
    conn = open_connection(target, passphrase=passphrase, prompt=prompt, remember=False)
    try:
        conn.execute("PRAGMA busy_timeout = 2000")
        mode = str(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
        if mode != "delete":
            raise DatabaseError("in_use", target, f"journal mode stays {mode}")
        return key_of(conn)
    finally:
        conn.close()
