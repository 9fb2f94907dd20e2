"""The log as a lazy Qt table model: rowCount from COUNT(*), rows fetched a page at a time.

Sorting and filtering are done in SQL (sort() re-queries); a small cache keeps the pages last
read, so scrolling a million entries touches a few hundred rows at a time.

Two ways to a page: in every order a page is read along an index (LIMIT/OFFSET from whichever end
is nearer, or within the groups of a rep, role, category or status order: store/log_query.py); for
a word search one query reads the matching rowids once, in order (in a worker for a big log), and
each page then fetches its rowids by primary key — so a page deep in a million rows costs the same
as the first.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from unionrep.core.log_filter import Column, LogFilter, LogReads, Row, Sort
from unionrep.core.policy import Profile
from unionrep.gui import texts

PAGE_SIZE = 200
CACHED_PAGES = 24
BACKGROUND_ROWS = 50_000  # from this many rows, a word search is read off the GUI thread

# background(filter, sort, limit, done): read the order elsewhere (its first `limit` rowids, or with
# None all of them) and call done(array of rowids) on the GUI thread
Background = Callable[[LogFilter, Sort, int | None, Callable[["array[int]"], None]], None]

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("LogModel", text)


def headers() -> dict[Column, str]:
    return {
        Column.DATE: _t("Date"),
        Column.REP: _t("Rep"),
        Column.ROLE: _t("Role"),
        Column.CATEGORY: _t("Category"),
        Column.HOURS: _t("Hours"),
        Column.STATUS: _t("Status"),
        Column.PURPOSE: _t("Purpose"),
        Column.LOCATION: _t("Location"),
    }


class LogModel(QAbstractTableModel):
    ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    loading_changed = Signal(bool)  # a search's order is being read off the GUI thread

    def __init__(self, queries: LogReads, profile: Profile, lang: str,
                 background: Background | None = None) -> None:
        super().__init__()
        self.queries = queries
        self.background = background
        self.loading = False
        self._generation = 0
        self._big_log: bool | None = None
        self.filter = LogFilter()
        self._profile = profile
        self._lang = lang
        self._sort = Sort(names=self._names())
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._order: array[int] | None = None  # rowids in display order, for an unindexed sort
        self._headers = headers()
        self._count = self._query_count()

    # -- queries -------------------------------------------------------------------------------

    def _names(self) -> dict[Column, dict[str, str]]:
        p, lang = self._profile, self._lang
        return {
            Column.ROLE: {k: r.name(lang) for k, r in p.roles.items()},
            Column.CATEGORY: {k: c.name(lang) for k, c in p.categories.items()},
            Column.STATUS: texts.status_names(),
        }

    def _query_count(self) -> int:
        return self.queries.count(self.filter)

    @property
    def by_snapshot(self) -> bool:
        """Whether pages come from one list of rowids in order: for a word search (the index of
        words gives the matches, not their order). Every column's order is given by an index of
        entries, directly or a group at a time (tests/store/test_log_order.py), so a page of any
        other view is read by walking it."""
        return bool(self.filter.text.split())

    def _big(self) -> bool:
        """Whether a snapshot is read off the GUI thread (there is a worker, and a big log).
        Asked once per reload: data() is called hundreds of times a paint."""
        if self._big_log is None:
            self._big_log = self.background is not None and self.queries.total() > BACKGROUND_ROWS
        return self._big_log

    def _rowids(self) -> array[int]:
        if self._order is None:
            if self._big():
                self._load_in_background()
                return array("q")
            self._order = self.queries.order(self.filter, self._sort)
            self._count = len(self._order)
        return self._order

    def _reload(self, recount: bool) -> None:
        """Forget what was read (call between beginResetModel and endResetModel)."""
        self._pages.clear()
        self._order = None
        self._big_log = None
        self._generation += 1
        self.loading = False
        if self.by_snapshot:
            if recount and self._big():
                self._count = 0  # known when the background read arrives
            self._rowids()
        elif recount:
            self._count = self._query_count()

    def _load_in_background(self) -> None:
        """Read a big log's order off the GUI thread: its first page (quick: the search stops at
        it) and, alongside, the whole order. Rows show as "…" until the first page arrives; then
        that page shows, and the rest (and the count) when the whole order arrives."""
        if self.loading:
            return
        assert self.background is not None
        self.loading = True
        self.loading_changed.emit(True)
        generation = self._generation

        def first_arrived(page: array[int]) -> None:
            if generation != self._generation or not self.loading:
                return  # a newer read, or the whole order arrived first
            self.beginResetModel()
            self._order = page
            self._count = len(page)
            self._pages.clear()
            self.endResetModel()

        def arrived(order: array[int]) -> None:
            if generation != self._generation:
                return  # the filter or sort changed meanwhile; that change started its own load
            self.beginResetModel()
            self._order = order
            self._count = len(order)
            self._pages.clear()
            self.loading = False
            self.endResetModel()
            self.loading_changed.emit(False)

        self.background(self.filter, self._sort, PAGE_SIZE, first_arrived)
        self.background(self.filter, self._sort, None, arrived)

    def _page(self, number: int) -> list[Row]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        if not self.by_snapshot:
            rowids = self.queries.page(self.filter, self._sort, number * PAGE_SIZE, PAGE_SIZE,
                                       self._count)
        else:
            rowids = self._rowids()[number * PAGE_SIZE:(number + 1) * PAGE_SIZE].tolist()
            if self.loading and not rowids:
                return []  # not cached: asked again when the order (or its first page) has arrived
        rows = self.queries.rows(rowids)
        self._pages[number] = rows
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows

    def row_data(self, row: int) -> Row | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def entry_id(self, row: int) -> str | None:
        data = self.row_data(row)
        return None if data is None else data.id

    def row_of(self, entry_id: str) -> int | None:
        """The row showing `entry_id` under the current filter and sort, or None if it is filtered out."""
        if self.by_snapshot:
            found = self.queries.rowid_of(entry_id)
            order = self._rowids()
            if self.loading:
                return None
            return order.index(found) if found is not None and found in order else None
        return self.queries.position(self.filter, self._sort, entry_id)

    # -- changing what is shown ----------------------------------------------------------------

    def set_filter(self, log_filter: LogFilter) -> None:
        if log_filter == self.filter:
            return
        self.beginResetModel()
        self.filter = log_filter
        self._reload(recount=True)
        self.endResetModel()

    def refresh(self, profile: Profile | None = None) -> None:
        """Re-read after a change to the database (the view keeps its place)."""
        self.beginResetModel()
        if profile is not None:
            self._profile = profile
            self._sort = Sort(self._sort.column, self._sort.descending, self._names())
        self._reload(recount=True)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        new = Sort(Column(column), order == Qt.SortOrder.DescendingOrder, self._names())
        if new == self._sort:
            return
        self.beginResetModel()
        self._sort = new
        self._reload(recount=False)
        self.endResetModel()

    @property
    def sort_column(self) -> Column:
        return self._sort.column

    @property
    def sort_descending(self) -> bool:
        return self._sort.descending

    # -- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None:
            return "…" if self.loading and role == Qt.ItemDataRole.DisplayRole else None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == self.ENTRY_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.PURPOSE, Column.LOCATION):
            return self._display(row, column) or None
        return None

    def _display(self, row: Row, column: Column) -> str:
        if column == Column.DATE:  # in words (16 Rhag 2026); the order is the ISO date's, in SQL
            day = texts.day_text(dt.date.fromisoformat(row.date))
            if row.start_time and row.end_time:
                return f"{day}  {row.start_time}–{row.end_time}"
            return day
        if column == Column.REP:
            return row.rep_name
        if column == Column.ROLE:
            return texts.role_name(self._profile, row.role, self._lang)
        if column == Column.CATEGORY:
            name = texts.category_name(self._profile, row.category, self._lang)
            return name if row.paid else _t("{name} (unpaid)").format(name=name)
        if column == Column.HOURS:
            return texts.hours_of(row.minutes)
        if column == Column.STATUS:
            return texts.status_name(row.status)
        if column == Column.PURPOSE:
            return row.purpose
        return row.location
