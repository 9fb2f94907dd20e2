"""The window by the keyboard alone: Tab leaves every table, Tab reaches the Pro Forma and its
preview, every view's buttons are in the Actions menu with a shortcut that works, and the
dashboard's rep names open the rep on Return."""

from __future__ import annotations

import datetime as dt
import gc
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from unionrep.core.model import Entry

VIEWS = ("dashboard", "log", "reps", "requests", "disputes", "settings")


@pytest.fixture
def branch(steward, make_rep, service) -> Entry:
    """A request awaiting an answer, a draft, and a refusal in dispute: every view has rows."""
    service.add_entry(Entry(steward.id, "steward", dt.date(2025, 11, 3), 120, "duties", status="taken"))
    service.add_entry(Entry(steward.id, "steward", dt.date(2025, 12, 1), 60, "duties", status="draft"))
    from unionrep.app.facade import DisputeService

    other = make_rep("Dafydd ap Gwilym")
    refused = service.add_entry(Entry(other.id, "steward", dt.date(2025, 11, 24), 180, "duties",
                                      notice_on=dt.date(2025, 11, 10), status="requested",
                                      purpose="Disciplinary hearing"))
    DisputeService(service).open(refused.id, dt.date(2025, 11, 14), "Short staffed")
    return service.add_entry(Entry(steward.id, "steward", dt.date(2025, 12, 10), 180, "duties",
                                   start_time="09:00", end_time="12:00", status="requested",
                                   notice_on=dt.date(2025, 11, 20),
                                   purpose="Represent a member at a disciplinary hearing",
                                   location="County Hall, Ruthin"))


def _focus() -> QWidget | None:
    return QApplication.focusWidget()


def _inside(widget: QWidget | None, container: QWidget) -> bool:
    while widget is not None:
        if widget is container:
            return True
        widget = widget.parentWidget()
    return False


def _tables(view: QWidget) -> list[QAbstractItemView]:
    return [t for t in view.findChildren(QAbstractItemView)
            if t.isVisibleTo(view) and t.focusPolicy() & Qt.FocusPolicy.TabFocus]


def _tab_until(start: QWidget, found, most: int = 60, key=Qt.Key.Key_Tab) -> QWidget:
    """Press Tab (from `start`) until `found(focus)`; the widget found."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(most):
        QApplication.processEvents()
        widget = _focus()
        if widget is not None and widget is not start and found(widget):
            return widget
        from pytestqt.qtbot import QtBot

        QtBot.keyClick(widget or start, key)
    raise AssertionError(f"Tab never reached it; the focus is on {_focus()!r}")


def _every_page(window, key: str):
    """The view `key` shown, once for each tab of the rep page (its tables are on tabs)."""
    view = window.show_view(key)
    if key != "reps":
        yield view
        return
    tabs = view.page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield view


PRESSES = [(Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
           (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
           (Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier),
           (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)]


def test_tab_shift_tab_and_ctrl_tab_leave_every_table_of_every_view(branch, window, qtbot) -> None:
    seen = 0
    for key in VIEWS:
        for view in _every_page(window, key):
            for table in _tables(view):
                for press, modifier in PRESSES:
                    table.setFocus(Qt.FocusReason.TabFocusReason)
                    assert _focus() is table, f"{key}: {table.objectName()} takes no focus"
                    qtbot.keyClick(table, press, modifier)
                    assert not _inside(_focus(), table), \
                        f"{key}: {modifier.name}+{press.name} stays in {table.objectName()}"
                    seen += 1
    assert seen >= 4 * 9  # log, reps, roles, extensions, TOIL, requests, disputes, allowances, limits…


def test_the_keyboard_alone_makes_a_pro_forma_from_the_requests_view(branch, window, qtbot) -> None:
    pytest.importorskip("pypdfium2")
    pytest.importorskip("unionrep.pdf.proforma")
    view = window.show_view("requests")
    assert view.select_entry(branch.id)
    button = _tab_until(view.table, lambda w: w is view.proforma_button)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    # first the fields the form would print as "Not stated": typed in, then Return
    gaps = view.gaps_dialog
    assert gaps is not None and gaps.isVisible()
    qtbot.waitUntil(lambda: _inside(_focus(), gaps))
    qtbot.keyClicks(_focus(), "UNSAIN Cymru")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.preview is not None and view.preview.isVisible(), timeout=30_000)
    preview = view.preview
    # the pages' words are there for a screen reader, in reading order
    text = preview.text_view.toPlainText()
    assert branch.reference in text and "Represent a member at a disciplinary hearing" in text
    assert text.index("Page 1 of") < text.index(branch.reference)
    assert preview.page_labels[0].accessibleDescription() in text
    # Alt and a letter: one thing each in the preview too
    letters = [_alt_letter(b.text()) for b in (preview.save_button, preview.print_button, preview.open_button,
                                                 preview.close_button)]
    letters += [_alt_letter(preview.views.tabText(i)) for i in range(preview.views.count())]
    assert len(set(letters)) == len(letters) and None not in letters
    close = _tab_until(preview.save_button, lambda w: w is preview.close_button)
    qtbot.keyClick(close, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not preview.isVisible())


def _action(view, text: str):
    from unionrep.gui.widgets.view_actions import view_actions

    return next(a for a in view_actions(view) if a.text() == text)


def test_every_button_is_in_the_actions_menu_with_a_shortcut(branch, window) -> None:
    from unionrep.gui.widgets.view_actions import view_actions

    wanted = {
        "log": {"Edit…": "Ctrl+E", "Clear filters": "Ctrl+Shift+X"},
        "reps": {"Edit…": "Ctrl+E", "End rep…": "Ctrl+Shift+E", "Yearly statement…": "Ctrl+P",
                 "Year shown…": "Ctrl+Shift+Y", "Add rep…": "Ctrl+Shift+N"},
        "requests": {"Send request": "Ctrl+Shift+S", "Pro Forma…": "Ctrl+P",
                     "Language of the Pro Forma…": "Ctrl+Shift+L", "Record approval": "Ctrl+Shift+A",
                     "Record refusal…": "Ctrl+Shift+R", "Withdraw": "Ctrl+Shift+W"},
        "disputes": {"Escalate…": "Ctrl+Shift+E", "Record response…": "Ctrl+Shift+R",
                     "ACAS dates…": "Ctrl+Shift+D", "Letter…": "Ctrl+P", "New complaint…": "Ctrl+Shift+N"},
    }
    for key, actions in wanted.items():
        window.show_view(key)
        window._fill_actions_menu()
        gc.collect()  # an action Python no longer holds must still be offered, whole, the next time
        window._fill_actions_menu()
        listed = {a.text(): a.shortcut().toString() for a in window.actions_menu.actions()}
        assert listed == actions, key
        assert [a.text() for a in view_actions(window.view(key))] == list(actions)


def test_a_shortcut_does_what_its_button_does_while_the_focus_is_in_the_view(branch, window, service,
                                                                            qtbot) -> None:
    view = window.show_view("requests")
    assert view.select_entry(branch.id)
    view.table.setFocus()
    assert not _action(view, "Send request").isEnabled()  # a request, not a draft: as its button
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view.table, Qt.Key.Key_A, control_shift)
    assert service.get_entry(branch.id).status == "approved"
    # the context menu of the table (the Menu key) offers the same, with their shortcuts
    from PySide6.QtGui import QContextMenuEvent

    # what the window sends for the Menu key (QTest's key events bypass it)
    centre = view.table.viewport().rect().center()
    QApplication.sendEvent(view.table, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, centre,
                                                         view.table.viewport().mapToGlobal(centre)))
    menu = view.table.context_menu
    assert "Pro Forma…" in [a.text() for a in menu.actions()]
    menu.close()


def test_the_choices_have_labels_that_reach_them(branch, window, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    requests = window.show_view("requests")
    label = next(w for w in requests.findChildren(QLabel) if w.buddy() is requests.mode_combo)
    assert label.text() == "&Language:"
    reps = window.show_view("reps")
    label = next(w for w in reps.findChildren(QLabel) if w.buddy() is reps.page.year_combo)
    assert label.text() == "&Year:"
    reps.table.setFocus()
    qtbot.keyClick(reps.table, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert _focus() is reps.page.year_combo


def test_a_rep_name_on_the_dashboard_is_a_button_in_reading_order(branch, make_rep, window, qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    for number in range(8):  # more cards than the window shows at once
        make_rep(f"Rep {number}")
    window.ctx.notify("reps")
    dashboard = window.show_view("dashboard")
    qtbot.waitUntil(lambda: len(dashboard.cards) >= 10)
    links = [card.name_link for card in dashboard.cards]
    assert all(isinstance(link, QPushButton) for link in links)
    # Tab goes down the cards before it reaches the list of flags
    order = []
    widget = _tab_until(dashboard.year_combo, lambda w: w is dashboard.attention or w in links, most=80)
    while widget is not dashboard.attention:
        order.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = _focus()
    assert order == links
    # the last card scrolled into view when its name took the focus
    last = dashboard.cards[-1]
    viewport = dashboard.cards_scroll.viewport()
    top = last.mapTo(viewport, last.rect().topLeft()).y()
    assert top >= 0 and top + last.height() <= viewport.height()
    # Return opens the rep's page
    links[-1].setFocus()
    qtbot.keyClick(links[-1], Qt.Key.Key_Return)
    reps = window.view("reps")
    assert window.stack.currentWidget() is reps
    assert reps.table.current_record().id == dashboard.cards[-1].balance.rep.id


def test_tab_goes_on_from_the_allowances_table_to_the_last_setting(branch, window) -> None:
    from PySide6.QtWidgets import QPushButton

    settings = window.show_view("settings")
    last = next(b for b in settings.findChildren(QPushButton) if b.text() == "Open the data folder")
    assert _tab_until(settings.allowances, lambda w: w is last, most=80) is last
    # and the page scrolled to show it
    area = settings.scroll_area.viewport()
    top = last.mapTo(area, last.rect().topLeft()).y()
    assert top >= 0 and top + last.height() <= area.height()


def _alt_letter(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


@pytest.mark.usefixtures("english_afterwards")
@pytest.mark.parametrize("lang", ["en", "cy"])
def test_no_alt_letter_does_two_things_in_a_view(branch, window, ctx, qtbot, lang) -> None:
    """Alt and a letter reaches one thing: a menu of the menu bar, a button, a labelled field or a
    tab. Two with the same letter, and the key only cycles between them."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    if lang == "cy":
        ctx.set_language("cy")
        qtbot.waitUntil(lambda: window.view_actions["dashboard"].text() == "Dangosfwrdd")
    menus = [action.text() for action in window.menuBar().actions()]
    for key in VIEWS:
        view = window.show_view(key)
        texts = list(menus)
        texts += [w.text() for w in view.findChildren(QAbstractButton) if w.isVisibleTo(view)]
        texts += [w.text() for w in view.findChildren(QLabel)
                  if w.buddy() is not None and w.isVisibleTo(view)]
        texts += [bar.tabText(i) for bar in view.findChildren(QTabBar) for i in range(bar.count())]
        by_letter: dict[str, list[str]] = {}
        for text in texts:
            letter = _alt_letter(text)
            if letter:
                by_letter.setdefault(letter, []).append(text)
        assert {k: v for k, v in by_letter.items() if len(v) > 1} == {}, key
