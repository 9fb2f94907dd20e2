"""Every rep's balances are kept between two asks while the book is unchanged, and worked out afresh
after any change: a write through the session, a commit by another connection (the command line),
a write rolled back, another profile, another day or language."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from unionrep.app.session import Session, open_session
from unionrep.core.model import Entry, Rep

D = dt.date
ON = D(2025, 10, 20)


def _used_hours(session: Session, on: dt.date = ON) -> dict[str, object]:
    [balance] = session.balances.every(on)
    steward = next(a for a in balance.allowances if a.allowance.scope == "steward")
    return {"used": steward.used, "pending": steward.pending}


def _log(session: Session, rep: Rep, minutes: int, status: str = "taken") -> Entry:
    entry: Entry = session.entries.add(Entry(rep.id, "steward", D(2025, 10, 1), minutes, "duties",
                                             status=status)).result
    return entry


def test_asked_again_unchanged_the_same_answer_is_given_without_working_it_out(session, rep) -> None:
    first = session.balances.every(ON)
    again = session.balances.every(ON)
    assert again == first and again is not first  # a new list each time: a caller may change it
    assert all(a is b for a, b in zip(again, first, strict=True))  # the kept balances


def test_a_write_through_the_session_is_counted_at_once(session, rep) -> None:
    assert _used_hours(session) == {"used": 0, "pending": 0}
    _log(session, rep, 90)  # 1 h 30 taken: 90 / 60 = 3/2 hours used
    assert _used_hours(session) == {"used": 1.5, "pending": 0}
    entry = _log(session, rep, 120, status="requested")  # 2 h requested: pending
    assert _used_hours(session) == {"used": 1.5, "pending": 2}
    session.entries.delete(entry.id)
    assert _used_hours(session) == {"used": 1.5, "pending": 0}


def test_a_commit_by_another_connection_is_seen(session, rep, db_path) -> None:
    _log(session, rep, 60)
    assert _used_hours(session) == {"used": 1, "pending": 0}
    other = open_session(db_path)  # as the command line would, in its own process
    try:
        _log(other, rep, 30)  # 60 + 30 minutes = 1.5 hours
    finally:
        other.store.db.close()
    assert _used_hours(session) == {"used": 1.5, "pending": 0}


def test_a_write_rolled_back_leaves_the_answer_as_the_book_is(session, rep) -> None:
    _log(session, rep, 60)
    assert _used_hours(session) == {"used": 1, "pending": 0}
    conn = session.store.db.conn
    with pytest.raises(sqlite3.Error, match="on purpose"), session.store.atomic():
        conn.execute("UPDATE entries SET minutes = 600")
        # asked inside the transaction: 600 minutes = 10 hours, not kept (it may be rolled back)
        assert _used_hours(session) == {"used": 10, "pending": 0}
        raise sqlite3.OperationalError("on purpose")
    assert _used_hours(session) == {"used": 1, "pending": 0}


def test_another_day_language_or_profile_is_worked_out_afresh(session, rep) -> None:
    _log(session, rep, 60)
    this_year = session.balances.every(ON)
    next_year = session.balances.every(D(2026, 10, 20))  # 2026/27 from 1 April: nothing logged yet
    assert [b.year.label for b in this_year] == ["2025/26"]
    assert [b.year.label for b in next_year] == ["2026/27"]
    assert session.balances.every(ON, "cy")[0] is not this_year[0]
    session.forget_profile()  # the profile read afresh (as after an edit or an undo)
    assert session.balances.every(ON)[0] is not this_year[0]
