"""The log's SQL: which entries (filter), in what order (sort), one page at a time.

The GUI's lazy table reads through LogQueries, Qt-free, so the queries can be read (and tested) on
their own. Every order ends with the entry's rowid, so it is total, can be reversed, and a row's
position can be counted.
"""

from __future__ import annotations

from array import array
from typing import Any

from unionrep.core.log_filter import Column, LogFilter, Row, Sort
from unionrep.store.search import search_words, text_clause

SELECT_FIELDS = ("e.rowid", "e.id", "e.date", "e.start_time", "e.end_time", "r.name", "e.role",
                 "e.category", "e.minutes", "e.status", "e.purpose", "e.location", "e.paid", "e.rep_id")


def row_of(t: tuple[Any, ...]) -> Row:
    """A Row from the SELECT_FIELDS of one entry."""
    return Row(t[0], t[1], t[2], t[3], t[4], t[5] or "", t[6], t[7], int(t[8]), t[9], t[10] or "",
               t[11] or "", bool(t[12]), t[13])


def where(f: LogFilter) -> tuple[str, list[Any]]:
    """The WHERE clause of `f`, with its parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.start is not None and f.end is not None:
        clauses.append("e.date BETWEEN ? AND ?")
        params += [f.start.isoformat(), f.end.isoformat()]
    for column, value in (("e.rep_id", f.rep_id), ("e.role", f.role),
                          ("e.category", f.category), ("e.status", f.status)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if search_words(f.text):  # through the full-text index (store/search.py)
        clause, args = text_clause(f.text)
        clauses.append(clause)
        params += args
    return (" AND ".join(clauses) or "1"), params


def sort_keys(sort: Sort) -> list[str]:
    c = sort.column
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
    names = sort.names.get(c)
    if not names:
        return [stored]
    cases = " ".join(f"WHEN {_quote(k)} THEN {_quote(v)}" for k, v in sorted(names.items()))
    return [f"(CASE {stored} {cases} ELSE {stored} END) COLLATE NOCASE"]


def order_by(sort: Sort, reverse: bool = False) -> str:
    descending = sort.descending != reverse
    direction = "DESC" if descending else "ASC"
    return ", ".join(f"{k} {direction}" for k in [*sort_keys(sort), "e.rowid"])


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


FROM = "FROM entries e JOIN reps r ON r.id = e.rep_id"


def count_sql(f: LogFilter) -> tuple[str, list[Any]]:
    where_sql, params = where(f)
    source = FROM if f.needs_reps else "FROM entries e"
    return f"SELECT COUNT(*) {source} WHERE {where_sql}", params


def page_sql(f: LogFilter, sort: Sort, offset: int, limit: int, total: int) -> tuple[str, list[Any], bool]:
    """The rowids of rows [offset, offset + limit) of `total`; the flag says they come back reversed
    (a page past the middle is read from the far end, so its OFFSET stays small).

    Only rowids: the rows skipped by OFFSET are then walked in the index alone (a covering index
    scan), never read from the table; rows_sql fetches the page's own rows."""
    where_sql, params = where(f)
    reverse = offset > total // 2
    if reverse:
        end = min(offset + limit, total)
        limit, offset = end - offset, total - end
    source = FROM if f.needs_reps else "FROM entries e"
    sql = (f"SELECT e.rowid {source} WHERE {where_sql} "
           f"ORDER BY {order_by(sort, reverse)} LIMIT {int(limit)} OFFSET {int(offset)}")
    return sql, params, reverse


def order_sql(f: LogFilter, sort: Sort) -> tuple[str, list[Any]]:
    """Every matching rowid in display order: read once for an order no index gives, then paged."""
    where_sql, params = where(f)
    source = FROM if (f.needs_reps or sort.column == Column.REP) else "FROM entries e"
    return f"SELECT e.rowid {source} WHERE {where_sql} ORDER BY {order_by(sort)}", params


def rows_sql(count: int) -> str:
    """The rows with the given rowids (in any order: the caller puts them in place)."""
    marks = ", ".join("?" for _ in range(count))
    return f"SELECT {', '.join(SELECT_FIELDS)} {FROM} WHERE e.rowid IN ({marks})"


def position_sql(f: LogFilter, sort: Sort) -> tuple[str, str, list[Any]]:
    """(key query, count query, filter params): the row number of one entry under this sort is the
    number of rows whose sort key comes before that entry's."""
    where_sql, params = where(f)
    keys = [*sort_keys(sort), "e.rowid"]
    key_sql = f"SELECT {', '.join(keys)} {FROM} WHERE e.id = ?"
    op = ">" if sort.descending else "<"
    placeholders = ", ".join("?" for _ in keys)
    count = f"SELECT COUNT(*) {FROM} WHERE {where_sql} AND ({', '.join(keys)}) {op} ({placeholders})"
    return key_sql, count, params


class LogQueries:
    """The log's reads on one connection: counts, pages of rowids, rows, and a row's position."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def total(self) -> int:
        """Every entry, whatever the filter."""
        return int(self.conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0])

    def count(self, f: LogFilter) -> int:
        sql, params = count_sql(f)
        return int(self.conn.execute(sql, params).fetchone()[0])

    def order(self, f: LogFilter, sort: Sort) -> array[int]:
        """Every matching rowid in display order."""
        sql, params = order_sql(f, sort)
        return array("q", (r[0] for r in self.conn.execute(sql, params)))

    def page(self, f: LogFilter, sort: Sort, offset: int, limit: int, total: int) -> list[int]:
        """The rowids of rows [offset, offset + limit) of `total`, in display order."""
        sql, params, reverse = page_sql(f, sort, offset, limit, total)
        rowids = [r[0] for r in self.conn.execute(sql, params)]
        if reverse:
            rowids.reverse()
        return rowids

    def rows(self, rowids: list[int]) -> list[Row]:
        """The rows with these rowids, in the same order (a rowid no longer there is left out)."""
        if not rowids:
            return []
        found = {t[0]: row_of(t) for t in self.conn.execute(rows_sql(len(rowids)), rowids)}
        return [found[rowid] for rowid in rowids if rowid in found]

    def rowid_of(self, entry_id: str) -> int | None:
        found = self.conn.execute("SELECT rowid FROM entries WHERE id = ?", [entry_id]).fetchone()
        return None if found is None else int(found[0])

    def position(self, f: LogFilter, sort: Sort, entry_id: str) -> int | None:
        """The row number of `entry_id` under this filter and sort, or None if it is filtered out."""
        key_sql, count, params = position_sql(f, sort)
        key = self.conn.execute(key_sql, [entry_id]).fetchone()
        if key is None:
            return None
        inside_sql, inside_params = where(f)
        inside = self.conn.execute(f"SELECT 1 {FROM} WHERE {inside_sql} AND e.id = ?",
                                   [*inside_params, entry_id]).fetchone()
        if inside is None:
            return None
        return int(self.conn.execute(count, [*params, *key]).fetchone()[0])
