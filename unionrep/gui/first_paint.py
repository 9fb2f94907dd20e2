"""Work put off until the window is first on screen: what the first paint does not need waits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

LATEST_MS = 2000  # a window never painted (shown minimised, say) still gets the work done by then


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, work: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.work: Callable[[], None] | None = work
        window.installEventFilter(self)
        QTimer.singleShot(LATEST_MS, self, self.run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self, self.run)  # once this paint is done and on screen
        return False

    def run(self) -> None:
        work, self.work = self.work, None
        if work is not None:
            self.window.removeEventFilter(self)
            work()


def after_first_paint(window: QWidget, work: Callable[[], None]) -> None:
    """Call `work` once, in the turn of the event loop after `window` is first painted (or after
    LATEST_MS if it is not painted by then); never if the window is deleted first."""
    _FirstPaint(window, work)


def before_any_window_shown() -> bool:
    """True while no window of the app is on screen yet: at start, before the first paint."""
    return not any(widget.isVisible() for widget in QApplication.topLevelWidgets())
