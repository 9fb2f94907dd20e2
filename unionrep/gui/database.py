"""Opening databases from the window: the passphrase asked in a dialog (never on a terminal the
user cannot see), and second connections for worker threads under the same key."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from unionrep.app.facade import Service, open_service


def install_passphrase_prompt() -> None:
    """Make the database layer ask for a passphrase with the window's dialog."""
    try:
        from unionrep.store import crypto
    except ImportError:  # a build without encryption at rest
        return
    setter = getattr(crypto, "set_default_prompt", None)
    if setter is None:
        return
    from unionrep.gui.dialogs.passphrase import ask_passphrase

    setter(ask_passphrase)


def remove_passphrase_prompt() -> None:
    """Give the database layer its terminal prompt back (when the window is gone)."""
    try:
        from unionrep.store import crypto
    except ImportError:
        return
    setter = getattr(crypto, "set_default_prompt", None)
    if setter is not None:
        setter(None)


def demo_plain() -> None:
    """The demo branch is throw-away sample data in a temporary folder: no passphrase for it."""
    os.environ["UNIONREP_PLAIN"] = "1"


def reader(main: Service, path: Path) -> Service:
    """A Service of its own for a worker thread (a connection is never shared between threads),
    opened with the key the window's connection was opened with, and never prompting."""
    from unionrep.store import connection

    key_of = getattr(connection, "key_of", None)
    key = key_of(main.store.db) if key_of is not None else None
    kwargs: dict[str, Any] = {}
    if key is not None:
        kwargs["passphrase"] = key
    try:
        from unionrep.store.crypto import no_prompt

        kwargs["prompt"] = no_prompt
    except ImportError:
        pass
    try:
        db = connection.connect(path, **kwargs)
    except TypeError:  # an older connect() without these options
        return open_service(path)
    from unionrep.store.records import Store

    return Service(Store(db))
