"""The dashboard's first screenful, kept in the book at the end of a session: given back only while
it is still true (the book unchanged, the same version and question, from the day it was kept to
its last day), and read without the core's rules."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from unionrep.app import first_screen
from unionrep.app.first_screen import Summary
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


QUESTION = "cards|en|2"
LAST_DAY = D(2026, 3, 31)  # the end of the year on the cards
SHOWN = b'{"cards": ["Alaw", "Bryn"]}'


def _keep(book: Session, shown: bytes = SHOWN, question: str = QUESTION) -> bool:
    kept = book.first_screen
    return kept.keep(kept.changes(), question, ON, LAST_DAY, shown)


def test_kept_it_is_given_back_as_kept(branch) -> None:
    assert branch.first_screen.kept(QUESTION, ON) is None  # nothing kept yet
    assert branch.first_screen.kept_on(QUESTION) is None
    assert _keep(branch)
    assert branch.first_screen.kept(QUESTION, ON) == SHOWN
    assert branch.first_screen.kept_on(QUESTION) == ON


def test_any_change_to_the_book_makes_it_untrue(branch) -> None:
    _keep(branch)
    bryn = branch.reps.find("Bryn")
    branch.entries.add(Entry(bryn.id, "steward", D(2025, 6, 3), 30, "duties"))
    assert branch.first_screen.kept(QUESTION, ON) is None
    assert branch.first_screen.kept_on(QUESTION) is None


def test_a_change_by_another_connection_makes_it_untrue(branch, db_path) -> None:
    _keep(branch)
    other = open_session(db_path)  # the command line, in its own process
    try:
        other.entries.add(Entry(other.reps.find("Bryn").id, "steward", D(2025, 6, 3), 30, "duties"))
    finally:
        other.close()
    assert branch.first_screen.kept(QUESTION, ON) is None


def test_it_answers_only_the_question_it_was_kept_for_on_its_days(branch, monkeypatch) -> None:
    _keep(branch)
    kept = branch.first_screen
    assert kept.kept("cards|cy|2", ON) is None  # another language (the window's question)
    assert kept.kept(QUESTION, ON - dt.timedelta(days=1)) is None  # a day before it was kept
    assert kept.kept(QUESTION, LAST_DAY) == SHOWN  # a later day: shown, then worked out again
    assert kept.kept(QUESTION, LAST_DAY + dt.timedelta(days=1)) is None  # the next year: other cards
    monkeypatch.setattr(first_screen, "__version__", "another version")
    assert kept.kept(QUESTION, ON) is None


def test_kept_while_the_book_changed_it_is_not_kept(branch) -> None:
    kept = branch.first_screen
    changes = kept.changes()  # counted, then the screen worked out, while another writes
    branch.store.db.execute("UPDATE reps SET notes = 'written meanwhile' WHERE name = 'Cai'")
    assert not kept.keep(changes, QUESTION, ON, LAST_DAY, SHOWN)
    assert read_kept(branch.store.db, first_screen.NAME) is None


@pytest.mark.parametrize("data", [b"", b"no days here", b"2025-10-20\n{}", b"2025-13-01 2026-03-31\n{}",
                                  b"\xff\xfe 2026-03-31\n{}"])
def test_what_this_layer_did_not_keep_is_not_given_back(branch, data) -> None:
    db = branch.store.db
    asked = f"{first_screen.__version__}|{QUESTION}"
    assert write_kept(db, first_screen.NAME, Kept(book_changes(db), asked, data))
    assert branch.first_screen.kept(QUESTION, ON) is None
    assert branch.first_screen.kept_on(QUESTION) is None


# modules that only other work needs: OpenSSL's hashing (a new key), TOML and CSV (a profile or the pay
# spine read from a file), the services no first screen asks for, and the core's rules (the screen is
# drawn from what the last session drew)
NOT_AT_START = ("hashlib", "tomllib", "csv", "pickle", "unionrep.app.reps", "unionrep.app.disputes",
                "unionrep.app.history", "unionrep.app.settings", "unionrep.app.balances",
                "unionrep.app.policy", "unionrep.store.changelog", "unionrep.store.log_query",
                "unionrep.core.log_filter", "unionrep.core.policy", "unionrep.core.caps",
                "unionrep.core.balance", "unionrep.core.flags", "unionrep.core.deadlines")


def test_opening_a_book_and_reading_its_first_screen_loads_nothing_else(branch, db_path, new_process) -> None:
    assert _keep(branch)
    code = ("import sys, datetime\n"
            "from unionrep.app.session import open_session\n"
            f"book = open_session({str(db_path)!r})\n"
            f"shown = book.first_screen.kept({QUESTION!r}, datetime.date.fromisoformat({ON.isoformat()!r}))\n"
            f"assert shown == {SHOWN!r}\n"
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
