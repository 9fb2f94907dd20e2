"""The log's SQL: which entries (filter), in what order (sort), one page at a time.

The GUI's lazy table reads through LogQueries, Qt-free, so the queries can be read (and tested) on
their own. Every order ends with the entry's rowid, so it is total, can be reversed, and a row's
position can be counted.

Two kinds of order are paged along an index of entries. Date, hours, purpose and location are the
order of an index itself (LIMIT/OFFSET along it). Rep, role, category and status are a *grouped*
order: the groups (each rep, role... present) in the order of their shown names, and within a
group its entries by date along the `(rep_id | role | category | status, date)` index. A page is
read from the one or two groups it falls in, counting only the groups wholly before it (from
whichever end of the list is nearer; the sizes are kept until the data or the filter changes), so
no page sorts anything and the first and last pages count nothing.
"""

from __future__ import annotations

from array import array
from typing import Any

from unionrep.core.log_filter import Column, LogFilter, Row, Sort
from unionrep.store.dbapi import change_stamp
from unionrep.store.schema_search import filled_to
from unionrep.store.search import register, search_words, text_clause

SELECT_FIELDS = ("e.rowid", "e.id", "e.date", "e.start_time", "e.end_time", "r.name", "e.role",
                 "e.category", "e.minutes", "e.status", "e.purpose", "e.location", "e.paid", "e.rep_id")


def row_of(t: tuple[Any, ...]) -> Row:
    """A Row from the SELECT_FIELDS of one entry."""
    return Row(t[0], t[1], t[2], t[3], t[4], t[5] or "", t[6], t[7], int(t[8]), t[9], t[10] or "",
               t[11] or "", bool(t[12]), t[13])


def where(f: LogFilter, mark: int | None = None) -> tuple[str, list[Any]]:
    """The WHERE clause of `f`, with its parameters; `mark`: the search index is filled up to this
    rowid only (schema_search.filled_to), the rest is scanned."""
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
        clause, args = text_clause(f.text, mark)
        clauses.append(clause)
        params += args
    return (" AND ".join(clauses) or "1"), params


# the grouped orders: the column that names an entry's group
GROUPED = {Column.REP: "e.rep_id", Column.ROLE: "e.role", Column.CATEGORY: "e.category",
           Column.STATUS: "e.status"}


def name_ranks(sort: Sort) -> dict[str, int]:
    """Each named role, category or status key by its place in the order of its shown name
    (case-folded, the key breaking ties); a key with no name comes after them all, by the key."""
    names = sort.names.get(sort.column, {})
    ordered = sorted(names, key=lambda key: (names[key].casefold(), key))
    return {key: rank for rank, key in enumerate(ordered)}


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
    stored = GROUPED[c]
    ranks = name_ranks(sort)
    if not ranks:
        return [stored, "e.date"]
    cases = " ".join(f"WHEN {_quote(k)} THEN {rank}" for k, rank in ranks.items())
    return [f"(CASE {stored} {cases} ELSE {len(ranks)} END)", stored, "e.date"]


def order_by(sort: Sort, reverse: bool = False) -> str:
    descending = sort.descending != reverse
    direction = "DESC" if descending else "ASC"
    return ", ".join(f"{k} {direction}" for k in [*sort_keys(sort), "e.rowid"])


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


FROM = "FROM entries e JOIN reps r ON r.id = e.rep_id"


def count_sql(f: LogFilter, mark: int | None = None) -> tuple[str, list[Any]]:
    where_sql, params = where(f, mark)
    source = FROM if f.needs_reps else "FROM entries e"
    return f"SELECT COUNT(*) {source} WHERE {where_sql}", params


def page_sql(f: LogFilter, sort: Sort, offset: int, limit: int, total: int,
             mark: int | None = None, index: str | None = None) -> tuple[str, list[Any], bool]:
    """The rowids of rows [offset, offset + limit) of `total`; the flag says they come back reversed
    (a page past the middle is read from the far end, so its OFFSET stays small).

    Only rowids: the rows skipped by OFFSET are then walked in the index alone (a covering index
    scan), never read from the table; rows_sql fetches the page's own rows. `index`: the index of
    entries SQLite is to walk, where its own choice would be worse."""
    where_sql, params = where(f, mark)
    reverse = offset > total // 2
    if reverse:
        end = min(offset + limit, total)
        limit, offset = end - offset, total - end
    source = FROM if f.needs_reps else "FROM entries e"
    if index is not None:
        source = source.replace("FROM entries e", f"FROM entries e INDEXED BY {index}", 1)
    sql = (f"SELECT e.rowid {source} WHERE {where_sql} "
           f"ORDER BY {order_by(sort, reverse)} LIMIT {int(limit)} OFFSET {int(offset)}")
    return sql, params, reverse


def first_matches_sql(f: LogFilter, limit: int, mark: int | None = None) -> tuple[str, list[Any]]:
    """The first `limit` rowids of a word search in date order (newest first): along the date index,
    each entry tested against the set of matches, stopping at `limit` of them. Left to itself,
    SQLite reads every match and sorts them all (0.15 s for 100,000 at a million entries, against
    0.03 s; at worst, a search that finds fewer than `limit`, the whole index is walked: 0.1 s)."""
    sql, params, _ = page_sql(f, Sort(), 0, limit, limit, mark, index="entries_date")
    return sql, params


def order_sql(f: LogFilter, sort: Sort, mark: int | None = None) -> tuple[str, list[Any]]:
    """Every matching rowid in display order: read once for an order no index gives, then paged."""
    where_sql, params = where(f, mark)
    source = FROM if (f.needs_reps or sort.column == Column.REP) else "FROM entries e"
    return f"SELECT e.rowid {source} WHERE {where_sql} ORDER BY {order_by(sort)}", params


def rows_sql(count: int) -> str:
    """The rows with the given rowids (in any order: the caller puts them in place)."""
    marks = ", ".join("?" for _ in range(count))
    return f"SELECT {', '.join(SELECT_FIELDS)} {FROM} WHERE e.rowid IN ({marks})"


def position_sql(f: LogFilter, sort: Sort, mark: int | None = None) -> tuple[str, str, list[Any]]:
    """(key query, count query, filter params): the row number of one entry under this sort is the
    number of rows whose sort key comes before that entry's."""
    where_sql, params = where(f, mark)
    keys = [*sort_keys(sort), "e.rowid"]
    key_sql = f"SELECT {', '.join(keys)} {FROM} WHERE e.id = ?"
    op = ">" if sort.descending else "<"
    placeholders = ", ".join("?" for _ in keys)
    count = f"SELECT COUNT(*) {FROM} WHERE {where_sql} AND ({', '.join(keys)}) {op} ({placeholders})"
    return key_sql, count, params


def group_size_sql(f: LogFilter, sort: Sort, mark: int | None = None) -> tuple[str, list[Any]]:
    """How many matching entries one group of a grouped order holds (its key the first parameter),
    counted along its index."""
    where_sql, params = where(f, mark)
    return f"SELECT COUNT(*) FROM entries e WHERE {GROUPED[sort.column]} = ? AND {where_sql}", params


def in_group_sql(f: LogFilter, sort: Sort, descending: bool, offset: int, limit: int,
                 mark: int | None = None) -> tuple[str, list[Any]]:
    """The rowids of rows [offset, offset + limit) of one group (its key the first parameter), by
    date then rowid: a walk along the group's `(key, date)` index."""
    where_sql, params = where(f, mark)
    direction = "DESC" if descending else "ASC"
    return (f"SELECT e.rowid FROM entries e WHERE {GROUPED[sort.column]} = ? AND {where_sql} "
            f"ORDER BY e.date {direction}, e.rowid {direction} LIMIT {int(limit)} OFFSET {int(offset)}",
            params)


class LogQueries:
    """The log's reads on one connection: counts, pages of rowids, rows, and a row's position."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self._groups: tuple[tuple[Any, ...], list[str], dict[str, int]] | None = None
        self._scan_registered = False

    def _mark(self, f: LogFilter) -> int | None:
        """For a word search while the search index is being filled: how far it is filled (the
        rest is scanned, by a function this connection is then given)."""
        if not search_words(f.text):
            return None
        mark = filled_to(self.conn)
        if mark is not None and not self._scan_registered:
            register(self.conn)
            self._scan_registered = True
        return mark

    def total(self) -> int:
        """Every entry, whatever the filter."""
        return int(self.conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0])

    def count(self, f: LogFilter) -> int:
        sql, params = count_sql(f, self._mark(f))
        return int(self.conn.execute(sql, params).fetchone()[0])

    def order(self, f: LogFilter, sort: Sort) -> array[int]:
        """Every matching rowid in display order."""
        sql, params = order_sql(f, sort, self._mark(f))
        return array("q", (r[0] for r in self.conn.execute(sql, params)))

    def page(self, f: LogFilter, sort: Sort, offset: int, limit: int, total: int) -> list[int]:
        """The rowids of rows [offset, offset + limit) of `total`, in display order."""
        if sort.column in GROUPED:
            return self._grouped_page(f, sort, offset, limit, total)
        sql, params, reverse = page_sql(f, sort, offset, limit, total, self._mark(f))
        rowids = [r[0] for r in self.conn.execute(sql, params)]
        if reverse:
            rowids.reverse()
        return rowids

    def first(self, f: LogFilter, sort: Sort, limit: int) -> list[int]:
        """The first `limit` rowids in display order (the start of a search read whole by order())."""
        if search_words(f.text) and sort == Sort(Column.DATE, descending=True):
            sql, params = first_matches_sql(f, limit, self._mark(f))
            return [r[0] for r in self.conn.execute(sql, params)]
        return self.page(f, sort, 0, limit, limit)

    def _group_keys(self, f: LogFilter, sort: Sort) -> tuple[list[str], dict[str, int]]:
        """The keys of a grouped order's groups in display order (ascending), and the groups' sizes
        counted so far; kept while the filter, the names and the database stay the same."""
        stamp = (f, sort.column, tuple(sorted(sort.names.get(sort.column, {}).items())),
                 change_stamp(self.conn))
        if self._groups is not None and self._groups[0] == stamp:
            return self._groups[1], self._groups[2]
        if sort.column == Column.REP:
            keys = [r[0] for r in self.conn.execute("SELECT id FROM reps ORDER BY name COLLATE NOCASE, id")]
        else:  # the keys present, each found by one step along the column's index
            column, present = GROUPED[sort.column], []
            key = self.conn.execute(f"SELECT MIN({column}) FROM entries e").fetchone()[0]
            while key is not None:
                present.append(key)
                key = self.conn.execute(f"SELECT MIN({column}) FROM entries e WHERE {column} > ?",
                                        [key]).fetchone()[0]
            ranks = name_ranks(sort)
            keys = sorted(present, key=lambda k: (ranks.get(k, len(ranks)), k))
        sizes: dict[str, int] = {}
        self._groups = (stamp, keys, sizes)
        return keys, sizes

    def _group_size(self, f: LogFilter, sort: Sort, key: str, sizes: dict[str, int],
                    mark: int | None) -> int:
        """The size of group `key`, counted once and kept in `sizes` (from _group_keys)."""
        if key not in sizes:
            sql, params = group_size_sql(f, sort, mark)
            sizes[key] = int(self.conn.execute(sql, [key, *params]).fetchone()[0])
        return sizes[key]

    @staticmethod
    def _in_display_order(keys: list[str], sort: Sort) -> list[str]:
        return keys[::-1] if sort.descending else keys

    def _grouped_page(self, f: LogFilter, sort: Sort, offset: int, limit: int, total: int) -> list[int]:
        """A page of a grouped order; past the middle of `total` read from the last group back."""
        keys, sizes = self._group_keys(f, sort)
        shown, mark = self._in_display_order(keys, sort), self._mark(f)
        if offset > total // 2:
            end = min(offset + limit, total)
            rowids = self._walk(f, sort, shown[::-1], sizes, mark, total - end, end - offset,
                                backwards=True)
            rowids.reverse()
            return rowids
        return self._walk(f, sort, shown, sizes, mark, offset, limit, backwards=False)

    def _walk(self, f: LogFilter, sort: Sort, keys: list[str], sizes: dict[str, int], mark: int | None,
              offset: int, limit: int, backwards: bool) -> list[int]:
        """Rows [offset, offset + limit) of the groups `keys` taken in turn, each read forwards (or
        backwards) along its index: only the groups wholly before those rows are counted."""
        rowids: list[int] = []
        for key in keys:
            if offset:
                size = self._group_size(f, sort, key, sizes, mark)
                if offset >= size:
                    offset -= size
                    continue
            sql, params = in_group_sql(f, sort, sort.descending != backwards, offset, limit - len(rowids),
                                       mark)
            rowids += [r[0] for r in self.conn.execute(sql, [key, *params])]
            offset = 0
            if len(rowids) >= limit:
                break
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

    def _inside(self, f: LogFilter, entry_id: str) -> bool:
        inside_sql, inside_params = where(f, self._mark(f))
        return self.conn.execute(f"SELECT 1 {FROM} WHERE {inside_sql} AND e.id = ?",
                                 [*inside_params, entry_id]).fetchone() is not None

    def position(self, f: LogFilter, sort: Sort, entry_id: str) -> int | None:
        """The row number of `entry_id` under this filter and sort, or None if it is filtered out."""
        if sort.column in GROUPED:
            return self._grouped_position(f, sort, entry_id)
        key_sql, count, params = position_sql(f, sort, self._mark(f))
        key = self.conn.execute(key_sql, [entry_id]).fetchone()
        if key is None or not self._inside(f, entry_id):
            return None
        return int(self.conn.execute(count, [*params, *key]).fetchone()[0])

    def _grouped_position(self, f: LogFilter, sort: Sort, entry_id: str) -> int | None:
        """The sizes of the groups shown before the entry's, and its place within its own group."""
        column = GROUPED[sort.column]
        key = self.conn.execute(f"SELECT {column}, e.date, e.rowid FROM entries e WHERE e.id = ?",
                                [entry_id]).fetchone()
        if key is None or not self._inside(f, entry_id):
            return None
        keys, sizes = self._group_keys(f, sort)
        mark, before = self._mark(f), 0
        for group in self._in_display_order(keys, sort):
            if group == key[0]:
                break
            before += self._group_size(f, sort, group, sizes, mark)
        where_sql, params = where(f, mark)
        op = ">" if sort.descending else "<"
        within = self.conn.execute(
            f"SELECT COUNT(*) FROM entries e WHERE {column} = ? AND {where_sql} "
            f"AND (e.date, e.rowid) {op} (?, ?)", [key[0], *params, key[1], key[2]]).fetchone()[0]
        return before + int(within)
