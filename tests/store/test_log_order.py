"""The log's orders are index walks (store/schema_log_order.py): SQLite's plan for each sortable
column reads an index in order, with no sort step ("USE TEMP B-TREE FOR ORDER BY")."""

from __future__ import annotations

import datetime as dt

import pytest

from unionrep.core.log_filter import Column, LogFilter, Sort
from unionrep.core.model import Entry
from unionrep.store.log_query import order_sql, page_sql

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


@pytest.mark.parametrize("column, index", [(Column.DATE, "entries_date"), (Column.HOURS, "entries_minutes"),
                                           (Column.PURPOSE, "entries_purpose"),
                                           (Column.LOCATION, "entries_location")])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("offset", [0, 30])  # a page from the start, and one read from the far end
def test_a_page_in_an_indexed_order_walks_its_index(db, column, index, descending, offset) -> None:
    sort = Sort(column, descending)
    assert sort.indexed
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


def test_role_category_and_status_are_sorted_by_their_shown_names_not_an_index() -> None:
    for column in (Column.ROLE, Column.CATEGORY, Column.STATUS, Column.REP):
        assert not Sort(column).indexed
