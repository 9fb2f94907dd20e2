"""unionrep-cli's language: --lang, else UNIONREP_LANG, else the system locale, else English; its
help and argparse's own words in that language; and the names of roles, categories, statuses and
units as the human (not --json) output shows them."""

from __future__ import annotations

import argparse
import copy
import os
from collections.abc import Sequence
from typing import Any

from unionrep.core.messages import LANGS, current_lang, system_lang, t
from unionrep.core.policy import Profile
from unionrep.i18n import CATALOGUE
from unionrep.i18n import say as say_text
from unionrep.i18n.cli_help import ARGPARSE_CY, HELP_CY, HELP_PREFIXES_CY

# Options of unionrep-cli itself that take a value (so that the value is not taken for the command).
_VALUE_OPTIONS = ("--db", "--lang")


def lang_from_argv(argv: Sequence[str]) -> str | None:
    """The value of the global --lang, given before the command (a document's own --lang comes
    after it), if it is one of LANGS."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in LANGS else None
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
            return value if value in LANGS else None
        if not arg.startswith("-") or arg == "--":
            return None  # the command: what follows is its own
        i += 2 if arg in _VALUE_OPTIONS else 1
    return None


def choose_lang(argv: Sequence[str]) -> str:
    """--lang, then UNIONREP_LANG, then the system locale (LC_ALL, LC_MESSAGES, LANG), then English."""
    asked = lang_from_argv(argv)
    if asked is not None:
        return asked
    env = os.environ.get("UNIONREP_LANG", "").strip().lower()[:2]
    return env if env in LANGS else system_lang()


def help_text(text: str) -> str:
    """A help string or description in the current language (its English where none is known)."""
    if current_lang() != "cy" or not text:
        return text
    if text in HELP_CY:
        return HELP_CY[text]
    for prefix, welsh in HELP_PREFIXES_CY.items():
        if text.startswith(prefix):
            return welsh + text[len(prefix):]
    return ARGPARSE_CY.get(text, text)


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, saying each help string and description in the current language."""

    def _expand_help(self, action: argparse.Action) -> str:
        if action.help:
            action = copy.copy(action)
            action.help = help_text(str(action.help))
        return super()._expand_help(action)

    def _format_text(self, text: str) -> str:
        return super()._format_text(help_text(text))


def _gettext(message: str) -> str:
    return ARGPARSE_CY.get(message, message) if current_lang() == "cy" else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


def install_argparse_words() -> None:
    """Make argparse say its own words ("usage:", "the following arguments are required") in the
    current language: argparse looks up `_` and `ngettext` in its module when it speaks."""
    setattr(argparse, "_", _gettext)  # noqa: B010 — argparse's module-level gettext hook
    setattr(argparse, "ngettext", _ngettext)  # noqa: B010


# -- names in the output -----------------------------------------------------------------------


def lang() -> str:
    return current_lang()


def role_name(profile: Profile, role_id: str) -> str:
    return profile.role_name(role_id, lang())


def category_name(profile: Profile, category_id: str) -> str:
    return profile.category_name(category_id, lang())


def status_name(status: str) -> str:
    return say_text(f"status.{status}") if f"status.{status}" in CATALOGUE else status


def unit_name(unit: str) -> str:
    try:
        return t(f"unit.{unit}")
    except KeyError:
        return unit


def field_label(key: str, english: str) -> str:
    """The field `key` called `english` in English, in the current language."""
    known = lang() == "cy" and f"cli.field.{key}" in CATALOGUE
    return say_text(f"cli.field.{key}") if known else english


def shown_value(value: Any) -> str:
    """A value as the human output shows it: in Welsh, yes/no for true/false and "dim" for none."""
    if lang() == "cy":
        if isinstance(value, bool):
            return say_text("word.yes" if value else "word.no")
        if value is None:
            return say_text("word.none")
    return str(value)


def say(key: str, /, **params: Any) -> str:
    """A sentence of the command line's output (the catalogue's cli.*) in the current language."""
    return say_text(f"cli.{key}", **params)


