"""Tab out of a list or table: the arrow keys move within it, Tab and Ctrl+Tab move on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView


class _CtrlTabOut(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and isinstance(watched, QAbstractItemView)):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            watched.focusNextPrevChild(event.key() == Qt.Key.Key_Tab and not shift)
            return True
        return False


def let_tab_out(table: QAbstractItemView) -> None:
    """Tab, Shift+Tab, Ctrl+Tab and Ctrl+Shift+Tab move on from the table (the arrow keys move
    within it), so that a keyboard user is never held in it."""
    table.setTabKeyNavigation(False)
    table.installEventFilter(_CtrlTabOut(table))
