"""Keeping a book's file whole: backups and restores, the check at start and recovery,
passphrases, and the connections worker threads open beside the window's own.

What the windows ask of the store beyond its records, in one Qt-free place: the GUI calls these and
never the store's backup, crypto, health or connection modules itself.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from unionrep.app.session import Session, open_session
from unionrep.store import backup as _backup
from unionrep.store import connection as _connection
from unionrep.store import schema_search
from unionrep.store.backup import (
    BACKUP_KEEP_KEY,
    BackupInfo,
    list_backups,
    newest_good_backup,
    parse_keep,
    recover_from_backup,
    restore,
)
from unionrep.store.connection import DB_ERRORS, DatabaseError
from unionrep.store.crypto import (
    ENV_PASSPHRASE,
    PassphraseRequest,
    Prompt,
    default_prompt,
    file_kind,
    keyring_set,
    no_prompt,
    set_default_prompt,
)
from unionrep.store.health import Diagnosis, quick_check

__all__ = [
    "BACKUP_KEEP_KEY",
    "DB_ERRORS",
    "ENV_PASSPHRASE",
    "BackupInfo",
    "DatabaseError",
    "Diagnosis",
    "PassphraseRequest",
    "Prompt",
    "auto_backup",
    "backup_keep",
    "backup_now",
    "backup_on_close",
    "connection_of",
    "data_version",
    "default_prompt",
    "file_kind",
    "fill_search_index",
    "key_of",
    "keyring_set",
    "list_backups",
    "newest_good_backup",
    "no_prompt",
    "own_session",
    "parse_keep",
    "quick_check",
    "recover_from_backup",
    "restore",
    "set_default_prompt",
    "worker_session",
]


# -- the open book ---------------------------------------------------------------------------------


def key_of(session: Session) -> str | None:
    """The passphrase the book was opened with (None if plain), for backups under the same key."""
    return _connection.key_of(session.store.db)


def connection_of(session: Session) -> Any:
    """The connection under the book: compared by identity to see that it was reopened."""
    return _connection.raw(session.store.db)


def data_version(session: Session) -> int:
    """A number that changes when another connection (the command line) commits to the book."""
    return int(connection_of(session).execute("PRAGMA data_version").fetchone()[0])


def worker_session(main: Session, path: Path) -> Session:
    """A Session of its own for a worker thread (a connection is never shared between threads),
    opened with the key the window's connection was opened with, and never prompting; the caller
    closes it (`own_session` does)."""
    return open_session(path, passphrase=key_of(main), prompt=no_prompt)


@contextlib.contextmanager
def own_session(main: Session, path: Path) -> Iterator[Session]:
    """worker_session for the length of a `with` block, closed at its end."""
    own = worker_session(main, path)
    try:
        yield own
    finally:
        own.close()


# -- backups ---------------------------------------------------------------------------------------


def backup_keep(session: Session) -> int:
    """How many automatic backups are kept (the book's `backup_keep` setting, default 10)."""
    return _backup.backup_keep(session.store.db)


def backup_now(path: Path, key: str | None) -> Path:
    """A manual backup of the book at `path`, from a connection of its own (for a worker thread)."""
    return _backup.backup(path, reason="manual", passphrase=key, prompt=no_prompt)


def auto_backup(path: Path, key: str | None) -> Path | None:
    """The day's first automatic backup, from a connection of its own; None if one was made today."""
    return _backup.auto_backup(path, reason="start", passphrase=key, prompt=no_prompt)


def backup_on_close(session: Session) -> Path | None:
    """The automatic backup on closing, on the book's own connection; None if nothing changed."""
    return _backup.auto_backup(session.store.db, reason="close")


# -- the search index ------------------------------------------------------------------------------


def fill_search_index(main: Session, path: Path, progress: Callable[[float], object],
                      stop: Callable[[], bool]) -> bool:
    """Fill the search index an upgrade left to fill, a batch per transaction, from a connection
    of its own (for a worker thread); `progress(0..1)` after each batch. True once it is full,
    False if `stop()` ended it first (the next fill resumes where this one was)."""
    with own_session(main, path) as own:
        return schema_search.fill(own.store.db, progress, stop)
