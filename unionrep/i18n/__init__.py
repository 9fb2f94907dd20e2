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

Imports nothing of unionrep: every layer may use it.
"""

from unionrep.i18n.catalogue import CATALOGUE, say, text
from unionrep.i18n.lang import current_lang, set_lang, system_lang
from unionrep.i18n.text import LANGS, Lang, Text, capitalised, fill

__all__ = ["CATALOGUE", "LANGS", "Lang", "Text", "capitalised", "current_lang", "fill", "say", "set_lang",
           "system_lang", "text"]
