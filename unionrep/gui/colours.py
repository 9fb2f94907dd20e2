"""The few colours the window uses beyond the palette, chosen for a light or a dark palette.

A dark palette (the system's dark mode, or a dark theme) gets lighter tones of the same hues, so
that red, amber and blue text still stands out from the background. Colour is never the only signal:
every message says what is wrong in words, and every bar writes its numbers beside it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

# role: (on a light background, on a dark background)
_COLOURS = {
    "error": ("#9b2c24", "#ff9b8f"),
    "warning": ("#8a4b08", "#f0b35a"),
    "muted": ("#4a4f57", "#b7bcc4"),
    # an allowance bar: used (solid), pending (stripes of "pending" on the track), the empty track
    # inside its border. Each at least 3:1 against the track and the border against the card
    # (WCAG 1.4.11), on a light card down to #e0e0e0 and a dark one up to #404040
    "used": ("#1f5fa8", "#8ab4f8"),
    "near": ("#8a4b08", "#f0b35a"),
    "over": ("#b3261e", "#f28b82"),
    "pending": ("#3a5f8f", "#a8c7fa"),
    "track": ("#ffffff", "#15171a"),
    "track_border": ("#5f6873", "#9aa3ad"),
}

# where the system asks for more contrast: the bars in the plainest colours
_HIGH_CONTRAST = {
    "used": ("#00306e", "#9fd0ff"),
    "near": ("#5c3200", "#ffd27a"),
    "over": ("#8b0000", "#ff9e94"),
    "pending": ("#000000", "#ffffff"),
    "track": ("#ffffff", "#000000"),
    "track_border": ("#000000", "#ffffff"),
}


HIGH_CONTRAST_PALETTE = 20.0  # window and text this far apart (21 is black on white): a high-contrast theme


def is_dark(palette: QPalette | None = None) -> bool:
    """True where the window's background is dark (its lightness below half)."""
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def high_contrast(palette: QPalette | None = None) -> bool:
    """True where the system asks for high contrast (Qt 6.10 and later can tell), or the palette
    is a high-contrast one: pure black on white or white on black, as high-contrast themes are."""
    if palette is None:
        palette = QGuiApplication.palette()
    window, text = (palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText))
    if contrast(window, text) >= HIGH_CONTRAST_PALETTE:
        return True
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    preference = getattr(Qt, "ContrastPreference", None)
    if accessibility is None or preference is None:
        return False
    return bool(accessibility().contrastPreference() == preference.HighContrast)


def colour(role: str, palette: QPalette | None = None, *, more_contrast: bool | None = None) -> QColor:
    """The colour `role` on this palette; the high-contrast set where the system asks for it."""
    if more_contrast is None:
        more_contrast = high_contrast(palette)
    light, dark = (_HIGH_CONTRAST if more_contrast and role in _HIGH_CONTRAST else _COLOURS)[role]
    return QColor(dark if is_dark(palette) else light)


def luminance(c: QColor) -> float:
    """WCAG 2 relative luminance."""
    def linear(channel: int) -> float:
        v = channel / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_highlight(palette: QPalette, least: float = 4.5) -> QPalette:
    """`palette` with its selection colour darkened (or lightened, under dark text) until the
    selected text reaches `least` contrast: Fusion's white on #308cc6 is only 3.69:1."""
    fixed = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = fixed.color(group, QPalette.ColorRole.HighlightedText)
        highlight = fixed.color(group, QPalette.ColorRole.Highlight)
        fixed.setColor(group, QPalette.ColorRole.Highlight, readable_against(highlight, text, least))
    return fixed


def readable_against(colour: QColor, other: QColor, least: float = 4.5) -> QColor:
    """`colour`, moved towards black (against a light `other`) or white (against a dark one) no
    further than it takes to stand `least` apart from `other`."""
    # below this luminance white stands further from a colour than black does
    target = QColor("black") if luminance(other) > 0.179 else QColor("white")
    for step in range(21):
        share = step / 20
        mixed = QColor.fromRgbF(*(a + (b - a) * share for a, b in (
            (colour.redF(), target.redF()), (colour.greenF(), target.greenF()),
            (colour.blueF(), target.blueF()))))
        if contrast(mixed, other) >= least:
            return mixed
    return target


def keep_selection_readable(app: QGuiApplication) -> None:
    """Give `app` a readable selection colour now, and again whenever the palette changes (the
    system switching to dark mode or to high contrast, where 7:1 is asked for)."""
    def fix() -> None:
        least = 7.0 if high_contrast(app.palette()) else 4.5
        fixed = readable_highlight(app.palette(), least)
        if fixed != app.palette():
            app.setPalette(fixed)

    fix()
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(lambda _scheme: fix())
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        accessibility().contrastPreferenceChanged.connect(lambda _preference: fix())


def css(role: str, palette: QPalette | None = None) -> str:
    """A style sheet giving a label's text the colour `role`: "color: #9b2c24"."""
    return f"color: {colour(role, palette).name()}"
