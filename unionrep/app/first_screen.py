"""The dashboard's first screenful, kept in the book at the end of a session so that the next start
paints it before anything else is worked out, or even imported: the core's rules are not needed to
draw what was drawn before.

What is kept is what the window showed (its cards and summary line, in the window's own words: this
layer keeps them as bytes it does not read), the day it was kept and the last day it is true on (the
end of the earliest-ending year on its cards). It is given back only while the book has not changed
since (its count of changes, store/schema_kept), to the same version of the app asking the same
question (the window's: the form of what it keeps, its language, its number of cards), on a day from
the one it was kept on to that last day. The balances are then worked out as always just after the
first paint, and shown in its place where they differ (a deadline or a change of hours that fell due
on a later day).

It lives inside the book, so it is encrypted with it, and a change to any rep drops it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from unionrep import __version__
from unionrep.app.base import AppService
from unionrep.store.kept import Kept, book_changes, read_kept, write_kept

if TYPE_CHECKING:
    from unionrep.core.balance import Balance

NAME = "dashboard.first_screen"
NEAR_CAP_CODES = ("over", "near", "combined_over", "combined_near")


@dataclass(frozen=True)
class Summary:
    """The dashboard's summary line, but for the count of requests (asked afresh)."""

    reps: int
    paid_minutes: int
    cost: Fraction
    near_or_over: int  # reps over or near a cap

    @classmethod
    def of(cls, balances: list[Balance]) -> Summary:
        costs = [b.cost for b in balances if b.cost is not None]
        near = {f.rep_id for b in balances for f in b.flags if f.code in NEAR_CAP_CODES}
        return cls(len(balances), sum(b.paid_minutes for b in balances), sum(costs, Fraction(0)), len(near))


class FirstScreenService(AppService):
    def changes(self) -> int:
        """The book's count of changes now: a screen worked out after reading it is true of it."""
        return book_changes(self.store.db)

    def kept(self, question: str, on: dt.date) -> bytes | None:
        """What was kept for `question`, if it is still true of the book on `on`; else None."""
        found = self._read(question)
        if found is None:
            return None
        kept_on, last_day, shown = found
        return shown if kept_on <= on <= last_day else None

    def kept_on(self, question: str) -> dt.date | None:
        """The day a screen still true of the book was kept for `question` (None: none is)."""
        found = self._read(question)
        return None if found is None else found[0]

    def keep(self, changes: int, question: str, on: dt.date, last_day: dt.date, shown: bytes) -> bool:
        """Keep `shown`, worked out on `on` when the book's count of changes was `changes`, as true
        until `last_day`; written only if nothing was written to the book since that count. True if
        written."""
        head = f"{on.isoformat()} {last_day.isoformat()}\n".encode()
        return write_kept(self.store.db, NAME, Kept(changes, _asked(question), head + shown))

    def _read(self, question: str) -> tuple[dt.date, dt.date, bytes] | None:
        kept = read_kept(self.store.db, NAME)
        if (kept is None or kept.question != _asked(question)
                or kept.book_changes != book_changes(self.store.db)):
            return None
        head, _, shown = kept.data.partition(b"\n")
        try:
            kept_on, last_day = (dt.date.fromisoformat(day) for day in head.decode("ascii").split(" "))
        except (UnicodeDecodeError, ValueError):  # not kept by this layer: as if nothing were
            return None
        return kept_on, last_day, shown


def _asked(question: str) -> str:
    return f"{__version__}|{question}"
