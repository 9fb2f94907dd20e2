"""The Welsh of every error the core, the store, exchange, the PDFs and the command line raise.

Errors carry an English template (`"cannot be more than {max} hours in one entry"`) and its
parameters; ERRORS_CY maps each English template, word for word, to its Welsh, with the same
{placeholders} (gettext style: the English is the key). tests/core/test_error_catalogue.py walks
the source and fails on a rule that is not a plain literal or has no Welsh here.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from unionrep.core.messages import MESSAGES, current_lang
from unionrep.core.messages_errors_cy import ERRORS_CY

# What NotFoundError says, by the kind of record ("i" takes the soft mutation).
NOT_FOUND: dict[str, tuple[str, str]] = {
    "rep": ("rep not found: {key}", "heb ddod o hyd i gynrychiolydd: {key}"),
    "entry": ("entry not found: {key}", "heb ddod o hyd i gofnod: {key}"),
    "dispute": ("dispute not found: {key}", "heb ddod o hyd i anghydfod: {key}"),
    "dispute stage": ("dispute stage not found: {key}", "heb ddod o hyd i gam anghydfod: {key}"),
    "role assignment": ("role assignment not found: {key}", "heb ddod o hyd i aseiniad rôl: {key}"),
    "extension": ("extension not found: {key}", "heb ddod o hyd i estyniad: {key}"),
    "TOIL record": ("TOIL record not found: {key}", "heb ddod o hyd i gofnod amser i ffwrdd "
                    "yn lle: {key}"),
    "backup": ("backup not found: {key}", "heb ddod o hyd i gopi wrth gefn: {key}"),
}


class Words(NamedTuple):
    """A parameter said differently in each language (a category's name, a ladder's step)."""

    en: str
    cy: str

    def __str__(self) -> str:
        return self.cy if current_lang() == "cy" else self.en


def render(template: str, params: dict[str, Any], lang: str | None = None) -> str:
    """`template` in `lang` (default: the current language), filled with `params`; a Words
    parameter is put in the same language."""
    welsh = (lang or current_lang()) == "cy"
    if welsh:
        template = ERRORS_CY.get(template, template)
    if not params:
        return template
    filled = {k: (v.cy if welsh else v.en) if isinstance(v, Words) else v for k, v in params.items()}
    return template.format(**filled)


class Said(str):
    """A sentence of the core's MESSAGES catalogue that is its English (so --json and anything
    that treats it as text see the English) and can be said in Welsh with .text("cy")."""

    key: str
    params: dict[str, Any]

    def __new__(cls, key: str, /, **params: Any) -> Said:
        said = super().__new__(cls, _fill(MESSAGES[key][0], params, welsh=False))
        said.key = key
        said.params = params
        return said

    def text(self, lang: str | None = None) -> str:
        welsh = (lang or current_lang()) == "cy"
        return _fill(MESSAGES[self.key][1 if welsh else 0], self.params, welsh=welsh)


def _fill(template: str, params: dict[str, Any], *, welsh: bool) -> str:
    return template.format(**{k: (v.cy if welsh else v.en) if isinstance(v, Words) else v
                              for k, v in params.items()})


def unit_words(unit: str) -> Words:
    """A unit of allowance (hours, days …) in both languages."""
    en, cy = MESSAGES.get(f"unit.{unit}", (unit, unit))
    return Words(en, cy)


def said_text(text: str, lang: str | None = None) -> str:
    """`text` in `lang`: a Said in that language, any other text as it is."""
    return text.text(lang) if isinstance(text, Said) else text


def not_found_text(kind: str, key: str, lang: str | None = None) -> str:
    en, cy = NOT_FOUND.get(kind, (f"{kind} not found: {{key}}", f"heb ddod o hyd i {kind}: {{key}}"))
    return (cy if (lang or current_lang()) == "cy" else en).format(key=key)


def profile_prefix(lang: str | None = None) -> str:
    return "proffil polisi" if (lang or current_lang()) == "cy" else "policy profile"
