"""The start of a window on a book: the check at start, and the book opened before it has passed.

The check at start (a read-only PRAGMA quick_check of the whole file) runs in a thread, begun once
the window is painted; this module imports what the check runs, on the window's thread before it.
Until it has passed, the window is built from the book opened with every write refused (SQLite's
query_only), where opening it writes nothing; writes are allowed once the check has passed
(unionrep.gui.checked_start says the order and why).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionrep.store import crypto, leftovers, migrations
from unionrep.store.connection import check_unionrep, open_connection, secure_files, use_wal
from unionrep.store.dbapi import database

if TYPE_CHECKING:
    from unionrep.app.session import Session
    from unionrep.store.crypto import Prompt
    from unionrep.store.health import Diagnosis

BACKGROUND_NICENESS = 10  # added to the thread's niceness: 0 is normal, 19 the lowest priority


def yield_to_the_window() -> None:
    """The calling thread (the check at start's) runs at a lower priority than the window's, where
    the system lets a thread say so (Linux): on a busy machine the window's work just after its
    first paint does not wait for the processor behind the check, which goes on when it is free."""
    setpriority = getattr(os, "setpriority", None)
    if setpriority is None or not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError):  # not allowed: it runs at the window's priority
        setpriority(os.PRIO_PROCESS, threading.get_native_id(),
                    os.getpriority(os.PRIO_PROCESS, 0) + BACKGROUND_NICENESS)


def use_prompt(prompt: Prompt | None) -> None:
    """Ask for a passphrase with `prompt` from now on (None: on the terminal, the store's own)."""
    crypto.set_default_prompt(prompt)


def load_the_check() -> None:
    """Import what the check at start runs, on the calling thread, before the check's own thread
    begins (two threads importing the same modules could deadlock); not before the window's first
    paint, which does not need it."""
    from unionrep.store import health  # noqa: F401


def check_quietly(path: Path) -> Diagnosis | None:
    """The check at start, asking for nothing (a key only from UNIONREP_PASSPHRASE or the
    keyring) and writing nothing: its diagnosis if the file is whole, else None (damaged, a key not
    known without asking, any error), and the file is then checked again as it is opened.
    load_the_check() first, on another thread than this one's."""
    from unionrep.store import health

    try:
        diagnosis = health.quick_check(path, prompt=crypto.no_prompt)
    except Exception:
        return None
    return diagnosis if diagnosis.ok else None


def open_unchecked(path: Path) -> Session | None:
    """The book at `path` opened with every write refused, before the check at start has passed;
    None where opening it would write (not in WAL mode yet, migrations to run, an interrupted
    operation to finish beside it), would ask for a key, or fails: it is then opened after the
    check, as every start did."""
    found = leftovers.find(path)
    if found.plain or found.half_made or found.changing:
        return None
    try:
        conn = open_connection(path, prompt=crypto.no_prompt, wal=False)
    except Exception:  # whatever it is, the check and the usual opening say it
        return None
    try:
        db = database(conn)
        check_unionrep(db, path)
        mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        if mode != "wal" or migrations.pending(db):
            conn.close()
            return None
        conn.execute("PRAGMA query_only = ON")
        conn.unionrep_checking = True  # a write refused meanwhile is said as such (store.checking)
        from unionrep.app.session import Session
        from unionrep.store.records import Store

        session = Session(Store(db))
        if session.initialised:
            return session
    except Exception:
        pass
    conn.close()
    return None


def allow_writes(session: Session, path: Path) -> None:
    """The check at start passed: the connection left as the usual opening leaves it."""
    conn: Any = session.store.db.conn  # ours (store.dbapi), which carries unionrep_checking
    conn.execute("PRAGMA query_only = OFF")
    conn.unionrep_checking = False
    use_wal(conn)  # WAL already: only synchronous=FULL, as connect() sets it
    secure_files(path)
