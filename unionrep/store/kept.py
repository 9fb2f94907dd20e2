"""The book's count of changes, and what is kept in the book for the next start beside it (see
schema_kept): read and written as bytes, whatever they hold."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils



@dataclass(frozen=True)
class Kept:
    book_changes: int  # the count it was made at: true of the book while the count is the same
    question: str  # what it answers (the app's version, the day, the language ...)
    data: bytes


def book_changes(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count FROM book_changes WHERE id = 1").fetchone()[0])


def read_kept(db: sqlite_utils.Database, name: str) -> Kept | None:
    row = db.execute("SELECT book_changes, question, data FROM kept WHERE name = ?", [name]).fetchone()
    return None if row is None else Kept(int(row[0]), str(row[1]), bytes(row[2]))


def write_kept(db: sqlite_utils.Database, name: str, kept: Kept) -> bool:
    """Keep `kept` under `name` if the book has not changed since it was made (its count is still
    kept.book_changes); True if it was written."""
    with db.atomic():  # the count read and the row written under one write lock
        if book_changes(db) != kept.book_changes:
            return False
        db.execute("INSERT OR REPLACE INTO kept (name, book_changes, question, data) VALUES (?, ?, ?, ?)",
                   [name, kept.book_changes, kept.question, kept.data])
    return True
