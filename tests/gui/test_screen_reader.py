"""What a screen reader is told beyond the controls' names (the quick-entry preview and its problem
line, an entry's details, the urgent banner's icon), and contrast measured from the colours painted:
the allowance bars and a selected row, in light, dark and high-contrast palettes."""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette

from unionrep.core.model import Entry
from unionrep.gui import colours
from unionrep.gui import options as opt


@pytest.fixture
def announced(monkeypatch) -> list[tuple[str, str]]:
    """(widget's object name, message) of each announcement made to a screen reader."""
    from unionrep.gui import screen_reader

    said: list[tuple[str, str]] = []
    monkeypatch.setattr(screen_reader, "send",
                        lambda event: said.append((event.object().objectName(), event.message())))
    return said


def test_the_quick_entry_preview_and_its_problem_are_said(steward, window, ctx, qtbot, announced) -> None:
    ctx.options.set(opt.LAST_REP, steward.id)
    window.new_entry()
    dialog = window.quick_entry
    qtbot.keyClicks(dialog.ui.hoursEdit, "2.5")
    qtbot.waitUntil(lambda: "after this entry 2.5 h used" in dialog.ui.previewLabel.text())
    # the numbers, not only the heading: 0 + 2.5 = 2.5 of the steward's 100 h, 97.5 h left
    description = dialog.ui.previewLabel.accessibleDescription()
    assert ("Branch officer / steward: now 0 h used, 0 h pending of 100 h; "
            "after this entry 2.5 h used, 0 h pending (97.5 h left)") in description
    assert "<" not in description  # words, not markup
    assert announced == []
    dialog.ui.hoursEdit.clear()
    qtbot.keyClicks(dialog.ui.hoursEdit, "two")
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible())
    problem = dialog.ui.errorLabel.text()
    assert problem.startswith("hours:")
    assert dialog.ui.errorLabel.accessibleDescription() == problem
    assert announced == [("errorLabel", problem)]  # said once as it appears, not again while it stays
    dialog.update_preview()
    assert announced == [("errorLabel", problem)]


def test_entry_details_read_as_words_without_frame_markers(steward, session, qapp) -> None:
    from unionrep.gui.widgets.entry_details import EntryDetails

    entry = session.entries.add(Entry(steward.id, "steward", dt.date(2025, 11, 3), 120, "duties",
                                      purpose="Grievance hearing", location="County Hall")).result
    for side_by_side in (False, True):
        details = EntryDetails(session, "en", side_by_side=side_by_side)
        details.show_entry(entry.id)
        text = QAccessible.queryAccessibleInterface(details).textInterface()
        said = text.text(0, text.characterCount())
        assert "\ufdd0" not in said and "\ufdd1" not in said
        assert "Purpose:\xa0Grievance hearing" in said and "Location:\xa0County Hall" in said


def test_the_most_urgent_icon_is_named(steward, session, window) -> None:
    for day in range(1, 13):  # 108 of 100 h: over the cap, an important flag in the banner
        session.entries.add(Entry(steward.id, "steward", dt.date(2025, 6, day), 9 * 60, "duties"))
    window.ctx.notify("entries")
    dashboard = window.show_view("dashboard")
    assert dashboard.banner.isVisibleTo(dashboard)
    assert dashboard.banner_icon.accessibleName() == "Important"


# -- contrast ----------------------------------------------------------------------------------

CARDS = {"light": ("#ffffff", "#efefef", "#e0e0e0"), "dark": ("#202124", "#353535", "#404040")}


def _palette(window_colour: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window_colour))
    return palette


def _painted(bar, card: str) -> QImage:
    bar.setPalette(_palette(card))
    bar.resize(400, bar.heightForWidth(400))
    return bar.grab().toImage()


def test_wcag_contrast_is_worked_out_as_the_standard_says() -> None:
    # white on black 21:1; white on #308cc6 (L = 0.2126·0.0295 + 0.7152·0.2623 + 0.0722·0.5647
    # = 0.2351) is 1.05 / 0.2851 = 3.68:1
    assert colours.contrast(QColor("white"), QColor("black")) == pytest.approx(21)
    assert colours.contrast(QColor("white"), QColor("#308cc6")) == pytest.approx(3.69, abs=0.01)


@pytest.mark.parametrize("more_contrast", [False, True])
@pytest.mark.parametrize("shade", ["light", "dark"])
def test_the_bars_parts_stand_3_to_1_apart(qapp, monkeypatch, shade, more_contrast) -> None:
    """Sampled from the bar as painted: used, the pending stripes, the gaps between them (the
    track), the border and the card around it (WCAG 1.4.11 asks 3:1 of graphics)."""
    from unionrep.gui.widgets.allowance_bar import AllowanceBar, BarData

    monkeypatch.setattr(colours, "high_contrast", lambda _palette=None: more_contrast)
    for card in CARDS[shade]:
        for data in (BarData("Steward", "hours", Fraction(100), Fraction(40), Fraction(30)),
                     BarData("Steward", "hours", Fraction(100), Fraction(95), Fraction(4)),  # near
                     BarData("Steward", "hours", Fraction(100), Fraction(120))):  # over
            bar = AllowanceBar(data)
            image = _painted(bar, card)
            top = bar._text_height(bar.width()) + 3  # the bar: 10 px high, its border's top row here
            y = top + 5
            scale = bar.width() - 4
            used = image.pixelColor(int(scale * 0.2), y)
            track_border = image.pixelColor(int(scale * 0.9), top)
            # the pending part, 40 to 70 of 100: its darkest and lightest pixels, stripe and gap
            row = [image.pixelColor(x, y) for x in range(int(scale * 0.45), int(scale * 0.65))]
            parts = {"used": used, "border": track_border, "card": QColor(card)}
            if data.pending and not data.near:
                darkest, lightest = min(row, key=colours.luminance), max(row, key=colours.luminance)
                stripe, gap = (darkest, lightest) if shade == "light" else (lightest, darkest)
                parts |= {"stripe": stripe, "track": gap}
                assert colours.contrast(used, gap) >= 3, (card, data)
                assert colours.contrast(stripe, gap) >= 3, (card, data)
            assert colours.contrast(used, QColor(card)) >= 3, parts
            assert colours.contrast(track_border, QColor(card)) >= 3, parts
            # the painted colours are the table's, not something else the style drew
            track = colours.colour("track", bar.palette())
            assert colours.contrast(used, track) >= 3
            assert colours.contrast(colours.colour("pending", bar.palette()), track) >= 3


def test_a_selected_row_is_readable_in_every_palette(qapp) -> None:
    from PySide6.QtWidgets import QApplication, QStyleFactory

    fusion = QStyleFactory.create("Fusion").standardPalette()
    dark = QPalette(fusion)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#2a82da"))
    dark.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    dim = QPalette(fusion)  # a theme with dark text on a pale selection
    dim.setColor(QPalette.ColorRole.Highlight, QColor("#9cc3e6"))
    dim.setColor(QPalette.ColorRole.HighlightedText, QColor("#606060"))
    for palette, least in ((fusion, 4.5), (dark, 4.5), (dim, 4.5), (fusion, 7.0)):
        fixed = colours.readable_highlight(palette, least)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            text = fixed.color(group, QPalette.ColorRole.HighlightedText)
            assert colours.contrast(text, fixed.color(group, QPalette.ColorRole.Highlight)) >= least
    assert fusion.color(QPalette.ColorRole.Highlight).name() == "#308cc6"  # the 3.69:1 of the issue
    # the app's own palette, as unionrep sets it at start
    app = QApplication.instance()
    before = app.palette()
    try:
        app.setPalette(fusion)
        colours.keep_selection_readable(app)
        table_palette = app.palette()
        assert colours.contrast(table_palette.color(QPalette.ColorRole.HighlightedText),
                                table_palette.color(QPalette.ColorRole.Highlight)) >= 4.5
    finally:
        app.setPalette(before)


def test_high_contrast_is_read_from_the_system(qapp) -> None:
    from PySide6.QtGui import QGuiApplication

    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "accessibility"):
        pytest.skip("this Qt cannot tell")
    wanted = hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    grey = _palette("#efefef")
    grey.setColor(QPalette.ColorRole.WindowText, QColor("#202020"))
    assert colours.high_contrast(grey) is wanted  # an ordinary palette: as the system says
    assert colours.colour("track_border", grey, more_contrast=True) == QColor("#000000")
    assert colours.colour("track_border", grey, more_contrast=False) != QColor("#000000")
    # a high-contrast theme's palette (white on black): its colours, whatever the hint says
    theme = _palette("#000000")
    theme.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
    assert colours.high_contrast(theme)
    assert colours.colour("pending", theme) == QColor("#ffffff")


def test_a_status_message_is_announced_politely(window, announced) -> None:
    window.statusBar().showMessage("Saved 2.5 h for 2025-11-20.")
    assert announced[-1][1] == "Saved 2.5 h for 2025-11-20."
    window.statusBar().clearMessage()
    assert len(announced) == 1  # the bar emptied says nothing


def test_a_rep_name_reads_against_its_card_whatever_the_theme_s_link_colour(qapp, steward, session) -> None:
    from unionrep.gui.widgets.balance_card import BalanceCard, RepLink

    palette = _palette("#202124")
    palette.setColor(QPalette.ColorRole.Link, QColor("#0000ff"))  # a dark theme left with light's blue
    assert colours.contrast(QColor("#0000ff"), QColor("#202124")) < 4.5
    card = BalanceCard.of(session.balances.of(steward.id, dt.date(2025, 11, 20), "en"), session.profile, "en")
    card.setPalette(palette)
    link = RepLink(steward.name, card)
    shown = QColor(re.search(r"color: (#[0-9a-f]{6})", link.styleSheet()).group(1))
    assert colours.contrast(shown, QColor("#202124")) >= 4.5
