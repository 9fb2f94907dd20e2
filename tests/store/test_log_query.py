"""The log's reads (store/log_query.py), without Qt: counts, pages from either end, positions."""

from __future__ import annotations

import datetime as dt

import pytest

from unionrep.core.log_filter import Column, LogFilter, Sort
from unionrep.core.model import Entry

# (rep, day, minutes, purpose, location, status), inserted in this order, so rowids run 1..6
LOGGED = (
    ("Mari Tudur", "2024-05-02", 60, "Grievance hearing", "Rhyl", "taken"),
    ("Owain Pritchard", "2024-05-02", 240, "TUC course", "Ruthin", "requested"),
    ("Mari Tudur", "2025-01-10", 30, "Branch meeting", "Ruthin", "taken"),
    ("gareth parry", "2023-11-20", 90, "TUC course", "Denbigh", "draft"),
    ("Owain Pritchard", "2025-06-30", 120, "100% of a day", "Rhyl", "taken"),
    ("Mari Tudur", "2024-09-01", 45, "", "", "approved"),
)


@pytest.fixture
def logged(session, make_rep) -> list[Entry]:
    reps = {name: make_rep(name) for name in ("Mari Tudur", "Owain Pritchard", "gareth parry")}
    return [session.entries.add(Entry(reps[name].id, "steward", dt.date.fromisoformat(day), minutes,
                                      "duties", purpose=purpose, location=location, status=status)).result
            for name, day, minutes, purpose, location, status in LOGGED]


def _ids(session, rowids) -> list[str]:
    return [row.id for row in session.log_queries.rows(list(rowids))]


def test_the_default_order_is_newest_first_with_rowid_breaking_ties(session, logged) -> None:
    log = session.log_queries
    order = log.order(LogFilter(), Sort())
    # 2025-06-30, 2025-01-10, 2024-09-01, then the two of 2024-05-02 (rowid 2 before 1), 2023-11-20
    assert _ids(session, order) == [logged[i].id for i in (4, 2, 5, 1, 0, 3)]
    assert log.count(LogFilter()) == log.total() == 6


def test_a_page_is_the_same_read_from_either_end(session, logged) -> None:
    log, everything, sort = session.log_queries, LogFilter(), Sort(Column.HOURS, descending=False)
    whole = list(log.order(everything, sort))
    # rows 0-1 are read from the start; rows 4-5 (past the middle of 6) from the far end, reversed back
    assert log.page(everything, sort, 0, 2, 6) == whole[0:2]
    assert log.page(everything, sort, 4, 2, 6) == whole[4:6]
    assert log.page(everything, sort, 3, 5, 6) == whole[3:6]  # a last page cut short
    minutes = [row.minutes for row in log.rows(whole)]
    assert minutes == [30, 45, 60, 90, 120, 240]


def test_rows_come_back_in_the_order_asked_and_a_gone_rowid_is_left_out(session, logged) -> None:
    log = session.log_queries
    rows = log.rows([3, 1, 999])
    assert [(r.rowid, r.rep_name, r.minutes, r.paid) for r in rows] == [
        (3, "Mari Tudur", 30, True), (1, "Mari Tudur", 60, True)]
    assert log.rows([]) == []


def test_filters_words_and_wildcards_as_text(session, logged) -> None:
    log = session.log_queries
    assert log.count(LogFilter(text="tuc ruthin")) == 1  # every word, anywhere, any case: Owain's
    assert log.count(LogFilter(text="GARETH")) == 1  # the rep's name is searched too
    assert log.count(LogFilter(text="100%")) == 1  # % is not "anything": the word 100
    assert log.count(LogFilter(text="_")) == 6  # punctuation alone is no word to search: all six
    assert log.count(LogFilter(text="_ rhyl")) == 2
    year = LogFilter(start=dt.date(2024, 4, 1), end=dt.date(2025, 3, 31), status="taken")
    assert log.count(year) == 2  # 2024-05-02 (Mari, 60) and 2025-01-10 (Mari, 30)


@pytest.mark.parametrize("sort", [Sort(), Sort(Column.REP, descending=False), Sort(Column.HOURS)])
def test_an_entrys_position_is_its_index_in_the_order(session, logged, sort) -> None:
    log, everything = session.log_queries, LogFilter()
    ids = _ids(session, log.order(everything, sort))
    for entry in logged:
        assert log.position(everything, sort, entry.id) == ids.index(entry.id)
        assert log.rowid_of(entry.id) == logged.index(entry) + 1
    drafts = LogFilter(status="draft")
    assert log.position(drafts, sort, logged[0].id) is None  # filtered out
    assert log.position(drafts, sort, logged[3].id) == 0
    assert log.rowid_of("no-such-entry") is None


@pytest.mark.parametrize("sort", [Sort(), Sort(descending=False), Sort(Column.REP, descending=False),
                                  Sort(Column.HOURS)])
@pytest.mark.parametrize("text", ["ruthin", "tuc", "mari", "rhyl", "nothing"])
def test_the_first_rows_of_a_search_are_the_start_of_its_whole_order(session, logged, sort, text) -> None:
    log, search = session.log_queries, LogFilter(text=text)
    for limit in (1, 2, 10):
        assert log.first(search, sort, limit) == log.order(search, sort).tolist()[:limit]
