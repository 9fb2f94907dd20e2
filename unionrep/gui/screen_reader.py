"""What a screen reader is told beyond the widgets' names: announcements (a problem as it appears)
and rich text as the plain words it reads."""

from __future__ import annotations

from typing import Any

from PySide6 import QtGui
from PySide6.QtGui import QAccessible, QAccessibleEvent, QTextDocument
from PySide6.QtWidgets import QWidget

# Qt 6.8 and later; before, an alert
_ANNOUNCEMENT: Any = getattr(QtGui, "QAccessibleAnnouncementEvent", None)


def plain_text(html: str) -> str:
    """The words of a piece of rich text, a line for each line shown."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText().replace("\u2028", "\n").strip()


def announce(widget: QWidget, text: str, *, assertive: bool = True) -> None:
    """Have a screen reader say `text` now (Qt passes it on only where one is listening)."""
    if _ANNOUNCEMENT is not None:
        event = _ANNOUNCEMENT(widget, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                            else QAccessible.AnnouncementPoliteness.Polite)
        send(event)
    else:
        send(QAccessibleEvent(widget, QAccessible.Event.Alert))


def send(event: QAccessibleEvent) -> None:
    QAccessible.updateAccessibility(event)
