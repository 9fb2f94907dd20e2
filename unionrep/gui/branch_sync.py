"""Keeping the window's database in step with the branch folder (Settings ▸ Branch folder).

A round (`session.sync.round`) runs in a worker with a connection of its own: when the
window opens, every few minutes while it is open, shortly after a change the user makes, and on
the window's own connection when it closes. The status bar says when the last round ran and what
it brought ("In step with the branch · 2 min ago · 1 conflict to resolve"); clicking it opens the
conflicts held back in the import preview (the conflicts dialog), or else runs a round now.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QPushButton

from unionrep.app import book
from unionrep.app.session import Session
from unionrep.core.errors import UnionrepError
from unionrep.gui.context import AppContext
from unionrep.gui.reliability import ALL_KINDS
from unionrep.gui.workers import Task, run_in_thread, wait_for_workers

if TYPE_CHECKING:  # the rounds' code (bundles, cryptography: ~60 ms to import) waits for a round
    from unionrep.app.sync import SyncReport
    from unionrep.exchange import ImportPreview, ImportReport

log = logging.getLogger("unionrep.gui")

EVERY_MS = 5 * 60 * 1000  # a round every few minutes while the window is open
AFTER_CHANGE_MS = 20 * 1000  # and this long after the user's last change
TICK_MS = 30 * 1000  # "2 min ago" kept true
# the key derivation's cost for the files written (None: the bundles' own default); tests lower it
SCRYPT_N: int | None = None

_controllers: dict[int, BranchSync] = {}


def _cost() -> int:
    """The key derivation's cost for the files written: SCRYPT_N, or the bundles' own default."""
    if SCRYPT_N is not None:
        return SCRYPT_N
    from unionrep.exchange.envelope import DEFAULT_SCRYPT_N

    return DEFAULT_SCRYPT_N


def _t(text: str) -> str:
    return QCoreApplication.translate("BranchSync", text)


def ago_text(then: dt.datetime, now: dt.datetime) -> str:
    minutes = int((now - then).total_seconds() // 60)
    if minutes < 1:
        return _t("just now")
    if minutes < 60:
        return _t("{n} min ago").format(n=minutes)
    if minutes < 24 * 60:
        return _t("{n} h ago").format(n=minutes // 60)
    return _t("on {date}").format(date=then.date().isoformat())


def status_text(outcome: dict[str, Any] | None, at: dt.datetime | None, now: dt.datetime,
                running: bool = False, error: str | None = None) -> str:
    """The status bar's words for the last round."""
    if running:
        return _t("Syncing with the branch…")
    if error:
        return _t("Branch folder: {problem}").format(problem=error)
    if outcome is None or at is None:
        return _t("Not yet in step with the branch")
    parts = [_t("In step with the branch"), ago_text(at, now)]
    if outcome.get("received"):
        parts.append(_t("{n} change(s) received").format(n=outcome["received"]))
    conflicts = int(outcome.get("conflicts", 0))
    if conflicts == 1:
        parts.append(_t("1 conflict to resolve"))
    elif conflicts:
        parts.append(_t("{n} conflicts to resolve").format(n=conflicts))
    if outcome.get("skipped"):
        parts.append(_t("{n} file(s) waiting").format(n=outcome["skipped"]))
    return " · ".join(parts)


class BranchSync(QObject):
    """The rounds of one window, and its status-bar button."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.task: Task | None = None
        self.report: SyncReport | None = None  # the last round's, in this window
        self.again = False
        self.error: str | None = None
        self.closed = False
        state = ctx.session.queries.sync_folder()
        self.outcome = state.last_round
        self.at = dt.datetime.fromisoformat(state.last_round_at) if state.last_round_at else None
        self.button = QPushButton()
        self.button.setObjectName("branchSyncStatus")
        self.button.setFlat(True)
        self.button.clicked.connect(self.open_conflicts)
        window.statusBar().addPermanentWidget(self.button)
        self.every = QTimer(self)
        self.every.setInterval(EVERY_MS)
        self.every.timeout.connect(self.start_round)
        self.every.start()
        self.after_change = QTimer(self)
        self.after_change.setSingleShot(True)
        self.after_change.setInterval(AFTER_CHANGE_MS)
        self.after_change.timeout.connect(self.start_round)
        ctx.undo_stack.indexChanged.connect(self._changed)
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.show_status)
        self.tick.start()
        window.installEventFilter(self)
        _controllers[id(ctx)] = self
        self.show_status()

    @Slot(int)
    def _changed(self, _index: int) -> None:
        """The user changed something (or undid it): a round shortly, once the changes pause."""
        self.after_change.start()

    def settings(self) -> tuple[str, str] | None:
        state = self.ctx.session.queries.sync_folder()
        return (state.folder, state.passphrase) if state.folder and state.passphrase else None

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.finished

    def show_status(self) -> None:
        configured = self.settings() is not None
        self.button.setVisible(configured)
        if not configured:
            return
        text = status_text(self.outcome, self.at, dt.datetime.now(dt.UTC), self.running, self.error)
        self.button.setText(text)
        self.button.setAccessibleName(text)
        conflicts = bool(self.outcome and self.outcome.get("conflicts"))
        self.button.setToolTip(_t("Show the conflicts to resolve") if conflicts
                               else _t("Sync with the branch folder now"))

    def start_round(self) -> None:
        """A round in a worker (one at a time: asked for meanwhile, another follows)."""
        settings = self.settings()
        if settings is None:
            self.show_status()
            return
        if self.running:
            self.again = True
            return
        folder, passphrase = settings
        work = self._on_own_connection(
            lambda own: own.sync.round(folder, passphrase, scrypt_n=_cost()))
        self.task = run_in_thread(work, self._done, self._failed, context=self)
        self.show_status()

    def _on_own_connection(self, fn: Callable[[Session], Any]) -> Callable[[], Any]:
        """`fn` for a worker thread, given a Session on a connection of its own, closed after."""
        main, path = self.ctx.session, self.ctx.db_path

        def work() -> Any:
            with book.own_session(main, path) as own:
                return fn(own)

        return work

    def _done(self, report: SyncReport) -> None:
        self.report = report
        self.error = None
        self.at = dt.datetime.now(dt.UTC)
        self.outcome = report.outcome()
        self._after()
        if report.received:
            for kind in ALL_KINDS:
                self.ctx.notify(kind)

    def _failed(self, message: str) -> None:
        self.error = message
        self._after()

    def _after(self) -> None:
        self.task = None
        self.show_status()
        if self.again:
            self.again = False
            self.start_round()

    def round_on_close(self) -> None:
        """The last round, on the window's own connection (so it is done before the app ends)."""
        settings = self.settings()
        if settings is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.running:
                wait_for_workers()  # the round under way first: two at once would race for a number
            self.ctx.session.sync.round(*settings, scrypt_n=_cost())
        except UnionrepError as exc:
            log.warning("the round on closing failed: %s", exc)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and not self.closed:
            self.closed = True
            for timer in (self.every, self.after_change, self.tick):
                timer.stop()
            self.ctx.undo_stack.indexChanged.disconnect(self._changed)
            _controllers.pop(id(self.ctx), None)
            self.round_on_close()
        return False

    # -- conflicts

    def open_conflicts(self) -> None:
        settings = self.settings()
        if settings is None:
            return
        if not (self.outcome and self.outcome.get("conflicts")):
            self.start_round()
            return
        folder, passphrase = settings
        work = self._on_own_connection(lambda own: own.sync.held(folder, passphrase))
        run_in_thread(work, self._show_conflicts, self._failed, self.window, _t("Opening the conflicts…"),
                      context=self)

    def _show_conflicts(self, previews: list[ImportPreview]) -> None:
        if not previews:
            self.start_round()
            return
        from unionrep.gui.dialogs.exchange_import import ImportPreviewDialog

        dialog = ImportPreviewDialog(self.ctx, previews[0], self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setObjectName("branchConflictsDialog")

        def imported(_: ImportReport) -> None:
            self.start_round()  # the round goes on after the file now imported

        dialog.imported.connect(imported)
        dialog.open()


def start(window: QMainWindow, ctx: AppContext) -> BranchSync:
    """Sync the window's database with its branch folder (if one is set): a round now, and on."""
    controller = BranchSync(window, ctx)
    QTimer.singleShot(0, controller.start_round)
    return controller


def request_round(ctx: AppContext) -> None:
    """A round now (after the branch folder or the trust changed), where the window syncs."""
    controller = _controllers.get(id(ctx))
    if controller is not None:
        controller.start_round()
