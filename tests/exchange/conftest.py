"""Branches to exchange between: a steward's laptop and the branch's book, each its own database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from exchange_helpers import new_book

from unionrep.app.session import Session
from unionrep.core.model import APPROVED, REQUESTED, Entry, Extension, Rep, Toil


@pytest.fixture(autouse=True)
def _plain_databases(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unencrypted databases, opened without a key: quick. test_bundles has the encrypted case."""
    monkeypatch.setenv("UNIONREP_PLAIN", "1")


@pytest.fixture
def book(db_path) -> Iterator[Session]:
    """A new branch database; its connection closed after the test."""
    session = new_book(db_path)
    yield session
    session.store.db.close()


@pytest.fixture
def branch(book: Session) -> Session:
    """The branch's book: two reps with roles, entries in several states, an extension, TOIL."""
    sian = book.reps.add(Rep(name="Siân Ŵyn", employee_no="E1001", manager="Helen Pritchard")).result
    dafydd = book.reps.add(Rep(name="Dafydd ap Gwilym", weekly_minutes=int(18.5 * 60), school=True)).result
    book.roles.assign(sian.id, "steward", dt.date(2024, 4, 1))
    book.roles.assign(sian.id, "health-safety", dt.date(2024, 4, 1))
    book.roles.assign(dafydd.id, "steward", dt.date(2024, 9, 1))
    book.entries.add(Entry(sian.id, "steward", dt.date(2025, 5, 6), 150, "duties", start_time="09:30",
                            end_time="12:00", purpose="Grievance hearing", location="County Hall"))
    book.entries.add(Entry(sian.id, "health-safety", dt.date(2025, 6, 2), 120, "hs-functions",
                            purpose="Depot inspection"))
    book.entries.add(Entry(dafydd.id, "steward", dt.date(2025, 10, 14), 90, "activities",
                            status=REQUESTED, notice_on=dt.date(2025, 9, 1), conference=True))
    book.entries.add(Entry(dafydd.id, "steward", dt.date(2026, 1, 20), 60, "duties", status=APPROVED))
    book.roles.add_extension(Extension(sian.id, "steward", "CASE-17", 20 * 60, dt.date(2025, 4, 10),
                                    agreed_by="Head of HR", review_on=dt.date(2025, 10, 1)))
    book.entries.add_toil(Toil(sian.id, dt.date(2025, 5, 7), "earned", 45, "Meeting ran late"))
    return book


@pytest.fixture
def laptop(tmp_path) -> Session:
    """A steward's laptop: an initialised, empty database of its own."""
    return new_book(tmp_path / "laptop.db")
