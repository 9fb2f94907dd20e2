"""Slow work (PDF rendering, big queries) off the GUI thread, with a busy dialog and cancel.

The function runs in Qt's thread pool and must not touch widgets; for the database it opens its
own Session (unionrep.app.book.own_session): WAL lets a second connection read while the window writes.

Lifetimes: a worker thread touches no QObject but the one relay, made on the GUI thread and kept
for the whole session. Each task stays in `_running` (on the GUI thread) until its result has
been handed over there, so nothing of it is freed in a worker thread; its callbacks are skipped
when it was cancelled or when the widget it belongs to (`context`, by default `parent` or the
object whose method the callback is) has been deleted meanwhile.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class Task:
    """One piece of work as the GUI thread sees it; `cancelled` drops its result."""

    def __init__(self, fn: Callable[[], Any], on_done: Callable[[Any], object],
                 on_failed: Callable[[str], object], context: QObject | None,
                 dialog: QProgressDialog | None) -> None:
        self.cancelled = False
        self.finished = False
        self.fn: Callable[[], Any] | None = fn
        self.on_done: Callable[[Any], object] | None = on_done
        self.on_failed: Callable[[str], object] | None = on_failed
        self.context = context
        self.dialog = dialog


class _Relay(QObject):
    """Carries results from worker threads to the GUI thread (queued: it lives there)."""

    arrived = Signal(int, bool, object)  # task number, succeeded, the result or the message

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self.deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int, bool, object)
    def deliver(self, number: int, ok: bool, value: Any) -> None:
        task = _running.pop(number, None)
        if task is None:
            return
        task.finished = True
        task.fn = None
        dialog, task.dialog = task.dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reset()
            dialog.deleteLater()
        on_done, on_failed = task.on_done, task.on_failed
        task.on_done = task.on_failed = None
        if task.cancelled:
            return
        if task.context is not None and not shiboken6.isValid(task.context):
            return  # its window or view has gone: nobody to tell
        if ok:
            assert on_done is not None
            on_done(value)
        else:
            assert on_failed is not None
            on_failed(str(value))


_relay: _Relay | None = None
_running: dict[int, Task] = {}
_numbers = itertools.count(1)


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class _Runnable(QRunnable):
    def __init__(self, number: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.number = number
        self.fn: Callable[[], Any] | None = fn
        self.relay = relay

    def run(self) -> None:
        fn, self.fn = self.fn, None  # the task (on the GUI thread) keeps it until the result is in
        assert fn is not None
        try:
            value, ok = fn(), True
        except Exception as exc:  # shown to the user; the GUI thread decides what to do
            value, ok = str(exc), False
        del fn
        self.relay.arrived.emit(self.number, ok, value)


def wait_for_workers(msecs: int = 5000) -> bool:
    """At shutdown: let work in progress finish (a worker holds its own database connection)."""
    return bool(QThreadPool.globalInstance().waitForDone(msecs))


def running() -> int:
    """How many tasks have not handed their result over yet."""
    return len(_running)


def _owner(callback: Callable[..., object]) -> QObject | None:
    owner = getattr(callback, "__self__", None)
    return owner if isinstance(owner, QObject) else None


def run_in_thread(fn: Callable[[], Any], on_done: Callable[[Any], object],
                  on_failed: Callable[[str], object], parent: QWidget | None = None,
                  label: str = "", context: QObject | None = None) -> Task:
    """Run `fn` in the thread pool; `on_done(result)` or `on_failed(message)` run on the GUI thread,
    unless the work was cancelled or `context` (default: `parent`, else the QObject whose method
    `on_done` is) was deleted first.

    With `parent` and `label`, a busy dialog appears if the work takes more than half a second;
    its Cancel drops the result.
    """
    # a worker opens its own session through the book's module (own_session): imported here, on
    # the GUI thread, so that a worker is never the first to import it while this thread imports
    # others (two threads importing the same modules could deadlock)
    import unionrep.app.book  # noqa: F401

    relay = _the_relay()
    dialog: QProgressDialog | None = None
    if parent is not None and label:
        dialog = QProgressDialog(label, QCoreApplication.translate("Workers", "Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAccessibleName(label)
    owner = context if context is not None else parent if parent is not None else _owner(on_done)
    task = Task(fn, on_done, on_failed, owner, dialog)
    if dialog is not None:

        def cancel() -> None:
            task.cancelled = True

        dialog.canceled.connect(cancel)
    number = next(_numbers)
    _running[number] = task
    QThreadPool.globalInstance().start(_Runnable(number, fn, relay))
    return task
