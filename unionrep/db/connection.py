"""Opening the SQLite store: pragmas for durability and integrity, then migrations."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

from unionrep.core.errors import UnionrepError
from unionrep.paths import ensure_private_dir

BUSY_TIMEOUT_MS = 5000


class DatabaseError(UnionrepError):
    """The database cannot be opened or is not a unionrep database."""


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() not in ("wal", "memory"):
        raise DatabaseError(f"could not switch the database to WAL (got {mode})")
    conn.execute("PRAGMA synchronous = FULL")


def connect(path: Path | str, *, create: bool = False) -> sqlite_utils.Database:
    """Open (or with `create`, make) the database at `path`, configured and migrated."""
    from unionrep.db.migrations import migrate

    target = Path(path)
    if str(path) != ":memory:":
        if not target.exists() and not create:
            raise DatabaseError(f"no database at {target}; create one with 'unionrep-cli init'")
        if create:
            ensure_private_dir(target.parent)
    try:
        conn = sqlite3.connect(str(target), isolation_level=None, check_same_thread=False)
        _configure(conn)
        db = sqlite_utils.Database(conn)
        migrate(db)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{target} cannot be read as a unionrep database: {exc}") from exc
    if str(path) != ":memory:" and os.name == "posix":
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(target) + suffix)
            if p.exists():
                p.chmod(0o600)
    return db
