"""One message catalogue for the core, the command line and the documents (the window's own
words are Qt's, in resources/translations): every entry a Text(en=..., cy=...) under a key, one
lookup (say), one choice of language (set_lang / current_lang).

Imports nothing of unionrep: every layer may use it.
"""

from unionrep.i18n.catalogue import CATALOGUE, say, text
from unionrep.i18n.lang import current_lang, set_lang, system_lang
from unionrep.i18n.text import LANGS, Lang, Text, capitalised, fill

__all__ = ["CATALOGUE", "LANGS", "Lang", "Text", "capitalised", "current_lang", "fill", "say", "set_lang",
           "system_lang", "text"]
