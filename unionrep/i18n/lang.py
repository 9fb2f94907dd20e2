"""Which language the core, the command line and the documents speak: the one set with set_lang,
else UNIONREP_LANG, else English."""

from __future__ import annotations

import os

from unionrep.i18n.text import LANGS

_chosen: str | None = None


def set_lang(lang: str | None) -> None:
    """Fix the language of every message (the GUI's choice, the CLI's --lang); None: follow
    UNIONREP_LANG again."""
    global _chosen
    _chosen = lang if lang in LANGS else None


def current_lang() -> str:
    """The language set with set_lang, else UNIONREP_LANG, else English."""
    if _chosen is not None:
        return _chosen
    lang = os.environ.get("UNIONREP_LANG", "").strip().lower()[:2]
    return lang if lang in LANGS else "en"


def system_lang() -> str:
    """The system locale's language: the first of LC_ALL, LC_MESSAGES and LANG that is set;
    Welsh where it starts with "cy" (cy_GB.UTF-8), else English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").strip()
        if value:
            return "cy" if value.lower().startswith("cy") else "en"
    return "en"
