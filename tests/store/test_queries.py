"""The typed reads the windows make (store/queries.py), without Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from unionrep.core.model import Entry, Extension
from unionrep.store.queries import DateSpan, Queries


@pytest.fixture
def two_reps(session, make_rep):
    mari = make_rep("Mari Tudur")
    owain = make_rep("Owain Pritchard", school=True, academic_start="09-01")
    make_rep("Gareth Parry", school=True, academic_start="08-15")
    for rep, day, location, status in ((mari, "2024-05-02", "Rhyl", "taken"),
                                       (mari, "2025-01-10", "Ruthin", "requested"),
                                       (owain, "2023-11-20", "", "requested"),
                                       (owain, "2024-02-01", "Rhyl", "draft")):
        session.entries.add(Entry(rep.id, "steward", dt.date.fromisoformat(day), 60, "duties",
                                  location=location, status=status))
    return mari, owain


def test_an_empty_database_has_no_span_and_no_entries(session) -> None:
    queries = session.queries
    assert queries.entry_span() is None
    assert queries.first_entry_date() is None
    assert queries.entry_count() == 0
    assert queries.recent_locations() == []


def test_the_span_of_entries_runs_from_the_first_day_to_the_last(session, two_reps) -> None:
    mari, owain = two_reps
    queries = session.queries
    assert queries.entry_span() == DateSpan(dt.date(2023, 11, 20), dt.date(2025, 1, 10))
    assert queries.first_entry_date() == dt.date(2023, 11, 20)  # Owain's, the branch's first
    assert queries.first_entry_date(mari.id) == dt.date(2024, 5, 2)
    assert queries.first_entry_date(owain.id) == dt.date(2023, 11, 20)


def test_entries_are_counted_in_all_and_by_status(session, two_reps) -> None:
    queries = session.queries
    assert queries.entry_count() == 4
    assert queries.entry_count("requested") == 2  # Mari's in January, Owain's in November
    assert queries.entry_count("draft") == 1
    assert queries.entry_count("approved") == 0


def test_whether_there_are_so_many_entries_is_told_without_counting_them(session, two_reps) -> None:
    queries = session.queries
    # four entries: at least 0, 1, 4 of them; not 5
    assert [queries.entries_at_least(n) for n in (0, 1, 4, 5, 20_000)] == [True, True, True, False, False]


def test_an_entrys_status_and_a_records_rep(session, two_reps) -> None:
    mari, owain = two_reps
    queries = session.queries
    entry = session.entries.all(owain.id)[0]
    assert queries.entry_status(entry.id) == "requested"
    assert queries.entry_status("no-such-entry") is None
    assert queries.rep_of("entry", entry.id) == owain.id
    assignment = session.roles.assignments(mari.id)[0]
    assert queries.rep_of("assignment", assignment.id) == mari.id
    extension = session.roles.add_extension(
        Extension(mari.id, "steward", "CASE-1", 600, dt.date(2024, 6, 1))).result
    assert queries.rep_of("extension", extension.id) == mari.id
    assert queries.rep_of("extension", "gone") is None


def test_locations_come_most_recently_used_first_without_blanks(session, two_reps) -> None:
    # Ruthin last used 2025-01-10, Rhyl 2024-05-02; Owain's entry without a place is left out
    assert session.queries.recent_locations() == ["Ruthin", "Rhyl"]
    assert session.queries.recent_locations(limit=1) == ["Ruthin"]


def test_school_year_starts_are_those_of_school_staff(session, two_reps) -> None:
    # Mari is not school staff: her April year adds nothing
    assert session.queries.school_year_starts() == {"09-01", "08-15"}


def test_settings_are_read_as_stored(session) -> None:
    assert session.queries.meta("union_name") is None
    session.settings.put_many({"union_name": "UNISON", "branch": "Sir Ddinbych"})
    assert session.queries.meta("union_name") == "UNISON"
    assert session.queries.meta("branch") == "Sir Ddinbych"


def test_the_service_keeps_one_queries_object(session) -> None:
    assert session.queries is session.queries
    assert isinstance(session.queries, Queries)
