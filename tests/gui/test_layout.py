"""The main window fits a small laptop in Welsh as in English: its minimum width, the settings page
scrolling only down, and allowance bars whose numbers are never cut short."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

VIEWS = ("dashboard", "log", "reps", "requests", "disputes", "settings")


@pytest.fixture(params=["cy", "en"])
def demo_window(request, qtbot, tmp_path, options) -> Iterator[object]:
    pytest.importorskip("unionrep.demo")
    from unionrep.demo import build_demo
    from unionrep.gui import rc_unionrep  # noqa: F401 — icons and translations
    from unionrep.gui.context import AppContext
    from unionrep.gui.main_window import MainWindow

    lang = request.param
    translator = QTranslator()
    if lang == "cy":
        assert translator.load(":/translations/unionrep_cy.qm")
        QCoreApplication.installTranslator(translator)
    path = tmp_path / "demo.db"
    service = build_demo(path).legacy
    try:
        win = MainWindow(AppContext(service, options, path, lang=lang))
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        for key in VIEWS:  # every view built, so each counts towards the window's minimum
            win.show_view(key)
            QApplication.processEvents()
        yield win
        win.close()
    finally:
        if lang == "cy":
            QCoreApplication.removeTranslator(translator)
        service.store.db.close()


def test_the_window_fits_a_small_laptop_in_either_language(demo_window) -> None:
    assert demo_window.minimumSizeHint().width() <= 1100
    for key in VIEWS:
        view = demo_window.show_view(key)
        assert view.minimumSizeHint().width() <= 1100 - 150, key  # beside the list of views


def test_the_log_filters_leave_room_to_type_a_search(demo_window) -> None:
    log = demo_window.show_view("log")
    QApplication.processEvents()
    bar = log.filters
    assert bar.minimumSizeHint().width() < 850
    assert bar.search.width() >= bar.search.fontMetrics().horizontalAdvance("M" * 9)
    # a choice cut short in the combo is read whole in the list it drops down
    category = bar.category
    longest = max(category.view().fontMetrics().horizontalAdvance(category.itemText(i))
                  for i in range(category.count()))
    assert category.view().minimumWidth() >= longest


def test_settings_scroll_down_never_sideways(demo_window, qtbot) -> None:
    settings = demo_window.show_view("settings")
    for width in (1280, 1024):
        demo_window.resize(width, 800)
        QApplication.processEvents()
        qtbot.waitUntil(lambda: not settings.scroll_area.horizontalScrollBar().isVisible())
        body = settings.scroll_area.widget()
        assert body.width() <= settings.scroll_area.viewport().width()


def test_allowance_numbers_take_a_second_line_rather_than_be_cut(demo_window, qtbot) -> None:
    from unionrep.gui.widgets.allowance_bar import AllowanceBar

    demo_window.resize(1024, 760)
    requests = demo_window.show_view("requests")
    requests.table.select_first()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: requests.card is not None)
    bars = requests.card.findChildren(AllowanceBar)
    assert bars
    qtbot.waitUntil(lambda: all(b.height() >= b.heightForWidth(b.width()) for b in bars))
    for bar in bars:
        bold = QFont(bar.font())
        bold.setBold(True)
        one_line = (QFontMetrics(bold).horizontalAdvance(bar.data.label) + 16
                    + bar.fontMetrics().horizontalAdvance(bar.data.summary()))
        if one_line > bar.width():  # too long for one line: the numbers have a line of their own
            assert bar.height() >= 2 * bar.fontMetrics().height() + 10, bar.data.label
    if requests.ctx.lang == "cy":  # the card beside the requests is narrow: some numbers went below
        assert any(b.height() > b.minimumSizeHint().height() for b in bars)
