"""One message catalogue for the core, the command line, the store and the documents (the window's
own words are Qt's, in resources/translations; it takes statuses and dates from here).

Every entry is a Text(en=..., cy=...) — English first, always — under a key whose first part names
its family ("flag.over", "pdf.title", "cli.rep.added"); say(key, lang, **params) is the one lookup
and set_lang / current_lang the one choice of language. A parameter that is itself a Text is said
in the language of the sentence around it.

To add a sentence, add its Text under a new key to the family module of its area (core, errors,
disputes, exchange, cli, cli_help, store, pdf, letters, names, dates, gui) — never a table of
(English, Welsh) pairs elsewhere: tests/i18n check both languages are there with the same
{placeholders}, that no key is defined twice, that every key the code names exists, and that no
module outside this package holds such a table. An error's rule is keyed by its English template
(errors.ERRORS), as gettext would.

Imports nothing of unionrep: every layer may use it. Its families are imported when the catalogue is
first read, not with this package: a window's first paint says nothing from it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Any

from unionrep.i18n.lang import current_lang, set_lang, system_lang
from unionrep.i18n.text import LANGS, Lang, Text, capitalised, fill


def _catalogue() -> ModuleType:
    from unionrep.i18n import catalogue

    return catalogue


class _Catalogue(Mapping[str, Text]):
    """unionrep.i18n.catalogue's CATALOGUE, gathered when first read."""

    def __getitem__(self, key: str) -> Text:
        entries: dict[str, Text] = _catalogue().CATALOGUE
        return entries[key]

    def __contains__(self, key: object) -> bool:
        return key in _catalogue().CATALOGUE

    def __iter__(self) -> Iterator[str]:
        return iter(_catalogue().CATALOGUE)

    def __len__(self) -> int:
        return len(_catalogue().CATALOGUE)


CATALOGUE: Mapping[str, Text] = _Catalogue()


def text(key: str) -> Text:
    """The entry `key` in both languages (KeyError for a key the catalogue does not hold)."""
    looked_up: Text = _catalogue().text(key)
    return looked_up


def say(key: str, /, lang: str | None = None, **params: Any) -> str:
    """The entry `key` in `lang` (default: the current language), filled with `params`; a Text
    parameter is put in the same language."""
    said: str = _catalogue().say(key, lang, **params)
    return said

__all__ = ["CATALOGUE", "LANGS", "Lang", "Text", "capitalised", "current_lang", "fill", "say", "set_lang",
           "system_lang", "text"]
