"""Work off the GUI thread: its result reaches the GUI thread, never a widget deleted meanwhile,
and a Cancel drops it; no task is left behind."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from unionrep.gui import workers


def _finish() -> None:
    assert QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()


def test_the_result_arrives_on_the_gui_thread(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    got: list[tuple[object, bool]] = []
    gui = threading.current_thread()
    workers.run_in_thread(lambda: threading.current_thread() is not gui,
                          lambda off_thread: got.append((off_thread, threading.current_thread() is gui)),
                          lambda message: got.append((message, False)), context=widget)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got == [(True, True)]  # ran in a worker, answered on the GUI thread
    assert workers.running() == 0


def test_a_failure_is_told_as_its_message(qtbot) -> None:
    failed: list[str] = []

    def work() -> None:
        raise ValueError("the disk is full")

    workers.run_in_thread(work, lambda _: failed.append("done?"), failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    assert failed == ["the disk is full"]


def test_no_callback_reaches_a_widget_deleted_while_the_work_ran(qtbot) -> None:
    widget = QWidget()
    release = threading.Event()
    called: list[object] = []

    def work() -> str:
        assert release.wait(30)
        return "late"

    workers.run_in_thread(work, called.append, called.append, context=widget)
    widget.deleteLater()  # the window closed while the work ran
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(widget)
    release.set()
    _finish()
    assert called == []
    assert workers.running() == 0


def test_cancel_drops_the_result_and_the_busy_dialog(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    called: list[object] = []
    task = workers.run_in_thread(lambda: release.wait(30), called.append, called.append, parent=parent,
                                 label="Working…")
    dialog = parent.findChild(QProgressDialog)
    dialog.findChild(QPushButton).click()
    assert task.cancelled and not task.finished
    release.set()
    _finish()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert task.finished and called == []
    assert parent.findChild(QProgressDialog) is None
    assert workers.running() == 0
