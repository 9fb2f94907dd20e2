"""How an error is said in either language: its English template and parameters, the Welsh
from the catalogue (unionrep.i18n.errors: ERRORS, keyed by the English template word for word,
with the same {placeholders}). tests/core/test_error_catalogue.py walks the source and fails on a
rule that is not a plain literal or has no Welsh there.
"""

from __future__ import annotations

from typing import Any

from unionrep.i18n import CATALOGUE, Text, current_lang, fill, say, text
from unionrep.i18n.errors import ERRORS_CY


class Words(Text):
    """A parameter said differently in each language (a category's name, a ladder's step); as
    text, it is said in the current language."""

    __slots__ = ()

    def __str__(self) -> str:
        return self.said_in(current_lang())


def render(template: str, params: dict[str, Any], lang: str | None = None) -> str:
    """`template` in `lang` (default: the current language), filled with `params`; a Words
    parameter is put in the same language."""
    chosen = lang or current_lang()
    if chosen == "cy":
        template = ERRORS_CY.get(template, template)
    return fill(template, params, chosen)


class Said(str):
    """A sentence of the catalogue that is its English (so --json and anything
    that treats it as text see the English) and can be said in Welsh with .text("cy")."""

    key: str
    params: dict[str, Any]

    def __new__(cls, key: str, /, **params: Any) -> Said:
        said = super().__new__(cls, fill(text(key).en, params, "en"))
        said.key = key
        said.params = params
        return said

    def text(self, lang: str | None = None) -> str:
        return say(self.key, lang, **self.params)

    def __reduce__(self) -> tuple[Any, ...]:
        return said_again, (self.key, self.params)


def said_again(key: str, params: dict[str, Any]) -> Said:
    """A Said made again from its key and parameters (as pickle remakes one)."""
    return Said(key, **params)


def unit_words(unit: str) -> Words:
    """A unit of allowance (hours, days …) in both languages."""
    return Words(*CATALOGUE.get(f"unit.{unit}", (unit, unit)))


def said_text(text: str, lang: str | None = None) -> str:
    """`text` in `lang`: a Said in that language, any other text as it is."""
    return text.text(lang) if isinstance(text, Said) else text


def not_found_text(kind: str, key: str, lang: str | None = None) -> str:
    said = CATALOGUE.get(f"not_found.{kind}") or Text(f"{kind} not found: {{key}}",
                                                     f"heb ddod o hyd i {kind}: {{key}}")
    return said.said_in(lang or current_lang()).format(key=key)


def profile_prefix(lang: str | None = None) -> str:
    return say("error.profile_prefix", lang)
