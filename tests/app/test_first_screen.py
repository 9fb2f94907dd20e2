"""The dashboard's first screenful, kept in the book at the end of a session: given back only while
it is still true (the book unchanged, the same version, language and size, the years still
running), and read back without making anything but the core's records."""

from __future__ import annotations

import datetime as dt
import os
import pickle
from fractions import Fraction

import pytest

from unionrep.app import first_screen
from unionrep.app.first_screen import FirstScreen, Summary
from unionrep.app.session import Session, open_session
from unionrep.core.model import Entry, Rep
from unionrep.store.kept import Kept, book_changes, read_kept, write_kept

D = dt.date
ON = D(2025, 10, 20)  # in the year 1 April 2025 – 31 March 2026


@pytest.fixture
def branch(session: Session) -> Session:
    """Alaw: 19 days of 5 h as a steward (95 h of 100: near the cap) at £15 an hour; Bryn 1 h 30;
    Cai no role."""
    alaw = session.reps.add(Rep(name="Alaw", hourly_rate_pence=1500)).result
    bryn = session.reps.add(Rep(name="Bryn")).result
    session.reps.add(Rep(name="Cai"))
    for rep in (alaw, bryn):
        session.roles.assign(rep.id, "steward", D(2025, 4, 1))
    for day in range(19):
        session.entries.add(Entry(alaw.id, "steward", D(2025, 5, 1) + dt.timedelta(days=day), 300, "duties"))
    session.entries.add(Entry(bryn.id, "steward", D(2025, 6, 2), 90, "duties"))
    return session


def test_the_summary_adds_up_every_rep_not_only_those_kept(branch) -> None:
    summary = Summary.of(branch.balances.every(ON, "en"))
    # 3 reps; paid 19 × 300 + 90 = 5790 minutes; cost 95 h × £15 = £1425 (Bryn has no rate);
    # near a cap: Alaw alone (95 of 100 h, within the profile's 10 %)
    assert summary == Summary(reps=3, paid_minutes=5790, cost=Fraction(1425), near_or_over=1)


def test_kept_it_is_given_back_as_worked_out(branch) -> None:
    assert branch.balances.first_screen(ON, "en", 2) is None  # nothing kept yet
    assert branch.balances.keep_first_screen(ON, "en", 2)
    screen = branch.balances.first_screen(ON, "en", 2)
    every = branch.balances.every(ON, "en")
    assert screen is not None
    assert [b.rep.name for b in screen.balances] == ["Alaw", "Bryn"]  # closest to a cap first
    assert list(screen.balances) == every[:2]  # allowances, flags, cost: equal, record by record
    assert screen.summary == Summary.of(every)
    assert screen.balances[0].flags[0].text("cy") == every[0].flags[0].text("cy")  # still bilingual


def test_kept_once_for_a_state_of_the_book_it_is_not_written_again(branch) -> None:
    assert branch.balances.keep_first_screen(ON, "en", 2)
    before = read_kept(branch.store.db, first_screen.NAME)
    assert not branch.balances.keep_first_screen(ON, "en", 2)
    assert read_kept(branch.store.db, first_screen.NAME) == before


def test_any_change_to_the_book_makes_it_untrue(branch) -> None:
    branch.balances.keep_first_screen(ON, "en", 2)
    bryn = branch.reps.find("Bryn")
    branch.entries.add(Entry(bryn.id, "steward", D(2025, 6, 3), 30, "duties"))
    assert branch.balances.first_screen(ON, "en", 2) is None


def test_a_change_by_another_connection_makes_it_untrue(branch, db_path) -> None:
    branch.balances.keep_first_screen(ON, "en", 2)
    other = open_session(db_path)  # the command line, in its own process
    try:
        other.entries.add(Entry(other.reps.find("Bryn").id, "steward", D(2025, 6, 3), 30, "duties"))
    finally:
        other.close()
    assert branch.balances.first_screen(ON, "en", 2) is None


def test_it_answers_only_the_question_it_was_kept_for(branch) -> None:
    branch.balances.keep_first_screen(ON, "en", 2)
    assert branch.balances.first_screen(ON, "cy", 2) is None  # another language
    assert branch.balances.first_screen(ON, "en", 3) is None  # another number of cards
    assert branch.balances.first_screen(ON - dt.timedelta(days=1), "en", 2) is None  # a day before it
    # a later day of the same year: shown, and worked out again just after the first paint
    assert branch.balances.first_screen(D(2026, 3, 31), "en", 2) is not None
    assert branch.balances.first_screen(D(2026, 4, 1), "en", 2) is None  # the next year: other cards


def test_kept_while_the_book_changed_it_is_not_kept(branch, monkeypatch) -> None:
    real_every = branch.balances.every

    def every_then_another_writes(on, lang=None, include_ended=False):
        answer = real_every(on, lang, include_ended)
        branch.store.db.execute("UPDATE reps SET notes = 'written meanwhile' WHERE name = 'Cai'")
        return answer

    monkeypatch.setattr(branch.balances, "every", every_then_another_writes)
    assert not branch.balances.keep_first_screen(ON, "en", 2)
    assert read_kept(branch.store.db, first_screen.NAME) is None


class _Called:
    """Pickled, it asks the unpickler for os.system: what a crafted book would try."""

    def __reduce__(self):
        return os.system, ("echo called",)


def test_data_naming_anything_but_the_core_records_is_not_read(branch, monkeypatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(os, "system", calls.append)
    question = first_screen.question("en", 2)
    crafted = pickle.dumps((ON, _Called()))
    db = branch.store.db
    assert write_kept(db, first_screen.NAME, Kept(book_changes(db), question, crafted))
    assert branch.balances.first_screen(ON, "en", 2) is None
    assert calls == []
    damaged = first_screen.dumps(FirstScreen((), Summary(0, 0, Fraction(0), 0)), ON)[:-5]
    assert first_screen.loads(damaged) is None
    assert first_screen.loads(pickle.dumps((ON, "not a screen"))) is None


# modules that only other work needs: OpenSSL's hashing (a new key), TOML and CSV (a profile or the pay
# spine read from a file), and the services no first screen asks for
NOT_AT_START = ("hashlib", "tomllib", "csv", "unionrep.app.reps", "unionrep.app.disputes",
                "unionrep.app.history", "unionrep.app.settings", "unionrep.store.changelog",
                "unionrep.store.log_query", "unionrep.core.log_filter")


def test_opening_a_book_and_reading_its_first_screen_loads_nothing_else(branch, db_path, new_process) -> None:
    assert branch.balances.keep_first_screen(ON, "en", 2)
    code = ("import sys, datetime\n"
            "from unionrep.app.session import open_session\n"
            f"book = open_session({str(db_path)!r})\n"
            f"screen = book.balances.first_screen(datetime.date.fromisoformat({ON.isoformat()!r}), 'en', 2)\n"
            "assert screen is not None and screen.balances[0].rep.name == 'Alaw'\n"
            "book.queries.first_entry_date(), book.queries.school_year_starts()  # the dashboard's years\n"
            f"print(sorted(set({NOT_AT_START!r}) & set(sys.modules)))\n"
            "book.reps.all()\n"
            "book.disputes\n"
            "book.log_queries\n"
            "made = {'unionrep.app.reps', 'unionrep.app.disputes', 'unionrep.store.log_query'}\n"
            "print(sorted(made & set(sys.modules)))\n")
    at_start, after = new_process(code).splitlines()
    assert at_start == "[]"
    # made when first asked for
    assert after == "['unionrep.app.disputes', 'unionrep.app.reps', 'unionrep.store.log_query']"
