"""Work put off until the window is first on screen: what the first paint does not need waits.

The pieces of work put off are done one per turn of the event loop, in the order their windows
asked for them, so that a key pressed or a click made just after the first paint is answered
between two of them, not after all of them (together they take a few tenths of a second). While a
worker one of them started is busy (the dashboard working out every balance), the rest wait for
it, up to WORKER_WAIT_MS: Python runs one thread at a time, so a piece run meanwhile would take
turns with the worker and keep the window from answering twice as long. Urgent pieces (the watch
over the book: its check at start, after which writes are allowed, its lock and backups) come
first and never wait.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from unionrep.gui import workers

LATEST_MS = 2000  # a window never painted (shown minimised, say) still gets the work done by then
WORKER_WAIT_MS = 1000
WORKER_POLL_MS = 10

_ready: list[_FirstPaint] = []  # painted (or out of time), their work still to do
_numbers = itertools.count()  # the order the work was asked for in
_turn_asked = False
_waiting_since: float | None = None  # when the work began to wait for a worker


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, work: Callable[[], None], urgent: bool) -> None:
        super().__init__(window)
        self.window = window
        self.work: Callable[[], None] | None = work
        self.order = (not urgent, next(_numbers))  # the urgent first, then as asked for
        window.installEventFilter(self)
        QTimer.singleShot(LATEST_MS, self, self.ready)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            self.ready()  # done in a later turn, once this paint is done and on screen
        return False

    def ready(self) -> None:
        if self.work is not None and self not in _ready:
            _ready.append(self)
            _ask_for_a_turn()

    def run(self) -> None:
        work, self.work = self.work, None
        if work is not None:
            self.window.removeEventFilter(self)
            work()


def _ask_for_a_turn() -> None:
    global _turn_asked
    if _ready and not _turn_asked:
        _turn_asked = True
        QTimer.singleShot(0, _one_turn)


def _one_turn() -> None:
    global _turn_asked, _waiting_since
    _turn_asked = False
    if not workers.running():
        _waiting_since = None
    elif _ready and min(each.order for each in _ready)[0]:  # none urgent
        # waited for since the first piece that had to (a worker still busy after WORKER_WAIT_MS
        # is not waited for again by the pieces after it: the window's F1 and views come in turn)
        now = time.monotonic()
        _waiting_since = _waiting_since if _waiting_since is not None else now
        if now - _waiting_since < WORKER_WAIT_MS / 1000:
            _turn_asked = True
            QTimer.singleShot(WORKER_POLL_MS, _one_turn)
            return
    try:
        while _ready:
            # the first asked for (a window's event filters see its paint last installed first)
            waiting = min(_ready, key=lambda each: each.order)
            _ready.remove(waiting)
            if shiboken6.isValid(waiting):  # its window is not deleted
                waiting.run()
                return
    finally:
        _ask_for_a_turn()


def after_first_paint(window: QWidget, work: Callable[[], None], *, urgent: bool = False) -> None:
    """Call `work` once, in a turn of the event loop after `window` is first painted (or after
    LATEST_MS if it is not painted by then); never if the window is deleted first. `urgent` work
    goes before the rest, and does not wait for workers."""
    _FirstPaint(window, work, urgent)


def before_any_window_shown() -> bool:
    """True while no window of the app is on screen yet: at start, before the first paint."""
    return not any(widget.isVisible() for widget in QApplication.topLevelWidgets())
