"""The Help menu of the main window: the guide (F1), the keyboard shortcuts, and About."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser


def _help_menu_action(window, text: str) -> QAction:
    """The Help menu's item called `text` (as the user reads it, without the & of its mnemonic)."""
    (help_menu,) = [a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"]
    items = {a.text().replace("&", ""): a for a in help_menu.actions() if not a.isSeparator()}
    assert text in items, f"Help menu has {sorted(items)}"
    return items[text]


def test_the_help_menu_lists_guide_shortcuts_and_about(window) -> None:
    guide = _help_menu_action(window, "unionrep guide")
    assert guide.shortcut().toString() == "F1"
    _help_menu_action(window, "Keyboard shortcuts")
    _help_menu_action(window, "About unionrep")


@pytest.mark.parametrize(("lang", "heading"), [("en", "A guide to unionrep"), ("cy", "Canllaw i unionrep")])
def test_the_guide_opens_in_the_current_language(window, qtbot, lang: str, heading: str) -> None:
    from unionrep.gui.help_viewer import HelpViewer

    window.ctx.lang = lang  # as if the app had started in that language
    _help_menu_action(window, "unionrep guide").trigger()
    qtbot.waitUntil(lambda: any(v.isVisible() for v in window.findChildren(HelpViewer)))
    (viewer,) = window.findChildren(HelpViewer)
    assert viewer.lang == lang
    text = viewer.browser.toPlainText()
    assert text.startswith(heading)
    assert "Ctrl+Shift+Z" in text and "Ctrl+Q" in text  # the keyboard table is in the guide
    viewer.close()


def test_f1_opens_the_guide_and_asking_again_keeps_one(window, qtbot) -> None:
    from unionrep.gui.help_viewer import HelpViewer

    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: len(window.findChildren(HelpViewer)) == 1)
    _help_menu_action(window, "unionrep guide").trigger()
    assert len(window.findChildren(HelpViewer)) == 1


def test_keyboard_shortcuts_opens_the_shortcut_table(window, qtbot) -> None:
    from unionrep.gui.dialogs.help_dialog import HelpDialog

    _help_menu_action(window, "Keyboard shortcuts").trigger()
    qtbot.waitUntil(lambda: window.findChild(HelpDialog) is not None)
    dialog = window.findChild(HelpDialog)
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.findChild(QTextBrowser).toPlainText()
    for keys in ("Ctrl+1 … Ctrl+6", "Ctrl+N", "Ctrl+F", "Ctrl+Z", "Ctrl+Shift+Z", "Delete", "F1", "Ctrl+Q"):
        assert keys in text
    assert "The unionrep guide" in text
    dialog.reject()


def test_about_shows_the_licence_and_where_the_data_is(window, qtbot, db_path) -> None:
    from unionrep import __version__
    from unionrep.gui.about import AboutDialog

    _help_menu_action(window, "About unionrep").trigger()
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is not None)
    about = window.findChild(AboutDialog)
    qtbot.waitUntil(about.isVisible)
    labels = {label.objectName(): label.text() for label in about.findChildren(QLabel)}
    assert __version__ in labels["version"]
    assert "GNU General Public Licence, version 3 or any later version" in labels["licence"]
    assert "GPL-3.0-or-later" in labels["licence"]
    assert labels["dataFolder"] == os.environ["UNIONREP_DATA_DIR"]
    assert labels["database"] == str(db_path)
    about.reject()


def test_f1_opens_the_guide_from_a_dialog_too(window, qtbot) -> None:
    from unionrep.gui.help_viewer import HelpViewer

    window.new_entry()
    dialog = window.quick_entry
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.ui.purposeEdit.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.ui.purposeEdit, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: len(window.findChildren(HelpViewer)) == 1)
    dialog.reject()
