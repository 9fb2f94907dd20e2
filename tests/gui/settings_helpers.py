"""What the Settings tests share: open the view by its shortcut, and type into a field as a user does."""

from __future__ import annotations

from PySide6.QtCore import Qt


def open_settings(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    return window.view("settings")


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()
