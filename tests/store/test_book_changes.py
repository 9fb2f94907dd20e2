"""The book's count of changes: raised by triggers on every insert, update and delete of the
tables a rep's balances are worked out from, whoever writes; and what is kept beside it."""

from __future__ import annotations

import sqlite3

import pytest

from unionrep.core.model import Rep
from unionrep.store import schema_kept
from unionrep.store.connection import connect
from unionrep.store.kept import Kept, book_changes, read_kept, write_kept
from unionrep.store.records import to_row


@pytest.fixture
def db(tmp_path):
    book = connect(tmp_path / "book.db", create=True, encrypt=False)
    yield book
    book.close()


def _rep_row(rep_id: str, name: str = "Siân Ŵyn") -> dict[str, object]:
    return {**to_row(Rep(name=name, weekly_minutes=2220, id=rep_id)),
            "created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00"}


def test_every_row_inserted_updated_or_deleted_in_a_counted_table_counts_once(db) -> None:
    assert book_changes(db) == 0
    with db.atomic():  # one transaction of two rows: two changes, not one
        db.table("reps").insert(_rep_row("a"))
        db.table("reps").insert(_rep_row("b"))
    assert book_changes(db) == 2
    db.execute("UPDATE reps SET name = 'Siôn' WHERE id IN ('a', 'b')")  # two rows: 2 + 2 = 4
    assert book_changes(db) == 4
    db.execute("DELETE FROM reps WHERE id = 'a'")  # 4 + 1 = 5
    assert book_changes(db) == 5


def test_bookkeeping_tables_are_not_counted(db) -> None:
    db.execute("INSERT INTO audit (id, at, tbl, row_id, field, old, new) "
               "VALUES ('x', '2026-01-01', 'reps', 'a', '*', NULL, '{}')")
    assert book_changes(db) == 0


def test_a_writer_that_is_not_the_app_is_counted_too(db, tmp_path) -> None:
    other = sqlite3.connect(tmp_path / "book.db")  # Python's own sqlite3, as any other program
    try:
        row = _rep_row("c", "Eluned")
        other.execute(f"INSERT INTO reps ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                      list(row.values()))
        other.commit()
    finally:
        other.close()
    assert book_changes(db) == 1


def test_every_table_is_either_counted_or_named_as_not_needing_it(db) -> None:
    """A table added by a later migration must say which it is (and get its triggers if counted)."""
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == set(schema_kept.COUNTED) | set(schema_kept.NOT_COUNTED)
    assert not set(schema_kept.COUNTED) & set(schema_kept.NOT_COUNTED)
    triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for table in schema_kept.COUNTED:
        for event in ("insert", "update", "delete"):
            assert f"book_changes_{table}_{event}" in triggers


def test_something_is_kept_only_while_the_book_is_as_it_was_when_it_was_made(db) -> None:
    assert read_kept(db, "screen") is None
    assert write_kept(db, "screen", Kept(0, "question", b"data"))
    assert read_kept(db, "screen") == Kept(0, "question", b"data")
    assert book_changes(db) == 0  # keeping is not a change of the book
    db.table("reps").insert(_rep_row("a"))  # the count is now 1: made at 0, it is refused
    assert not write_kept(db, "screen", Kept(0, "question", b"later"))
    assert read_kept(db, "screen") is None  # and a change to a rep drops what was kept


def test_a_change_to_a_rep_drops_what_was_kept(db) -> None:
    db.table("reps").insert(_rep_row("a"))
    assert write_kept(db, "screen", Kept(1, "question", "Siân Ŵyn".encode()))
    db.execute("UPDATE reps SET name = 'erased' WHERE id = 'a'")  # a name erased
    assert read_kept(db, "screen") is None
