"""Words typed into a search box, as a query of the log's full-text index (schema_search).

Every word must be found, in any of the indexed fields (purpose, location, case reference, notes,
the rep's name), as the start of a word there: "grie ruth" finds "Grievance hearing" at "County
Hall, Ruthin", so the log narrows as the words are typed. Case and accents do not matter. A word
of punctuation alone ("-", "&") finds nothing in an index of words, so it is left out rather than
emptying the list.

While the index is being filled (schema_search: an upgraded big log, in its first minute), the
entries above its mark are scanned instead, by `words_match`: the same words found the same way
(the index's tokenizer, unicode61 with diacritics removed, done over again in Python), so a search
finds the same entries before, during and after the fill.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from unionrep.store.schema_search import TABLE


def _searchable(word: str) -> bool:
    return any(c.isalnum() for c in word)


def search_words(text: str) -> list[str]:
    """The words of `text` that the index can match."""
    return [w for w in text.split() if _searchable(w)]


def match_query(text: str) -> str | None:
    """The FTS5 query for `text`: each word quoted (so that FTS5's own operators, quotes and
    punctuation are taken as text) and matched as a prefix; None when there is nothing to search."""
    words = search_words(text)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def text_clause(text: str, filled_to: int | None = None) -> tuple[str, list[Any]]:
    """A WHERE clause (and its parameters) keeping the entries `e` that match every word of `text`;
    ("1", []) when `text` has no word to search. With `filled_to` (an index still being filled) the
    index answers for the entries up to it and the rest are scanned (the connection must have
    `register` run on it)."""
    query = match_query(text)
    if query is None:
        return "1", []
    indexed = f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?"
    if filled_to is None:
        return f"e.rowid IN ({indexed})", [query]
    # one set, made once: the index's matches up to the mark, then the rest read in rowid order
    fields = "s.purpose, s.location, s.case_ref, s.notes, (SELECT name FROM reps WHERE id = s.rep_id)"
    return (f"e.rowid IN ({indexed} AND rowid <= ? UNION ALL "
            f"SELECT s.rowid FROM entries s WHERE s.rowid > ? AND {SCAN_FUNCTION}(?, {fields}))",
            [query, filled_to, filled_to, text])


# -- the scan, while the index is being filled -----------------------------------------------------

SCAN_FUNCTION = "unionrep_words_match"
_ASCII_WORD = re.compile("[a-z0-9]+")


def _folded(char: str) -> str:
    """A character as the index's tokenizer compares it: lower case, a Latin letter's diacritics
    removed ("Ŵ" → "w")."""
    lower = char.lower()
    if not lower.isascii():
        bare = "".join(c for c in unicodedata.normalize("NFD", lower) if not unicodedata.combining(c))
        if len(bare) == 1 and bare.isascii():
            return bare
    return lower


def _token_char(char: str) -> int:
    """1 for a letter, a digit or a private-use character (part of a word), 2 for a combining mark
    (part of a word, dropped), 0 for anything else (between words): unicode61's default classes."""
    category = unicodedata.category(char)
    if category[0] in "LN" or category == "Co":
        return 1
    return 2 if category == "Mn" else 0


def tokens(text: str) -> list[str]:
    """The words of `text` as the index holds them."""
    if text.isascii():  # most text: words are runs of letters and digits
        return _ASCII_WORD.findall(text.lower())
    found: list[str] = []
    word: list[str] = []
    for char in text:
        kind = _token_char(char)
        if kind == 1:
            word.append(_folded(char))
        elif kind == 0 and word:
            found.append("".join(word))
            word = []
    if word:
        found.append("".join(word))
    return found


@functools.lru_cache(maxsize=64)
def _phrases(text: str) -> tuple[tuple[str, ...], ...]:
    """Each searchable word of `text` as the phrase of index words it is (\"o'brien\": o, brien)."""
    return tuple(p for p in (tuple(tokens(w)) for w in search_words(text)) if p)


def _has_phrase(words: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether `words` hold the phrase's words in a row, its last one as the start of a word."""
    *whole, last = phrase
    for i in range(len(words) - len(phrase) + 1):
        if list(words[i:i + len(whole)]) == whole and words[i + len(whole)].startswith(last):
            return True
    return False


def _surely_not(phrases: tuple[tuple[str, ...], ...], lower: str) -> bool:
    """A quick no for most rows: a word of the search (of plain letters) is nowhere in the text,
    even with every accent and every other letter taken out ("Siân" → "sian")."""
    if not lower.isascii():
        lower = unicodedata.normalize("NFD", lower).encode("ascii", "ignore").decode()
    return any(word.isascii() and word not in lower for phrase in phrases for word in phrase)


def words_match(text: str, *fields: str | None) -> bool:
    """Whether every word of `text` starts a word of one of `fields`, as the index finds them."""
    phrases = _phrases(text)
    present = [f for f in fields if f]
    if _surely_not(phrases, " ".join(present).lower()):
        return False
    field_words = [tokens(f) for f in present]
    return all(any(_has_phrase(words, phrase) for words in field_words) for phrase in phrases)


def register(conn: Any) -> None:
    """Make the scan's function known to `conn` (once per connection is enough)."""
    conn.create_function(SCAN_FUNCTION, 6, lambda text, *fields: int(words_match(text, *fields)),
                         deterministic=True)
