"""The user guide shipped in unionrep/help/: both languages, the same shape, really translated."""

from __future__ import annotations

import re

import pytest

from unionrep.help import LANGUAGES, guide, guide_name


def _headings(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("#")]


def _table_keys(text: str) -> list[str]:
    rows = [line for line in text.splitlines() if line.startswith("|")]
    return [row.split("|")[1].strip() for row in rows[2:]]  # after the header and its rule


@pytest.mark.parametrize("lang", LANGUAGES)
def test_guide_reads_in_each_language(lang: str) -> None:
    text = guide(lang)
    assert text.startswith("# ")
    assert len(text) > 4000
    assert "unionrep" in text


def test_a_language_without_a_guide_gets_english() -> None:
    assert guide_name("fr") == "guide.en.md"
    assert guide("fr") == guide("en")


def test_welsh_and_english_have_the_same_shape() -> None:
    en, cy = guide("en"), guide("cy")
    assert [h.split()[0] for h in _headings(en)] == [h.split()[0] for h in _headings(cy)]
    assert _table_keys(en) == _table_keys(cy)
    for pattern in (r"^\d+\. ", r"^- "):  # the same numbered steps and bullet points
        assert len(re.findall(pattern, en, re.M)) == len(re.findall(pattern, cy, re.M))


def test_the_welsh_guide_is_welsh() -> None:
    cy = guide("cy")
    assert _headings(cy)[0] == "# Canllaw i unionrep"
    assert set(_headings(cy)).isdisjoint(_headings(guide("en")))
    cy = " ".join(cy.split())  # lines are wrapped anywhere
    # the interface's own Welsh names for the views and the Pro Forma
    for term in ("Dangosfwrdd", "Cofnod", "Cynrychiolwyr a rolau", "Ceisiadau", "Anghydfodau",
                 "Gosodiadau", "Pro Fforma", "Tribiwnlys Cyflogaeth", "cymodi cynnar"):
        assert term in cy
    for english in ("Dashboard", "Requests", "Settings", " the "):
        assert english not in cy


def test_the_keyboard_table_lists_the_shortcuts() -> None:
    keys = _table_keys(guide("en"))
    for shortcut in ("Ctrl+N", "Ctrl+F", "Ctrl+Z", "Ctrl+Shift+Z", "Delete", "Enter", "F1", "Ctrl+Q"):
        assert shortcut in keys


def test_the_guide_and_help_keyboard_shortcuts_list_the_same_keys() -> None:
    from unionrep.gui.dialogs.help_dialog import SHORTCUTS

    assert [keys for keys, _ in SHORTCUTS] == _table_keys(guide("en"))
