"""The About dialog and the guide's viewer (unionrep/gui/about.py, help_viewer.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionrep import __version__
from unionrep.paths import data_dir


@pytest.fixture
def about(qtbot, tmp_path: Path):
    from unionrep.gui import rc_unionrep  # noqa: F401 — the icons
    from unionrep.gui.about import show_about

    dialog = show_about(None, tmp_path / "branch.db")
    qtbot.addWidget(dialog)
    return dialog


def test_about_names_version_licence_folders_and_fonts(about, tmp_path: Path) -> None:
    label_type = type(about.db_label)  # QLabel, without importing PySide6 outside the GUI tests
    texts = {label.objectName(): label.text() for label in about.findChildren(label_type)}
    assert __version__ in texts["version"]
    assert "GPL-3.0-or-later" in texts["licence"]
    assert texts["dataFolder"] == str(data_dir())
    assert texts["database"] == str(tmp_path / "branch.db")
    assert "DejaVu" in texts["credits"]
    assert about.isVisible()


def test_about_details_for_a_report(about, tmp_path: Path) -> None:
    details = about.details()
    assert f"unionrep {__version__}" in details
    assert str(data_dir()) in details
    assert str(tmp_path / "branch.db") in details


def test_about_copies_its_details(about, qapp) -> None:
    about.copy_details()
    assert qapp.clipboard().text() == about.details()


def test_about_without_a_database(qtbot) -> None:
    from unionrep.gui.about import show_about

    dialog = show_about(None, None)
    qtbot.addWidget(dialog)
    assert dialog.db_label.text() == "none open"


@pytest.mark.parametrize(("lang", "heading"), [("en", "A guide to unionrep"), ("cy", "Canllaw i unionrep")])
def test_help_shows_the_guide_in_the_language(qtbot, lang: str, heading: str) -> None:
    from unionrep.gui.help_viewer import show_help

    viewer = show_help(None, lang)
    qtbot.addWidget(viewer)
    text = viewer.browser.toPlainText()
    assert text.startswith(heading)
    assert "#" not in text.splitlines()[0]  # rendered, not shown as Markdown
    assert viewer.browser.document().toMarkdown().count("|") > 20  # the keyboard table is a table


def test_help_asked_twice_brings_the_open_one_forward(about) -> None:
    from unionrep.gui.help_viewer import show_help

    parent = about  # any window will do
    first = show_help(parent, "en")
    assert show_help(parent, "en") is first
    other = show_help(parent, "cy")
    assert other is not first
    assert other.browser.toPlainText().startswith("Canllaw")
