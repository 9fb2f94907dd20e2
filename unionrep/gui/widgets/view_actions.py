"""A view's buttons and choices as actions too: listed in the window's Actions menu and in the
context menu of the view's table, each with a shortcut that works while the focus is in the view.

A keyboard user then reaches every action without tabbing along a row of buttons, and a screen
reader user finds them all, with their shortcuts, in one menu.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget


class ButtonAction(QAction):
    """Does what `button` does (a click, so nothing happens while it is disabled), with its text,
    icon and tool tip, and enabled while it is."""

    def __init__(self, button: QAbstractButton, owner: QWidget, shortcut: str = "") -> None:
        super().__init__(button.icon(), button.text(), owner)
        self.button = button
        if shortcut:
            self.setShortcut(QKeySequence(shortcut))
            # only while the focus is in this view: another view may give the same keys another job
            self.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.triggered.connect(lambda _=False: self.button.click())
        button.installEventFilter(self)
        self.refresh()
        _offer(owner, self)

    def refresh(self) -> None:
        """Its text afresh (End rep… becomes Reinstate for a rep who has ended)."""
        self.setText(self.button.text())
        self.setToolTip(self.button.toolTip() or self.button.text().replace("&", ""))
        self.setEnabled(self.button.isEnabled())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange:
            self.setEnabled(self.button.isEnabled())
        return False


class ChoiceAction(QAction):
    """Moves the focus to `combo` and opens its list, to choose with the arrow keys and Enter."""

    def __init__(self, combo: QComboBox, text: str, owner: QWidget, shortcut: str = "") -> None:
        super().__init__(text, owner)
        self.combo = combo
        if shortcut:
            self.setShortcut(QKeySequence(shortcut))
            self.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.triggered.connect(self._choose)
        _offer(owner, self)

    def refresh(self) -> None:
        self.setEnabled(self.combo.isEnabled())

    def _choose(self) -> None:
        self.combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.combo.showPopup()


_OFFERED = "_offered_actions"


def _offer(owner: QWidget, action: QAction) -> None:
    """Add `action` to `owner`, and keep it in a list of the owner's: Qt keeps the C++ action alive,
    but without a reference from Python the Python half (this class's methods) would be collected."""
    owner.addAction(action)
    offered: list[QAction] | None = getattr(owner, _OFFERED, None)
    if offered is None:
        offered = []
        setattr(owner, _OFFERED, offered)
    offered.append(action)


def mirror(owner: QWidget, *pairs: tuple[QAbstractButton, str],
           menu_of: QWidget | None = None) -> list[QAction]:
    """A ButtonAction in `owner` for each (button, shortcut); also in `menu_of`'s context menu."""
    actions: list[QAction] = [ButtonAction(button, owner, shortcut) for button, shortcut in pairs]
    if menu_of is not None:
        menu_of.addActions(actions)
    return actions


def refresh_all(actions: list[QAction]) -> None:
    for action in actions:
        refresh = getattr(action, "refresh", None)
        if refresh is not None:
            refresh()


def view_actions(view: QWidget | None) -> list[QAction]:
    """The actions a view offers (its buttons and choices), in the order they were made."""
    if view is None:
        return []
    return list(getattr(view, _OFFERED, []))


def tab_order(*widgets: QWidget) -> None:
    """Tab goes through `widgets` in this order."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
