"""What a screen reader and a dark palette get: a name for every control, the numbers of each
allowance bar in words, status messages that reach the reader, and colours that stay readable."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from unionrep.gui import colours

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView, QTextEdit,
               QPlainTextEdit)


@pytest.fixture
def branch_with_work(steward, session):
    """A request, a taken entry and a refusal in dispute."""
    from unionrep.core.model import Entry

    session.entries.add(Entry(steward.id, "steward", dt.date(2025, 11, 3), 120, "duties", status="taken"))
    entry = session.entries.add(Entry(steward.id, "steward", dt.date(2025, 11, 24), 180, "duties",
                                      notice_on=dt.date(2025, 11, 10), status="requested",
                                      purpose="Hearing")).result
    session.disputes.open(entry.id, dt.date(2025, 11, 14), "Short staffed")
    session.entries.add(Entry(steward.id, "steward", dt.date(2025, 12, 10), 60, "duties",
                              notice_on=dt.date(2025, 11, 20), status="requested"))
    return steward


def _spoken_name(widget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _unnamed(view) -> list[str]:
    """Each control of `view` that Tab can reach (shown, or on a tab not chosen) with no name."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabWidget, QWidget

    pages = [view]
    for tabs in view.findChildren(QTabWidget):
        pages += [tabs.widget(i) for i in range(tabs.count())]
    missing = []
    for widget in view.findChildren(QWidget):
        reachable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        shown = any(widget is page or (page.isAncestorOf(widget) and widget.isVisibleTo(page))
                    for page in pages)
        if (not reachable or not shown or isinstance(widget, QHeaderView)
                or isinstance(widget.parent(), QComboBox | QAbstractSpinBox)):
            continue
        if not _spoken_name(widget).strip():
            missing.append(f"{widget.metaObject().className()} {widget.objectName()!r}")
    return missing


@pytest.mark.usefixtures("english_afterwards")
@pytest.mark.parametrize("lang", ["en", "cy"])
def test_every_control_of_every_view_has_a_name_a_screen_reader_can_say(branch_with_work, window, ctx,
                                                                        qtbot, lang) -> None:
    if lang == "cy":
        ctx.set_language("cy")
        qtbot.waitUntil(lambda: window.view_actions["dashboard"].text() == "Dangosfwrdd")
    for key in ("dashboard", "log", "reps", "requests", "disputes", "settings"):
        view = window.show_view(key)
        assert _unnamed(view) == [], key


def test_the_main_controls_are_described(steward, window) -> None:
    described = {
        "dashboard": [window.view("dashboard").attention, window.view("dashboard").year_combo],
        "log": [window.view("log").table, window.view("log").filters.search],
        "reps": [window.view("reps").search],
        "settings": [window.view("settings").lang_combo],
    }
    for key, widgets in described.items():
        for widget in widgets:
            assert widget.accessibleDescription(), f"{key}: {widget.objectName()} is not described"
    assert window.views_bar.accessibleDescription()


def test_an_allowance_bar_says_its_numbers(qapp) -> None:
    from unionrep.gui.widgets.allowance_bar import AllowanceBar, BarData

    bar = AllowanceBar(BarData("Steward", "hours", Fraction(6081, 100), Fraction(85, 2), Fraction(6),
                               explain=["60.81 h: 100 h pro rata for 22.5 of 37 hours a week"]))
    assert bar.accessibleName() == "Steward: 42.5 of 60.81 h used, 6 h pending, 18.31 h left"
    assert "pro rata" in bar.accessibleDescription()
    bar.set_data(BarData("Steward", "hours", Fraction(60), Fraction(65)))
    assert bar.accessibleName() == "Steward: 65 of 60 h used — over by 5 h"
    assert bar.accessibleDescription() == "Over the allowance."  # in words, not only in red
    bar.set_data(BarData("Steward", "hours", Fraction(60), Fraction(57)))
    assert bar.accessibleDescription() == "Near the allowance."


def test_a_status_message_reaches_a_screen_reader(window) -> None:
    window.statusBar().showMessage("Saved 2.5 h for 2025-11-20.")
    assert _spoken_name(window.statusBar()) == "Saved 2.5 h for 2025-11-20."
    window.statusBar().clearMessage()
    assert _spoken_name(window.statusBar()) == "Status bar"
    where = window.findChild(type(window.status_label), "whereLabel")
    assert where is not None and _spoken_name(where) == where.text()


def test_colours_stay_readable_on_a_dark_palette() -> None:
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#f4f4f4"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    assert not colours.is_dark(light) and colours.is_dark(dark)
    for role in ("error", "warning", "used", "over"):
        on_light, on_dark = colours.colour(role, light), colours.colour(role, dark)
        assert on_light != on_dark
        # the text colour is on the far side of the background's lightness
        assert on_light.lightness() < 128 < on_dark.lightness(), role
    assert colours.css("error", dark) == f"color: {colours.colour('error', dark).name()}"
