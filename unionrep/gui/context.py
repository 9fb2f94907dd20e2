"""What every view shares: the open book's Session, the undo stack, the UI options and the language.

Views never talk to each other: a change goes through `AppContext.execute` (an undoable command)
or `AppContext.notify`, and every view refreshes itself on `changed`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from unionrep.app.changes import DISPUTES, ENTRIES, META, POLICY, REPS
from unionrep.app.session import Session
from unionrep.core.errors import UnionrepError
from unionrep.gui import texts
from unionrep.gui.options import Options

if TYPE_CHECKING:
    from unionrep.gui.commands import ServiceCommandBase

__all__ = ["DISPUTES", "ENTRIES", "META", "POLICY", "REPS", "AppContext"]


class AppContext(QObject):
    changed = Signal(str)  # ENTRIES, REPS, POLICY, DISPUTES or META
    failed = Signal(str)  # a message for the user (an undo or redo that could not be done)
    open_record = Signal(str, str)  # subject kind, id: "rep", "entry", "dispute", ...
    language_changed = Signal(str)  # "cy" or "en", after the translator has been switched

    def __init__(self, session: Session, options: Options, db_path: Path, lang: str = "en",
                 today: Callable[[], dt.date] | None = None, demo: bool = False) -> None:
        super().__init__()
        # the application layer over the open book (reopened after a restore); every write goes
        # through it
        self.session = session
        self.options = options
        self.db_path = db_path
        self.lang = lang
        self.demo = demo
        self._today = today or dt.date.today
        self.undo_stack = QUndoStack(self)
        texts.set_lang(lang)

    def today(self) -> dt.date:
        return self._today()

    def set_language(self, lang: str) -> None:
        """Switch the interface (and the language the core writes flags and names in) to `lang`
        now, and remember it for the next start. Every window retranslates itself."""
        from unionrep.gui import options as opt
        from unionrep.gui.language import LANGUAGES, apply_language

        if lang not in LANGUAGES:
            return
        self.options.set(opt.LANGUAGE, lang)
        if lang == self.lang:
            return
        self.lang = lang
        apply_language(lang)
        self.language_changed.emit(lang)

    def notify(self, what: str) -> None:
        self.changed.emit(what)

    def execute(self, command: ServiceCommandBase) -> None:
        """Do `command` now (raising UnionrepError if the service refuses it), then make it undoable."""
        command.first_do()
        self.undo_stack.push(command)

    def report(self, exc: UnionrepError) -> None:
        self.failed.emit(str(exc))
