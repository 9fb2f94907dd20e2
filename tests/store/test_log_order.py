"""The log's orders are index walks (store/schema_log_order.py, schema_log_groups.py): SQLite's plan
for each sortable column reads an index in order, with no sort step ("USE TEMP B-TREE FOR ORDER
BY"); rep, role, category and status a group at a time, in the order of the shown names."""

from __future__ import annotations

import datetime as dt

import pytest

from unionrep.core.log_filter import Column, LogFilter, Sort
from unionrep.core.model import Entry
from unionrep.store.log_query import first_matches_sql, group_size_sql, in_group_sql, order_sql, page_sql

SORT_STEP = "TEMP B-TREE"


@pytest.fixture
def db(session, make_rep):
    # two reps of one name but for its case: told apart by their employee numbers
    reps = [make_rep("Siân Ŵyn"), make_rep("aled Parry", employee_no="E2"),
            make_rep("Aled Parry", employee_no="E3")]
    for i in range(40):
        session.entries.add(Entry(reps[i % 3].id, "steward", dt.date(2025, 4, 1) + dt.timedelta(days=i % 9),
                                  30 * (i % 5 + 1), "duties",
                                  purpose=["Cwrs TUC", "", "branch meeting"][i % 3],
                                  location=["Rhyl", "ruthin", ""][i % 3]))
    return session.store.db


def plan(db, sql: str, params: list) -> list[str]:
    return [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()]


# the index each column's order walks: directly, or a group at a time
PAGE_INDEXES = {Column.DATE: "entries_date", Column.HOURS: "entries_minutes",
                Column.PURPOSE: "entries_purpose", Column.LOCATION: "entries_location"}
GROUP_INDEXES = {Column.REP: "entries_rep_date", Column.ROLE: "entries_role_date",
                 Column.CATEGORY: "entries_category_date", Column.STATUS: "entries_status"}


def test_every_column_of_the_log_is_sorted_along_an_index() -> None:
    """The log model reads a page of any sort by walking an index (LogModel.by_snapshot): a column
    added without one fails here."""
    assert set(PAGE_INDEXES) | set(GROUP_INDEXES) == set(Column)


@pytest.mark.parametrize("column, index", list(PAGE_INDEXES.items()))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("offset", [0, 30])  # a page from the start, and one read from the far end
def test_a_page_in_an_indexed_order_walks_its_index(db, column, index, descending, offset) -> None:
    sort = Sort(column, descending)
    sql, params, _ = page_sql(LogFilter(), sort, offset, 5, 40)
    steps = plan(db, sql, params)
    assert any(index in step for step in steps), steps
    assert not any(SORT_STEP in step for step in steps), steps


@pytest.mark.parametrize("descending", [False, True])
def test_the_order_by_rep_walks_the_names_then_each_reps_entries(db, descending) -> None:
    sql, params = order_sql(LogFilter(), Sort(Column.REP, descending))
    steps = plan(db, sql, params)
    assert any("reps_name_order" in step for step in steps), steps
    assert any("entries_rep_date" in step for step in steps), steps
    assert not any(SORT_STEP in step for step in steps), steps


def test_the_indexed_orders_are_those_the_rows_read(db) -> None:
    """What the index walk gives is the order of the shown values (hours, then the entry's rowid)."""
    sql, params, _ = page_sql(LogFilter(), Sort(Column.HOURS, False), 0, 40, 40)
    rowids = [r[0] for r in db.execute(sql, params)]
    minutes = dict(db.execute("SELECT rowid, minutes FROM entries").fetchall())
    assert rowids == sorted(minutes, key=lambda r: (minutes[r], r))
    sql, params = order_sql(LogFilter(), Sort(Column.REP, False))
    names = dict(db.execute("SELECT e.rowid, lower(r.name) FROM entries e JOIN reps r ON r.id = e.rep_id"))
    shown = [names[r[0]] for r in db.execute(sql, params)]
    assert shown == sorted(shown) and shown[0] == "aled parry" and len(shown) == 40


@pytest.mark.parametrize("column", list(GROUP_INDEXES))
@pytest.mark.parametrize("descending", [False, True])
def test_a_grouped_order_counts_and_pages_its_groups_along_their_index(db, column, descending) -> None:
    sort = Sort(column, descending)
    for sql, _ in (group_size_sql(LogFilter(), sort), in_group_sql(LogFilter(), sort, descending, 3, 5)):
        steps = plan(db, sql, ["x"])
        assert any(GROUP_INDEXES[column] in step for step in steps), steps
        assert not any(SORT_STEP in step for step in steps), steps


@pytest.fixture
def mixed(session, make_rep):
    """Entries with two roles, three categories and three statuses, so every group order shows."""
    both = (("steward", "2020-04-01"), ("health-safety", "2020-04-01"))
    reps = [make_rep("Siân Ŵyn", roles=both), make_rep("aled Parry", employee_no="E2", roles=both),
            make_rep("Bryn Owen", roles=both)]
    for i in range(30):
        session.entries.add(Entry(reps[i % 3].id, ["steward", "health-safety"][i % 2],
                                dt.date(2025, 4, 1) + dt.timedelta(days=(7 * i) % 11), 30,
                                ["duties", "training", "activities"][i % 3],
                                status=["taken", "requested", "approved"][(i // 3) % 3]))
    return session


NAMES = {Column.ROLE: {"steward": "Steward", "health-safety": "Health and safety rep"},
         Column.CATEGORY: {"duties": "Trade union duties", "training": "Training",
                           "activities": "Activities"},
         Column.STATUS: {"taken": "Taken", "requested": "Requested", "approved": "Approved"}}


@pytest.mark.parametrize("column", list(GROUP_INDEXES))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_of_a_grouped_order_are_the_shown_names_then_the_date_then_the_rowid(
        mixed, column, descending) -> None:
    """Every page, from the start and from the far end of each group, is a slice of the order a
    plain sort by (shown name, date, rowid) gives; a position is the index in that order."""
    log = mixed.log_queries
    sort = Sort(column, descending, NAMES)
    rows = log.rows(list(range(1, 31)))
    rep_names = {r.rep_id: r.rep_name for r in rows}
    shown = {Column.REP: lambda r: (rep_names[r.rep_id].casefold(), r.rep_id),
             Column.ROLE: lambda r: (NAMES[Column.ROLE][r.role].casefold(),),
             Column.CATEGORY: lambda r: (NAMES[Column.CATEGORY][r.category].casefold(),),
             Column.STATUS: lambda r: (NAMES[Column.STATUS][r.status].casefold(),)}[column]
    expected = [r.rowid for r in sorted(rows, key=lambda r: (*shown(r), r.date, r.rowid), reverse=descending)]
    assert log.count(LogFilter()) == 30
    pages = [rowid for offset in range(0, 30, 7) for rowid in log.page(LogFilter(), sort, offset, 7, 30)]
    assert pages == expected
    assert log.order(LogFilter(), sort).tolist() == expected  # the same order read whole (for a search)
    for row in rows[::4]:
        assert log.position(LogFilter(), sort, row.id) == expected.index(row.rowid)
    # e.g. by role ascending: "Health and safety rep" (the 15 odd entries) before "Steward"
    if column == Column.ROLE and not descending:
        assert [r.role for r in log.rows(expected[14:16])] == ["health-safety", "steward"]


def test_a_grouped_page_under_a_filter_and_a_change_of_data(mixed) -> None:
    log = mixed.log_queries
    sort = Sort(Column.STATUS, False, NAMES)
    taken = LogFilter(status="taken")  # entries 0-2, 9-11, 18-20, 27-29 (i // 3 % 3 == 0): 12
    assert log.count(taken) == 12 and len(log.page(taken, sort, 0, 50, 12)) == 12
    # "Approved" (i // 3 % 3 == 2: entries 6-8, 15-17, 24-26) is 9 rows, then "Requested" 9, "Taken"
    # 12: row 10 is the second of "Requested", which counts the nine before it
    requested = log.page(LogFilter(), sort, 10, 1, 30)
    assert [r.status for r in log.rows(requested)] == ["requested"]
    rep = log.rows([1])[0].rep_id
    added = mixed.entries.add(Entry(rep, "steward", dt.date(2024, 5, 1), 60, "duties",
                                            status="approved")).result
    # counted again after the change: "Approved" is now 10 rows, the new one first (the oldest date)
    assert log.position(LogFilter(), sort, added.id) == 0
    assert log.page(LogFilter(), sort, 11, 1, 31) == requested
    assert len(log.page(LogFilter(), sort, 0, 40, 31)) == 31


def test_the_first_page_of_a_search_walks_the_date_index_instead_of_sorting_every_match(db) -> None:
    sql, params = first_matches_sql(LogFilter(text="ruthin"), 5)
    steps = plan(db, sql, params)
    assert any("entries_date" in step for step in steps), steps
    assert not any(SORT_STEP in step for step in steps), steps
