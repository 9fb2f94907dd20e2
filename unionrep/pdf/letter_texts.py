"""The helpers that pick a sentence of the escalation letters (the catalogue's "letter.…"
entries, keyed here without the prefix) and fill in its fields, each language with its own values.

unionrep.pdf.letters gathers a dispute's facts and lays the letter out with these.
"""

from __future__ import annotations

from unionrep.core.deadlines import days_cy
from unionrep.i18n import Text, text
from unionrep.pdf.labels import Bilingual, bilingual


def words(key: str, **fmt: object) -> Bilingual:
    """A sentence of the letters in both languages, fields filled in."""
    return bilingual(text(f"letter.{key}").filled(**fmt))


def days_pair(n: int) -> Bilingual:
    """A count of days for a sentence that names them: '2 ddiwrnod' (days_cy) / '2'."""
    return Bilingual(days_cy(n), str(n))


def same(value: str) -> Bilingual:
    """Text the user typed: the same in both letters."""
    return Bilingual(value, value)


def sentence(key: str, **values: Bilingual | str | int) -> Bilingual:
    """Like :func:`words`, but each value may differ by language (dates, names of things)."""
    filled = {k: Text(v.en, v.cy) if isinstance(v, Bilingual) else str(v) for k, v in values.items()}
    return bilingual(text(f"letter.{key}").filled(**filled))
