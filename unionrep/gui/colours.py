"""The few colours the window uses beyond the palette, chosen for a light or a dark palette.

A dark palette (the system's dark mode, or a dark theme) gets lighter tones of the same hues, so
that red, amber and blue text still stands out from the background. Colour is never the only signal:
every message says what is wrong in words, and every bar writes its numbers beside it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# role: (on a light background, on a dark background)
_COLOURS = {
    "error": ("#9b2c24", "#ff9b8f"),
    "warning": ("#8a4b08", "#f0b35a"),
    "muted": ("#4a4f57", "#b7bcc4"),
    "used": ("#2d6cb5", "#6ea6ea"),
    "near": ("#b8660b", "#e99a3c"),
    "over": ("#b3261e", "#f07268"),
    "pending": ("#6f8fb8", "#8fb0d8"),
    "track": ("#e4e8ee", "#3a3f47"),
    "track_border": ("#b9c1cc", "#5d6570"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """True where the window's background is dark (its lightness below half)."""
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(role: str, palette: QPalette | None = None) -> QColor:
    light, dark = _COLOURS[role]
    return QColor(dark if is_dark(palette) else light)


def css(role: str, palette: QPalette | None = None) -> str:
    """A style sheet giving a label's text the colour `role`: "color: #9b2c24"."""
    return f"color: {colour(role, palette).name()}"
