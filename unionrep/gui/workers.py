"""Slow work (PDF rendering, big queries) off the GUI thread, with a busy dialog and cancel.

The function runs in Qt's thread pool and must not touch widgets; for the database it opens its
own Service (unionrep.gui.database.reader): WAL lets a second connection read while the window writes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Task(QObject):
    done = Signal(object)
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = False


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.task = task
        self.fn = fn

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # shown to the user; the GUI thread decides what to do
            self._emit(self.task.failed, str(exc))
            return
        self._emit(self.task.done, result)

    def _emit(self, signal: Any, value: Any) -> None:
        if self.task.cancelled:
            return
        with contextlib.suppress(RuntimeError):  # the window closed while the work ran
            signal.emit(value)


_running: set[Task] = set()


def wait_for_workers(msecs: int = 5000) -> bool:
    """At shutdown: let work in progress finish (a worker holds its own database connection)."""
    return bool(QThreadPool.globalInstance().waitForDone(msecs))


def run_in_thread(fn: Callable[[], Any], on_done: Callable[[Any], object],
                  on_failed: Callable[[str], object], parent: QWidget | None = None,
                  label: str = "") -> Task:
    """Run `fn` in the thread pool; `on_done(result)` or `on_failed(message)` run on the GUI thread.

    With `parent` and `label`, a busy dialog appears if the work takes more than half a second;
    its Cancel drops the result.
    """
    task = Task()
    _running.add(task)
    dialog: QProgressDialog | None = None
    if parent is not None and label:
        dialog = QProgressDialog(label, QCoreApplication.translate("Workers", "Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAccessibleName(label)

        def cancel() -> None:
            task.cancelled = True
            _running.discard(task)

        dialog.canceled.connect(cancel)

    def finish() -> None:
        _running.discard(task)
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(message: str) -> None:
        finish()
        on_failed(message)

    task.done.connect(done, Qt.ConnectionType.QueuedConnection)
    task.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Runnable(task, fn))
    return task
