"""The one catalogue: every family of texts gathered under one set of keys, and the lookup the
core, the command line and the documents share."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from unionrep.i18n import changes, cli, core, disputes, errors, exchange, gui, letters, names, pdf, store
from unionrep.i18n.lang import current_lang
from unionrep.i18n.text import Text, fill


def gathered(*families: Mapping[str, Text]) -> dict[str, Text]:
    """The families as one dict; a key in two families is a mistake, refused at import."""
    catalogue: dict[str, Text] = {}
    for family in families:
        twice = catalogue.keys() & family.keys()
        if twice:
            raise ValueError(f"catalogue keys defined twice: {sorted(twice)}")
        catalogue.update(family)
    return catalogue


CATALOGUE: dict[str, Text] = gathered(
    names.STATUS_NAMES,
    names.VALUE_KINDS,
    names.WORDS,
    pdf.PDF_LABELS,
    letters.LETTER_TEXTS,
    disputes.DISPUTE_TEXTS,
    cli.CLI_DISPUTE_LABELS,
    cli.CLI_RELIABILITY,
    exchange.ICS_TEXTS,
    exchange.CSV_COLUMNS,
    exchange.RECORD_NAMES,
    gui.GUI_HELP,
    store.STORE_ERRORS,
    store.STORE_PROMPTS,
    changes.CHANGE_TEXTS,
    changes.CHANGE_SINCE_OPENING,
    changes.CHANGE_STATES,
    core.CORE_MESSAGES,
    cli.CLI_DOCUMENTS,
    cli.CLI_SETTINGS,
    errors.NOT_FOUND,
    errors.ERROR_WORDS,
    exchange.EXCHANGE_MESSAGES,
    exchange.SYNC_MESSAGES,
    cli.CLI_TEXT,
    cli.CLI_FIELDS,
)


def text(key: str) -> Text:
    """The entry `key` in both languages (KeyError for a key the catalogue does not hold)."""
    return CATALOGUE[key]


def say(key: str, /, lang: str | None = None, **params: Any) -> str:
    """The entry `key` in `lang` (default: the current language), filled with `params`; a Text
    parameter is put in the same language."""
    chosen = lang or current_lang()
    return fill(text(key).said_in(chosen), params, chosen)
