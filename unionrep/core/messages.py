"""The core's way into the message catalogue (unionrep.i18n), under the names the code has long
used: t() says a message, set_lang/current_lang choose the language, MESSAGES is the catalogue.
"""

from __future__ import annotations

from unionrep.i18n import CATALOGUE, LANGS, current_lang, say, set_lang, system_lang

__all__ = ["LANGS", "MESSAGES", "current_lang", "set_lang", "system_lang", "t"]

MESSAGES = CATALOGUE
t = say
