"""The lazy log model: rows come a page at a time from SQL, in the same order and with the same
filter a plain Python sort of every entry gives — at the start, in the middle and from the far end."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6.QtCore import Qt

from unionrep.core.log_filter import Column, LogFilter
from unionrep.core.model import Entry
from unionrep.gui import texts
from unionrep.gui.models import log_model
from unionrep.gui.models.log_model import LogModel

CATEGORIES = ("duties", "training", "activities", "casework")
STATUSES = ("taken", "approved", "requested", "draft")


@pytest.fixture
def logged(session, make_rep):
    rng = random.Random(7)
    reps = [make_rep("Mari Tudur"), make_rep("Owain Pritchard"), make_rep("gareth parry")]
    entries = []
    with session.store.atomic():
        for i in range(230):
            rep = reps[i % 3]
            entry = Entry(rep.id, "steward", dt.date(2024, 4, 1) + dt.timedelta(days=rng.randrange(600)),
                          rng.choice((30, 60, 90, 120, 240)), rng.choice(CATEGORIES),
                          purpose=rng.choice(("Grievance hearing", "Branch meeting", "TUC course", "")),
                          location=rng.choice(("Rhyl", "Ruthin", "Denbigh")), status=rng.choice(STATUSES))
            entries.append(session.entries.add(entry).result)
    return reps, entries


@pytest.fixture
def model(session, logged, monkeypatch):
    monkeypatch.setattr(log_model, "PAGE_SIZE", 16)  # many pages, so paging is exercised
    monkeypatch.setattr(log_model, "CACHED_PAGES", 3)
    return LogModel(session.log_queries, session.profile, "en")


def _ids(model: LogModel) -> list[str]:
    return [model.data(model.index(r, 0), LogModel.ENTRY_ID_ROLE) for r in range(model.rowCount())]


def _ids_backwards(model: LogModel) -> list[str]:
    ids = [model.data(model.index(r, 0), LogModel.ENTRY_ID_ROLE) for r in reversed(range(model.rowCount()))]
    return list(reversed(ids))


def test_default_order_is_newest_first(model, logged) -> None:
    _, entries = logged
    assert model.rowCount() == 230
    rowids = {e.id: i for i, e in enumerate(entries)}  # insertion order = rowid order
    expected = sorted(entries, key=lambda e: (e.date, "", rowids[e.id]), reverse=True)
    assert _ids(model) == [e.id for e in expected]
    assert _ids_backwards(model) == [e.id for e in expected]  # pages read from the far end agree


@pytest.mark.parametrize("column", list(Column))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_every_column_sorts_in_sql_the_way_it_reads(model, logged, column, order) -> None:
    model.sort(column, order)
    shown = [model.data(model.index(r, column)) for r in range(model.rowCount())]
    if column == Column.HOURS:
        keys = [float(s) for s in shown]
    elif column == Column.DATE:  # written in words (5 Mar 2026), in the order of the day itself
        days = {e.id: e.date for e in logged[1]}
        assert all(s == texts.day_text(days[i]) for s, i in zip(shown, _ids(model), strict=True))
        keys = [days[i] for i in _ids(model)]
    else:
        keys = [s.lower() for s in shown]
    assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
    assert len(set(_ids(model))) == 230
    assert _ids_backwards(model) == _ids(model)


def test_filters_and_search(model, logged) -> None:
    reps, entries = logged
    year = (dt.date(2025, 4, 1), dt.date(2026, 3, 31))
    model.set_filter(LogFilter(start=year[0], end=year[1], rep_id=reps[1].id, status="taken"))
    expected = {e.id for e in entries if e.rep_id == reps[1].id and e.status == "taken"
                and year[0] <= e.date <= year[1]}
    assert set(_ids(model)) == expected and model.rowCount() == len(expected)
    model.set_filter(LogFilter(text="tuc ruthin"))  # every word, anywhere, any case
    expected = {e.id for e in entries if "TUC" in e.purpose and e.location == "Ruthin"}
    assert set(_ids(model)) == expected
    model.set_filter(LogFilter(text="gareth"))  # the rep's name is searched too
    assert set(_ids(model)) == {e.id for e in entries if e.rep_id == reps[2].id}
    model.set_filter(LogFilter(text="100%_"))  # wildcards are text
    assert model.rowCount() == 0


@pytest.mark.parametrize("column", [Column.DATE, Column.REP, Column.HOURS, Column.STATUS])
def test_row_of_finds_an_entry_under_any_sort(model, logged, column) -> None:
    _, entries = logged
    model.sort(column, Qt.SortOrder.DescendingOrder)
    ids = _ids(model)
    for entry in entries[::17]:
        assert model.row_of(entry.id) == ids.index(entry.id)
    model.set_filter(LogFilter(status="draft"))
    hidden = next(e for e in entries if e.status != "draft")
    assert model.row_of(hidden.id) is None


def test_only_a_few_pages_are_kept(model) -> None:
    for r in range(model.rowCount()):
        model.data(model.index(r, 0))
    assert len(model._pages) <= 3


def test_a_big_log_searches_off_the_gui_thread_and_pages_every_sort(session, logged, monkeypatch) -> None:
    """Past BACKGROUND_ROWS a word search is read elsewhere, its first page and its whole order
    apart; until the first page arrives no rows show, then that page, then every row. Every sort,
    by rep as by hours, is paged at once along an index."""
    _, entries = logged
    monkeypatch.setattr(log_model, "BACKGROUND_ROWS", 10)
    monkeypatch.setattr(log_model, "PAGE_SIZE", 16)
    asked: list[tuple[int | None, object]] = []  # (limit, deliver), delivered by hand below

    def elsewhere(log_filter, sort, limit, done) -> None:
        order = session.log_queries.order(log_filter, sort)
        asked.append((limit, lambda: done(order[:limit] if limit else order)))

    model = LogModel(session.log_queries, session.profile, "en", background=elsewhere)
    for column in (Column.REP, Column.ROLE, Column.CATEGORY, Column.STATUS, Column.HOURS):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        assert not model.loading and model.rowCount() == 230
    hours = [float(model.data(model.index(r, Column.HOURS))) for r in range(model.rowCount())]
    assert hours == sorted(hours) and asked == []

    model.sort(Column.REP, Qt.SortOrder.AscendingOrder)
    model.set_filter(LogFilter(text="tuc"))
    assert model.loading and model.rowCount() == 0  # counted by the search itself
    assert [limit for limit, _ in asked] == [16, None]  # the first page, and the whole order
    tuc = sum(1 for e in entries if "TUC" in e.purpose)
    asked[0][1]()  # the first page arrives
    assert model.loading and model.rowCount() == 16
    first = [model.data(model.index(r, Column.REP)) for r in range(16)]
    asked[1][1]()  # then the whole order
    assert not model.loading and model.rowCount() == tuc > 16
    names = [model.data(model.index(r, Column.REP)) for r in range(model.rowCount())]
    assert names[:16] == first and [n.lower() for n in names] == sorted(n.lower() for n in names)
    asked.clear()
    model.set_filter(LogFilter(text="grievance"))
    asked[1][1]()  # the whole order first: the first page, arriving late, changes nothing
    asked[0][1]()
    assert not model.loading and model.rowCount() == sum(1 for e in entries if "Grievance" in e.purpose)
