"""Opening the SQLite store: plain or SQLCipher (told apart by the file header), the passphrase from
the caller, the environment, the keyring or a prompt, pragmas for durability and integrity, then
migrations.

Durability: WAL with synchronous=FULL, so a transaction is on disk when COMMIT returns. Every
transaction starts as BEGIN IMMEDIATE (store.dbapi), and a writer waits up to BUSY_TIMEOUT_MS for
another.

Errors: whatever SQLite says about a damaged, locked, full or unreadable file reaches the caller as
DatabaseError (store.errors: a UnionrepError with `kind`, `path` and a message saying what to do),
never as a raw sqlite3 exception. This module is where callers open a database, so it also offers
the error and the facts about an open connection that they use with it (see __all__).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionrep.core.errors import ValidationError
from unionrep.paths import create_private_file, ensure_private_dir, is_ours, make_private, sidecars
from unionrep.store import crypto, leftovers, migrations
from unionrep.store.dbapi import (
    BUSY_TIMEOUT_MS,
    connection_classes,
    database,
    database_path,
    is_encrypted,
    key_of,
    module_of,
    probe,
    raw,
    raw_connect,
    try_key,
)
from unionrep.store.errors import (
    DB_ERRORS,
    INTEGRITY_ERRORS,
    DatabaseError,
    as_database_error,
    explain,
    file_error,
    reports_file_errors,
)

if TYPE_CHECKING:
    import sqlite_utils

__all__ = [
    "DB_ERRORS", "INTEGRITY_ERRORS", "DatabaseError", "as_database_error", "check_unionrep",
    "claim_exclusive", "connect", "database_path", "file_error", "is_encrypted", "key_of",
    "module_of", "open_connection", "raw", "reports_file_errors", "secure_files", "use_wal",
]

MAX_PROMPTS = 3
log = logging.getLogger("unionrep.store")


def _open_encrypted(path: Path, *, passphrase: str | None, prompt: crypto.Prompt,
                    readonly: bool, keyring_for: Path, remember: bool) -> Any:
    module = crypto.cipher_module()
    if module is None:
        raise DatabaseError("needs_sqlcipher", path)
    if passphrase is not None:
        conn = try_key(module, path, passphrase, readonly)
        if conn is None:
            raise DatabaseError("wrong_passphrase", path, "the passphrase given")
        return conn
    env = crypto.env_passphrase()
    if env is not None:
        conn = try_key(module, path, env, readonly)
        if conn is None:
            raise DatabaseError("wrong_passphrase", path, crypto.ENV_PASSPHRASE)
        return conn
    stored = crypto.keyring_get(keyring_for)
    if stored is not None:
        conn = try_key(module, path, stored, readonly)
        if conn is not None:
            return conn
    error = ""
    for attempt in range(1, MAX_PROMPTS + 1):
        given = prompt(crypto.PassphraseRequest(path, "open", attempt, error, crypto.keyring_usable()))
        if given is None:
            break
        conn = try_key(module, path, given, readonly)
        if conn is not None:
            if remember:
                crypto.keyring_set(keyring_for, given)
            return conn
        error = explain("wrong_passphrase", path, "typed")
    if error:
        raise DatabaseError("wrong_passphrase", path, "typed")
    raise DatabaseError("no_passphrase", path)


def new_passphrase(path: Path, passphrase: str | None, prompt: crypto.Prompt,
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
        conn = raw_connect(sqlite3, target, readonly)
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
        return raw_connect(sqlite3, target, False)
    if module is None:
        raise DatabaseError("needs_sqlcipher", target)
    chosen, keep = new_passphrase(target, passphrase, prompt, keyring_for)
    conn = try_key(module, target, chosen, False)
    if conn is None:  # cannot happen on an empty file
        raise DatabaseError("unreadable", target, "the new key was refused")
    if keep:
        crypto.keyring_set(keyring_for, chosen)
    return conn


def _configure(conn: Any, readonly: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    probe(conn)


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
        db = database(sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False,
                                      factory=connection_classes(sqlite3)[0]))
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
        db = database(conn)
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
