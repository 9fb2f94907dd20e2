"""Keeping the data whole while the window works on it.

- One window per database: a lock file beside it (unionrep.gui.locks).
- A check at start: the file is quick-checked read-only before it is opened for writing; a damaged
  file leads to the recovery screen (unionrep.gui.dialogs.recovery), never to a write. The check
  runs in a thread (`app.check_ahead`), begun once the window, built from the file opened with every
  write refused, is painted (unionrep.gui.checked_start), or as soon as a start waits for it.
- Automatic backups (unionrep.app.book): at the first start of each day, off the GUI
  thread, and on close, keeping the newest `backup_keep` (a setting in the database, default 10).
- Writes by another connection (the command line) are seen without a restart: the data version
  of the window's connection is polled, and every view refreshes when it changes.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from unionrep.app import book
from unionrep.app.book import DB_ERRORS, DatabaseError, Diagnosis
from unionrep.app.session import Session, open_session
from unionrep.core.errors import UnionrepError
from unionrep.gui import context as app_context

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from unionrep.gui.context import AppContext

log = logging.getLogger("unionrep.gui")

POLL_MS = 2000  # how often the window looks for writes by other connections
ALL_KINDS = (app_context.ENTRIES, app_context.REPS, app_context.POLICY, app_context.DISPUTES,
             app_context.META)

_READ_ERRORS: tuple[type[Exception], ...] = (UnionrepError, *DB_ERRORS)

notices: list[str] = []  # said once the window is up (where a recovery kept the damaged file)


def _t(text: str) -> str:
    return QCoreApplication.translate("Reliability", text)


# -- the check at start --------------------------------------------------------------------------


class _Recording:
    """The window's passphrase prompt, remembering what was typed (so the file is opened for
    writing, after the read-only check, without asking twice)."""

    def __init__(self) -> None:
        self.typed: str | None = None
        self.asked = False

    def __call__(self, request: book.PassphraseRequest) -> str | None:
        self.asked = True
        given = book.default_prompt()(request)
        self.typed = given
        return given


def _backups_all_plain(path: Path) -> bool:
    """Its backups are all unencrypted (so a database that no longer looks like SQLite is damaged,
    not encrypted: encrypting a database encrypts its backups too)."""
    found = book.list_backups(path)
    return bool(found) and all(book.file_kind(b.path) == "plain" for b in found)


def diagnose_at_start(path: Path, prompt: book.Prompt) -> Diagnosis:
    """What state the file is in, read-only: ok, damaged, wrong_passphrase, or another kind."""
    if book.file_kind(path) == "encrypted" and _backups_all_plain(path):
        # never asked for a passphrase it never had; but a key the system keeps may still open it
        known = book.quick_check(path, prompt=book.no_prompt)
        if known.status in ("no_passphrase", "wrong_passphrase", "needs_sqlcipher"):
            return Diagnosis(path, "damaged", _t("the file no longer begins as a database does"))
        return known
    diagnosis = book.quick_check(path, prompt=prompt)
    if diagnosis.status == "wrong_passphrase" and isinstance(prompt, _Recording) and prompt.typed:
        # the backups tell a wrong passphrase from a damaged first page
        diagnosis = book.quick_check(path, passphrase=prompt.typed, prompt=book.no_prompt)
    return diagnosis


# the check at start made ahead, in a thread (unionrep.gui.app.check_ahead): waits for it, and
# gives its diagnosis if the file is whole, else None
Ahead = Callable[[], "Diagnosis | None"]


def open_checked(path: Path, *, recover: bool = True, ahead: Ahead | None = None) -> Session | None:
    """Open the database at `path` for the window, after a read-only quick check. A damaged file
    (or one the passphrase does not open) leads to the recovery screen; after recovery the
    recovered database is checked and opened. None: the user chose to quit (or cancelled the
    passphrase). `ahead`: the check of `path` started early (app.check_ahead), whose passing
    result stands for the first check.

    Raises DatabaseError for a file recovery cannot help with (another program's, a newer
    version's, unreadable...), and for any problem when `recover` is False (no screen to show)."""
    while True:
        prompt = _Recording()
        passed = ahead() if ahead is not None else None
        ahead = None  # after a recovery or a retry, the file is checked afresh
        diagnosis = passed if passed is not None else diagnose_at_start(path, prompt)
        if diagnosis.ok:
            try:
                return _open(path, prompt.typed)
            except DatabaseError as exc:
                if exc.kind != "damaged":
                    raise
                diagnosis = Diagnosis(path, "damaged", exc.detail)
        if diagnosis.status == "no_passphrase" and prompt.asked:
            return None  # asked for the passphrase, the user cancelled: nothing to open
        if not recover or diagnosis.status not in ("damaged", "wrong_passphrase"):
            raise DatabaseError(diagnosis.status, path, diagnosis.detail)
        from unionrep.gui.dialogs.recovery import RecoveryDialog  # only for a file in trouble

        dialog = RecoveryDialog(diagnosis, passphrase=prompt.typed)
        if dialog.exec() != RecoveryDialog.DialogCode.Accepted:
            return None
        if dialog.choice == "recovered":
            notices.append(_t("Recovered {path} from a backup; the damaged file is kept, untouched, as "
                              "{aside}.").format(path=path, aside=dialog.aside))
        # "try again" or recovered: check (and open) the file afresh


def _open(path: Path, typed: str | None) -> Session:
    if typed is None:
        return open_session(path)
    session = open_session(path, passphrase=typed)
    book.keyring_set(path, typed)  # as a prompt answered on opening is remembered
    return session


# -- the guard over the open window ----------------------------------------------------------------


def _show_warning(parent: Any, title: str, message: str) -> None:
    print(f"unionrep: {message}", file=sys.stderr)
    if QApplication.platformName() not in ("offscreen", "minimal"):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, message)


def _say(parent: Any, title: str, message: str) -> QMessageBox:
    """A non-blocking message box."""
    from PySide6.QtWidgets import QMessageBox  # its class made by the bindings when first used

    box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok,
                      parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class Guardian(QObject):
    """Automatic backups and the watch for other connections' writes, for one main window."""

    def __init__(self, window: QMainWindow, ctx: AppContext, *, start_backup: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.last_backup: Path | None = None
        self._conn: Any = None
        self._version: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.reset()
        self.timer.start()
        window.installEventFilter(self)
        if start_backup:
            self.backup_at_start()

    # -- other connections' writes

    def _data_version(self) -> int | None:
        try:
            return book.data_version(self.ctx.session)
        except _READ_ERRORS as exc:
            log.warning("cannot read the database's data_version: %s", exc)
            return None

    def reset(self) -> None:
        """Start watching the connection the window has now (after a restore, a new one)."""
        self._conn = book.connection_of(self.ctx.session)
        self._version = self._data_version()

    def poll(self) -> bool:
        """If another connection committed since the last look, tell every view. True if so."""
        if book.connection_of(self.ctx.session) is not self._conn:
            self.reset()
            return False
        version = self._data_version()
        if version is None or version == self._version:
            return False
        self._version = version
        for kind in ALL_KINDS:
            self.ctx.notify(kind)
        return True

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        self.reset()
        self.timer.start()

    # -- automatic backups

    def backup_at_start(self) -> None:
        """The day's first backup, in the thread pool with a connection of its own."""
        from unionrep.gui.workers import run_in_thread

        path, key = self.ctx.db_path, book.key_of(self.ctx.session)

        def work() -> Path | None:
            return book.auto_backup(path, key)

        run_in_thread(work, self._backed_up, self._start_failed)

    def _backed_up(self, made: Path | None) -> None:
        if made is None:
            return
        self.last_backup = made
        self.window.statusBar().showMessage(_t("Backed up to {path}").format(path=made), 5000)

    def _start_failed(self, message: str) -> None:
        from unionrep.gui.views.base import show_error

        show_error(self.window, _t("The automatic backup could not be made: {message}").format(
            message=message), _t("Backup failed"))

    def backup_on_close(self) -> Path | None:
        """On close, on the window's own connection: quick, and skipped if nothing changed."""
        problem: UnionrepError | None = None
        made: Path | None = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = book.backup_on_close(self.ctx.session)
        except UnionrepError as exc:
            problem = exc
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problem is not None:
            _show_warning(self.window, _t("Backup failed"), _t(
                "Your data is saved, but the backup on closing could not be made: {message}").format(
                message=problem))
        if made is not None:
            self.last_backup = made
        return made

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.timer.stop()
            self.backup_on_close()
        return False


def guard(window: QMainWindow, ctx: AppContext, *, start_backup: bool = True) -> Guardian:
    """Watch over `window`: backups at start and on close, and other connections' writes."""
    guardian = Guardian(window, ctx, start_backup=start_backup)
    while notices:
        _say(window, _t("Recovered"), notices.pop(0))
    window.guardian = guardian  # type: ignore[attr-defined]  # File ▸ Restore pauses it
    return guardian
