"""The search index of a big book just upgraded, filled in the background after the window is first
painted, with its progress in the status bar ("Building the search index… 40 %").

The upgrade leaves the index to fill (store/schema_search.py), so the first start takes no longer
than any other. The fill runs in a worker on a connection of its own, a batch per transaction;
meanwhile a search scans what is not yet indexed and finds the same entries, only more slowly.
Quitting stops it after the batch under way, and the next start resumes it.

The watch for other connections' writes (reliability.Guardian) would take each batch for someone
else's change and refresh every view; it is paused while the fill runs, and every view is told to
refresh once at the end, in case another program wrote meanwhile.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QMainWindow

from unionrep.app import book
from unionrep.gui.context import AppContext
from unionrep.gui.first_paint import after_first_paint
from unionrep.gui.reliability import ALL_KINDS
from unionrep.gui.workers import run_in_thread

log = logging.getLogger("unionrep.gui")


def _t(text: str) -> str:
    return QCoreApplication.translate("SearchIndex", text)


def progress_text(done: float) -> str:
    return _t("Building the search index… {percent} %").format(percent=int(done * 100))


class SearchIndexBuilder(QObject):
    """Fills the search index in a worker and shows how far it has come in the window's status bar."""

    progressed = Signal(float)  # emitted in the worker, received on the GUI thread (queued)
    finished = Signal(bool)  # True: the index is full; False: stopped (the app quitting) or failed

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.stopping = False
        self.running = False
        self.label = QLabel()
        self.label.setObjectName("searchIndexProgress")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setContentsMargins(16, 0, 4, 0)  # apart from the "Data: …" beside it
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.progressed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def start(self, done: float = 0.0) -> None:
        if self.running:
            return
        self.running = True
        self._guardian("pause")
        self._show(done)
        self.label.show()
        session, path = self.ctx.session, self.ctx.db_path

        def work() -> bool:
            return book.fill_search_index(session, path, self.progressed.emit, lambda: self.stopping)

        run_in_thread(work, self._ended, self._failed, context=self)

    @Slot()
    def stop(self) -> None:
        """Stop after the batch under way (it is committed; the next start resumes after it)."""
        self.stopping = True

    @Slot(float)
    def _show(self, done: float) -> None:
        text = progress_text(done)
        self.label.setText(text)
        self.label.setAccessibleName(text)

    def _ended(self, full: bool) -> None:
        self._wind_up()
        if full:
            self.window.statusBar().showMessage(_t("The search index is ready."), 5000)
        self.finished.emit(full)

    def _failed(self, message: str) -> None:
        log.warning("the search index could not be filled: %s", message)
        self._wind_up()
        self.window.statusBar().showMessage(
            _t("The search index could not be built: {message}. Searching still works, more slowly.")
            .format(message=message), 15000)
        self.finished.emit(False)

    def _wind_up(self) -> None:
        self.running = False
        self.label.hide()
        self._guardian("resume")
        for kind in ALL_KINDS:  # another program may have written while the watch was paused
            self.ctx.notify(kind)

    def _guardian(self, action: str) -> None:
        guardian: Any = getattr(self.window, "guardian", None)
        if guardian is not None:
            getattr(guardian, action)()


def build_after_first_paint(window: QMainWindow, ctx: AppContext, *,
                            painted: bool = False) -> SearchIndexBuilder | None:
    """If the book's search index is still to fill, fill it once the window is first painted
    (at once, from the event loop, if it has been: `painted`)."""
    done = ctx.session.maintenance.search_index_progress()
    if done is None:
        return None
    builder = SearchIndexBuilder(window, ctx)
    if painted:
        QTimer.singleShot(0, builder, lambda: builder.start(done))
    else:
        after_first_paint(window, lambda: builder.start(done))
    window.search_index = builder  # type: ignore[attr-defined]
    return builder
