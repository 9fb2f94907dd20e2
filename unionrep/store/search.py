"""Words typed into a search box, as a query of the log's full-text index (schema_search).

Every word must be found, in any of the indexed fields (purpose, location, case reference, notes,
the rep's name), as the start of a word there: "grie ruth" finds "Grievance hearing" at "County
Hall, Ruthin", so the log narrows as the words are typed. Case and accents do not matter. A word
of punctuation alone ("-", "&") finds nothing in an index of words, so it is left out rather than
emptying the list.
"""

from __future__ import annotations

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


def text_clause(text: str, rowid: str = "e.rowid") -> tuple[str, list[Any]]:
    """A WHERE clause (and its parameter) keeping the entries whose `rowid` column matches every word
    of `text`; ("1", []) when `text` has no word to search."""
    query = match_query(text)
    if query is None:
        return "1", []
    return f"{rowid} IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?)", [query]
