"""The log's SQL: which entries (filter), in what order (sort), one page at a time.

Kept apart from the Qt model so the queries can be read (and tested) on their own. Every order
ends with the entry's rowid, so it is total, can be reversed, and a row's position can be counted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from unionrep.store.search import search_words, text_clause


class Column(IntEnum):
    DATE = 0
    REP = 1
    ROLE = 2
    CATEGORY = 3
    HOURS = 4
    STATUS = 5
    PURPOSE = 6
    LOCATION = 7


SELECT_FIELDS = ("e.rowid", "e.id", "e.date", "e.start_time", "e.end_time", "r.name", "e.role",
                 "e.category", "e.minutes", "e.status", "e.purpose", "e.location", "e.paid", "e.rep_id")


@dataclass(frozen=True)
class Row:
    rowid: int
    id: str
    date: str
    start_time: str | None
    end_time: str | None
    rep_name: str
    role: str
    category: str
    minutes: int
    status: str
    purpose: str
    location: str
    paid: bool
    rep_id: str

    @classmethod
    def from_tuple(cls, t: tuple[Any, ...]) -> Row:
        return cls(t[0], t[1], t[2], t[3], t[4], t[5] or "", t[6], t[7], int(t[8]), t[9], t[10] or "",
                   t[11] or "", bool(t[12]), t[13])


@dataclass(frozen=True)
class LogFilter:
    start: dt.date | None = None  # a year, as its first and last day
    end: dt.date | None = None
    rep_id: str | None = None
    role: str | None = None
    category: str | None = None
    status: str | None = None
    text: str = ""

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.start is not None and self.end is not None:
            clauses.append("e.date BETWEEN ? AND ?")
            params += [self.start.isoformat(), self.end.isoformat()]
        for column, value in (("e.rep_id", self.rep_id), ("e.role", self.role),
                              ("e.category", self.category), ("e.status", self.status)):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if search_words(self.text):  # through the full-text index (store/search.py)
            clause, args = text_clause(self.text)
            clauses.append(clause)
            params += args
        return (" AND ".join(clauses) or "1"), params

    @property
    def needs_reps(self) -> bool:
        return False  # the search index holds the rep's name


@dataclass(frozen=True)
class Sort:
    column: Column = Column.DATE
    descending: bool = True
    # display names for columns that show a name rather than the stored id (role, category, status)
    names: dict[Column, dict[str, str]] = field(default_factory=dict, compare=False, hash=False)

    def keys(self) -> list[str]:
        c = self.column
        if c == Column.DATE:
            return ["e.date"]  # (date, rowid) is the date index's own order: no sort step at all
        if c == Column.REP:  # walks the reps' name index, each rep's entries by its (rep_id, date) index
            return ["r.name COLLATE NOCASE", "r.id", "e.date"]
        if c == Column.HOURS:
            return ["e.minutes"]
        if c == Column.PURPOSE:
            return ["COALESCE(e.purpose, '') COLLATE NOCASE"]
        if c == Column.LOCATION:
            return ["COALESCE(e.location, '') COLLATE NOCASE"]
        stored = {Column.ROLE: "e.role", Column.CATEGORY: "e.category", Column.STATUS: "e.status"}[c]
        names = self.names.get(c)
        if not names:
            return [stored]
        cases = " ".join(f"WHEN {_quote(k)} THEN {_quote(v)}" for k, v in sorted(names.items()))
        return [f"(CASE {stored} {cases} ELSE {stored} END) COLLATE NOCASE"]

    @property
    def indexed(self) -> bool:
        """Whether an index of entries gives this order, so any page is reached by walking it (OFFSET)."""
        return self.column in INDEXED

    def order_by(self, reverse: bool = False) -> str:
        descending = self.descending != reverse
        direction = "DESC" if descending else "ASC"
        return ", ".join(f"{k} {direction}" for k in [*self.keys(), "e.rowid"])


# the columns whose order an index of entries gives (store/schema_log_order.py)
INDEXED = frozenset({Column.DATE, Column.HOURS, Column.PURPOSE, Column.LOCATION})


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


FROM = "FROM entries e JOIN reps r ON r.id = e.rep_id"


def count_sql(f: LogFilter) -> tuple[str, list[Any]]:
    where, params = f.where()
    source = FROM if f.needs_reps else "FROM entries e"
    return f"SELECT COUNT(*) {source} WHERE {where}", params


def page_sql(f: LogFilter, sort: Sort, offset: int, limit: int, total: int) -> tuple[str, list[Any], bool]:
    """The rowids of rows [offset, offset + limit) of `total`; the flag says they come back reversed
    (a page past the middle is read from the far end, so its OFFSET stays small).

    Only rowids: the rows skipped by OFFSET are then walked in the index alone (a covering index
    scan), never read from the table; rows_sql fetches the page's own rows."""
    where, params = f.where()
    reverse = offset > total // 2
    if reverse:
        end = min(offset + limit, total)
        limit, offset = end - offset, total - end
    source = FROM if f.needs_reps else "FROM entries e"
    sql = (f"SELECT e.rowid {source} WHERE {where} "
           f"ORDER BY {sort.order_by(reverse)} LIMIT {int(limit)} OFFSET {int(offset)}")
    return sql, params, reverse


def order_sql(f: LogFilter, sort: Sort) -> tuple[str, list[Any]]:
    """Every matching rowid in display order: read once for an order no index gives, then paged."""
    where, params = f.where()
    source = FROM if (f.needs_reps or sort.column == Column.REP) else "FROM entries e"
    return f"SELECT e.rowid {source} WHERE {where} ORDER BY {sort.order_by()}", params


def rows_sql(count: int) -> str:
    """The rows with the given rowids (in any order: the caller puts them in place)."""
    marks = ", ".join("?" for _ in range(count))
    return f"SELECT {', '.join(SELECT_FIELDS)} {FROM} WHERE e.rowid IN ({marks})"


def position_sql(f: LogFilter, sort: Sort) -> tuple[str, str, list[Any]]:
    """(key query, count query, filter params): the row number of one entry under this sort is the
    number of rows whose sort key comes before that entry's."""
    where, params = f.where()
    keys = [*sort.keys(), "e.rowid"]
    key_sql = f"SELECT {', '.join(keys)} {FROM} WHERE e.id = ?"
    op = ">" if sort.descending else "<"
    placeholders = ", ".join("?" for _ in keys)
    count = f"SELECT COUNT(*) {FROM} WHERE {where} AND ({', '.join(keys)}) {op} ({placeholders})"
    return key_sql, count, params
