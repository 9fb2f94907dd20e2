"""A start that shows the window while the check at start still reads a big file.

The order, safety first:

1. the lock (one window per database), before the file is opened at all;
2. the file opened with every write refused (SQLite's `query_only`), and only where nothing needs
   writing to open it: one of ours, in WAL mode already, at this version's schema, nothing beside
   it from an interrupted operation, its key (if encrypted) known without asking. Anything else
   waits for the check, as every start did before;
3. the window built and painted from it;
4. once the check at start has passed: writes allowed, then the backups and the watch begun.
   If the check finds anything wrong, or could not tell, the window goes, its connection is closed
   without a byte written, and the file is checked again with the passphrase prompt and the
   recovery screen, as a start always did.

The check at start reads the whole file (at a million entries about half a second of a quiet
machine, more under load); this way the window does not wait for it. It is begun once the window
is painted (unionrep.gui.app.check_ahead): run alongside the start, it slowed it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from unionrep.app import start
from unionrep.app.session import Session
from unionrep.core.errors import UnionrepError

if TYPE_CHECKING:
    from unionrep.gui.app import AheadCheck
    from unionrep.gui.context import AppContext
    from unionrep.gui.main_window import MainWindow

LOOK_EVERY_MS = 20  # how often the window's thread looks whether the check has finished

_unchecked: weakref.WeakSet[Session] = weakref.WeakSet()


def open_before_check(path: Path, ahead: AheadCheck) -> Session | None:
    """The database at `path` opened for the window with writes refused, while the check at start
    (`ahead`) still runs; None where it must be opened after the check, as before (see above)."""
    if ahead.ready():
        return None  # nothing to gain: opened after the check as before
    session = start.open_unchecked(path)
    if session is None:
        return None
    _unchecked.add(session)
    return session


def is_unchecked(session: Session) -> bool:
    """Opened by open_before_check, and the check at start not yet seen to pass."""
    return session in _unchecked


def when_checked(window: MainWindow, ctx: AppContext, ahead: AheadCheck,
                 then: Callable[[], Any]) -> None:
    """Once the check at start has finished (looked at without blocking the window): writes
    allowed and `then()` if it passed; else the window hidden, its connection closed, the file
    checked again with the recovery screen, and the window shown again on what that opened (or
    the app quits, as it did when the recovery screen was left)."""
    if not ahead.ready():
        QTimer.singleShot(LOOK_EVERY_MS, window, lambda: when_checked(window, ctx, ahead, then))
        return
    if ahead() is not None:
        start.allow_writes(ctx.session, ctx.db_path)
        _unchecked.discard(ctx.session)
        then()
        return
    from unionrep.gui.reliability import open_checked

    window.hide()
    _unchecked.discard(ctx.session)
    ctx.session.close()
    try:
        session = open_checked(ctx.db_path)
    except UnionrepError as exc:
        from unionrep.gui.app import _fatal

        _fatal(str(exc))
        session = None
    if session is None:
        QApplication.exit(1)
        return
    ctx.session = session
    ctx.undo_stack.clear()
    window.retranslate()  # every view made afresh on the database now open
    window.show()
    then()
