"""Window sizes that fit the screen: a 1366×768 laptop loses a panel and a title bar from its 768
rows, so a window asks for what it would like and gets no more than the screen has room for."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# what the window manager adds around a window (title bar, borders), unknown until it is shown
FRAME = QSize(16, 40)


def fitted_size(wanted: QSize, available: QRect) -> QSize:
    """`wanted`, made no wider or taller than the `available` part of a screen less a frame."""
    return QSize(max(1, min(wanted.width(), available.width() - FRAME.width())),
                 max(1, min(wanted.height(), available.height() - FRAME.height())))


def available_area(widget: QWidget) -> QRect | None:
    """The screen's area not taken by panels and docks, for the screen `widget` is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(widget: QWidget, wanted: QSize) -> None:
    """Resize `widget` to `wanted`, or to the screen's room where that is less, and keep it on it."""
    area = available_area(widget)
    if area is None:
        widget.resize(wanted)
        return
    size = fitted_size(wanted, area)
    widget.resize(size)
    if not area.contains(widget.frameGeometry()):
        widget.move(area.left() + max(0, (area.width() - size.width() - FRAME.width()) // 2),
                    area.top() + max(0, (area.height() - size.height() - FRAME.height()) // 2))
