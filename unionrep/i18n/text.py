"""A text in both languages, always English first then Welsh."""

from __future__ import annotations

from typing import Any, Literal, NamedTuple

Lang = Literal["en", "cy"]
LANGS: tuple[Lang, ...] = ("en", "cy")


class Text(NamedTuple):
    """One entry of the catalogue: the same words in English and in Welsh, with the same
    {placeholders} (a Welsh count that mutates may be given as {name_n} or {name_cy})."""

    en: str
    cy: str

    def said_in(self, lang: str) -> str:
        """The words in `lang` (Welsh for "cy", else English)."""
        return self.cy if lang == "cy" else self.en

    def filled(self, **params: Any) -> Text:
        """Both languages filled with `params`; a Text parameter gives each language its own."""
        return Text(fill(self.en, params, "en"), fill(self.cy, params, "cy"))


def fill(template: str, params: dict[str, Any], lang: str) -> str:
    """`template` filled with `params`, a Text parameter in `lang`."""
    if not params:
        return template
    return template.format(**{k: v.said_in(lang) if isinstance(v, Text) else v for k, v in params.items()})


def capitalised(text: Text) -> Text:
    """The first letter of each language in capitals ("gwnaed cais" → "Gwnaed cais")."""
    return Text(text.en[:1].upper() + text.en[1:], text.cy[:1].upper() + text.cy[1:])
