"""What the log shows: which entries (a filter), in what order (a sort), and one row of it.

Plain values, so a window can say what it wants without knowing how the store finds it
(unionrep.store.log_query turns them into queries).
"""

from __future__ import annotations

import datetime as dt
from array import array
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Protocol


class Column(IntEnum):
    DATE = 0
    REP = 1
    ROLE = 2
    CATEGORY = 3
    HOURS = 4
    STATUS = 5
    PURPOSE = 6
    LOCATION = 7


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


@dataclass(frozen=True)
class LogFilter:
    start: dt.date | None = None  # a year, as its first and last day
    end: dt.date | None = None
    rep_id: str | None = None
    role: str | None = None
    category: str | None = None
    status: str | None = None
    text: str = ""  # words, each found in the purpose, location, rep's name, notes or case reference

    @property
    def words(self) -> list[str]:
        return self.text.split()

    @property
    def needs_reps(self) -> bool:
        """Whether the filter reads the reps too: no, the search index holds the rep's name."""
        return False


@dataclass(frozen=True)
class Sort:
    column: Column = Column.DATE
    descending: bool = True
    # display names for columns that show a name rather than the stored id (role, category, status)
    names: dict[Column, dict[str, str]] = field(default_factory=dict, compare=False, hash=False)


class LogReads(Protocol):
    """How the log's rows are read, a page at a time (unionrep.store.log_query.LogQueries)."""

    def total(self) -> int: ...

    def count(self, f: LogFilter) -> int: ...

    def order(self, f: LogFilter, sort: Sort) -> array[int]: ...

    def page(self, f: LogFilter, sort: Sort, offset: int, limit: int, total: int) -> list[int]: ...

    def rows(self, rowids: list[int]) -> list[Row]: ...

    def rowid_of(self, entry_id: str) -> int | None: ...

    def position(self, f: LogFilter, sort: Sort, entry_id: str) -> int | None: ...
