"""The book opened before the check at start has passed (app/start.py): it reads, refuses every
write with a message that says why (the check, not the file's permissions), and writes once the
check has passed."""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading

import pytest

from unionrep.app import start
from unionrep.core.model import Rep
from unionrep.store.errors import DatabaseError


@pytest.fixture
def closed_book(session, db_path):
    session.reps.add(Rep(name="Siân Ŵyn", weekly_minutes=37 * 60))
    session.close()
    return db_path


def test_a_write_before_the_check_has_passed_is_refused_as_the_check_and_nothing_is_saved(closed_book):
    opened = start.open_unchecked(closed_book)
    assert opened is not None
    try:
        assert [r.name for r in opened.reps.all()] == ["Siân Ŵyn"]  # it reads
        with pytest.raises(DatabaseError) as refused:
            opened.reps.add(Rep(name="Huw Puw", weekly_minutes=37 * 60))
        assert refused.value.kind == "checking"
        assert "still being checked" in str(refused.value) and "permissions" not in str(refused.value)
        assert "yn dal i gael ei gwirio" in refused.value.text("cy")
        assert [r.name for r in opened.reps.all()] == ["Siân Ŵyn"]  # nothing saved

        start.allow_writes(opened, closed_book)
        opened.reps.add(Rep(name="Huw Puw", weekly_minutes=37 * 60))
        assert sorted(r.name for r in opened.reps.all()) == ["Huw Puw", "Siân Ŵyn"]
    finally:
        opened.close()


def test_a_refused_write_leaves_no_step_to_undo(closed_book):
    opened = start.open_unchecked(closed_book)
    assert opened is not None
    try:
        before = [change.action for change in opened.history.recent(10)]
        with pytest.raises(DatabaseError):
            opened.reps.add(Rep(name="Huw Puw", weekly_minutes=37 * 60, ended_on=dt.date(2026, 3, 31)))
        assert [change.action for change in opened.history.recent(10)] == before
        assert len(before) == 1  # the one rep added before the book was closed
    finally:
        opened.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's own priority is Linux's")
def test_the_check_at_start_runs_at_a_lower_priority_than_the_window() -> None:
    window = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen: list[int] = []

    def check() -> None:
        start.yield_to_the_window()
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))

    thread = threading.Thread(target=check)
    thread.start()
    thread.join()
    # niceness 0 (normal) + 10 = 10, at most 19 (the lowest priority); the window's is unchanged
    assert seen == [min(window + start.BACKGROUND_NICENESS, 19)]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == window
